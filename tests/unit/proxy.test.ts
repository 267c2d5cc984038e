import {describe, expect, it} from 'vitest';
import {NextRequest} from 'next/server';
import proxy, {config} from '@/proxy';
import {canonicalPaths} from '@/app/_i18n/pages';

// Next turns the matcher source into ^…$ (path-to-regexp keeps the custom group as it is).
const pageMatcher = new RegExp(`^${config.matcher[0] as string}$`);
const call = (path: string, init: {method?: string; headers?: Record<string, string>} = {}) =>
  proxy(new NextRequest(new URL(path, 'http://localhost:3000'), init));

describe('the proxy runs only where it is needed', () => {
  it('skips every canonical page and handout (served straight from the prerendered cache)', () => {
    const runs = canonicalPaths().filter((p) => pageMatcher.test(p));
    expect(runs, 'add these paths to the matcher in proxy.ts').toEqual([]);
  });
  it.each(['/', '/fr/nope', '/fr/404', '/FR/faq', '/fr/faq/', '/risks-and-safety', '/en/risques-et-securite', '/de/x'])('runs on %s', (path) => {
    expect(pageMatcher.test(path)).toBe(true);
  });
  it('skips Next assets and files', () => {
    for (const p of ['/_next/static/chunks/a.js', '/favicon.ico', '/og/fr-home.png', '/sitemap.xml']) expect(pageMatcher.test(p), p).toBe(false);
  });
});

describe('what the proxy answers', () => {
  it('rewrites an unknown page under a locale to that locale’s not-found page with status 404', () => {
    for (const [path, target] of [['/fr/page-inconnue', '/fr/404'], ['/en/treatment-journey/nope', '/en/404'], ['/EN/Nope', '/en/404']]) {
      const res = call(path)!;
      expect(res.status, path).toBe(404);
      expect(new URL(res.headers.get('x-middleware-rewrite')!).pathname).toBe(target);
    }
  });
  it('leaves other unknown paths to the bilingual 404', () => {
    expect(call('/de/etwas')).toBeUndefined();
  });
  it('redirects forgiving URLs permanently and keeps the query string', () => {
    const res = call('/Fibromyalgie/?utm_source=clinic')!;
    expect(res.status).toBe(308);
    expect(res.headers.get('location')).toBe('http://localhost:3000/fr/fibromyalgie?utm_source=clinic');
  });
  it('redirects the root by Accept-Language, temporarily, varying on the header', () => {
    const res = call('/', {headers: {'accept-language': 'en-CA,en;q=0.9'}})!;
    expect(res.status).toBe(307);
    expect(res.headers.get('location')).toBe('http://localhost:3000/en');
    expect(res.headers.get('vary')).toContain('Accept-Language');
  });
  it('answers 400 to bad percent-encoding and 405 to methods with a meaning elsewhere', async () => {
    const bad = call('/fr/%E0%A4%A')!;
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('Adresse invalide');
    expect(call('/fr', {method: 'POST'})!.status).toBe(405);
  });
  it('lets POST /feedback through to its route handler, and nothing else with a body', () => {
    expect(call('/feedback', {method: 'POST'})).toBeUndefined();
    for (const [path, method] of [['/feedback', 'PUT'], ['/feedback', 'DELETE'], ['/feedback/x', 'POST'], ['/fr/feedback', 'POST']]) {
      expect(call(path, {method})!.status, `${method} ${path}`).toBe(405);
    }
  });
});
