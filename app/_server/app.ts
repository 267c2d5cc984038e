// The site's production server's request handler (start.ts listens; README, How it is built): plain node:http
// and Maps computed once, no framework. Routing is the route model's (app/_i18n/pages.ts), not a router's:
//   1. the request target must be a path (origin-form); `*`, absolute-form and unparsable targets get 400;
//   2. POST /feedback goes to the feedback handler; any other method than GET/HEAD gets 405 with Allow;
//   3. a file of the build (every page, image, sitemap...) from memory: Brotli or gzip made at build, ETag/304;
//   4. a dynamic route (routes.ts: the search...), /review-notices.css, /healthz;
//   5. a forgiving URL redirects to its page (308; the root by Accept-Language, 307); anything else is a 404,
//      in the locale its path names, else in both.
// Every response carries the security headers of one function (headers.ts). Errors are logged by their kind
// only: never the request target or its query, which can say what someone searched for.
import type {IncomingMessage, ServerResponse} from 'node:http';
import {Readable} from 'node:stream';
import {brotliCompress, constants as zlib, crc32, deflateRawSync, gzip} from 'node:zlib';
import {decodePath, endpoints, isLocale, methodAllowed, routeForPath, routePath} from '../_i18n/pages';
import {negotiateLocale} from '../_i18n/resolve';
import type {Answer} from './answer';
import {securityHeaders} from './headers';
import {reviewNoticesAnswer, reviewNoticesPath} from './review-notices';
import type {DynamicRoute} from './routes';
import type {Encoding, Site, SiteFile} from './site';

type Headers = Record<string, string | number>;

export type HandlerOptions = {
  site: Site;
  dynamicRoutes: Map<string, DynamicRoute>;
  /** POST /feedback: the feedback handler (app/_lib/feedback/handler.ts), given a web Request. */
  feedback: (request: Request, client: string) => Promise<Response>;
  /** Does the feedback store answer? (/healthz) */
  storeAnswers: () => Promise<boolean>;
  /** TRUST_PROXY: how many reverse proxies in front append to X-Forwarded-For (0: none, the socket is the client). */
  trustProxy?: number;
  /** Called around each feedback submission, so a shutdown waits for the writes in flight. */
  track?: <T>(work: Promise<T>) => Promise<T>;
};

export const healthPath = '/healthz';
const feedbackPath = '/feedback';

export const badRequestPage = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>Adresse invalide · Invalid address</title></head><body><main><h1>Adresse invalide</h1><p>Cette adresse est mal formée. <a href="/fr">Aller à l’accueil</a> · <a href="/fr/aide-urgente">Besoin d’aide maintenant ?</a></p><section lang="en"><h2>Invalid address</h2><p>This address is malformed. <a href="/en">Go to the home page</a> · <a href="/en/urgent-help">Need help now?</a></p></section></main></body></html>`;
const errorPage = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>Erreur · Error</title></head><body><main><h1>Une erreur est survenue</h1><p><a href="/fr">Accueil</a> · <a href="/fr/aide-urgente">Aide urgente</a></p><section lang="en"><h2>Something went wrong</h2><p><a href="/en">Home</a> · <a href="/en/urgent-help">Urgent help</a></p></section></main></body></html>`;

/** Is `coding` acceptable per this Accept-Encoding header (present, and not q=0)? */
export function accepts(header: string | undefined, coding: string): boolean {
  if (!header) return false;
  for (const part of header.split(',')) {
    const [name, ...params] = part.split(';');
    if (name.trim().toLowerCase() !== coding) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return !q || Number(q.slice(2)) > 0;
  }
  return false;
}

/** The client address for the feedback limiter: the socket's, or with N trusted proxies the Nth-from-last X-Forwarded-For entry. */
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trustProxy = 0): string {
  if (trustProxy > 0) {
    const hops = String(forwardedFor ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    if (hops.length) return hops[Math.max(0, hops.length - trustProxy)];
  }
  return socketAddress ?? 'unknown';
}

/** Does If-None-Match name this ETag (or `*`)? Weak comparison, as for GET. */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  // Each encoding has its own tag ("x-br", "x-gzip"): the same file's bytes either way.
  return ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '').replace(/-(br|gzip)"$/, '"') === etag);
}

/** A constant start's raw deflate (flushed to a byte boundary, not final) and CRC-32, made once per Buffer. */
const deflatedHeads = new WeakMap<Buffer, {deflated: Buffer; crc: number}>();
/** gzip's header: deflate, no name or time, any OS (RFC 1952). */
const gzipHeader = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255]);

/**
 * One gzip member (RFC 1952) for `head` + `tail` from `tailDeflated`, the tail's own raw deflate stream: the
 * head's blocks, ended by a sync flush (byte-aligned, not the last), then the tail's, which refer to nothing
 * before them; the trailer's CRC-32 and length are those of the whole. Any gzip decoder reads it as one page.
 */
export function spliceGzip(head: Buffer, tail: Buffer, tailDeflated: Buffer): Buffer {
  let h = deflatedHeads.get(head);
  if (!h) deflatedHeads.set(head, (h = {deflated: deflateRawSync(head, {level: 9, finishFlush: zlib.Z_SYNC_FLUSH}), crc: crc32(head)}));
  const trailer = Buffer.allocUnsafe(8);
  trailer.writeUInt32LE(crc32(tail, h.crc), 0);
  trailer.writeUInt32LE((head.length + tail.length) % 2 ** 32, 4);
  return Buffer.concat([gzipHeader, h.deflated, tailDeflated, trailer]);
}

/**
 * Work that costs CPU per request (a search, the clinics' builder), run in the order the requests arrived, one
 * per turn of the event loop. Run straight from the request handler, a saturated server answered some
 * connections last again and again (a busy-loop test server at 1,000 req/s, 50 connections: median 49 ms, p99
 * 0.9 s); one job per turn lets Node read every socket between two jobs, so the wait is the queue's length for
 * everyone (p99 64 ms). Pages and files never queue: they cost microseconds.
 */
export function fairQueue(): (job: () => void) => void {
  let jobs: (() => void)[] = [];
  let next = 0;
  let scheduled = false;
  const run = () => {
    const job = jobs[next++];
    if (next === jobs.length) { jobs = []; next = 0; }
    if (jobs.length) setImmediate(run); else scheduled = false;
    try {
      job();
    } catch (e) {
      logError('a queued answer', e); // the queue goes on: one job's fault never stops the others
    }
  };
  return (job) => {
    jobs.push(job);
    if (!scheduled) { scheduled = true; setImmediate(run); }
  };
}

/** Log a failure by its kind only. */
function logError(where: string, e: unknown) {
  console.error(`site server: ${where} failed (${e instanceof Error ? e.name : typeof e}); the request is not logged`);
}

export function createHandler(options: HandlerOptions) {
  const {site, dynamicRoutes, feedback, storeAnswers, trustProxy = 0, track = (w) => w} = options;
  const security = securityHeaders(site.hashes);
  const queue = fairQueue();

  // The exact headers of each file in each of its encodings, computed once.
  const heads = new Map<SiteFile, Record<Encoding, Headers>>();
  const headsOf = (file: SiteFile) => {
    let h = heads.get(file);
    if (!h) {
      const encoded = Boolean(file.bodies.br || file.bodies.gzip);
      const one = (encoding: Encoding): Headers => {
        const body = file.bodies[encoding];
        return {
          ...security.common,
          'Content-Type': file.type,
          'Cache-Control': file.cacheControl,
          ...(file.cacheControl === 'no-store' ? {} : {ETag: encoding === 'identity' ? file.etag : `${file.etag.slice(0, -1)}-${encoding}"`}),
          ...(encoded ? {Vary: 'Accept-Encoding'} : {}),
          ...(encoding === 'identity' ? {} : {'Content-Encoding': encoding}),
          'Content-Length': body ? body.length : 0,
        };
      };
      h = {br: one('br'), gzip: one('gzip'), identity: one('identity')};
      heads.set(file, h);
    }
    return h;
  };

  const encodingFor = (req: IncomingMessage, file: SiteFile): Encoding => {
    const accept = req.headers['accept-encoding'];
    if (file.bodies.br && accepts(accept, 'br')) return 'br';
    if (file.bodies.gzip && accepts(accept, 'gzip')) return 'gzip';
    return 'identity';
  };

  const end = (req: IncomingMessage, res: ServerResponse, status: number, headers: Headers, body?: string | Uint8Array) => {
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  function sendFile(req: IncomingMessage, res: ServerResponse, file: SiteFile, status = 200) {
    const encoding = encodingFor(req, file);
    const headers = headsOf(file)[encoding];
    if (status === 200 && headers.ETag && matches(req.headers['if-none-match'], file.etag)) {
      const {'Content-Length': _length, ...rest} = headers;
      return end(req, res, 304, rest);
    }
    end(req, res, status, headers, file.bodies[encoding]);
  }

  function plain(req: IncomingMessage, res: ServerResponse, status: number, body: string, extra: Headers = {}, type = 'text/html; charset=utf-8') {
    end(req, res, status, {...security.common, 'Content-Type': type, 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(body), ...extra}, body);
  }

  /**
   * An answer computed per request: compressed when worth it (large bodies in zlib's thread pool, off the event loop),
   * private (no Referer). Fast levels: on a 34 KB results page, Brotli 3 costs about 0.3 ms for 9.4 KB and
   * gzip 4 0.4 ms for 9.1 KB, where gzip's default (6) costs 0.6 ms for 8.8 KB, more than the search itself.
   * A page with a constant start (SplitBody: the search's shell, 24 KB of its 34) is sent as gzip whenever the
   * browser accepts it: the start is compressed once (spliceGzip), each request only its 10 KB tail (about
   * 0.07 ms), and the whole is a little smaller than Brotli 3's.
   */
  function sendAnswer(req: IncomingMessage, res: ServerResponse, answer: Answer) {
    const base = {...answer.headers, ...security.private, Vary: 'Accept-Encoding'};
    const accept = req.headers['accept-encoding'];
    const finish = (bytes: Buffer, encoding?: string) =>
      end(req, res, answer.status, {...base, ...(encoding ? {'Content-Encoding': encoding} : {}), 'Content-Length': bytes.length}, bytes);
    const split = typeof answer.body === 'string' || answer.body instanceof Uint8Array ? null : answer.body;
    if (split && req.method !== 'HEAD' && accepts(accept, 'gzip')) {
      // In the event loop: for a tail this size, zlib's thread pool costs more than it saves (its stream
      // machinery: about 0.35 ms of CPU per answer against 0.08 ms here). A 16 KB window is all a tail needs.
      const tail = Buffer.from(split.tail);
      return finish(spliceGzip(split.head, tail, deflateRawSync(tail, {level: 4, windowBits: 14, memLevel: 7})), 'gzip');
    }
    const body = split ? Buffer.concat([split.head, Buffer.from(split.tail)]) : Buffer.from(answer.body as string | Uint8Array);
    if (body.length < 1024 || req.method === 'HEAD') return finish(body);
    if (accepts(accept, 'br')) {
      return brotliCompress(body, {params: {[zlib.BROTLI_PARAM_QUALITY]: 3, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length}}, (e, out) => (e ? finish(body) : finish(out, 'br')));
    }
    if (accepts(accept, 'gzip')) return gzip(body, {level: 4}, (e, out) => (e ? finish(body) : finish(out, 'gzip')));
    finish(body);
  }

  async function answerFeedback(req: IncomingMessage, res: ServerResponse) {
    const headers = new globalThis.Headers();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const client = clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], trustProxy);
    const request = new Request(`http://localhost${feedbackPath}`, {
      method: 'POST', headers, body: Readable.toWeb(req) as ReadableStream, duplex: 'half',
    } as RequestInit);
    const response = await track(feedback(request, client));
    const out: Headers = {};
    response.headers.forEach((value, key) => { out[key] = value; });
    const body = Buffer.from(await response.arrayBuffer());
    end(req, res, response.status, {...out, ...security.common, 'Content-Length': body.length}, body);
  }

  async function answerHealth(req: IncomingMessage, res: ServerResponse) {
    // The build is complete (the server loads it before listening); does the feedback store answer?
    const ok = await Promise.race([storeAnswers().catch(() => false), new Promise<boolean>((r) => setTimeout(() => r(false), 2000).unref())]);
    plain(req, res, ok ? 200 : 503, ok ? 'ok\n' : 'feedback store unavailable\n', {}, 'text/plain; charset=utf-8');
  }

  function redirect(req: IncomingMessage, res: ServerResponse, status: 307 | 308, location: string, search: string, extra: Headers = {}) {
    // A query string can be personal (a search, a clinic's campaign): no shared cache, no Referer.
    const withQuery = search.length > 1;
    const headers = withQuery
      ? {...security.private, 'Cache-Control': 'private, no-store', ...extra}
      : {...security.common, 'Cache-Control': status === 308 ? 'public, max-age=3600, s-maxage=31536000' : 'private, no-store', ...extra};
    end(req, res, status, {...headers, Location: location + (withQuery ? search : ''), 'Content-Length': 0});
  }

  return function handle(req: IncomingMessage, res: ServerResponse): void {
    const fail = (e: unknown, where: string) => {
      logError(where, e);
      if (res.headersSent) return void res.destroy();
      plain(req, res, 500, errorPage);
    };
    try {
      const target = req.url ?? '';
      // Origin-form only: `*` (OPTIONS *), absolute-form (GET http://other.example/fr) and authority-form are not ours.
      if (target[0] !== '/') return plain(req, res, 400, badRequestPage);
      const q = target.indexOf('?');
      const pathname = q < 0 ? target : target.slice(0, q);
      const search = q < 0 ? '' : target.slice(q);
      const method = req.method ?? '';

      if (pathname === feedbackPath && method === 'POST') return void answerFeedback(req, res).catch((e) => fail(e, 'feedback'));
      if (!methodAllowed(method, pathname)) {
        return plain(req, res, 405, 'Method Not Allowed\n', {Allow: ['GET', 'HEAD', ...(endpoints[pathname] ?? [])].join(', ')}, 'text/plain; charset=utf-8');
      }

      const file = site.files.get(pathname);
      if (file) return sendFile(req, res, file);
      const dynamic = dynamicRoutes.get(pathname);
      if (dynamic) {
        const params = new URLSearchParams(search);
        return queue(() => void Promise.resolve()
          .then(() => dynamic.answer(dynamic.locale, params, search.slice(1)))
          .then((answer) => sendAnswer(req, res, answer), (e) => fail(e, 'a dynamic route')));
      }
      if (pathname === reviewNoticesPath) return sendAnswer(req, res, reviewNoticesAnswer());
      if (pathname === healthPath) return void answerHealth(req, res).catch((e) => fail(e, 'health'));

      const decoded = decodePath(pathname);
      if (decoded === null) return plain(req, res, 400, badRequestPage);
      const acceptLanguage = req.headers['accept-language'];
      const route = routeForPath(decoded, () => negotiateLocale(acceptLanguage));
      const canonical = route && routePath(route);
      if (!route || canonical === pathname) {
        // Unknown: the not-found page of the locale the path names, else the bilingual one.
        const locale = decoded.split('/')[1]?.toLowerCase();
        return sendFile(req, res, isLocale(locale) ? site.notFound[locale] : site.notFound.global, 404);
      }
      // "/" depends on the visitor's language: a temporary redirect that caches vary on; the rest are permanent.
      if (pathname === '/') return redirect(req, res, 307, canonical!, search, {Vary: 'Accept-Language', 'Cache-Control': 'private, no-store'});
      redirect(req, res, 308, canonical!, search);
    } catch (e) {
      fail(e, 'a request');
    }
  };
}

/**
 * The raw answer for a request Node's parser refused, with every header: 431 when its headers are too large,
 * else 400 (an unparsable target or header).
 */
export function rawBadRequest(site: Site, status: 400 | 431 = 400): string {
  const headers = {...securityHeaders(site.hashes).common, 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(badRequestPage), Connection: 'close'};
  const reason = status === 431 ? 'Request Header Fields Too Large' : 'Bad Request';
  return `HTTP/1.1 ${status} ${reason}\r\n${Object.entries(headers).map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n${badRequestPage}`;
}
