// The site server's request handler (app/_server/app.ts) on a small built site written here: the dynamic
// routes table, the last guard around a failing answer, the client address behind proxies, and requests it
// refuses. The same server against the real build: tests/e2e/site-server.spec.ts.
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import {brotliDecompressSync, deflateRawSync, gunzipSync, gzipSync} from 'node:zlib';
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest';
import {accepts, clientAddress, createHandler, fairQueue, spliceGzip} from '@/app/_server/app';
import {at, dynamicRoutes as siteRoutes, type DynamicRoute} from '@/app/_server/routes';
import {inlineHashes, loadSite} from '@/app/_server/site';
import {trustProxyFrom} from '@/app/_server/options';

const page = (lang: string, title: string) =>
  `<!doctype html><html lang="${lang}"><head><style>body{color:red}</style><title>${title}</title></head><body><h1>${title}</h1><script>var a=1</script><script type="application/ld+json">{}</script></body></html>`;

const splitHead = Buffer.from(`<!doctype html><html lang="fr"><head><title>t</title></head><body>${'<p>tête constante é</p>'.repeat(500)}`);

let dir: string;
let server: http.Server;
let base: string;
const feedbackCalls: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'site-server-'));
  const site = path.join(dir, 'build', 'site');
  const write = (rel: string, body: string, gz = false) => {
    mkdirSync(path.dirname(path.join(site, rel)), {recursive: true});
    writeFileSync(path.join(site, rel), body);
    if (gz) writeFileSync(path.join(site, rel + '.gz'), gzipSync(body));
  };
  write('fr.html', page('fr', 'Accueil'), true);
  write('en.html', page('en', 'Home'));
  write('fr/404.html', page('fr', 'Page introuvable'));
  write('en/404.html', page('en', 'Page not found'));
  write('404.html', page('fr', 'Page introuvable · Page not found'));
  write('robots.txt', 'User-agent: *\n');
  write('build.json', '{}');
  const routes = new Map<string, DynamicRoute>([
    // A new GET route is one line: its path in each locale and its answer function.
    ...at({fr: '/fr/essai', en: '/en/trial'}, (locale, params) => ({status: 200, headers: {'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, no-store'}, body: `${locale}:${params.get('x')}`})),
    ...at({fr: '/fr/panne', en: '/en/broken'}, () => { throw new RangeError('je veux mourir'); }),
    // A page with a constant start (as the search's shell): the same Buffer on every answer.
    ...at({fr: '/fr/coupe', en: '/en/split'}, (_locale, params) => ({status: 200, headers: {'Content-Type': 'text/html; charset=utf-8'}, body: {head: splitHead, tail: `<p>${params.get('x')}</p>`.repeat(200)}})),
  ]);
  const handle = createHandler({
    site: loadSite(dir),
    dynamicRoutes: routes,
    trustProxy: 1,
    feedback: async (_request, client) => { feedbackCalls.push(client); return new Response(null, {status: 303, headers: {Location: '/fr/merci'}}); },
    storeAnswers: async () => { throw new Error('down'); },
  });
  server = http.createServer(handle);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as {port: number}).port}`;
});

afterAll(() => {
  server.close();
  rmSync(dir, {recursive: true, force: true});
});

describe('the site server', () => {
  it('allows by hash exactly the inline scripts and styles of the built pages (JSON-LD is not run)', async () => {
    expect(inlineHashes(page('fr', 'x'))).toEqual({scripts: [expect.stringMatching(/^'sha256-/)], styles: [expect.stringMatching(/^'sha256-/)]});
    const csp = (await fetch(base + '/fr')).headers.get('content-security-policy')!;
    const {scripts, styles} = inlineHashes(page('fr', 'x'));
    expect(csp).toContain(`script-src 'self' ${scripts[0]};`);
    expect(csp).toContain(`style-src 'self' ${styles[0]};`);
  });

  it('answers a route of the dynamic table in its locale, with the query, privately; a new route is one line', async () => {
    const res = await fetch(base + '/en/trial?x=42');
    expect([res.status, await res.text()]).toEqual([200, 'en:42']);
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(await (await fetch(base + '/fr/essai?x=1')).text()).toBe('fr:1');
    expect(siteRoutes.get('/fr/recherche')?.locale).toBe('fr');
    expect(siteRoutes.get('/en/search')?.locale).toBe('en');
  });

  it('sends a page with a constant start as one gzip member (the start compressed once), Brotli or plain otherwise', async () => {
    const whole = Buffer.concat([splitHead, Buffer.from('<p>42</p>'.repeat(200))]);
    const gz = await fetch(base + '/en/split?x=42', {headers: {'accept-encoding': 'gzip, deflate, br'}});
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    const bytes = Buffer.from(await gz.arrayBuffer());
    // fetch decodes it: read the raw bytes through a raw request instead.
    const raw = await new Promise<Buffer>((resolve, reject) => http.get(base + '/en/split?x=42', {headers: {'accept-encoding': 'gzip'}}, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve(Buffer.concat(chunks)));
    }).on('error', reject));
    expect(bytes.equals(whole)).toBe(true);
    expect(gunzipSync(raw).equals(whole)).toBe(true);
    expect(raw.length).toBeLessThan(whole.length / 4);
    const br = await new Promise<{encoding?: string; body: Buffer}>((resolve, reject) => http.get(base + '/fr/coupe?x=7', {headers: {'accept-encoding': 'br'}}, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve({encoding: res.headers['content-encoding'], body: Buffer.concat(chunks)}));
    }).on('error', reject));
    expect(br.encoding).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toBe(splitHead.toString() + '<p>7</p>'.repeat(200));
    const plain = await fetch(base + '/fr/coupe?x=7', {headers: {'accept-encoding': 'identity'}});
    expect([plain.headers.get('content-encoding'), await plain.text()]).toEqual([null, splitHead.toString() + '<p>7</p>'.repeat(200)]);
    // The splice itself, with a tail that back-refers to nothing: any gzip reader gets head + tail.
    const tail = Buffer.from('fin ?'.repeat(3));
    expect(gunzipSync(spliceGzip(splitHead, tail, deflateRawSync(tail))).toString()).toBe(splitHead.toString() + tail.toString());
  });

  it('runs per-request work in arrival order, one job per turn of the event loop, never inside the request handler', async () => {
    const queue = fairQueue();
    const order: string[] = [];
    const done = new Promise<void>((resolve) => {
      queue(() => order.push('search 1'));
      queue(() => order.push('search 2'));
      queue(() => { order.push('search 3'); resolve(); });
      // Scheduled after three jobs are queued: it still runs before the second (I/O gets its turn between jobs).
      setImmediate(() => order.push('other work'));
      expect(order).toEqual([]);
    });
    await done;
    expect(order).toEqual(['search 1', 'other work', 'search 2', 'search 3']);
    // Queued while empty again: it runs, after the earlier ones; a job that throws is logged by its kind and
    // does not stop the next.
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      queue(() => { throw new RangeError('je veux mourir'); });
      await new Promise<void>((resolve) => queue(() => { order.push('search 4'); resolve(); }));
      expect(order.at(-1)).toBe('search 4');
      expect(errors.mock.calls.flat().join(' ')).toMatch(/RangeError/);
      expect(errors.mock.calls.flat().join(' ')).not.toMatch(/mourir/);
    } finally {
      errors.mockRestore();
    }
  });

  it('answers a failing route with every header and logs the error’s kind, never the target or query', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const res = await fetch(base + '/fr/panne?q=je+veux+mourir');
      expect(res.status).toBe(500);
      expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(await res.text()).not.toMatch(/mourir|RangeError|at /);
      const logged = errors.mock.calls.flat().join(' ');
      expect(logged).toMatch(/RangeError/);
      expect(logged).not.toMatch(/mourir|panne/);
    } finally {
      errors.mockRestore();
    }
  });

  it('gives the feedback handler the client address the trusted proxy saw', async () => {
    await fetch(base + '/feedback', {method: 'POST', headers: {'x-forwarded-for': '203.0.113.9, 198.51.100.7', 'content-type': 'application/x-www-form-urlencoded'}, body: 'a=1', redirect: 'manual'});
    expect(feedbackCalls.at(-1)).toBe('198.51.100.7');
    expect(clientAddress('10.0.0.1', undefined, 0)).toBe('10.0.0.1');
    expect(clientAddress('10.0.0.1', '203.0.113.9', 0)).toBe('10.0.0.1');
    expect(clientAddress('10.0.0.1', '203.0.113.9, 198.51.100.7, 10.0.0.2', 2)).toBe('198.51.100.7');
    expect(clientAddress('10.0.0.1', '203.0.113.9', 3)).toBe('203.0.113.9');
    expect(trustProxyFrom({})).toBe(0);
    expect(trustProxyFrom({TRUST_PROXY: '2'})).toBe(2);
    expect(() => trustProxyFrom({TRUST_PROXY: 'yes'})).toThrow(/TRUST_PROXY/);
  });

  it('/healthz: 503, not cached, when the feedback store does not answer', async () => {
    const res = await fetch(base + '/healthz');
    expect(res.status).toBe(503);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('negotiates the encoding: gzip only where the file has it and the browser accepts it', async () => {
    expect(accepts('gzip, br', 'br')).toBe(true);
    expect(accepts('br;q=0, gzip', 'br')).toBe(false);
    expect(accepts('identity', 'gzip')).toBe(false);
    expect(accepts(undefined, 'gzip')).toBe(false);
    const zipped = await fetch(base + '/fr', {headers: {'accept-encoding': 'gzip'}});
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(await zipped.text()).toContain('<h1>Accueil</h1>');
    expect((await fetch(base + '/en', {headers: {'accept-encoding': 'gzip'}})).headers.get('content-encoding')).toBeNull();
  });

  it('answers unknown paths with the 404 of their locale, else the bilingual one; the 404 pages have no URL of their own', async () => {
    for (const [target, title] of [['/fr/nope', 'Page introuvable'], ['/EN/nope', 'Page not found'], ['/de', 'Page introuvable · Page not found'], ['/fr/404', 'Page introuvable']]) {
      const res = await fetch(base + target);
      expect(res.status, target).toBe(404);
      expect(await res.text(), target).toContain(`<h1>${title}</h1>`);
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('refuses to start without a finished build', () => {
    expect(() => loadSite(path.join(dir, 'nothing'))).toThrow(/npm run build/);
  });
});
