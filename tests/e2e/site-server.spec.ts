// The site's server (`npm start`, app/_server) over HTTP against the real build: how it sends pages (Brotli,
// gzip, ETag/304, HEAD), the search's headers, requests it refuses, redirects that carry a query, /healthz,
// then its own start and stop: the feedback store ready before the first submission, a clean exit.
import {spawn} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {brotliDecompressSync, gunzipSync} from 'node:zlib';
import {expect, test} from '@playwright/test';
import {siteDir} from '../../app/_lib/build-output';

const sitePort = Number(process.env.TEST_PORT || 3100);
const ownPort = sitePort + 8;

type Answer = {status: number; headers: http.IncomingHttpHeaders; body: Buffer};

/** A raw request (no client decoding, the target sent as written, bad %-encoding included). */
function get(port: number, target: string, init: {method?: string; headers?: Record<string, string>; agent?: http.Agent; body?: string} = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({host: '127.0.0.1', port, path: target, method: init.method ?? 'GET', headers: init.headers, agent: init.agent}, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks)}));
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

/** Wait until the server on `port` serves the home page; false if it never does (about a minute). */
async function answers(port: number): Promise<boolean> {
  for (let i = 0; i < 240; i++) {
    if (await get(port, '/fr').then((r) => r.status === 200, () => false)) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

const security = ['content-security-policy', 'strict-transport-security', 'x-content-type-options', 'referrer-policy', 'permissions-policy', 'x-frame-options', 'cross-origin-opener-policy'];

test.describe('pages from memory', () => {
  test('Brotli or gzip as the browser asks, the same bytes as the build once decoded; Vary and a content type', async () => {
    const built = readFileSync(path.join(siteDir(), 'en/treatment-journey/session.html'));
    const plain = await get(sitePort, '/en/treatment-journey/session');
    const br = await get(sitePort, '/en/treatment-journey/session', {headers: {'accept-encoding': 'gzip, deflate, br'}});
    const gz = await get(sitePort, '/en/treatment-journey/session', {headers: {'accept-encoding': 'gzip'}});
    const noBr = await get(sitePort, '/en/treatment-journey/session', {headers: {'accept-encoding': 'br;q=0, gzip'}});
    expect(plain.body.equals(built)).toBe(true);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect([br.headers['content-encoding'], gz.headers['content-encoding'], noBr.headers['content-encoding']]).toEqual(['br', 'gzip', 'gzip']);
    expect(brotliDecompressSync(br.body).equals(built)).toBe(true);
    expect(gunzipSync(gz.body).equals(built)).toBe(true);
    expect(br.body.length).toBeLessThan(built.length / 3);
    for (const r of [plain, br, gz]) {
      expect(r.headers.vary).toBe('Accept-Encoding');
      expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(r.headers['cache-control']).toMatch(/s-maxage=\d+/);
    }
  });

  test('an ETag per encoding; If-None-Match gets 304 with no body; HEAD gets the headers alone', async () => {
    const br = await get(sitePort, '/fr/questions-frequentes', {headers: {'accept-encoding': 'br'}});
    const plain = await get(sitePort, '/fr/questions-frequentes');
    expect(br.headers.etag).toMatch(/^"[^"]+"$/);
    expect(br.headers.etag).not.toBe(plain.headers.etag);
    for (const [etag, encoding] of [[br.headers.etag!, 'br'], [plain.headers.etag!, 'identity'], [`W/${plain.headers.etag}`, 'identity']]) {
      const again = await get(sitePort, '/fr/questions-frequentes', {headers: {'if-none-match': etag, 'accept-encoding': encoding}});
      expect(again.status, etag).toBe(304);
      expect(again.body.length).toBe(0);
      for (const name of security) expect(again.headers[name], name).toBeTruthy();
    }
    expect((await get(sitePort, '/fr/questions-frequentes', {headers: {'if-none-match': '"other"'}})).status).toBe(200);
    const head = await get(sitePort, '/fr/questions-frequentes', {method: 'HEAD'});
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers['content-length']).toBe(plain.headers['content-length']);
    expect(head.headers.etag).toBe(plain.headers.etag);
  });
});

test.describe('the search', () => {
  test('the security and privacy headers of every page, with no-referrer', async () => {
    const page = await get(sitePort, '/en/treatment-journey/session');
    const search = await get(sitePort, '/en/search?q=pregnancy');
    for (const name of security.filter((n) => n !== 'referrer-policy')) expect(search.headers[name], name).toBe(page.headers[name]);
    expect(search.headers['referrer-policy']).toBe('no-referrer');
    expect(search.headers['cache-control']).toBe('private, no-store');
    expect(search.headers['x-robots-tag']).toBe('noindex');
    expect(search.headers['set-cookie']).toBeUndefined();
  });

  test('HEAD gets the headers alone; gzip or Brotli when the browser asks, the same page once decoded', async () => {
    const plain = await get(sitePort, '/fr/recherche?q=conduire');
    const head = await get(sitePort, '/fr/recherche?q=conduire', {method: 'HEAD'});
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    const zipped = await get(sitePort, '/fr/recherche?q=conduire', {headers: {'accept-encoding': 'gzip, deflate'}});
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toMatch(/Accept-Encoding/i);
    expect(zipped.body.length).toBeLessThan(plain.body.length / 2);
    expect(gunzipSync(zipped.body).toString('utf8')).toBe(plain.body.toString('utf8'));
    const br = await get(sitePort, '/fr/recherche?q=conduire', {headers: {'accept-encoding': 'br'}});
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).toString('utf8')).toBe(plain.body.toString('utf8'));
  });

  test('other methods get 405 with Allow; other spellings of its address redirect, privately, keeping the query', async () => {
    const post = await get(sitePort, '/en/search?q=x', {method: 'POST', headers: {'content-type': 'application/x-www-form-urlencoded', 'content-length': '0'}});
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
    for (const name of security) expect(post.headers[name], name).toBeTruthy();
    expect((await get(sitePort, '/fr/recherche', {method: 'PUT', headers: {'content-length': '0'}})).status).toBe(405);
    const slash = await get(sitePort, '/en/search/?q=x');
    expect(slash.status).toBe(308);
    expect(slash.headers.location).toBe('/en/search?q=x');
    // A redirect that carries a query: no shared cache keeps it, no Referer leaves with it.
    expect(slash.headers['cache-control']).toBe('private, no-store');
    expect(slash.headers['referrer-policy']).toBe('no-referrer');
    expect((await get(sitePort, '/fr/search?q=x')).headers.location).toBe('/fr/recherche?q=x');
    const bare = await get(sitePort, '/en/search/');
    expect(bare.headers.location).toBe('/en/search');
    expect(bare.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  });
});

test.describe('requests the server refuses, with every security header', () => {
  for (const [name, target, method] of [['the target *', '*', 'OPTIONS'], ['an absolute-form target', 'http://evil.example/fr', 'GET'], ['bad %-encoding', '/fr/%E0%A4%A', 'GET']] as const) {
    test(`${name}: 400`, async () => {
      const res = await get(sitePort, target, {method});
      expect(res.status).toBe(400);
      for (const h of security) expect(res.headers[h], h).toBeTruthy();
      expect(res.body.toString('utf8')).toContain('Adresse invalide');
      expect(res.body.toString('utf8')).not.toContain('evil.example');
    });
  }
  const raw = (request: string) => new Promise<string>((resolve, reject) => {
    const socket = net.connect(sitePort, '127.0.0.1', () => socket.write(request));
    let data = '';
    socket.on('data', (d: Buffer) => { data += d.toString(); });
    socket.on('end', () => resolve(data));
    socket.on('error', reject);
  });
  test('a target Node cannot parse: 400 with the headers too; headers too large: 431', async () => {
    const bad = await raw('GET /a b c HTTP/1.1\r\nHost: x\r\n\r\n');
    expect(bad).toMatch(/^HTTP\/1\.1 400 /);
    expect(bad).toMatch(/Content-Security-Policy: default-src 'self'/);
    const big = await raw(`GET /fr HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(big).toMatch(/^HTTP\/1\.1 431 /);
    expect(big).toMatch(/X-Frame-Options: DENY/);
  });
  test('POST elsewhere than /feedback: 405 with Allow', async () => {
    const res = await get(sitePort, '/fr', {method: 'POST', headers: {'content-type': 'application/x-www-form-urlencoded'}, body: 'a=1'});
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD');
    expect((await get(sitePort, '/feedback', {method: 'DELETE'})).headers.allow).toBe('GET, HEAD, POST');
  });
});

test('/healthz: 200 with the build loaded and the store answering, never cached', async () => {
  const res = await get(sitePort, '/healthz');
  expect(res.status).toBe(200);
  expect(res.headers['cache-control']).toBe('no-store');
  expect(res.headers['content-security-policy']).toBeTruthy();
});

test.describe('the site server starts ready and stops cleanly', () => {
  test('the feedback store is created and migrated before the first submission; SIGTERM closes idle keep-alive connections, lets a submission in flight finish and be stored, ends the process with 0', async () => {
    test.setTimeout(90_000);
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'site-server-data-'));
    const server = spawn(process.execPath, [path.join('build', 'server.mjs'), '--port', String(ownPort)], {
      env: {...process.env, DATA_DIR: dataDir, NEXT_TELEMETRY_DISABLED: '1'},
      stdio: 'ignore',
    });
    const exited = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)));
    const agent = new http.Agent({keepAlive: true});
    try {
      expect(await answers(ownPort)).toBe(true);
      // No submission yet: the store exists with its schema (the migrations' version table), as opened at start.
      const file = path.join(dataDir, 'feedback.db');
      expect(existsSync(file)).toBe(true);
      const {createClient} = await import('@libsql/client');
      const db = createClient({url: `file:${file}`});
      const versions = await db.execute('SELECT count(*) AS n FROM feedback_schema_version');
      const rows = await db.execute('SELECT count(*) AS n FROM feedback');
      db.close();
      expect(Number(versions.rows[0].n)).toBeGreaterThan(0);
      expect(Number(rows.rows[0].n)).toBe(0);
      // A keep-alive connection left open: the server closes it rather than wait for it (the process would
      // otherwise be killed by its own 10 s guard, with exit code 1).
      expect((await get(ownPort, '/en', {agent})).status).toBe(200);
      const socketClosed = new Promise<boolean>((resolve) => {
        const sockets = Object.values(agent.freeSockets).flat();
        if (!sockets.length) resolve(false);
        for (const s of sockets) s!.on('close', () => resolve(true));
      });
      // A submission in flight when the signal comes: its body half sent, the rest after the signal. It is
      // still answered (303) and stored before the process ends.
      const body = 'page=session&locale=en&answer=no&comment=sent+during+shutdown';
      const posted = new Promise<number>((resolve, reject) => {
        const req = http.request({host: '127.0.0.1', port: ownPort, path: '/feedback', method: 'POST',
          headers: {'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body)}}, (res) => { res.resume(); resolve(res.statusCode!); });
        req.on('error', reject);
        req.write(body.slice(0, 20));
        setTimeout(() => {
          server.kill('SIGTERM');
          setTimeout(() => req.end(body.slice(20)), 500);
        }, 300);
      });
      expect(await socketClosed).toBe(true);
      expect(await posted).toBe(303);
      expect(await Promise.race([exited, new Promise((r) => setTimeout(() => r('still running'), 30_000))])).toBe(0);
      const after = createClient({url: `file:${file}`});
      const kept = await after.execute("SELECT count(*) AS n FROM feedback WHERE comment = 'sent during shutdown'");
      after.close();
      expect(Number(kept.rows[0].n)).toBe(1);
    } finally {
      agent.destroy();
      if (server.exitCode === null) server.kill('SIGKILL');
      rmSync(dataDir, {recursive: true, force: true});
    }
  });
});

test.describe('the dynamic routes answered in worker threads (ANSWER_WORKERS)', () => {
  test('the same answers as on the event loop: searches (crisis words, no result, hostile input) and the builder, every encoding, with the private headers', async () => {
    test.setTimeout(90_000);
    const port = ownPort + 1;
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'site-server-workers-'));
    const server = spawn(process.execPath, [path.join('build', 'server.mjs'), '--port', String(port)], {
      env: {...process.env, ANSWER_WORKERS: '2', DATA_DIR: dataDir, NEXT_TELEMETRY_DISABLED: '1'},
      stdio: 'ignore',
    });
    const decoded = (a: Answer) => (a.headers['content-encoding'] === 'br' ? brotliDecompressSync(a.body) : a.headers['content-encoding'] === 'gzip' ? gunzipSync(a.body) : a.body).toString();
    try {
      expect(await answers(port)).toBe(true);
      const targets = [
        '/fr/recherche?q=puis+je+conduire+apres+une+seance', '/en/search?q=is+it+addictive', '/fr/recherche?q=je+veux+mourir',
        '/en/search?q=zzzzqqq', '/fr/recherche', `/en/search?q=${encodeURIComponent('"><script>alert(1)</script>')}`,
        '/en/for-clinics/email?lang=en&page=session&country=ca&clinic=Clinic&phone=555', '/fr/pour-les-cliniques/courriel?lang=fr&page=zzz',
      ];
      for (const target of targets) {
        for (const encoding of ['gzip', 'br', 'identity']) {
          const headers = {'accept-encoding': encoding};
          // Several at once: answers spread over the two workers and come back to their own requests.
          const [inLoop, ...inWorkers] = await Promise.all([get(sitePort, target, {headers}), get(port, target, {headers}), get(port, target, {headers})]);
          for (const worker of inWorkers) {
            expect(worker.status, target).toBe(inLoop.status);
            expect(worker.headers['content-encoding'], target).toBe(inLoop.headers['content-encoding']);
            expect(worker.headers['cache-control'], target).toBe(inLoop.headers['cache-control']);
            expect(worker.headers['referrer-policy'], target).toBe('no-referrer');
            expect(decoded(worker), target).toBe(decoded(inLoop));
          }
        }
      }
    } finally {
      server.kill('SIGTERM');
      rmSync(dataDir, {recursive: true, force: true});
    }
  });
});
