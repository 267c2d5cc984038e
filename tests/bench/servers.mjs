// The servers' figures for `npm run bench` (issue 23): wrk, Debian's C load generator (installed when
// missing), which reaches far beyond what the servers here can answer, so it measures them and not itself.
// In one run, on the very same bytes (the session page's gzip file as the build wrote it):
//   - nginx with gzip_static, serving build/site, when nginx is installed (the ceiling a CDN approaches);
//   - a minimal Node server: http.createServer sending that gzip buffer (Node's own ceiling);
//   - the site's server (npm start), the same page;
// then, on the site's server, the search (three typical queries in turn), feedback submissions (each stored) and
// the clinics' email builder (issue 22: a typical query in English and its French twin, in turn), each also as a
// ratio to the site's static page of the same run.
// Targets: the page at >= 50 % of the minimal Node server's req/s with p99 <= 20 ms at 50 connections;
// search p99 < 100 ms; 0 errors anywhere. Figures and ratios are printed; nothing here is part of `npm test`.
import {execFileSync, spawn} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

const CONNECTIONS = 50;
const PAGE = '/en/treatment-journey/session';
export const SEARCH_QUERIES = ['/fr/recherche?q=puis+je+conduire+apres+une+seance', '/en/search?q=is+it+addictive', '/en/search?q=fibromyalga+pain'];
/** What a nurse typically asks the clinics' builder: two pages, one country's lines, the clinic's name and phone. */
export const BUILDER_QUERIES = [
  '/en/for-clinics/email?lang=en&page=session&page=preparation&country=ca&clinic=Clinic&phone=555',
  '/fr/pour-les-cliniques/courriel?lang=fr&page=session&page=preparation&country=fr&clinic=Clinique&phone=555',
];
/** The runs serverFigures can make; BENCH_ONLY=builder makes only the site's page and the builder. */
export const SERVER_PARTS = ['nginx', 'minimal', 'page', 'search', 'feedback', 'builder'];

const which = (cmd) => { try { return execFileSync('sh', ['-c', `command -v ${cmd}`], {encoding: 'utf8'}).trim() || null; } catch { return null; } };

/** wrk's path, installing Debian's package when it is missing (as root, or with sudo). */
export function ensureWrk(log) {
  const found = which('wrk');
  if (found) return found;
  log('installing Debian\'s wrk');
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  execFileSync('sh', ['-c', `${sudo}apt-get update -qq && DEBIAN_FRONTEND=noninteractive ${sudo}apt-get install -y -qq wrk >/dev/null`], {stdio: 'inherit'});
  const now = which('wrk');
  if (!now) throw new Error('wrk could not be installed: apt-get install wrk');
  return now;
}

/** Parse wrk's --latency output. */
export function parseWrk(out) {
  const num = (re) => { const m = re.exec(out); return m ? Number(m[1]) : 0; };
  const ms = (v, unit) => (unit === 'us' ? v / 1000 : unit === 's' ? v * 1000 : unit === 'm' ? v * 60000 : v);
  const p99 = /^\s*99%\s+([\d.]+)(us|ms|s|m)\s*$/m.exec(out);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  return {
    rps: Math.round(num(/Requests\/sec:\s+([\d.]+)/)),
    p99: p99 ? Number(ms(Number(p99[1]), p99[2]).toFixed(1)) : null,
    errors: socket ? socket.slice(1).reduce((a, b) => a + Number(b), 0) : 0,
    non2xx3xx: num(/Non-2xx or 3xx responses:\s+(\d+)/),
    requests: num(/(\d+) requests in/),
  };
}

/** One wrk run: 2 threads, 50 connections, `seconds`, with a Lua script when given (several paths, a POST). */
function wrk(bin, url, seconds, {headers = {}, lua} = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-wrk-'));
  try {
    const args = ['-t2', `-c${CONNECTIONS}`, `-d${seconds}s`, '--latency', '--timeout', '5s'];
    for (const [k, v] of Object.entries(headers)) args.push('-H', `${k}: ${v}`);
    if (lua) { writeFileSync(path.join(dir, 'script.lua'), lua); args.push('-s', path.join(dir, 'script.lua')); }
    return parseWrk(execFileSync(bin, [...args, url], {encoding: 'utf8'}));
  } finally { rmSync(dir, {recursive: true, force: true}); }
}

async function waitFor(url, child) {
  for (let i = 0; i < 240; i++) {
    if (child?.exitCode != null) throw new Error(`${url}: the server exited (${child.exitCode})`);
    try { await fetch(url, {redirect: 'manual'}); return; } catch { await new Promise((r) => setTimeout(r, 250)); }
  }
  throw new Error(`${url} did not answer`);
}

/** Start a process in its own group; returns its stop function once `url` answers. */
async function serve(cmd, args, url, opts = {}) {
  const child = spawn(cmd, args, {detached: true, stdio: 'ignore', ...opts});
  await waitFor(url, child);
  return () => { try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ } };
}

/** nginx serving `siteDir` with gzip_static on `port`, or null (with the reason) when nginx is not installed. */
async function startNginx(siteDir, port) {
  const bin = which('nginx') ?? (existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : null);
  if (!bin) return {skipped: 'nginx is not installed (apt-get install nginx to compare)'};
  const prefix = mkdtempSync(path.join(os.tmpdir(), 'bench-nginx-'));
  const conf = path.join(prefix, 'nginx.conf');
  writeFileSync(conf, `worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${prefix}; proxy_temp_path ${prefix}; fastcgi_temp_path ${prefix}; uwsgi_temp_path ${prefix}; scgi_temp_path ${prefix};
  types { text/html html; }
  server {
    listen 127.0.0.1:${port};
    root ${siteDir};
    gzip_static on;
    location / { try_files $uri.html $uri =404; add_header Cache-Control "s-maxage=31536000"; }
  }
}
`);
  const stop = await serve(bin, ['-p', prefix, '-c', conf, '-g', 'daemon off;'], `http://127.0.0.1:${port}${PAGE}`);
  return {stop: () => { stop(); rmSync(prefix, {recursive: true, force: true}); }};
}

const lua = {
  paths: (paths) => `local paths = {${paths.map((p) => JSON.stringify(p)).join(', ')}}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
`,
  post: (path, body, headers) => `wrk.method = "POST"
wrk.body = ${JSON.stringify(body)}
${Object.entries(headers).map(([k, v]) => `wrk.headers[${JSON.stringify(k)}] = ${JSON.stringify(v)}`).join('\n')}
request = function() return wrk.format(nil, ${JSON.stringify(path)}) end
`,
};

/**
 * The figures: `siteUrl` is the site's server (already running), `root` the repository with a finished build.
 * `ports`: {minimal, nginx}; `parts`: which runs to make (SERVER_PARTS; the site's page is always measured, as
 * the ratios' reference). Returns the rows, the targets and the raw figures.
 */
export async function serverFigures({root, siteUrl, ports, seconds, log, parts = SERVER_PARTS}) {
  const want = (part) => parts.includes(part);
  const bin = ensureWrk(log);
  const gzFile = path.join(root, 'build', 'site', `${PAGE.slice(1)}.html.gz`);
  const gz = readFileSync(gzFile);
  const gzip = {'Accept-Encoding': 'gzip'};
  // The site's server sends those very bytes for this request (the build's .gz).
  const check = await new Promise((resolve, reject) => http.get(siteUrl + PAGE, {headers: gzip}, (res) => {
    const chunks = [];
    res.on('data', (c) => chunks.push(c));
    res.on('end', () => resolve(Buffer.concat(chunks)));
  }).on('error', reject));
  const stops = [];
  try {
    // The minimal Node server, in its own process: three lines.
    const minimal = `const b=require('fs').readFileSync(${JSON.stringify(gzFile)});
require('http').createServer((q,s)=>{s.writeHead(200,{'Content-Type':'text/html; charset=utf-8','Content-Encoding':'gzip'});s.end(b)})
.listen(${ports.minimal},'127.0.0.1');`;
    if (want('minimal')) stops.push(await serve(process.execPath, ['-e', minimal], `http://127.0.0.1:${ports.minimal}/`));
    const nginx = want('nginx') ? await startNginx(path.join(root, 'build', 'site'), ports.nginx) : {};
    if (nginx.stop) stops.push(nginx.stop); else if (nginx.skipped) log(`nginx skipped: ${nginx.skipped}`);
    // The builder answers both queries with its page (not a 400), never stored in a cache.
    const builderCheck = want('builder') ? await Promise.all(BUILDER_QUERIES.map(async (q) => {
      const res = await fetch(siteUrl + q);
      const body = await res.text();
      return {query: q, status: res.status, cacheControl: res.headers.get('cache-control'), clinic: /Clini(c|que)/.test(body), bytes: body.length};
    })) : [];

    log(`wrk, ${CONNECTIONS} connections, ${seconds} s each: ${parts.join(', ')}`);
    const figures = {};
    if (nginx.stop) figures.nginx = wrk(bin, `http://127.0.0.1:${ports.nginx}${PAGE}`, seconds, {headers: gzip});
    if (want('minimal')) figures.minimal = wrk(bin, `http://127.0.0.1:${ports.minimal}/`, seconds, {headers: gzip});
    figures.page = wrk(bin, siteUrl + PAGE, seconds, {headers: gzip});
    if (want('search')) {
      for (const q of SEARCH_QUERIES) await fetch(siteUrl + q);
      figures.search = wrk(bin, siteUrl + SEARCH_QUERIES[0], seconds, {headers: gzip, lua: lua.paths(SEARCH_QUERIES)});
    }
    // Each a stored submission answered 303 (wrk counts 3xx as success).
    if (want('feedback')) {
      figures.feedback = wrk(bin, siteUrl + '/feedback', seconds, {lua: lua.post('/feedback', 'page=session&locale=en&answer=no&comment=bench+comment',
        {'Content-Type': 'application/x-www-form-urlencoded', Origin: siteUrl})});
    }
    if (want('builder')) figures.builder = wrk(bin, siteUrl + BUILDER_QUERIES[0], seconds, {headers: gzip, lua: lua.paths(BUILDER_QUERIES)});

    const pct = (a, b) => (b ? `${Math.round((100 * a) / b)}%` : '-');
    const row = (name, f) => [name, f, pct(f.rps, figures.minimal?.rps), pct(f.rps, figures.page.rps)];
    const rows = [
      ...(figures.nginx ? [row('nginx gzip_static, session page', figures.nginx)] : []),
      ...(figures.minimal ? [row('minimal Node server (3 lines), same gzip bytes', figures.minimal)] : []),
      row('site server (npm start), same page, same bytes', figures.page),
      ...(figures.search ? [row('search (3 queries in turn, per request)', figures.search)] : []),
      ...(figures.feedback ? [row('feedback POST (each stored, 303)', figures.feedback)] : []),
      ...(figures.builder ? [row('clinics builder (EN and FR query in turn, per request)', figures.builder)] : []),
    ];
    const allErrors = Object.values(figures).reduce((n, f) => n + f.errors + f.non2xx3xx, 0);
    const targets = [
      ...(figures.minimal ? [['site page ≥ 50% of the minimal Node server\'s req/s (50 connections)', `${figures.page.rps} vs ${figures.minimal.rps} req/s (${pct(figures.page.rps, figures.minimal.rps)})`, figures.page.rps >= 0.5 * figures.minimal.rps]] : []),
      ['site page p99 ≤ 20 ms at 50 connections', `${figures.page.p99} ms`, figures.page.p99 !== null && figures.page.p99 <= 20],
      ...(figures.search ? [['search p99 < 100 ms', `${figures.search.p99} ms`, figures.search.p99 !== null && figures.search.p99 < 100]] : []),
      ...(figures.builder ? [['clinics builder answers both typical queries (200, Cache-Control private, no-store)',
        builderCheck.map((c) => `${c.query.split('?')[0]} ${c.status} "${c.cacheControl}"`).join('; '),
        builderCheck.every((c) => c.status === 200 && c.clinic && /private/.test(c.cacheControl ?? '') && /no-store/.test(c.cacheControl ?? ''))]] : []),
      ['0 errors (socket errors, non-2xx/3xx) in every run', `${allErrors}`, allErrors === 0],
      ['the site sends the build\'s gzip bytes for the page', check.equals(gz) ? 'same bytes' : `differs (${check.length} vs ${gz.length} B)`, check.equals(gz)],
    ];
    return {figures, rows, targets, pageGzipBytes: gz.length, builderQueries: figures.builder ? BUILDER_QUERIES : undefined};
  } finally {
    for (const stop of stops) stop();
  }
}

export function printServers(result, table, seconds) {
  console.log(`\nServers: wrk, 2 threads, ${CONNECTIONS} connections, ${seconds} s each, loopback (load generator on the same cores); the page is ${result.pageGzipBytes} B gzip\n`);
  console.log(table(['server', 'req/s', 'p99 ms', 'socket errors', 'non-2xx/3xx', 'vs minimal Node', 'vs site page'],
    result.rows.map(([name, f, ratio, toPage]) => [name, f.rps, f.p99, f.errors, f.non2xx3xx, ratio, toPage])));
  if (result.builderQueries) console.log(`\nThe builder's queries: ${result.builderQueries.join(' and ')}`);
}
