// The site server's settings from its command line and environment (start.ts).

/** -p/--port, else PORT, else 3000. */
export function portFromArgs(argv: string[], env: Record<string, string | undefined> = process.env): number {
  const at = argv.findIndex((a) => a === '-p' || a === '--port');
  const raw = at >= 0 ? argv[at + 1] : (argv.find((a) => a.startsWith('--port='))?.slice(7) ?? env.PORT ?? '3000');
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`site server: invalid port ${JSON.stringify(raw)}`);
  return port;
}

/** TRUST_PROXY: how many reverse proxies in front append to X-Forwarded-For; 0 (unset): the socket address is the client. */
export function trustProxyFrom(env: Record<string, string | undefined> = process.env): number {
  const raw = env.TRUST_PROXY ?? '0';
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 10) throw new Error(`site server: TRUST_PROXY must be a number of proxies (0-10), got ${JSON.stringify(raw)}`);
  return n;
}
