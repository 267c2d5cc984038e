import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import {NextRequest} from 'next/server';
import proxy, {config} from '@/proxy';
import {allRoutes, isPrerendered, isPublic, proxyMatcherSource, routePath} from '@/app/_i18n/pages';
import {withMatcher} from '@/app/_build/sync-proxy-matcher';

// Next turns the matcher source into ^…$ (path-to-regexp keeps the custom group as it is).
const pageMatcher = new RegExp(`^${config.matcher[0] as string}$`);
const call = (path: string, init: {method?: string; headers?: Record<string, string>} = {}) =>
  proxy(new NextRequest(new URL(path, 'http://localhost:3000'), init));

describe('the proxy runs only where it is needed', () => {
  it('has the matcher the route model gives (npm run build writes it)', () => {
    expect(config.matcher[0]).toBe(proxyMatcherSource);
    const source = readFileSync('proxy.ts', 'utf8');
    expect(withMatcher(source), 'run: npx tsx app/_build/sync-proxy-matcher.ts').toBe(source);
  });
  it('skips every canonical prerendered route (served straight from the prerendered cache)', () => {
    const canonical = allRoutes.filter((r) => isPublic(r) && isPrerendered(r)).map(routePath);
    expect(canonical.length).toBeGreaterThan(50);
    expect(canonical.filter((p) => pageMatcher.test(p))).toEqual([]);
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
    for (const [path, target] of [['/fr/page-inconnue', '/fr/404'], ['/en/treatment-journey/nope', '/en/404'], ['/EN/Nope', '/en/404'], ['/fr/404', '/fr/404']]) {
      const res = call(path)!;
      expect(res.status, path).toBe(404);
      expect(new URL(res.headers.get('x-middleware-rewrite')!).pathname).toBe(target);
    }
  });
  it('leaves other unknown paths to the bilingual 404', () => {
    expect(call('/de/etwas')).toBeUndefined();
  });
  it('redirects forgiving URLs permanently (308) and keeps the query string', () => {
    const res = call('/Fibromyalgie/?utm_source=clinic')!;
    expect(res.status).toBe(308);
    expect(res.headers.get('location')).toBe('http://localhost:3000/fr/fibromyalgie?utm_source=clinic');
  });
  it('redirects a handout in the other language or case to the canonical handout', () => {
    const res = call('/fr/risks-and-safety/HANDOUT')!;
    expect(res.status).toBe(308);
    expect(res.headers.get('location')).toBe('http://localhost:3000/fr/risques-et-securite/fiche');
  });
  it('redirects the root by Accept-Language, temporarily (307), varying on the header', () => {
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

describe('dynamic routes and endpoints of the route model', () => {
  it('renders the search results from their app folder, at each language’s own URL', () => {
    const fr = call('/fr/recherche?q=conduite')!;
    expect(new URL(fr.headers.get('x-middleware-rewrite')!).pathname).toBe('/fr/search');
    expect(new URL(fr.headers.get('x-middleware-rewrite')!).search).toBe('?q=conduite');
    expect(call('/en/search?q=driving')).toBeUndefined();
    const wrong = call('/fr/search?q=x')!;
    expect(wrong.status).toBe(308);
    expect(wrong.headers.get('location')).toBe('http://localhost:3000/fr/recherche?q=x');
  });
  it('lets a POST reach an endpoint that takes one, and refuses other methods there', () => {
    expect(call('/feedback', {method: 'POST'})).toBeUndefined();
    const put = call('/feedback', {method: 'PUT'})!;
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET, HEAD, POST');
  });
});
