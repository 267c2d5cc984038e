// The inlined CSS for `npm run bench` (issue 19): what each page inlines as <style> elements (the site's
// stylesheet, and on a few pages the blocks of app/globals.css marked for them, app/_build/static-pages.ts),
// gzip at level 9, per prerendered public page of the route model (every page and handout, both languages)
// and for the builder's and the search's answers. Pages that inline the same CSS are one row. Target: at most
// 5 KB (5,120 B) gzip on every prerendered page (the content pages); the answers are shown beside them. Figures, not pass/fail: the browser tests
// (tests/e2e/post-build.spec.ts) hold which page gets which stylesheet.
import zlib from 'node:zlib';
import {tsImport} from 'tsx/esm/api';
import {BUILDER_QUERIES, SEARCH_QUERIES} from './servers.mjs';

export const CSS_TARGET = 5120;
const gz = (text) => zlib.gzipSync(Buffer.from(text), {level: 9}).length;

/** Every prerendered public page on `siteUrl` (the site's server, already running), then the answers. */
export async function cssFigures({siteUrl, log}) {
  const {allRoutes, isPrerendered, isPublic, routePath} = await tsImport('../../app/_i18n/pages.ts', import.meta.url);
  const content = allRoutes.filter((r) => isPublic(r) && isPrerendered(r)).map(routePath);
  const answers = [BUILDER_QUERIES[0], SEARCH_QUERIES[1]].map((u) => new URL(u, siteUrl).pathname + new URL(u, siteUrl).search);
  log(`css: the inlined stylesheets of ${content.length} pages and ${answers.length} answers`);
  const pages = [];
  for (const [kind, paths] of [['content', content], ['answer', answers]]) {
    for (const path of paths) {
      const html = await (await fetch(siteUrl + path)).text();
      const sheets = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
      pages.push({path, kind, sheets: sheets.map((s) => ({bytes: Buffer.byteLength(s), gzip: gz(s)})), gzip: gz(sheets.join(''))});
    }
  }
  // One row per distinct set of stylesheets (by their sizes), with how many pages and which.
  const rows = new Map();
  for (const p of pages) {
    const key = `${p.kind} ${p.sheets.map((s) => s.bytes).join('+')}`;
    const row = rows.get(key) ?? {kind: p.kind, sheets: p.sheets, gzip: p.gzip, paths: []};
    row.paths.push(p.path);
    rows.set(key, row);
  }
  const contentPages = pages.filter((p) => p.kind === 'content');
  const max = contentPages.reduce((a, p) => (p.gzip > a.gzip ? p : a), contentPages[0]);
  const over = contentPages.filter((p) => p.gzip > CSS_TARGET);
  const targets = [
    [`inlined CSS ≤ 5 KB gzip on every content page (${contentPages.length})`,
      `max ${max.gzip} B (${max.path})${over.length ? `; over on ${over.map((p) => p.path).join(', ')}` : ''}`, over.length === 0],
  ];
  return {pages, rows: [...rows.values()], targets};
}

export function printCss(css, table) {
  console.log('\nInlined CSS per page (the <style> elements; gzip level 9 of their text joined, as one response carries it)\n');
  console.log(table(['pages', 'kind', 'stylesheets (B)', 'each gzip (B)', 'gzip (B)', 'e.g.'],
    css.rows.map((r) => [r.paths.length, r.kind, r.sheets.map((s) => s.bytes).join(' + '), r.sheets.map((s) => s.gzip).join(' + '), r.gzip, r.paths.slice(0, 2).join(' ')])));
}
