// More than one machine (issue 23, item 4): nginx in front of two site servers that share one PostgreSQL,
// as README "Running on more than one machine" describes, with the nginx template of app/_server/nginx.
// Checks: the same headers through the proxy as from a server, a repeated page served from nginx's cache,
// search and feedback through it (never cached), submissions from both servers in one database with none
// lost, and one server killed mid-run without a single failed page request.
// Needs Debian's nginx (tests/run-all.sh installs it when missing) and a PostgreSQL (TEST_DATABASE_URL, set
// by tests/run-all.sh, or one started here): without either, the tests are skipped with a loud warning.
import {spawn, spawnSync, type ChildProcess} from 'node:child_process';
import {chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {expect, test} from '@playwright/test';

const nginxBin = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
const base = Number(process.env.TEST_PORT || 3100) + 40;
const ports = {proxy: base, a: base + 1, b: base + 2};

type Answer = {status: number; headers: http.IncomingHttpHeaders; body: Buffer};

function request(port: number, target: string, init: {method?: string; headers?: Record<string, string>; body?: string} = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({host: '127.0.0.1', port, path: target, method: init.method ?? 'GET', headers: init.headers, agent: false}, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks)}));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

async function answers(port: number, target = '/healthz'): Promise<boolean> {
  for (let i = 0; i < 240; i++) {
    if (await request(port, target).then((r) => r.status === 200, () => false)) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

/** The command `npm start` runs (node + the built server), so the test serves what production serves. */
function startCommand(): string[] {
  const script: string = JSON.parse(readFileSync('package.json', 'utf8')).scripts.start;
  const words = script.trim().split(/\s+/);
  if (words[0] !== 'node') throw new Error(`multi-machine: expected "node …" as the start script, got ${script}`);
  return words.slice(1);
}

/** Headers that say how the bytes travelled (or which cache answered), not what the answer is. */
const transport = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'server', 'x-cache-status']);
const meaningful = (h: http.IncomingHttpHeaders) => Object.fromEntries(Object.entries(h).filter(([k]) => !transport.has(k)).sort(([a], [b]) => a.localeCompare(b)));

const feedbackBody = (page: string, n: number) => new URLSearchParams({page, locale: 'fr', answer: n % 2 ? 'yes' : 'no', comment: `multi-machine ${n}`}).toString();
const form = (port: number) => ({'content-type': 'application/x-www-form-urlencoded', origin: `http://localhost:${port}`, host: `localhost:${port}`});

test.describe('more than one machine: nginx, two site servers, one PostgreSQL', () => {
  test.describe.configure({mode: 'serial'});
  let dir = '';
  let databaseUrl = process.env.TEST_DATABASE_URL ?? '';
  let ownPg = '';
  const servers: Record<'a' | 'b', ChildProcess | undefined> = {a: undefined, b: undefined};
  let nginx: ChildProcess | undefined;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    if (!nginxBin) {
      console.warn('\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n!!! nginx is not installed: the multi-machine tests are SKIPPED\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n');
      return;
    }
    if (!databaseUrl) {
      const started = spawnSync(process.execPath, ['tests/tools/postgres.mjs', 'start'], {encoding: 'utf8'});
      if (started.status === 0) [databaseUrl, ownPg] = started.stdout.trim().split(' ');
    }
    if (!databaseUrl) {
      console.warn('\n!!! PostgreSQL could not be started: the multi-machine tests are SKIPPED\n');
      return;
    }
    dir = mkdtempSync(path.join(os.tmpdir(), 'multi-machine-'));
    chmodSync(dir, 0o755);
    // A fresh schema-free start: the servers migrate the same database together (under the migrations' lock).
    const [cmd, ...args] = ['node', ...startCommand()];
    for (const name of ['a', 'b'] as const) {
      servers[name] = spawn(cmd === 'node' ? process.execPath : cmd, [...args, '-p', String(ports[name])], {
        env: {...process.env, DATABASE_URL: databaseUrl, TRUST_PROXY: '1', FEEDBACK_RATE_LIMIT: '0', SITE_URL: `http://localhost:${ports.proxy}`},
        stdio: 'ignore',
        detached: true,
      });
    }
    const template = readFileSync('app/_server/nginx/site.conf.template', 'utf8');
    const conf = template
      .replaceAll('${CACHE_DIR}', path.join(dir, 'cache'))
      .replaceAll('${UPSTREAM_SERVERS}', [ports.a, ports.b].map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=10s;`).join('\n'))
      .replaceAll('${LISTEN}', `127.0.0.1:${ports.proxy}`)
      .replaceAll('${SERVER_NAME}', 'localhost');
    expect(conf, 'every placeholder of the template is filled in').not.toMatch(/\$\{[A-Z_]+\}/);
    writeFileSync(path.join(dir, 'nginx.conf'), [
      ...(process.getuid?.() === 0 ? ['user root;'] : []),
      'worker_processes 1;', `pid ${dir}/nginx.pid;`, `error_log ${dir}/error.log warn;`, 'events { worker_connections 1024; }',
      'http {', 'include /etc/nginx/mime.types;', 'access_log off;',
      `client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;`,
      conf, '}',
    ].join('\n'));
    nginx = spawn(nginxBin, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;'], {stdio: 'ignore', detached: true});
    for (const name of ['a', 'b'] as const) expect(await answers(ports[name]), `server ${name} answers /healthz`).toBe(true);
    expect(await answers(ports.proxy, '/fr'), 'nginx answers').toBe(true);
  });

  test.afterAll(() => {
    for (const child of [nginx, servers.a, servers.b]) if (child?.pid && child.exitCode === null) try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
    if (ownPg) spawnSync(process.execPath, ['tests/tools/postgres.mjs', 'stop', ownPg]);
    if (dir) rmSync(dir, {recursive: true, force: true});
  });

  test.beforeEach(() => {
    test.skip(!nginxBin || !dir, 'nginx or PostgreSQL missing (see the warning above)');
  });

  test('the same status, body and headers through the proxy as from a server: page, redirect, 404, search', async () => {
    for (const target of ['/fr/parcours-de-soins/seance', '/en/urgent-help', '/fr/parcours-de-soins/seance/', '/en/nowhere', '/en/search?q=bladder', '/healthz']) {
      for (const encoding of ['', 'gzip', 'br']) {
        const headers = encoding ? {'accept-encoding': encoding} : undefined;
        const [direct, proxied] = [await request(ports.a, target, {headers}), await request(ports.proxy, target, {headers})];
        expect(proxied.status, target).toBe(direct.status);
        expect(proxied.body.equals(direct.body), `${target} ${encoding}: same bytes`).toBe(true);
        expect(meaningful(proxied.headers), `${target} ${encoding}`).toEqual(meaningful(direct.headers));
      }
    }
  });

  test('a page is served from the proxy\'s cache the second time; search, feedback and review notices never are', async () => {
    const page = '/en/treatment-journey/preparation';
    await request(ports.proxy, page);
    const again = await request(ports.proxy, page);
    expect(again.status).toBe(200);
    expect(again.headers['x-cache-status']).toBe('HIT');
    for (const target of ['/fr/recherche?q=vessie', '/review-notices.css', '/healthz']) {
      await request(ports.proxy, target);
      const second = await request(ports.proxy, target);
      expect(second.status, target).toBe(200);
      expect(['BYPASS', 'MISS', undefined], `${target} not from the cache`).toContain(second.headers['x-cache-status']);
    }
    const results = await request(ports.proxy, '/fr/recherche?q=vessie');
    expect(results.body.toString('utf8')).toContain('<mark>');
    expect(results.headers['cache-control']).toBe('private, no-store');
  });

  test('feedback from both servers and through the proxy lands in the one database, none lost', async () => {
    const {Client} = await import('pg');
    const db = new Client({connectionString: databaseUrl});
    await db.connect();
    try {
      const count = async () => Number((await db.query("SELECT count(*) AS n FROM feedback WHERE comment LIKE 'multi-machine %'")).rows[0].n);
      const before = await count();
      let accepted = 0;
      const posts: Promise<void>[] = [];
      for (let n = 0; n < 60; n++) {
        const port = [ports.a, ports.b, ports.proxy][n % 3];
        posts.push(request(port, '/feedback', {method: 'POST', headers: form(ports.proxy), body: feedbackBody('session', n)}).then((r) => {
          expect(r.status, `submission ${n} via ${port}`).toBe(303);
          accepted++;
        }));
      }
      await Promise.all(posts);
      expect(accepted).toBe(60);
      expect(await count()).toBe(before + 60);
    } finally {
      await db.end();
    }
  });

  test('one server killed mid-run: every page request through the proxy still succeeds', async () => {
    test.setTimeout(90_000);
    const targets = ['/fr', '/en/risks-and-safety', '/fr/aide-urgente', '/en/search?q=driving', '/fr/recherche?q=conduire'];
    const failures: string[] = [];
    let done = 0;
    const run = async (worker: number) => {
      for (let i = 0; i < 150; i++) {
        // A query the cache has not seen, so the request reaches a server.
        const target = `${targets[(i + worker) % targets.length]}${targets[(i + worker) % targets.length].includes('?') ? '&' : '?'}n=${worker}-${i}`;
        const r = await request(ports.proxy, target).catch((e: Error) => ({status: 0, headers: {}, body: Buffer.from(e.message)}) as Answer);
        if (r.status !== 200) failures.push(`${target}: ${r.status}`);
        done++;
      }
    };
    const load = Promise.all([0, 1, 2, 3].map(run));
    while (done < 150) await new Promise((r) => setTimeout(r, 20));
    process.kill(-servers.a!.pid!, 'SIGKILL');
    await load;
    expect(done).toBe(600);
    expect(failures).toEqual([]);
    // The survivor alone still answers through the proxy, and says it is healthy.
    expect((await request(ports.proxy, '/healthz')).status).toBe(200);
  });
});
