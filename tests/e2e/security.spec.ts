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
  test('pages without Next’s runtime allow no inline script but ours (by hash); the clinics page keeps its runtime', async ({request}) => {
    const strict = (await request.get('/fr/risques-et-securite')).headers()['content-security-policy'];
    expect(strict).toMatch(/script-src 'self' 'sha256-[^']+' 'sha256-[^']+';/);
    expect(strict).not.toContain('unsafe-inline');
    expect((await request.get('/fr/page-inconnue')).headers()['content-security-policy']).not.toContain('unsafe-inline');
    expect((await request.get('/en/for-clinics')).headers()['content-security-policy']).toContain("'unsafe-inline'");
  });
  test('a static asset (CSS) carries them too', async ({request}) => {
    const html = await (await request.get('/fr')).text();
    const css = /href="(\/_next\/static\/[^"]+\.css)"/.exec(html)![1];
    const res = await request.get(css);
    expect(res.status()).toBe(200);
    for (const [name, re] of Object.entries(required)) expect(res.headers()[name], name).toMatch(re);
  });
});
