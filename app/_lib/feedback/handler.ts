// POST /feedback: the "Was this page useful?" form (application/x-www-form-urlencoded, no JavaScript).
// Success answers 303 to the page's prerendered thank-you page; anything else gets a small localized page
// with its status, never a 500. Nothing about the request is stored or logged but the submission itself.
import {isLocale, thanksPathFor, type Locale, type PageId} from '../../_i18n/pages';
import {negotiateLocale} from '../../_i18n/resolve';
import type {Db} from './db';
import {isBot} from './honeypot';
import {clientAddress, trustedProxies, type ConnectionInfo} from './client-address';
import type {GlobalBound, RateLimiter} from './rate-limit';
import {problemResponse} from './responses';
import {addSubmission, dayOf} from './store';
import {fields, maxBodyBytes, parseFeedback} from './validation';

export type HandlerDeps = {
  store: () => Promise<Db>;
  /** Per client (rate-limit.ts). */
  limiter: RateLimiter;
  /** For everyone: stored submissions per hour and per day (rate-limit.ts); none when absent. */
  bound?: GlobalBound;
  /** How many reverse proxies stand in front (TRUST_PROXY; client-address.ts). Read from the environment when absent. */
  trustProxy?: number;
  now?: () => Date;
  /** The site's public origin (SITE_URL); a POST whose Origin is neither this nor the Host it was sent to is refused. */
  siteOrigin?: string;
};

class TooLarge extends Error {}

/** The body as text, refusing more than maxBodyBytes without reading further. */
async function readBody(request: Request): Promise<string> {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const {done, value} = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBodyBytes) {
      await reader.cancel().catch(() => {});
      throw new TooLarge();
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/** A POST from another site: Sec-Fetch-Site says so, or Origin names neither this site nor the host addressed. */
export function isCrossSite(request: Request, siteOrigin?: string): boolean {
  const fetchSite = request.headers.get('sec-fetch-site');
  if (fetchSite && fetchSite !== 'same-origin' && fetchSite !== 'none') return true;
  const origin = request.headers.get('origin');
  if (!origin) return false; // not a browser's cross-site form post (browsers send Origin with every POST)
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return true; // "null" (sandboxed frame, privacy-sensitive context) or garbage
  }
  const hosts = [request.headers.get('host'), request.headers.get('x-forwarded-host')?.split(',')[0].trim()];
  if (siteOrigin) { try { hosts.push(new URL(siteOrigin).host); } catch { /* not a URL */ } }
  return !hosts.includes(host);
}

/**
 * The handler: `POST(request, {remoteAddress})`. The caller passes the socket's remote address (the site's
 * server: `req.socket.remoteAddress`); the per-client limit keys on it, or, when TRUST_PROXY declares
 * proxies in front, on the X-Forwarded-For entry the outermost of them added (client-address.ts). Called
 * as `POST(request)` alone (Next's route handler, which cannot see the socket) and without TRUST_PROXY,
 * every request counts as one client 'unknown'.
 */
export function createFeedbackHandler(deps: HandlerDeps) {
  const now = deps.now ?? (() => new Date());
  const hops = deps.trustProxy ?? trustedProxies();
  return async function POST(request: Request, connection: ConnectionInfo = {}): Promise<Response> {
    let locale: Locale = negotiateLocale(request.headers.get('accept-language'));
    let page: PageId | undefined;
    try {
      const length = Number(request.headers.get('content-length'));
      if (length > maxBodyBytes) return problemResponse(locale, 'tooLarge');
      const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
      if (type !== 'application/x-www-form-urlencoded') return problemResponse(locale, 'unsupported');
      let form: URLSearchParams;
      try {
        form = new URLSearchParams(await readBody(request));
      } catch (e) {
        if (e instanceof TooLarge) return problemResponse(locale, 'tooLarge');
        throw e;
      }
      // Answer in the form's language from here on, when it names one of ours.
      const formLocale = form.get(fields.locale);
      if (isLocale(formLocale)) locale = formLocale;
      if (isCrossSite(request, deps.siteOrigin)) return problemResponse(locale, 'crossSite');
      const input = parseFeedback(form);
      if (!input) return problemResponse(locale, 'invalid');
      page = input.page;
      const limit = deps.limiter.check(clientAddress(request.headers, connection, hops));
      if (!limit.ok) return problemResponse(locale, 'tooMany', page, {'Retry-After': String(limit.retryAfterSeconds)});
      const seeOther = new Response(null, {status: 303, headers: {Location: thanksPathFor(input.locale, input.page), 'Cache-Control': 'no-store'}});
      // A bot filled the hidden field: it sees the usual success, nothing is stored.
      if (isBot(form)) return seeOther;
      const overall = deps.bound?.take() ?? {ok: true};
      if (!overall.ok) return problemResponse(locale, 'tooManyOverall', page, {'Retry-After': String(overall.retryAfterSeconds)});
      try {
        const store = await deps.store();
        await addSubmission(store, {pageId: input.page, locale: input.locale, answer: input.answer, comment: input.comment, day: dayOf(now())});
      } catch (e) {
        deps.bound?.release();
        console.error('feedback: the store is unavailable:', e instanceof Error ? e.message : String(e));
        return problemResponse(locale, 'unavailable', page, {'Retry-After': '60'});
      }
      return seeOther;
    } catch (e) {
      // Anything unexpected: say it was not saved rather than show a 500.
      console.error('feedback: unexpected error:', e instanceof Error ? e.message : String(e));
      return problemResponse(locale, 'unavailable', page);
    }
  };
}
