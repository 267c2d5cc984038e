// The prerendered pages from memory, in the site's server (start.ts). Every public prerendered route of the
// route model (pages, handouts, thank-you pages) is the same bytes for the whole life of a build, so once the
// server listens it asks Next for each one, keeps Next's answer (status 200, headers and body) and a gzip
// copy made once, and answers later GET and HEAD of that exact address from memory: what a CDN in front
// would do, without one. Next still answers everything else: any address with a query string, anything that
// asks for Next's own payloads (RSC headers), unknown or non-canonical addresses, other methods. Pages
// carry nothing per visitor, so nothing about a reader is kept.
import type {IncomingMessage, ServerResponse} from 'node:http';
import http from 'node:http';
import {gzipSync} from 'node:zlib';
import {allRoutes, isPrerendered, isPublic, routePath} from '../_i18n/pages';

/** Every address served from memory: the public prerendered routes of the route model. */
export const prerenderedPaths = (): string[] => allRoutes.filter((r) => isPublic(r) && isPrerendered(r)).map(routePath);

/** Headers of Next's answer that describe one transfer, not the page: set again per response. */
const perResponse = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding']);

/** Request headers with which Next answers something else than the page's HTML (flight data, actions). */
const forNext = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-action', 'next-url'];

type Kept = {headers: [string, string | string[]][]; body: Buffer; gzipped: Buffer};

export type PageMemory = {
  /** Is this request for a page kept in memory (exact address, no query, GET or HEAD, nothing for Next)? */
  takes(req: IncomingMessage): boolean;
  handle(req: IncomingMessage, res: ServerResponse): void;
  /** Ask the server listening on `port` (Next, for addresses not kept yet) for every page; resolves to how many are kept. */
  fill(port: number): Promise<number>;
  readonly size: number;
};

/** Next's answer for `path` from the server on `port`, uncompressed. */
function fetchPage(port: number, path: string): Promise<{status: number; headers: http.IncomingHttpHeaders; body: Buffer}> {
  return new Promise((resolve, reject) => {
    const req = http.get({host: '127.0.0.1', port, path, headers: {'accept-encoding': 'identity'}}, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks)}));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

export function pageMemory(paths = prerenderedPaths()): PageMemory {
  const kept = new Map<string, Kept>();
  return {
    get size() {
      return kept.size;
    },
    takes(req) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return false;
      if (!kept.has(req.url ?? '')) return false;
      return !forNext.some((h) => req.headers[h] !== undefined);
    },
    handle(req, res) {
      const page = kept.get(req.url ?? '')!;
      const gzip = /\bgzip\b/i.test(String(req.headers['accept-encoding'] ?? ''));
      const body = gzip ? page.gzipped : page.body;
      res.statusCode = 200;
      for (const [key, value] of page.headers) res.setHeader(key, value);
      if (gzip) res.setHeader('Content-Encoding', 'gzip');
      res.setHeader('Content-Length', body.length);
      res.end(req.method === 'HEAD' ? undefined : body);
    },
    async fill(port) {
      for (const path of paths) {
        try {
          const {status, headers, body} = await fetchPage(port, path);
          // Only a finished page as Next serves it; anything else stays with Next.
          if (status !== 200 || !String(headers['content-type']).startsWith('text/html')) continue;
          const own = Object.entries(headers).flatMap(([k, v]): [string, string | string[]][] => (perResponse.has(k) || v === undefined ? [] : [[k, v]]));
          const vary = own.find(([k]) => k === 'vary');
          if (!vary) own.push(['vary', 'Accept-Encoding']);
          else if (!/\baccept-encoding\b/i.test(String(vary[1]))) vary[1] = `${vary[1]}, Accept-Encoding`;
          kept.set(path, {headers: own, body, gzipped: gzipSync(body, {level: 9})});
        } catch {
          // Next did not answer this one now: it keeps answering it itself.
        }
      }
      return kept.size;
    },
  };
}
