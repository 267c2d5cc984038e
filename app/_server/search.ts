// The search's fast path in the site's server (start.ts): GET and HEAD of /fr/recherche and /en/search are
// answered here, in plain Node, with the same answer the route handler gives (app/_lib/search/respond.ts)
// and the same headers Next would add (read from the build's routes manifest); every other request goes to
// Next. Why: through Next's route-handler pipeline a search cost about 2 ms of CPU besides the search itself
// (request and response objects, web streams, tracing), twice what a prerendered page costs, so the search
// could not reach half a static page's throughput on 2 cores (issue 10; README, Search).
import type {IncomingMessage, ServerResponse} from 'node:http';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {gzip} from 'node:zlib';
import {locales, routePath, type Locale} from '../_i18n/pages';
import {searchAnswer, searchHeaders, type SearchAnswer} from '../_lib/search/respond';
import {loadShell} from '../_lib/search/shell';
import {getSearchIndex} from '../_lib/search/store';

type HeaderRule = {source: string; regex: string; headers: {key: string; value: string}[]; has?: unknown; missing?: unknown};

/**
 * The headers next.config.ts sets on `pathname`, in the order Next applies them (a later rule wins), as
 * `next build` wrote them to .next/routes-manifest.json (the post-build step has put the stylesheet's hash in
 * the CSP there). Throws on a rule with conditions (has/missing): this path would no longer know whether it
 * applies, so the server refuses to start rather than send other headers than Next.
 */
export function configHeadersFor(pathname: string, rules: HeaderRule[]): [string, string][] {
  const merged = new Map<string, [string, string]>();
  for (const rule of rules) {
    if (!new RegExp(rule.regex).test(pathname)) continue;
    if (rule.has || rule.missing) throw new Error(`search fast path: the header rule ${rule.source} has conditions; answer ${pathname} through Next`);
    for (const {key, value} of rule.headers) merged.set(key.toLowerCase(), [key, value]);
  }
  return [...merged.values()];
}

/** Smallest body worth compressing, as Next's compression (the `compression` package) does. */
const GZIP_MIN_BYTES = 1024;

export type SearchFastPath = {
  /** Does this request go to the search (and not to Next)? */
  takes(req: IncomingMessage): boolean;
  handle(req: IncomingMessage, res: ServerResponse): void;
};

/** The fast path for a built site in `dir`: the index and both shells load now, so no reader waits for them. */
export function searchFastPath(dir = process.cwd()): SearchFastPath {
  const manifest = JSON.parse(readFileSync(path.join(dir, '.next', 'routes-manifest.json'), 'utf8')) as {headers: HeaderRule[]};
  const byPath = new Map<string, {locale: Locale; headers: [string, string][]}>(
    locales.map((locale) => {
      const pathname = routePath({kind: 'special', name: 'search', locale});
      return [pathname, {locale, headers: configHeadersFor(pathname, manifest.headers)}];
    }),
  );
  getSearchIndex();
  for (const locale of locales) loadShell(locale);

  const send = (req: IncomingMessage, res: ServerResponse, answer: SearchAnswer, configHeaders: [string, string][], body: Buffer, encoding?: string) => {
    res.statusCode = answer.status;
    for (const [key, value] of Object.entries(answer.headers)) res.setHeader(key, value);
    // After the answer's own: next.config's headers win over a route handler's in Next too.
    for (const [key, value] of configHeaders) res.setHeader(key, value);
    res.setHeader('Vary', 'Accept-Encoding');
    if (encoding) res.setHeader('Content-Encoding', encoding);
    res.setHeader('Content-Length', body.length);
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  return {
    takes(req) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return false;
      const url = req.url ?? '';
      const end = url.indexOf('?');
      return byPath.has(end < 0 ? url : url.slice(0, end));
    },
    handle(req, res) {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const route = byPath.get(url.pathname)!;
      try {
        // The query lives in this request's memory only: never logged, stored or cached (README, Search).
        const answer = searchAnswer(route.locale, url.searchParams.getAll('q'));
        const body = Buffer.from(answer.body);
        if (body.length < GZIP_MIN_BYTES || !/\bgzip\b/i.test(String(req.headers['accept-encoding'] ?? ''))) {
          send(req, res, answer, route.headers, body);
          return;
        }
        // Compressed off the event loop (libuv's thread pool), so other requests go on meanwhile.
        gzip(body, (error, zipped) => (error ? send(req, res, answer, route.headers, body) : send(req, res, answer, route.headers, zipped, 'gzip')));
      } catch (e) {
        // searchAnswer never throws: this would be the response itself. Never a 500, still every header;
        // the error's kind only, not its message, which could quote the query.
        console.error(`search: could not answer (${e instanceof Error ? e.name : typeof e}); the query is not logged`);
        if (res.headersSent) return void res.destroy();
        const answer: SearchAnswer = {status: 503, headers: {...searchHeaders, 'Content-Type': 'text/plain; charset=utf-8'}, body: 'Recherche indisponible. / Search unavailable.'};
        send(req, res, answer, route.headers, Buffer.from(answer.body));
      }
    },
  };
}
