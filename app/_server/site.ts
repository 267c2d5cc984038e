// The finished build (build/site, written by app/_build/static-pages.ts) read into memory once, at start:
// every file the site serves with its gzip and Brotli forms (made once, at build), its ETag and the exact
// headers of each form, so a request for a page costs a Map lookup and one write.
import {createHash} from 'node:crypto';
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {isLocale, isPublic, locales, notFoundPathFor, routeAt, type Locale} from '../_i18n/pages';
import {globalNotFoundFile, pageFile, siteDir} from '../_lib/build-output';
import type {CspHashes} from './headers';

export type Encoding = 'br' | 'gzip' | 'identity';

/** One served file: its bytes in each encoding it has, and what its headers say about it. */
export type SiteFile = {
  type: string;
  cacheControl: string;
  etag: string;
  bodies: Partial<Record<Encoding, Buffer>> & {identity: Buffer};
};

export type Site = {
  /** URL path -> file: canonical pages (/fr/faq) and files (/og/fr-home.png, /sitemap.xml...). */
  files: Map<string, SiteFile>;
  /** The localized not-found pages and the bilingual one, answered with status 404. */
  notFound: Record<Locale, SiteFile> & {global: SiteFile};
  /** What the pages' inline scripts and styles hash to (the CSP allows exactly these). */
  hashes: CspHashes;
};

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};

/** Pages are the same for the whole deployment: a CDN keeps them; the browser revalidates by ETag. */
export const pageCacheControl = 's-maxage=31536000';
/** Next's hashed assets, if any remain: the name changes with the content. */
export const immutableCacheControl = 'public, max-age=31536000, immutable';
export const noStore = 'no-store';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The CSP hashes of an HTML page's inline scripts (JSON-LD is data, not run) and <style> elements. */
export function inlineHashes(html: string): CspHashes {
  const scripts = [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/\ssrc=/.test(m[1] ?? '') && !/type="application\/ld\+json"/.test(m[1] ?? '') && m[2] !== '')
    .map((m) => sha256(m[2]));
  const styles = [...html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/g)].map((m) => sha256(m[1]));
  return {scripts, styles};
}

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) yield* walk(file);
    else yield file;
  }
}

function fileAt(file: string, cacheControl: string): SiteFile {
  const identity = readFileSync(file);
  const bodies: SiteFile['bodies'] = {identity};
  for (const [encoding, ext] of [['br', '.br'], ['gzip', '.gz']] as const) {
    if (existsSync(file + ext)) bodies[encoding] = readFileSync(file + ext);
  }
  const etag = `"${createHash('sha256').update(identity).digest('base64url').slice(0, 22)}"`;
  return {type: types[path.extname(file)] ?? 'application/octet-stream', cacheControl, etag, bodies};
}

/**
 * Read the finished site in `dir`/build/site. Throws when it is missing or incomplete (no build, a plain
 * `next build`, a page with a script the policy would not know): the server refuses to start rather than
 * serve a site with missing pages or headers.
 */
export function loadSite(dir = process.cwd()): Site {
  const root = siteDir(dir);
  if (!existsSync(path.join(root, 'build.json'))) throw new Error(`no finished build in ${path.relative(dir, root) || '.'}: run npm run build`);
  const files = new Map<string, SiteFile>();
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const file of walk(root)) {
    if (/\.(gz|br)$/.test(file) || file === path.join(root, 'build.json')) continue;
    const rel = '/' + path.relative(root, file).split(path.sep).join('/');
    if (rel.endsWith('.html')) {
      const html = readFileSync(file, 'utf8');
      const hashes = inlineHashes(html);
      hashes.scripts.forEach((h) => scripts.add(h));
      hashes.styles.forEach((h) => styles.add(h));
      // Served at its URL only when it is a public page of the route model; the not-found pages and the
      // search shells are read from here but have no URL of their own.
      const urlPath = rel.slice(0, -'.html'.length);
      const route = routeAt(urlPath);
      if (route && isPublic(route)) files.set(urlPath, fileAt(file, pageCacheControl));
      continue;
    }
    files.set(rel, fileAt(file, rel.startsWith('/_next/static/') ? immutableCacheControl : pageCacheControl));
  }
  const notFoundOf = (file: string) => {
    if (!existsSync(file)) throw new Error(`the build has no ${path.relative(dir, file)}: run npm run build`);
    return fileAt(file, noStore);
  };
  const notFound = {
    ...(Object.fromEntries(locales.map((l) => [l, notFoundOf(pageFile(notFoundPathFor(l), dir))])) as Record<Locale, SiteFile>),
    global: notFoundOf(globalNotFoundFile(dir)),
  };
  if (!locales.every((l) => isLocale(l) && files.has(`/${l}`))) throw new Error('the build has no home page: run npm run build');
  return {files, notFound, hashes: {scripts: [...scripts].sort(), styles: [...styles].sort()}};
}
