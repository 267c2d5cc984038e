// After `next build` (npm run build runs it): finish Next's static export (build/next) into the site the
// server serves (build/site), each page a plain HTML document that renders from one response.
//
// 1. No framework JavaScript. Every page is a server component and links are plain <a> elements, so React
//    on the client has nothing to hydrate and no client-side navigation to do. Yet Next inlines the whole
//    React tree a second time as flight data (self.__next_f), loads about 130 KB of framework JavaScript
//    and exports the same tree again as .txt files for client navigation. All are left out. The site has no
//    client component (the clinics page's copy buttons are a small inline script): a page whose flight data
//    references one stops the build, since its component would silently stop working.
// 2. No render-blocking stylesheet. The site's one stylesheet (under 5 KB gzip) is inlined into each page
//    as a <style> element, so the first paint needs no second request. The server's Content-Security-Policy
//    allows exactly the inline styles and scripts the finished pages contain, by hash, read from these files
//    when it starts (app/_server/site.ts); this step refuses an inline script that is not one of ours
//    (app/_lib/inline-scripts.ts), so nothing of Next's is allowed by accident.
// 3. Every text file also as .gz and .br (maximum compression, once), which the server sends as they are.
// 4. build/site/build.json, written last: the server refuses to start without it (a build cut short).
// Our own small inline scripts and JSON-LD stay. Any surprise in Next's output stops the build.
import {createHash} from 'node:crypto';
import {frenchHtml} from './french-typography.mjs';
import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';
import {copyScript, handoutScript, keepFragmentScript} from '../_lib/inline-scripts';
import {nextDir, siteDir} from '../_lib/build-output';

/** A client reference with a chunk list of its own is a client component of ours (Next's have none). */
export const usesClientComponents = (html: string) => /I\[\d+,\[\\"/.test(html);

/** The page without Next's scripts, preloads of scripts, and inline flight data; null if nothing to strip. */
/** A French page (html lang="fr") with French spacing in its text (app/_build/french-typography.mjs); others as they are. */
export const frenchPage = (html: string): string => (/<html[^>]*\slang="fr"/.test(html) ? frenchHtml(html) : html);

export function stripNextRuntime(html: string): string | null {
  const out = html
    .replace(/<link rel="preload" as="script"[^>]*>/g, '')
    .replace(/<script[^>]*\ssrc="\/_next\/static\/[^"]*"[^>]*><\/script>/g, '')
    .replace(/<script>(?:(?!<\/script>)[\s\S])*?self\.__next_f(?:(?!<\/script>)[\s\S])*<\/script>/g, '');
  return out === html ? null : out;
}

const stylesheetLink = /<link rel="stylesheet" href="(\/_next\/static\/css\/[^"]+\.css)"[^>]*>/g;

/** The page with each Next stylesheet link replaced by a <style> element holding that file's CSS. */
export function inlineStylesheets(html: string, readCss: (href: string) => string): string {
  return html.replace(stylesheetLink, (_m, href: string) => {
    const css = readCss(href);
    if (/<\/style/i.test(css)) throw new Error(`static-pages: ${href} contains "</style"; cannot inline it`);
    return `<style>${css}</style>`;
  });
}

export const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The inline scripts a page may contain: ours, by hash (JSON-LD is data and is not run). */
export const ourScripts = new Set([keepFragmentScript, handoutScript, copyScript].map(sha256));

/** The inline scripts of a page that are not ours (their first characters), after the step. */
export function foreignScripts(html: string): string[] {
  return [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/type="application\/ld\+json"/.test(m[1] ?? '') && !ourScripts.has(sha256(m[2])))
    .map((m) => (m[1] ?? '') + m[2].slice(0, 60));
}

/** Files of the export the site does not serve: Next's runtime, manifests and styles (gone from the pages) and the flight data (.txt) for client navigation. */
export const leftOut = (rel: string) =>
  rel.startsWith('_next/') || (rel.endsWith('.txt') && rel !== 'robots.txt') || rel === '_not-found.html';

const compressible = /\.(html|css|js|json|txt|xml|svg|ico|webmanifest)$/;

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) yield* files(file);
    else yield file;
  }
}

/** Write a file of the site, with its .br and .gz forms when they are smaller. */
function writeServed(file: string, bytes: Buffer) {
  mkdirSync(path.dirname(file), {recursive: true});
  writeFileSync(file, bytes);
  if (!compressible.test(file) || bytes.length < 256) return;
  const br = brotliCompressSync(bytes, {params: {[constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length}});
  const gz = gzipSync(bytes, {level: 9});
  if (br.length < bytes.length) writeFileSync(file + '.br', br);
  if (gz.length < bytes.length) writeFileSync(file + '.gz', gz);
}

export function finish(from = nextDir(), to = siteDir()) {
  if (!existsSync(path.join(from, 'fr.html'))) throw new Error(`static-pages: no static export in ${from}: run npm run build`);
  rmSync(to, {recursive: true, force: true});
  const cssCache = new Map<string, string>();
  const readCss = (href: string) => {
    if (!cssCache.has(href)) cssCache.set(href, readFileSync(path.join(from, href), 'utf8'));
    return cssCache.get(href)!;
  };
  const withClient: string[] = [];
  const styleHashes = new Set<string>();
  let pages = 0;
  let served = 0;
  for (const file of files(from)) {
    const rel = path.relative(from, file).split(path.sep).join('/');
    if (leftOut(rel)) continue;
    served++;
    if (!rel.endsWith('.html')) { writeServed(path.join(to, rel), readFileSync(file)); continue; }
    const html = readFileSync(file, 'utf8');
    if (usesClientComponents(html)) { withClient.push(rel); continue; }
    // French spacing (no-break spaces before ? ! ; : % », after «, in numbers and units) in the text of every
    // French page, once, here: the one place where MDX, interface messages and data have all become text.
    const out = frenchPage(inlineStylesheets(stripNextRuntime(html) ?? html, readCss));
    if (!out.includes('</html>') || /__next_f|\/_next\/static\/(chunks|css)\//.test(out)) {
      throw new Error(`static-pages: ${rel}: unexpected markup after the step; Next's output format may have changed`);
    }
    const foreign = foreignScripts(out);
    if (foreign.length) throw new Error(`static-pages: ${rel}: inline scripts that are not ours (app/_lib/inline-scripts.ts): ${foreign.join(' | ')}`);
    for (const m of out.matchAll(/<style>([\s\S]*?)<\/style>/g)) styleHashes.add(sha256(m[1]));
    writeServed(path.join(to, rel), Buffer.from(out));
    pages++;
  }
  if (withClient.length) {
    throw new Error(`static-pages: these pages use a client component, which would need Next's runtime and a weaker CSP: ${withClient.join(', ')}. ` +
      'Write the behaviour as a small inline script allowed by hash (app/_lib/inline-scripts.ts) instead.');
  }
  if (cssCache.size !== 1) throw new Error(`static-pages: expected one stylesheet for the whole site, found ${cssCache.size}: ${[...cssCache.keys()].join(', ')}`);
  const [css] = cssCache.values();
  writeFileSync(path.join(to, 'build.json'), JSON.stringify({pages, files: served, cssBytes: Buffer.byteLength(css), styleHashes: [...styleHashes]}));
  console.log(`static-pages: ${pages} pages without Next's runtime, stylesheet inlined (${Buffer.byteLength(css)} B, ${[...styleHashes].join(' ')}); ` +
    `${served} files in ${path.relative(process.cwd(), to)}, with .br and .gz`);
}

// Run as a script (npm run build: tsx app/_build/static-pages.ts); imported by the tests, it does nothing.
if (/static-pages\.ts$/.test(process.argv[1] ?? '')) finish();
