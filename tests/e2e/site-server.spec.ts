// The site's server (`npm start`, app/_server/start.ts) answers GET and HEAD of the search itself, in front
// of Next (app/_server/search.ts). These tests hold it to what Next's route handler answers for the same
// requests: a second server, plain `next start` on the same build, answers through app/[locale]/search/route.ts.
// Then the server's own start and stop: the feedback store ready before the first submission, a clean exit.
import {spawn, type ChildProcess} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import {gunzipSync} from 'node:zlib';
import {expect, test} from '@playwright/test';

const sitePort = Number(process.env.TEST_PORT || 3100);
const nextPort = sitePort + 17;
const ownPort = sitePort + 18;

type Answer = {status: number; headers: http.IncomingHttpHeaders; body: Buffer};

/** A raw request (no client decoding, the path sent as written, bad %-encoding included). */
function get(port: number, target: string, init: {method?: string; headers?: Record<string, string>} = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({host: '127.0.0.1', port, path: target, method: init.method ?? 'GET', headers: init.headers}, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks)}));
    });
    req.on('error', reject);
    req.end();
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

/** Headers that say how the bytes travel, not what the answer is. */
const transport = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'vary']);
const meaningful = (h: http.IncomingHttpHeaders) => Object.fromEntries(Object.entries(h).filter(([k]) => !transport.has(k)).sort(([a], [b]) => a.localeCompare(b)));

const cases = [
  '/fr/recherche?q=puis+je+conduire+apres+une+seance',
  '/en/search?q=is+it+addictive',
  '/en/search?q=fibromyalga+pain',
  '/fr/recherche?q=je+veux+mourir',
  '/en/search?q=988',
  '/fr/recherche',
  '/en/search?q=+++',
  '/en/search?q=zqxjwv',
  '/en/search?q=remboursement',
  `/en/search?q=${'driving+'.repeat(1250)}`,
  '/fr/recherche?q=conduire&q=vessie',
  `/en/search?q=${encodeURIComponent('<script>alert(1)</script>')}`,
  `/en/search?q=${encodeURIComponent("' OR 1=1; DROP TABLE x; -- .*+?(")}`,
  `/fr/recherche?q=${encodeURIComponent('grossesse 🤰')}`,
  `/en/search?q=${encodeURIComponent('كيتامين ketamine')}`,
  '/en/search?q=a%00b',
  '/en/search?q=%E0%A4%A',
  '/fr/recherche?q=%',
];

test.describe('the search fast path answers as Next would', () => {
  // One worker for the lot: one `next start` beside the site's server.
  test.describe.configure({mode: 'serial'});
  let next: ChildProcess | undefined;

  test.beforeAll(async () => {
    test.setTimeout(90_000);
    next = spawn(process.execPath, [path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', String(nextPort)], {
      env: {...process.env, NEXT_TELEMETRY_DISABLED: '1'},
      stdio: 'ignore',
      detached: true,
    });
    if (!(await answers(nextPort))) throw new Error(`next start did not answer on ${nextPort}`);
  });

  test.afterAll(() => {
    if (next?.pid) process.kill(-next.pid, 'SIGTERM');
  });

  test('same status, body and headers as the route handler, for results, crisis, empty, no-result and every bad input', async () => {
    for (const target of cases) {
      const [fast, viaNext] = await Promise.all([get(sitePort, target), get(nextPort, target)]);
      expect(fast.status, target).toBe(viaNext.status);
      expect(fast.status, target).toBeLessThan(500);
      expect(fast.body.toString('utf8'), target).toBe(viaNext.body.toString('utf8'));
      expect(meaningful(fast.headers), target).toEqual(meaningful(viaNext.headers));
    }
  });

  test('the security and privacy headers of every page, with no-referrer, on the fast path', async () => {
    const page = await get(sitePort, '/en/treatment-journey/session');
    const search = await get(sitePort, '/en/search?q=pregnancy');
    for (const name of ['content-security-policy', 'strict-transport-security', 'x-content-type-options', 'permissions-policy', 'x-frame-options', 'cross-origin-opener-policy']) {
      expect(search.headers[name], name).toBe(page.headers[name]);
    }
    expect(search.headers['referrer-policy']).toBe('no-referrer');
    expect(search.headers['cache-control']).toBe('private, no-store');
    expect(search.headers['x-robots-tag']).toBe('noindex');
    expect(search.headers['set-cookie']).toBeUndefined();
  });

  test('HEAD gets the headers alone; gzip when the browser asks, the same page once decoded', async () => {
    const plain = await get(sitePort, '/fr/recherche?q=conduire');
    const head = await get(sitePort, '/fr/recherche?q=conduire', {method: 'HEAD'});
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(meaningful(head.headers)).toEqual(meaningful(plain.headers));
    const zipped = await get(sitePort, '/fr/recherche?q=conduire', {headers: {'accept-encoding': 'gzip, deflate, br'}});
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toMatch(/Accept-Encoding/i);
    expect(zipped.body.length).toBeLessThan(plain.body.length / 2);
    expect(gunzipSync(zipped.body).toString('utf8')).toBe(plain.body.toString('utf8'));
  });

  test('other methods and other spellings of the address still go through Next (405, redirects)', async () => {
    expect((await get(sitePort, '/en/search?q=x', {method: 'POST', headers: {'content-type': 'application/x-www-form-urlencoded', 'content-length': '0'}})).status).toBe(405);
    expect((await get(sitePort, '/fr/recherche', {method: 'PUT', headers: {'content-length': '0'}})).status).toBe(405);
    const slash = await get(sitePort, '/en/search/?q=x');
    expect(slash.status).toBe(308);
    expect(slash.headers.location).toBe('/en/search?q=x');
    expect((await get(sitePort, '/fr/search?q=x')).headers.location).toMatch(/^(http:\/\/localhost:\d+)?\/fr\/recherche\?q=x$/);
  });
});

test.describe('the site server starts ready and stops cleanly', () => {
  test('the feedback store is created and migrated before the first submission; SIGTERM ends the process', async () => {
    test.setTimeout(90_000);
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'site-server-data-'));
    const server = spawn(process.execPath, [path.join('.next', 'site-server.mjs'), '--port', String(ownPort)], {
      env: {...process.env, DATA_DIR: dataDir, NEXT_TELEMETRY_DISABLED: '1'},
      stdio: 'ignore',
    });
    const exited = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)));
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
      server.kill('SIGTERM');
      expect(await Promise.race([exited, new Promise((r) => setTimeout(() => r('still running'), 10_000))])).toBe(0);
    } finally {
      if (server.exitCode === null) server.kill('SIGKILL');
      rmSync(dataDir, {recursive: true, force: true});
    }
  });
});
