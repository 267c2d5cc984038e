import {test, expect} from '@playwright/test';
import {allPages, locales, pathFor, sitemapPaths} from './site';

const origin = `http://localhost:${process.env.TEST_PORT || 3100}`;
const attr = (html: string, re: RegExp) => re.exec(html)?.[1];

test.describe('search engines and link previews', () => {
  test('titles and descriptions are unique across the site', async ({request}) => {
    const titles = new Set<string>();
    const descriptions = new Set<string>();
    for (const {path} of allPages) {
      const html = await (await request.get(path)).text();
      titles.add(attr(html, /<title>([^<]*)<\/title>/)!);
      descriptions.add(attr(html, /<meta name="description" content="([^"]*)"/)!);
    }
    expect(titles.size).toBe(allPages.length);
    expect(descriptions.size).toBe(allPages.length);
  });

  for (const {locale, id, path} of allPages) {
    test(`${path}: canonical, reciprocal hreflang, Open Graph and JSON-LD`, async ({request}) => {
      const html = await (await request.get(path)).text();
      expect(attr(html, /<link rel="canonical" href="([^"]+)"/)).toBe(origin + path);
      for (const l of locales) {
        expect(html).toContain(`<link rel="alternate" hrefLang="${l}" href="${origin + pathFor(l, id)}"/>`);
      }
      expect(html).toMatch(new RegExp(`<link rel="alternate" hrefLang="x-default" href="${origin}/?"/>`));
      expect(attr(html, /<meta property="og:locale" content="([^"]+)"/)).toBe(locale === 'fr' ? 'fr_FR' : 'en_GB');
      expect(attr(html, /<meta property="og:locale:alternate" content="([^"]+)"/)).toBe(locale === 'fr' ? 'en_GB' : 'fr_FR');
      expect(attr(html, /<meta property="og:title" content="([^"]+)"/)).toBeTruthy();
      expect(attr(html, /<meta property="og:description" content="([^"]+)"/)).toBeTruthy();
      const ld = [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].flatMap((m) => [JSON.parse(m[1])].flat());
      const page = ld.find((d) => d['@type'] === 'MedicalWebPage');
      expect(page.inLanguage).toBe(locale);
      expect(page.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(page.audience.audienceType).toBe('Patient');
      expect(ld.find((d) => d['@type'] === 'BreadcrumbList').itemListElement.length).toBeGreaterThan(0);
    });
  }

  test('sitemap.xml lists every page in both locales with alternates; robots.txt points to it', async ({request}) => {
    const res = await request.get('/sitemap.xml');
    expect(res.status()).toBe(200);
    const xml = await res.text();
    expect((await sitemapPaths(request)).sort()).toEqual(allPages.map((p) => p.path).sort());
    expect(xml).toContain('hreflang="x-default"');
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toContain(`Sitemap: ${origin}/sitemap.xml`);
  });
});
