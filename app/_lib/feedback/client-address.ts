// Which address the per-client limit counts, from what the operator declares (README, Reader feedback).
//
// By default (TRUST_PROXY unset or 0) the site is reached directly: the client is the socket's remote
// address, and X-Forwarded-For is ignored, because a client writes that header itself (a new value on each
// request would dodge the limit). Behind reverse proxies, TRUST_PROXY is how many of them stand in front
// (1: one nginx or Caddy; 2: a CDN then nginx…). Each appends the address it received from to
// X-Forwarded-For, so the client as the outermost trusted proxy saw it is the TRUST_PROXY-th entry from the
// end; anything before it was written by the client and is not read.
//
// The address is only hashed with a secret salt (rate-limit.ts), never stored or logged.

/** TRUST_PROXY as a number of hops (0 when unset or not a non-negative integer). */
export function trustedProxies(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.TRUST_PROXY);
  return env.TRUST_PROXY && Number.isInteger(n) && n >= 0 ? n : 0;
}

/** What the server knows of the connection that carried the request. */
export type ConnectionInfo = {remoteAddress?: string | null};

/**
 * The client's address for the limit, or 'unknown' when it cannot be told (no socket address given and no
 * trusted proxy: every such request then shares one count, which errs towards refusing, never towards
 * letting a forged header through).
 */
export function clientAddress(headers: Headers, info: ConnectionInfo = {}, hops = trustedProxies()): string {
  const socket = info.remoteAddress?.trim() || '';
  if (hops <= 0) return socket || 'unknown';
  const entries = (headers.get('x-forwarded-for') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  // Fewer entries than declared proxies: a request that did not cross all of them (or a misconfiguration);
  // the oldest entry is still one a proxy wrote.
  if (!entries.length) return socket || 'unknown';
  return entries[Math.max(0, entries.length - hops)];
}
