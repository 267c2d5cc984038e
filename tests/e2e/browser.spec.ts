import {test, expect} from '@playwright/test';
import {allPages, otherLocale, pathFor} from './site';

test.describe('in a real browser', () => {
  test('the language link lands on the same page in the other language and keeps the #fragment', async ({page}) => {
    await page.goto('/fr/risques-et-securite#who-should-not');
    await page.getByRole('link', {name: 'Read this page in English'}).click();
    await expect(page).toHaveURL(/\/en\/risks-and-safety#who-should-not$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('link', {name: 'Lire cette page en français'}).click();
    await expect(page).toHaveURL(/\/fr\/risques-et-securite#who-should-not$/);
  });

  for (const {locale, id, path} of allPages) {
    test(`${path}: language link targets ${pathFor(otherLocale(locale), id)}; no cookie; no request leaves the origin; nothing blocked by CSP`, async ({page, context, baseURL}) => {
      const foreign: string[] = [];
      const blocked: string[] = [];
      page.on('console', (m) => { if (/Content.Security.Policy/i.test(m.text())) blocked.push(m.text()); });
      page.on('request', (r) => {
        const url = new URL(r.url());
        if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== new URL(baseURL!).origin) foreign.push(r.url());
      });
      await page.goto(path);
      const link = page.locator('a[data-language-link]');
      await expect(link).toHaveAttribute('href', pathFor(otherLocale(locale), id));
      await expect(link).toHaveAttribute('hreflang', otherLocale(locale));
      await page.waitForLoadState('networkidle');
      expect(foreign).toEqual([]);
      expect(blocked, 'nothing blocked by the Content-Security-Policy').toEqual([]);
      expect(await context.cookies()).toEqual([]);
    });
  }
});

test.describe('first paint from the HTML alone', () => {
  for (const {path} of allPages) {
    test(`${path}: no render-blocking stylesheet or script, no Next chunk, the stylesheet inlined`, async ({page}) => {
      const requests: string[] = [];
      page.on('request', (r) => { if (r.resourceType() !== 'document') requests.push(new URL(r.url()).pathname); });
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      const blocking = await page.evaluate(() => [
        ...[...document.querySelectorAll('link[rel~="stylesheet"]:not([data-review-notices]), link[rel="preload"][as="script"]')].map((l) => l.outerHTML),
        // The overdue-notices stylesheet may only come last in <body>, after everything it could hold up.
        ...[...document.querySelectorAll('link[data-review-notices]')]
          .filter((l) => l.parentElement !== document.body || !(document.querySelector('main')!.compareDocumentPosition(l) & Node.DOCUMENT_POSITION_FOLLOWING))
          .map((l) => l.outerHTML),
        ...[...document.querySelectorAll('script[src]')].map((s) => s.outerHTML),
      ]);
      expect(blocking).toEqual([]);
      expect(requests.filter((p) => p.startsWith('/_next/static/'))).toEqual([]);
      // The site's stylesheet, and on some pages the parts of it only they use (tests/e2e/post-build.spec.ts).
      expect(await page.locator('head style').count()).toBeGreaterThanOrEqual(1);
      // The inlined styles apply: the body font size of the site's stylesheet, not the browser's 16 px.
      expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('18px');
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false});
  test('the mobile menu opens and the page reads fully', async ({page}) => {
    await page.setViewportSize({width: 360, height: 800});
    await page.goto('/en/faq');
    await page.getByText('Menu', {exact: true}).click();
    await expect(page.getByRole('navigation', {name: 'Main navigation'}).getByRole('link', {name: 'Risks and safety'})).toBeVisible();
    await expect(page.locator('main h1')).toBeVisible();
  });
});
