import {createHash} from 'node:crypto';
import {test, expect} from '@playwright/test';

const required: Record<string, RegExp> = {
  'content-security-policy': /default-src 'self'.*frame-ancestors 'none'/,
  'strict-transport-security': /max-age=\d+/,
  'x-content-type-options': /^nosniff$/,
  'referrer-policy': /^strict-origin-when-cross-origin$/,
  'permissions-policy': /camera=\(\).*microphone=\(\).*geolocation=\(\).*interest-cohort=\(\)/,
};

test.describe('security headers on every kind of response', () => {
  const targets = ['/fr', '/en/risks-and-safety', '/fr/page-inconnue', '/de/x', '/sitemap.xml', '/robots.txt', '/favicon.ico'];
  for (const path of targets) {
    test(`${path}`, async ({request}) => {
      const res = await request.get(path);
      const h = res.headers();
      for (const [name, re] of Object.entries(required)) expect(h[name], name).toMatch(re);
      expect(h['content-security-policy']).not.toContain('unsafe-eval');
      expect(h['x-powered-by']).toBeUndefined();
      expect(h['set-cookie']).toBeUndefined();
    });
  }
  test('no page needs \'unsafe-inline\': scripts are ours by hash, and the inlined stylesheets are allowed by their hashes', async ({request}) => {
    for (const path of ['/fr/risques-et-securite', '/en/for-clinics', '/fr/page-inconnue', '/en/risks-and-safety/handout', '/nope']) {
      const res = await request.get(path);
      const csp = res.headers()['content-security-policy'];
      expect(csp, path).not.toContain('unsafe-inline');
      expect(csp, path).toMatch(/script-src 'self'( 'sha256-[^']+'){3};/);
      // The site's stylesheet on every page, then the parts of it that page uses (the clinics builder's form on
      // the clinics page, the handout's on a handout; app/_build/static-pages.ts).
      const styles = [...(await res.text()).matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
      expect(styles.length, path).toBeGreaterThanOrEqual(path === '/en/for-clinics' || path.endsWith('/handout') ? 2 : 1);
      // 'self' for the small overdue-notices stylesheet linked at the end of <body>; then every inlined stylesheet
      // of the build, each by its hash.
      expect(csp, path).toMatch(/style-src 'self'( 'sha256-[^']+')+;/);
      for (const style of styles) expect(csp, path).toContain(` 'sha256-${createHash('sha256').update(style).digest('base64')}'`);
    }
  });
  test('a static asset carries them too', async ({request}) => {
    const html = await (await request.get('/en')).text();
    const res = await request.get(new URL(/<meta property="og:image" content="([^"]+)"/.exec(html)![1]).pathname);
    expect(res.status()).toBe(200);
    for (const [name, re] of Object.entries(required)) expect(res.headers()[name], name).toMatch(re);
  });
});
