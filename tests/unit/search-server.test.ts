// The search's fast path in the site's server takes its headers from the build's routes manifest, as Next
// applies them (app/_server/search.ts); the end-to-end comparison with Next is tests/e2e/site-server.spec.ts.
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it, vi} from 'vitest';

// The answer fails in a way searchAnswer never does by itself (it catches its own errors): the fast path's
// last guard must still answer, with every header, and log no query.
const failing = vi.hoisted(() => ({on: false}));
vi.mock('@/app/_lib/search/store', () => ({getSearchIndex: () => ({})}));
vi.mock('@/app/_lib/search/shell', () => ({loadShell: () => null, loadGlobalNotFound: () => null}));
vi.mock('@/app/_lib/search/respond', async (original) => {
  const real = await original<typeof import('@/app/_lib/search/respond')>();
  return {...real, searchAnswer: (...args: Parameters<typeof real.searchAnswer>) => {
    if (failing.on) throw new RangeError('je veux mourir');
    return real.searchAnswer(...args);
  }};
});

const {configHeadersFor, searchFastPath} = await import('@/app/_server/search');

const rules = [
  {source: '/:path*', regex: '^(?:/((?:[^/]+?)(?:/(?:[^/]+?))*))?(?:/)?$', headers: [{key: 'X-Frame-Options', value: 'DENY'}, {key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin'}]},
  {source: '/fr/recherche', regex: '^/fr/recherche(?:/)?$', headers: [{key: 'Referrer-Policy', value: 'no-referrer'}]},
  {source: '/en/search', regex: '^/en/search(?:/)?$', headers: [{key: 'referrer-policy', value: 'same-origin'}]},
];

describe('the search fast path’s headers', () => {
  it('applies every rule whose path matches, in order, a later rule winning (any letter case)', () => {
    expect(configHeadersFor('/fr/recherche', rules)).toEqual([['X-Frame-Options', 'DENY'], ['Referrer-Policy', 'no-referrer']]);
    expect(configHeadersFor('/en/search', rules)).toEqual([['X-Frame-Options', 'DENY'], ['referrer-policy', 'same-origin']]);
    expect(configHeadersFor('/en/other', rules)).toEqual([['X-Frame-Options', 'DENY'], ['Referrer-Policy', 'strict-origin-when-cross-origin']]);
  });
  it('refuses a matching rule with conditions it cannot evaluate, rather than send other headers than Next', () => {
    const conditional = [...rules, {source: '/en/search', regex: '^/en/search(?:/)?$', headers: [{key: 'X-A', value: '1'}], has: [{type: 'header', key: 'x-b'}]}];
    expect(() => configHeadersFor('/en/search', conditional)).toThrow(/conditions/);
    expect(configHeadersFor('/fr/recherche', conditional)).toHaveLength(2);
  });
});

describe('the search fast path’s last guard', () => {
  it('answers 503 with the security headers when the answer itself fails, and logs the error’s kind, not the query', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'fast-path-'));
    mkdirSync(path.join(dir, '.next'));
    writeFileSync(path.join(dir, '.next', 'routes-manifest.json'), JSON.stringify({headers: rules}));
    const fast = searchFastPath(dir);
    const server = http.createServer((req, res) => (fast.takes(req) ? fast.handle(req, res) : res.end('other')));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const {port} = server.address() as {port: number};
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    failing.on = true;
    try {
      const res = await fetch(`http://127.0.0.1:${port}/fr/recherche?q=je+veux+mourir`);
      expect(res.status).toBe(503);
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('cache-control')).toBe('private, no-store');
      expect(await res.text()).toMatch(/Recherche indisponible/);
      const logged = errors.mock.calls.flat().join(' ');
      expect(logged).toMatch(/RangeError/);
      expect(logged).not.toMatch(/mourir/);
      expect(await (await fetch(`http://127.0.0.1:${port}/fr/autre`)).text()).toBe('other');
    } finally {
      failing.on = false;
      errors.mockRestore();
      server.close();
      rmSync(dir, {recursive: true, force: true});
    }
  });
});
