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
//    as a <style> element, so the first paint needs no second request. Rules only a few pages use are in
//    blocks `@supports (--pages-with: CLASSES) {...}` at the end of app/globals.css: each is taken out and
//    inlined as a second <style> only on the pages with an element of one of those classes (splitStylesheet). The server's Content-Security-Policy
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

/** A stylesheet split by page: what every page inlines, and the blocks inlined only where their classes are. */
export type SplitStylesheet = {common: string; parts: {classes: string[]; css: string}[]};

/** The end (exclusive) of the top-level rule starting at `start`: a statement up to its ";" or a block up to its
 *  closing brace. Strings and comments are skipped. */
function ruleEnd(css: string, start: number): number {
  let depth = 0;
  for (let i = start; i < css.length; i++) {
    const c = css[i];
    if (c === '"' || c === "'") { i = css.indexOf(c, i + 1); if (i < 0) break; }
    else if (c === '/' && css[i + 1] === '*') { i = css.indexOf('*/', i + 2) + 1; if (i <= 0) break; }
    else if (c === ';' && depth === 0) return i + 1;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  throw new Error('static-pages: the stylesheet ends inside a rule (unbalanced braces)');
}

const partStart = /^@supports\s*\(\s*--pages-with\s*:\s*([a-z0-9 _-]+?)\s*\)\s*\{/;
/** Rules whose place in the stylesheet does not matter. */
const orderFree = /^(@property|@keyframes)\b/;

/**
 * Take each top-level `@supports (--pages-with: a b) {...}` block out of the compiled stylesheet: its rules
 * (unwrapped) are to be inlined only on pages with an element of class a or b. The blocks must be the last
 * rules (only order-free @property and @keyframes rules may follow), so that a page's <style> elements, the
 * common one first, keep the cascade of the whole stylesheet.
 */
export function splitStylesheet(css: string): SplitStylesheet {
  const parts: SplitStylesheet['parts'] = [];
  let common = '';
  for (let i = 0; i < css.length;) {
    if (!css.slice(i).replace(/\/\*[\s\S]*?\*\//g, '').trim()) { common += css.slice(i); break; }
    const end = ruleEnd(css, i);
    const rule = css.slice(i, end);
    const m = partStart.exec(rule.trimStart());
    if (m) parts.push({classes: m[1].split(/\s+/), css: rule.trimStart().slice(m[0].length, -1).trim()});
    else if (parts.length && rule.trim() && !orderFree.test(rule.trim())) {
      throw new Error(`static-pages: a "@supports (--pages-with: ...)" block is followed by other rules (${rule.trim().slice(0, 60)}); ` +
        'keep these blocks at the end of app/globals.css, so that the cascade stays the same');
    } else common += rule;
    i = end;
  }
  return {common, parts};
}

/** The class names of a page's elements. */
export const pageClasses = (html: string) => new Set([...html.matchAll(/\sclass="([^"]*)"/g)].flatMap((m) => m[1].split(/\s+/)));

/**
 * The page with each Next stylesheet link replaced by <style> elements: the stylesheet's common part, then each
 * of its parts whose classes the page uses.
 */
export function inlineStylesheets(html: string, readCss: (href: string) => SplitStylesheet, used?: Set<string>): string {
  const classes = pageClasses(html);
  return html.replace(stylesheetLink, (_m, href: string) => {
    const {common, parts} = readCss(href);
    const here = parts.filter((p) => p.classes.some((c) => classes.has(c))).map((p) => p.css);
    here.forEach((css) => used?.add(css));
    const sheets = [common, ...here];
    if (sheets.some((css) => /<\/style/i.test(css))) throw new Error(`static-pages: ${href} contains "</style"; cannot inline it`);
    return sheets.map((css) => `<style>${css}</style>`).join('');
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
  const cssCache = new Map<string, SplitStylesheet>();
  const readCss = (href: string) => {
    if (!cssCache.has(href)) cssCache.set(href, splitStylesheet(readFileSync(path.join(from, href), 'utf8')));
    return cssCache.get(href)!;
  };
  const withClient: string[] = [];
  const styleHashes = new Set<string>();
  const usedParts = new Set<string>();
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
    const out = frenchPage(inlineStylesheets(stripNextRuntime(html) ?? html, readCss, usedParts));
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
  const [{common, parts}] = cssCache.values();
  const unused = parts.filter((p) => !usedParts.has(p.css));
  if (unused.length) throw new Error(`static-pages: no page has an element of class ${unused.map((p) => p.classes.join(' or ')).join('; nor ')}: a "@supports (--pages-with: ...)" block in app/globals.css names a class no page uses`);
  const cssParts = parts.map((p) => ({classes: p.classes, bytes: Buffer.byteLength(p.css)}));
  writeFileSync(path.join(to, 'build.json'), JSON.stringify({pages, files: served, cssBytes: Buffer.byteLength(common), cssParts, styleHashes: [...styleHashes]}));
  console.log(`static-pages: ${pages} pages without Next's runtime, stylesheet inlined (${Buffer.byteLength(common)} B` +
    `${cssParts.map((p) => ` + ${p.bytes} B on pages with .${p.classes.join(' or .')}`).join('')}; ${[...styleHashes].join(' ')}); ` +
    `${served} files in ${path.relative(process.cwd(), to)}, with .br and .gz`);
}

// Run as a script (npm run build: tsx app/_build/static-pages.ts); imported by the tests, it does nothing.
if (/static-pages\.ts$/.test(process.argv[1] ?? '')) finish();
