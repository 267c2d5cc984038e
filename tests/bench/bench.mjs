// npm run bench: builds and serves the site, a bare Next page and a minimal static server side by side,
// then prints sizes, Lighthouse scores and throughput with the targets, and writes out/bench.json.
// It also serves a baseline build (the site before issue 14, or BENCH_BASELINE_DIR) to compare the first
// paint: Lighthouse FCP/LCP and Chromium's own paint timing under an emulated slow connection.
// The servers (issue 23, tests/bench/servers.mjs): wrk against nginx gzip_static, a minimal Node server and the
// site's server on the same page bytes, then the search, feedback and the clinics builder; the search index's
// build time and size. The phone (issue 19, tests/bench/phone.mjs): each patient page's length and where its
// key points, first section and (urgent help) first tappable number sit at 360x740 in Chromium.
// The inlined CSS (tests/bench/css.mjs): per page, the stylesheets it inlines, gzip.
// BENCH_ONLY=server, builder, phone or css (or several, comma-separated) measures just that part, on the site's server
// alone (with BENCH_REUSE_BUILD=1, on an existing build), and writes tests/bench/out/bench-<part>.json.
// Figures, not pass/fail: nothing here is part of `npm test`.
import {spawn, execFileSync} from 'node:child_process';
import {mkdirSync, readFileSync, writeFileSync, existsSync, rmSync} from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import autocannon from 'autocannon';
import {chromium} from '@playwright/test';
import os from 'node:os';
import {startPostgres} from '../tools/postgres.mjs';
import {printServers, SEARCH_QUERIES, SERVER_PARTS, serverFigures} from './servers.mjs';
import {phoneFigures, printPhone} from './phone.mjs';
import {cssFigures, printCss} from './css.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
const bareDir = path.join(root, 'tests', 'bench', 'bare');
const outDir = path.join(root, 'tests', 'bench', 'out');
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
// BENCH_PORT=3260 moves all six ports (3260 to 3265) when 3300-3305 are taken.
const PORT = Number(process.env.BENCH_PORT || 3300);
const PORTS = {site: PORT, bare: PORT + 1, minimal: PORT + 2, baseline: PORT + 3, sitePg: PORT + 4, nginx: PORT + 5};
// The comparison point for the first paint: the site just before issue 14 (stylesheet linked, clinics page
// with Next's runtime). BENCH_BASELINE_DIR: an already built checkout to serve instead of building one.
const BASELINE_REF = process.env.BENCH_BASELINE_REF || '4877339';
const SLOW = {latency: 400, kbps: 400};
const FIRST_FLIGHT = 14 * 1024;
const LIGHTHOUSE = 'lighthouse@12.8.2';
const RUNS = Number(process.env.BENCH_LH_RUNS || 3);
const DURATION = Number(process.env.BENCH_SECONDS || 10);
const chrome = process.env.CHROME_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const env = {...process.env, NEXT_TELEMETRY_DISABLED: '1'};
const log = (...a) => console.error('[bench]', ...a);

function run(cmd, args, opts = {}) {
  execFileSync(cmd, args, {stdio: ['ignore', 'ignore', 'inherit'], env, ...opts});
}

/**
 * Serve the build in `cwd` as `npm start` does: the site's server (build/server.mjs; .next/site-server.mjs in
 * older baselines) when the build has one, else `next start` (the bare page, older baselines). In its own
 * process group, so that it and any child die together.
 */
async function start(args, port, cwd = root, extraEnv = {}) {
  const siteServer = [path.join(cwd, 'build', 'server.mjs'), path.join(cwd, '.next', 'site-server.mjs')].find((f) => existsSync(f));
  const command = siteServer ? [siteServer, '-p', String(port)] : [nextBin, 'start', '-p', String(port), ...args];
  const child = spawn(process.execPath, command, {cwd, env: {...env, ...extraEnv}, detached: true, stdio: 'ignore'});
  for (let i = 0; i < 120; i++) {
    try { await fetch(`http://localhost:${port}/`, {redirect: 'manual'}); return () => process.kill(-child.pid, 'SIGTERM'); } catch { await new Promise((r) => setTimeout(r, 250)); }
  }
  throw new Error(`server on ${port} did not start`);
}

const gz = (buf) => zlib.gzipSync(buf, {level: 9}).length;

/** Index just after the element that opens at `start` (same-name nesting counted). */
function elementEnd(html, start) {
  const tag = /^<([a-zA-Z0-9]+)/.exec(html.slice(start))[1];
  const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g');
  re.lastIndex = start;
  let depth = 0;
  for (let m; (m = re.exec(html));) {
    if (m[1]) depth--; else if (!m[0].endsWith('/>')) depth++;
    if (depth === 0) return re.lastIndex;
  }
  return html.length;
}

/**
 * Where the page's lead ends (title, summary, dates, key points): the end of the key-points box when there is
 * one, else of the element marked data-lead-end (the review dates), else (older builds) of the page-meta block.
 */
function leadEnd(html) {
  const at = (re) => { const m = re.exec(html); return m ? elementEnd(html, m.index) : -1; };
  const keyPoints = at(/<[a-z]+\b[^>]*(?:id="key-points"|class="[^"]*\bkey-points\b)[^>]*>/);
  if (keyPoints > 0 && html.indexOf('<h1') < keyPoints && !html.includes('class="handout')) return keyPoints;
  const marked = at(/<[a-z]+\b[^>]*\sdata-lead-end[=\s>][^>]*>/);
  if (marked > 0) return marked;
  return at(/<div[^>]*class="page-meta[^"]*"[^>]*>/);
}

/**
 * Requests in the HTML that hold up the first paint: synchronous scripts, and linked stylesheets except one
 * that is the body's last element (the overdue-review notices): Chrome blocks rendering only of what follows
 * a stylesheet in the body, and nothing follows that one.
 */
const lastInBody = (text, end) => /^\s*(<\/body>|$)/.test(text.slice(end).replace(/<!--[\s\S]*?-->|<script\b[\s\S]*?<\/script>/g, ''));
const blockingRequests = (text) => [
  ...[...text.matchAll(/<link[^>]*rel="stylesheet"[^>]*>/g)].filter((m) => !lastInBody(text, m.index + m[0].length)).map((m) => m[0]),
  ...[...text.matchAll(/<script([^>]*)\ssrc="[^"]+"[^>]*>/g)].filter((m) => !/\s(async|defer|nomodule)\b|type="module"/i.test(m[0])).map((m) => m[0]),
];

/** What a browser downloads for one page: HTML (raw and gzip) and its scripts (gzip, noModule excluded). */
async function weigh(url) {
  const res = await fetch(url);
  const html = Buffer.from(await res.arrayBuffer());
  const text = html.toString('utf8');
  const srcs = [...new Set([...text.matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)]
    .filter((m) => !/nomodule/i.test(m[1] + m[3])).map((m) => new URL(m[2], url).href))];
  let js = 0;
  for (const s of srcs) js += gz(Buffer.from(await (await fetch(s)).arrayBuffer()));
  // The first paint needs the HTML up to the lead plus any linked stylesheet (fetched by a second request).
  const blocking = blockingRequests(text);
  let linkedCssGzip = 0;
  for (const m of text.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) linkedCssGzip += gz(Buffer.from(await (await fetch(new URL(m[1], url))).arrayBuffer()));
  const inlineCss = [...text.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  const end = leadEnd(text);
  const leadGzip = end > 0 ? gz(Buffer.from(text.slice(0, end))) : null;
  return {status: res.status, htmlBytes: html.length, htmlGzip: gz(html), jsGzip: js, scripts: srcs.length, cacheControl: res.headers.get('cache-control') || '',
    inlineCssGzip: inlineCss ? gz(Buffer.from(inlineCss)) : 0, linkedCssGzip, blocking: blocking.length,
    leadGzip, firstPaintGzip: leadGzip === null ? null : leadGzip + linkedCssGzip};
}

function lighthouse(url) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const file = path.join(outDir, 'lh.json');
    // Lighthouse now and then fails to record a trace (NO_NAVSTART) on a busy machine: try again.
    for (let attempt = 1; ; attempt++) {
      try {
        run('npx', ['--yes', LIGHTHOUSE, url, '--quiet', '--output=json', `--output-path=${file}`,
          '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage'], {env: {...env, ...(chrome ? {CHROME_PATH: chrome} : {})}});
        break;
      } catch (e) {
        if (attempt === 3) throw e;
        log(`Lighthouse failed on ${url}, attempt ${attempt}; trying again`);
      }
    }
    const r = JSON.parse(readFileSync(file, 'utf8'));
    runs.push({
      performance: Math.round(r.categories.performance.score * 100),
      accessibility: Math.round(r.categories.accessibility.score * 100),
      bestPractices: Math.round(r.categories['best-practices'].score * 100),
      seo: Math.round(r.categories.seo.score * 100),
      fcp: Math.round(r.audits['first-contentful-paint'].numericValue),
      lcp: Math.round(r.audits['largest-contentful-paint'].numericValue),
      tbt: Math.round(r.audits['total-blocking-time'].numericValue),
      cls: Number(r.audits['cumulative-layout-shift'].numericValue.toFixed(3)),
    });
  }
  const median = (k) => runs.map((x) => x[k]).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
  return Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(k)]));
}

/**
 * First contentful paint in Chromium under DevTools network throttling (SLOW: latency per request and
 * bandwidth), cache off, a fresh context per load; median of `runs`.
 */
async function slowFcp(browser, url, runs = 5) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({viewport: {width: 412, height: 823}, isMobile: true});
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', {cacheDisabled: true});
    const bytesPerSecond = (SLOW.kbps * 1000) / 8;
    await cdp.send('Network.emulateNetworkConditions', {offline: false, latency: SLOW.latency, downloadThroughput: bytesPerSecond, uploadThroughput: bytesPerSecond});
    await page.goto(url, {waitUntil: 'load'});
    const fcp = await page.evaluate(() => new Promise((resolve) => {
      const seen = performance.getEntriesByName('first-contentful-paint')[0];
      if (seen) return resolve(seen.startTime);
      new PerformanceObserver((l) => resolve(l.getEntries()[0].startTime)).observe({type: 'paint', buffered: true});
    }));
    times.push(Math.round(fcp));
    await context.close();
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

/** A built checkout of the baseline: BENCH_BASELINE_DIR, or BASELINE_REF exported, installed and built once. */
function baselineDir() {
  if (process.env.BENCH_BASELINE_DIR) return path.resolve(process.env.BENCH_BASELINE_DIR);
  const dir = path.join(outDir, 'baseline');
  const commit = execFileSync('git', ['rev-parse', BASELINE_REF], {cwd: root, encoding: 'utf8'}).trim();
  const stamp = path.join(dir, '.bench-built');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === commit) return dir;
  log(`building the baseline ${BASELINE_REF} (${commit.slice(0, 12)}) in ${path.relative(root, dir)}`);
  execFileSync('sh', ['-c', `rm -rf "${dir}" && mkdir -p "${dir}" && git archive ${commit} | tar -x -C "${dir}"`], {cwd: root});
  run('npm', ['ci', '--no-audit', '--no-fund', '--silent'], {cwd: dir});
  run('npm', ['run', 'build', '--silent'], {cwd: dir, env: {...env, SITE_URL: `http://localhost:${PORTS.baseline}`}});
  writeFileSync(stamp, commit);
  return dir;
}

/**
 * The search's other figures: one results page weighed, and the index's build time and size as `npm run build`
 * measured them (build/search/stats.json, app/_build/search-index.ts). Its speed is in serverFigures.
 */
async function searchFigures(siteUrl) {
  const page = await weigh(siteUrl + SEARCH_QUERIES[0]);
  const stats = JSON.parse(readFileSync(path.join(root, 'build', 'search', 'stats.json'), 'utf8'));
  const mb = (n) => (n / 1048576).toFixed(1);
  const targets = [
    ['search index < 5 MB in memory', `${mb(stats.heapBytes)} MB once loaded: heap and array buffers, snippets' words included, the search code's own compilation not (${mb(stats.arrayBufferBytes ?? 0)} MB of it in array buffers; nothing grows after)`, stats.heapBytes < 5 * 1048576],
    ['search results page: no script, CSS inlined', `${page.scripts} scripts, ${kb(page.jsGzip)} KB JS, ${page.blocking} blocking, inline CSS ${kb(page.inlineCssGzip)} KB gz`, page.scripts === 0 && page.blocking === 0 && page.inlineCssGzip > 0],
  ];
  return {queries: SEARCH_QUERIES, page, index: stats, targets};
}

function printSearch(search) {
  const {index: s, page} = search;
  console.log(`\nSearch index: ${s.sections} sections, built in ${s.readMs + s.indexMs} ms (content ${s.readMs} ms, index ${s.indexMs} ms), ` +
    `${kb(s.jsonBytes)} KB on disk, ${(s.heapBytes / 1048576).toFixed(2)} MB in memory once loaded (heap and array buffers), the snippets' prepared words included. ` +
    `A results page: ${kb(page.htmlGzip)} KB gzip (${page.htmlBytes} B), ${page.scripts} scripts, Cache-Control "${page.cacheControl}".`);
}

/** Build the site for siteUrl; BENCH_REUSE_BUILD=1 serves the existing build/ (made by `npm run build`) instead. */
function buildSite(siteUrl) {
  if (process.env.BENCH_REUSE_BUILD) return log('reusing the existing build');
  log('building the site for', siteUrl);
  run('npm', ['run', 'build', '--silent'], {cwd: root, env: {...env, SITE_URL: siteUrl}});
}

/**
 * The parts BENCH_ONLY can ask for, each measured on the site's server alone (no bare page, baseline or
 * Lighthouse): `server` the servers' figures (pages, search, feedback, builder) and the search index,
 * `builder` the clinics builder beside the site's static page of the same run, `phone` the phone figures,
 * `css` the inlined CSS per page.
 */
const PARTS = ['server', 'builder', 'phone', 'css'];

async function partsOnly(parts) {
  const unknown = parts.filter((p) => !PARTS.includes(p));
  if (unknown.length) throw new Error(`BENCH_ONLY: unknown part ${unknown.join(', ')} (known: ${PARTS.join(', ')})`);
  mkdirSync(outDir, {recursive: true});
  const siteUrl = `http://localhost:${PORTS.site}`;
  buildSite(siteUrl);
  const dataDir = path.join(os.tmpdir(), `bench-feedback-${process.pid}`);
  const stop = await start([], PORTS.site, root, {DATA_DIR: dataDir, FEEDBACK_RATE_LIMIT: '0', FEEDBACK_MAX_PER_HOUR: '0', FEEDBACK_MAX_PER_DAY: '0'});
  try {
    const out = {date: new Date().toISOString(), load: os.loadavg()};
    let targets = [];
    if (parts.includes('server') || parts.includes('builder')) {
      const serverParts = parts.includes('server') ? SERVER_PARTS : ['builder'];
      const servers = await serverFigures({root, siteUrl, ports: PORTS, seconds: DURATION, log, parts: serverParts});
      printServers(servers, table, DURATION);
      out.servers = servers.figures;
      targets.push(...servers.targets);
      if (parts.includes('server')) {
        const search = await searchFigures(siteUrl);
        printSearch(search);
        out.search = {...search, targets: undefined};
        targets.push(...search.targets);
      }
    }
    if (parts.includes('css')) {
      const css = await cssFigures({siteUrl, log});
      printCss(css, table);
      out.css = {...css, targets: undefined};
      targets.push(...css.targets);
    }
    if (parts.includes('phone')) {
      const phone = await phoneFigures({siteUrl, chrome, log});
      printPhone(phone, table);
      out.phone = {...phone, targets: undefined};
      targets.push(...phone.targets);
    }
    console.log('\nTargets\n');
    console.log(table(['target', 'measured', 'met'], targets.map(([t, m, ok]) => [t, m, ok ? 'yes' : 'NO'])));
    const file = path.join(outDir, `bench-${parts.join('-')}.json`);
    writeFileSync(file, JSON.stringify({...out, targets: targets.map(([target, measured, met]) => ({target, measured, met}))}, null, 2));
    console.log(`\nWritten to ${path.relative(root, file)}`);
  } finally {
    stop();
    rmSync(dataDir, {recursive: true, force: true});
  }
}

function table(head, rows) {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => String(c).padEnd(w[i])).join('  ');
  return [line(head), w.map((n) => '-'.repeat(n)).join('  '), ...rows.map(line)].join('\n');
}

const kb = (n) => (n / 1024).toFixed(1);

async function main() {
  mkdirSync(outDir, {recursive: true});
  const siteUrl = `http://localhost:${PORTS.site}`;
  buildSite(siteUrl);
  log('building the bare page');
  run(process.execPath, [nextBin, 'build', '--webpack'], {cwd: bareDir});
  const baseDir = baselineDir();
  const baseUrl = `http://localhost:${PORTS.baseline}`;

  const stops = [];
  // Feedback submissions are stored: the site's embedded store in a throwaway DATA_DIR, no rate limit.
  const feedbackEnv = {DATA_DIR: path.join(os.tmpdir(), `bench-feedback-${process.pid}`), FEEDBACK_RATE_LIMIT: '0', FEEDBACK_MAX_PER_HOUR: '0', FEEDBACK_MAX_PER_DAY: '0'};
  try {
    stops.push(() => rmSync(feedbackEnv.DATA_DIR, {recursive: true, force: true}));
    stops.push(await start([], PORTS.site, root, feedbackEnv));
    stops.push(await start([], PORTS.bare, bareDir));
    stops.push(await start([], PORTS.baseline, baseDir));

    const sitemap = await (await fetch(`${siteUrl}/sitemap.xml`)).text();
    const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
    log(`weighing ${pages.length} pages`);
    const sizes = {};
    for (const p of pages) sizes[p] = await weigh(siteUrl + p);
    const bare = await weigh(`http://localhost:${PORTS.bare}/`);
    const firstPaintPages = ['/en', '/en/urgent-help', '/fr/aide-urgente', '/en/treatment-journey/session', '/fr/parcours-de-soins/seance', '/en/for-clinics', '/en/fibromyalgia'];
    const baseline = {};
    for (const p of firstPaintPages) baseline[p] = await weigh(baseUrl + p);

    log(`first paint under an emulated slow connection (${SLOW.latency} ms, ${SLOW.kbps} kbit/s), median of 5 loads`);
    const browser = await chromium.launch({executablePath: chrome, args: ['--disable-gpu', '--disable-dev-shm-usage']});
    const slow = {};
    try {
      for (const p of ['/en/urgent-help', '/en']) slow[p] = {before: await slowFcp(browser, baseUrl + p), after: await slowFcp(browser, siteUrl + p)};
    } finally { await browser.close(); }

    const lhPages = ['/fr', '/en', '/en/urgent-help', '/fr/parcours-de-soins/seance', '/en/treatment-journey/session', '/fr/fibromyalgie', '/en/fibromyalgia'];
    const lh = {};
    if (process.env.BENCH_SKIP_LIGHTHOUSE) log('Lighthouse skipped');
    else {
      log(`Lighthouse (${RUNS} runs each)`);
      lh['bare /'] = lighthouse(`http://localhost:${PORTS.bare}/`);
      for (const p of lhPages) lh[p] = lighthouse(siteUrl + p);
      for (const p of ['/en', '/en/urgent-help', '/en/treatment-journey/session']) lh[`before ${p}`] = lighthouse(baseUrl + p);
    }

    const servers = await serverFigures({root, siteUrl, ports: PORTS, seconds: DURATION, log});
    const search = await searchFigures(siteUrl);
    const phone = await phoneFigures({siteUrl, chrome, log});
    const css = await cssFigures({siteUrl, log});

    // Feedback on PostgreSQL too, when available (the embedded SQLite is in the servers' figures).
    const fb = {sqlite: servers.figures.feedback};
    const pg = await startPostgres();
    if (pg.skipped) log(`PostgreSQL skipped: ${pg.skipped}`);
    else {
      stops.push(() => pg.stop());
      stops.push(await start([], PORTS.sitePg, root, {...feedbackEnv, DATABASE_URL: pg.url}));
      log('feedback submissions: PostgreSQL');
      const pgUrl = `http://localhost:${PORTS.sitePg}`;
      fb.postgres = await autocannon({url: `${pgUrl}/feedback`, connections: 50, duration: DURATION, method: 'POST',
        headers: {'content-type': 'application/x-www-form-urlencoded', origin: pgUrl}, body: 'page=session&locale=en&answer=no&comment=bench+comment'})
        .then((r) => ({rps: Math.round(r.requests.average), p99: r.latency.p99, errors: r.errors + r.timeouts, non2xx: r.non2xx}));
    }

    const maxJs = Math.max(...Object.values(sizes).map((s) => s.jsGzip));
    const maxHtml = Math.max(...Object.values(sizes).map((s) => s.htmlGzip));
    const uncacheable = Object.entries(sizes).filter(([, s]) => !/s-maxage=\d+/.test(s.cacheControl)).map(([p]) => p);
    const lhSite = Object.entries(lh).filter(([k]) => k !== 'bare /' && !k.startsWith('before ')).map(([, v]) => v);
    const contentPages = Object.entries(sizes).filter(([, s]) => s.leadGzip !== null);
    const maxLead = Math.max(...contentPages.map(([, s]) => s.firstPaintGzip));
    const blockingPages = Object.entries(sizes).filter(([, s]) => s.blocking > 0).map(([p]) => p);
    const urgent = ['/en/urgent-help', '/fr/aide-urgente'].map((p) => sizes[p]).filter(Boolean);
    const targets = [
      ['JS per page ≤ bare + 5 KB gzip', `max ${kb(maxJs)} KB vs bare ${kb(bare.jsGzip)} KB`, maxJs <= bare.jsGzip + 5120],
      ['HTML per page < 30 KB gzip', `max ${kb(maxHtml)} KB`, maxHtml < 30 * 1024],
      ['no render-blocking request (linked stylesheet, synchronous script)', blockingPages.length ? `on: ${blockingPages.join(', ')}` : 'none on any page', blockingPages.length === 0],
      ...css.targets,
      ['HTML up to the end of the lead ≤ 14 KB gzip, CSS included', `max ${kb(maxLead)} KB`, maxLead <= FIRST_FLIGHT],
      ['urgent help whole ≤ 14 KB gzip', urgent.map((s) => `${kb(s.htmlGzip)} KB`).join(', '), urgent.every((s) => s.htmlGzip + s.linkedCssGzip <= FIRST_FLIGHT)],
      ['first paint on the slow connection faster than before', Object.entries(slow).map(([p, x]) => `${p} ${x.before} -> ${x.after} ms`).join('; '), Object.values(slow).every((x) => x.after < x.before)],
      ['every HTML response cacheable by a CDN', uncacheable.length ? `not: ${uncacheable.join(', ')}` : 'all send s-maxage', uncacheable.length === 0],
      ...servers.targets,
      ...search.targets,
      ...phone.targets,
      ...(lhSite.length ? [
        ['Lighthouse performance ≥ bare', `min ${Math.min(...lhSite.map((x) => x.performance))} vs bare ${lh['bare /'].performance}`, Math.min(...lhSite.map((x) => x.performance)) >= lh['bare /'].performance],
        ['Lighthouse a11y, best practices, SEO = 100', `min ${Math.min(...lhSite.flatMap((x) => [x.accessibility, x.bestPractices, x.seo]))}`, lhSite.every((x) => x.accessibility === 100 && x.bestPractices === 100 && x.seo === 100)],
      ] : []),
    ];

    console.log('\nSizes per page (what the browser downloads; JS excludes the noModule polyfill)\n');
    const lead = (s) => (s.leadGzip === null ? '-' : kb(s.leadGzip + s.linkedCssGzip));
    console.log(table(['page', 'status', 'HTML B', 'HTML gz KB', 'inline CSS gz KB', 'to lead end gz KB', 'blocking', 'JS gz KB', 'scripts', 'Cache-Control'],
      [...Object.entries(sizes).map(([p, s]) => [p, s.status, s.htmlBytes, kb(s.htmlGzip), kb(s.inlineCssGzip), lead(s), s.blocking, kb(s.jsGzip), s.scripts, s.cacheControl]),
        ['bare /', bare.status, bare.htmlBytes, kb(bare.htmlGzip), kb(bare.inlineCssGzip), '-', bare.blocking, kb(bare.jsGzip), bare.scripts, bare.cacheControl]]));
    console.log(`\nFirst screen, before (${process.env.BENCH_BASELINE_DIR ? path.relative(root, baseDir) : BASELINE_REF}) and now: gzip KB the browser needs before it can paint the lead (HTML to the lead's end + linked CSS)\n`);
    console.log(table(['page', 'before HTML gz', 'before CSS gz (2nd request)', 'before to lead end', 'before blocking', 'now HTML gz', 'now inline CSS gz', 'now to lead end', 'now blocking'],
      firstPaintPages.map((p) => [p, kb(baseline[p].htmlGzip), kb(baseline[p].linkedCssGzip), lead(baseline[p]), baseline[p].blocking, kb(sizes[p].htmlGzip), kb(sizes[p].inlineCssGzip), lead(sizes[p]), sizes[p].blocking])));
    console.log(`\nFirst contentful paint in Chromium, ${SLOW.latency} ms latency and ${SLOW.kbps} kbit/s (DevTools throttling), cache off, median of 5\n`);
    console.log(table(['page', 'before ms', 'now ms'], Object.entries(slow).map(([p, x]) => [p, x.before, x.after])));
    if (Object.keys(lh).length) {
      console.log(`\nLighthouse 12.8 mobile, median of ${RUNS}\n`);
      console.log(table(['page', 'perf', 'a11y', 'BP', 'SEO', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS'],
        Object.entries(lh).map(([p, x]) => [p, x.performance, x.accessibility, x.bestPractices, x.seo, x.fcp, x.lcp, x.tbt, x.cls])));
    }
    printServers(servers, table, DURATION);
    printSearch(search);
    printPhone(phone, table);
    printCss(css, table);
    if (fb.postgres) console.log(`\nFeedback on PostgreSQL 15 (local, fsync on; autocannon, 50 connections): ${fb.postgres.rps} submissions/s, p99 ${fb.postgres.p99} ms, ${fb.postgres.errors} errors`);
    else console.log('PostgreSQL: not available on this machine, not measured');
    console.log('\nTargets\n');
    console.log(table(['target', 'measured', 'met'], targets.map(([t, m, ok]) => [t, m, ok ? 'yes' : 'NO'])));
    writeFileSync(path.join(outDir, 'bench.json'), JSON.stringify({date: new Date().toISOString(), sizes, bare, baseline: {ref: process.env.BENCH_BASELINE_DIR || BASELINE_REF, sizes: baseline}, slowConnection: {...SLOW, fcp: slow}, lighthouse: lh, servers: servers.figures, search: {...search, targets: undefined}, phone: {...phone, targets: undefined}, css: {...css, targets: undefined}, feedback: fb, targets: targets.map(([target, measured, met]) => ({target, measured, met}))}, null, 2));
    console.log(`\nWritten to ${path.relative(root, path.join(outDir, 'bench.json'))}`);
  } finally {
    for (const stop of stops) { try { stop(); } catch { /* already gone */ } }
  }
}

(process.env.BENCH_ONLY ? partsOnly(process.env.BENCH_ONLY.split(',').map((p) => p.trim()).filter(Boolean)) : main()).catch((e) => { console.error(e); process.exitCode = 1; });
