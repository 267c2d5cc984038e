// After `next build` (npm run build runs it): make every prerendered page a plain HTML document that
// renders from one response.
//
// 1. No framework JavaScript. Every page is a server component and links are plain <a> elements, so React
//    on the client has nothing to hydrate and no client-side navigation to do. Yet Next inlines the whole
//    React tree a second time as flight data (self.__next_f) and loads about 130 KB of framework
//    JavaScript. Both are removed. The site has no client component (the clinics page's copy buttons are
//    a small inline script): a page whose flight data references one stops the build, since its
//    component would silently stop working.
// 2. No render-blocking stylesheet. The site's one stylesheet (under 5 KB gzip) is inlined into each page
//    as a <style> element, so the first paint needs no second request. The Content-Security-Policy allows
//    exactly that stylesheet by its sha256 hash: the step replaces `style-src 'self'` in the built headers
//    (.next/routes-manifest.json, which `next start` serves; next.config.ts cannot know the hash, since the
//    CSS does not exist before the build).
// 3. French spacing (no-break spaces before ? ! ; : % », after «, in numbers and units) in the text of every
//    French page, once, here: the one place where MDX, interface messages and data have all become text
//    (app/_build/french-typography.mjs says which spaces and why).
// 4. A marker (.next/static-pages.json, with the build id) that next.config.ts checks when `next start`
//    begins: a plain `next build` without this step cannot be served by mistake.
// Our own small inline scripts and JSON-LD stay. Any surprise in Next's output stops the build.
import {createHash} from 'node:crypto';
import {existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {frenchHtml} from './french-typography.mjs';

const MARKER = 'static-pages.json';
/** Next's own output of each page this step changed, kept so tests check the step against the real thing. */
export const originalsDir = path.join(process.cwd(), '.next', 'static-pages-originals');

/** A client reference with a chunk list of its own is a client component of ours (Next's have none). */
export const usesClientComponents = (html) => /I\[\d+,\[\\"/.test(html);

/** The page without Next's scripts, preloads of scripts, and inline flight data; null if nothing to strip. */
export function stripNextRuntime(html) {
  const out = html
    .replace(/<link rel="preload" as="script"[^>]*>/g, '')
    .replace(/<script[^>]*\ssrc="\/_next\/static\/[^"]*"[^>]*><\/script>/g, '')
    .replace(/<script>(?:(?!<\/script>)[\s\S])*?self\.__next_f(?:(?!<\/script>)[\s\S])*<\/script>/g, '');
  return out === html ? null : out;
}

/** A French page (html lang="fr") with French spacing in its text (app/_build/french-typography.mjs); others as they are. */
export const frenchPage = (html) => (/<html[^>]*\slang="fr"/.test(html) ? frenchHtml(html) : html);

const stylesheetLink = /<link rel="stylesheet" href="(\/_next\/static\/css\/[^"]+\.css)"[^>]*>/g;

/** The page with each Next stylesheet link replaced by a <style> element holding that file's CSS. */
export function inlineStylesheets(html, readCss) {
  return html.replace(stylesheetLink, (_m, href) => {
    const css = readCss(href);
    if (/<\/style/i.test(css)) throw new Error(`static-pages: ${href} contains "</style"; cannot inline it`);
    return `<style>${css}</style>`;
  });
}

export const sha256 = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The hashes of every inline <style> element of a page (what the CSP must allow). */
export const styleHashes = (html) => [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => sha256(m[1]));

/** A CSP with `style-src 'self'` made to allow exactly these hashes instead. */
export function cspWithStyleHashes(csp, hashes) {
  if (!/(^|;\s*)style-src 'self'(;|$)/.test(csp)) throw new Error(`static-pages: expected "style-src 'self'" in the CSP, got: ${csp}`);
  return csp.replace(/(^|;\s*)style-src 'self'(?=;|$)/, `$1style-src 'self' ${hashes.join(' ')}`);
}

/** Throws unless `dir`/.next was finished by this step (called by next.config.ts when `next start` begins). */
export function assertPostBuilt(dir) {
  const next = path.join(dir, '.next');
  const buildId = existsSync(path.join(next, 'BUILD_ID')) ? readFileSync(path.join(next, 'BUILD_ID'), 'utf8').trim() : null;
  if (!buildId) return; // nothing built: Next itself says so
  let marker = null;
  try { marker = JSON.parse(readFileSync(path.join(next, MARKER), 'utf8')); } catch { /* missing */ }
  if (marker?.buildId !== buildId) {
    throw new Error('This build was made by a plain `next build`: run `npm run build`, which ends with app/_build/static-pages.mjs ' +
      '(it removes Next\'s scripts, which the Content-Security-Policy blocks, and inlines the stylesheet).');
  }
}

function* htmlFiles(dir) {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) yield* htmlFiles(file);
    else if (name.endsWith('.html')) yield file;
  }
}

function main() {
  const next = path.join(process.cwd(), '.next');
  const appDir = path.join(next, 'server', 'app');
  const buildId = readFileSync(path.join(next, 'BUILD_ID'), 'utf8').trim();
  const markerFile = path.join(next, MARKER);
  if (existsSync(markerFile) && JSON.parse(readFileSync(markerFile, 'utf8')).buildId === buildId) {
    console.log('static-pages: this build is already done');
    return;
  }
  const cssCache = new Map();
  const readCss = (href) => {
    if (!cssCache.has(href)) cssCache.set(href, readFileSync(path.join(next, href.replace(/^\/_next\//, '')), 'utf8'));
    return cssCache.get(href);
  };
  const withClient = [];
  const hashes = new Set();
  let pages = 0;
  for (const file of htmlFiles(appDir)) {
    const rel = path.relative(appDir, file);
    const html = readFileSync(file, 'utf8');
    if (usesClientComponents(html)) { withClient.push(rel); continue; }
    const stripped = stripNextRuntime(html) ?? html;
    const inlined = inlineStylesheets(stripped, readCss);
    if (inlined === html) continue;
    const out = frenchPage(inlined); // Next's own error page: no runtime, no stylesheet of ours
    if (!out.includes('</html>') || /__next_f|\/_next\/static\/(chunks|css)\//.test(out)) {
      throw new Error(`static-pages: ${rel}: unexpected markup after the step; Next's output format may have changed`);
    }
    if (out !== stripped) for (const h of styleHashes(out)) hashes.add(h);
    mkdirSync(path.dirname(path.join(originalsDir, rel)), {recursive: true});
    writeFileSync(path.join(originalsDir, rel), html);
    writeFileSync(file, out);
    pages++;
  }
  if (withClient.length) {
    throw new Error(`static-pages: these pages use a client component, which would need Next's runtime and a weaker CSP: ${withClient.join(', ')}. ` +
      'Write the behaviour as a small inline script allowed by hash (app/_lib/inline-scripts.ts) instead.');
  }
  if (cssCache.size !== 1) throw new Error(`static-pages: expected one stylesheet for the whole site, found ${cssCache.size}: ${[...cssCache.keys()].join(', ')}`);

  // The policy the server sends: the inlined stylesheet by hash instead of 'self'.
  const manifestFile = path.join(next, 'routes-manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  let patched = 0;
  for (const rule of manifest.headers ?? []) {
    for (const h of rule.headers) {
      if (h.key.toLowerCase() === 'content-security-policy') { h.value = cspWithStyleHashes(h.value, [...hashes]); patched++; }
    }
  }
  if (!patched) throw new Error('static-pages: no Content-Security-Policy header found in .next/routes-manifest.json');
  writeFileSync(manifestFile, JSON.stringify(manifest));

  const [css] = cssCache.values();
  writeFileSync(markerFile, JSON.stringify({buildId, styleHashes: [...hashes], cssBytes: Buffer.byteLength(css)}));
  console.log(`static-pages: ${pages} pages without Next's runtime, stylesheet inlined (${Buffer.byteLength(css)} B, ${[...hashes].join(' ')})`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
