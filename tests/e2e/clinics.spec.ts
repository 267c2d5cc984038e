import {referralEmails} from '../../content/data/referral-emails';
import {test, expect} from '@playwright/test';
import jsQR from 'jsqr';
import {PNG} from 'pngjs';
import {allPages, locales, sitemapPaths} from './site';
import {handoutPathFor, patientPages, pathFor} from '../../app/_i18n/pages';

const origin = `http://localhost:${process.env.TEST_PORT || 3100}`;

test.describe('for clinics', () => {
  for (const locale of locales) {
    test(`the ${locale} page lists every sitemap page in both languages, and each listed URL answers 200`, async ({page, request}) => {
      await page.goto(pathFor(locale, 'for-clinics'));
      const listed = await page.locator('.page-directory a.page-url').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).textContent!.trim()));
      const expected = (await sitemapPaths(request)).map((p) => origin + p);
      expect([...listed].sort()).toEqual([...expected].sort());
      for (const url of listed) expect((await request.get(new URL(url).pathname)).status(), url).toBe(200);
      await expect(page.locator('.referral-emails pre')).toHaveCount(referralEmails.length * locales.length);
      // Each patient page's handout, in both languages, answers 200.
      const handouts = await page.locator('.page-directory a.handout-url').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect([...handouts].sort()).toEqual(patientPages.flatMap((id) => locales.map((l) => handoutPathFor(l, id))).sort());
      for (const href of handouts) expect((await request.get(href)).status(), href).toBe(200);
    });
  }
  test('a copy button copies a URL and announces it', async ({page, context}) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/en/for-clinics');
    const first = page.locator('.page-directory li').first();
    await first.getByRole('button', {name: 'Copy'}).first().click();
    await expect(first.getByRole('status').first()).toHaveText('Address copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin}/fr`);
    // A referral email's button copies the email shown just above it.
    const email = page.locator('.referral-emails pre').first();
    await page.locator('.referral-emails').getByRole('button', {name: 'Copy'}).first().click();
    await expect(page.locator('.referral-emails [role="status"]').first()).toHaveText('Text copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await email.textContent());
  });
  test('without the Clipboard API, a copy button falls back to a selected text field and still announces', async ({page}) => {
    await page.addInitScript(() => { Object.defineProperty(navigator, 'clipboard', {value: undefined}); });
    await page.goto('/fr/pour-les-cliniques');
    const first = page.locator('.page-directory li').first();
    await first.getByRole('button', {name: 'Copier'}).first().click();
    await expect(first.getByRole('status').first()).toHaveText(/copiée/);
    // The copy fallback's temporary field is gone (the feedback form's and the email builder's note fields are not it).
    await expect(page.locator('textarea:not(.feedback *, .clinic-builder *)')).toHaveCount(0);
  });
  test.describe('without JavaScript', () => {
    test.use({javaScriptEnabled: false});
    test('no copy button shows, and the addresses and emails are there as selectable text', async ({page}) => {
      await page.goto('/en/for-clinics');
      await expect(page.getByRole('button', {name: 'Copy'})).toHaveCount(0);
      await expect(page.locator('.page-directory a.page-url').first()).toHaveText(`${origin}/fr`);
      await expect(page.locator('.referral-emails pre').first()).toBeVisible();
    });
  });
});

test.describe('printable handouts', () => {
  for (const id of patientPages) {
    for (const locale of locales) {
      const path = handoutPathFor(locale, id);
      test(`${path}: key points, help line, a QR code that opens ${pathFor(locale, id)}, one printed page`, async ({page}) => {
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        await expect(page.locator('main ul li').first()).toBeVisible();
        await expect(page.locator('a[href^="tel:"]').first()).toBeVisible();
        // The print button is shown by the handout's inline script: it runs under the strict CSP.
        await expect(page.getByRole('button', {name: locale === 'fr' ? 'Imprimer' : 'Print'})).toBeVisible();
        const png = PNG.sync.read(await page.locator('.qr-code').screenshot());
        const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
        expect(code?.data).toBe(origin + pathFor(locale, id));
        // It prints on one sheet of A4 and of US Letter.
        for (const format of ['A4', 'Letter']) {
          const pdf = (await page.pdf({format})).toString('latin1');
          expect(pdf.match(/\/Type\s*\/Page[^s]/g), `${path} on ${format}`).toHaveLength(1);
        }
      });
    }
  }
  test('pages link to their handout, and print shows no navigation', async ({page}) => {
    await page.goto('/fr/risques-et-securite');
    await page.getByRole('link', {name: 'Imprimer une fiche'}).click();
    await expect(page).toHaveURL(/\/fr\/risques-et-securite\/fiche$/);
    // A page whose text links to other pages of the guide (the FAQ links to many), printed: each such link
    // prints its address.
    await page.goto('/en/faq');
    await page.emulateMedia({media: 'print'});
    await expect(page.getByRole('navigation', {name: 'Main navigation'})).toBeHidden();
    await expect(page.locator('a[data-language-link]')).toBeHidden();
    await expect(page.locator('main h1')).toBeVisible();
    await expect(page.locator('main a[data-url]').first()).toBeAttached();
    const after = await page.locator('main a[data-url]').first().evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain(origin);
  });
});

test.describe('link previews and link scanners', () => {
  for (const {locale, path} of allPages) {
    test(`${path}: Open Graph image answers 200 as PNG`, async ({request}) => {
      const html = await (await request.get(path)).text();
      const image = /<meta property="og:image" content="([^"]+)"/.exec(html)![1];
      expect(/<meta property="og:locale" content="([^"]+)"/.exec(html)![1]).toBe(locale === 'fr' ? 'fr_FR' : 'en_GB');
      const res = await request.get(new URL(image).pathname);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toBe('image/png');
    });
  }
  test('canonical URLs carry no utm parameters even when the visit had them', async ({request}) => {
    const html = await (await request.get('/fr/fibromyalgie?utm_source=clinic&utm_campaign=x')).text();
    expect(/<link rel="canonical" href="([^"]+)"/.exec(html)![1]).toBe(`${origin}/fr/fibromyalgie`);
  });
  test('HEAD answers like GET and repeated GETs are identical (nothing depends on a first visit)', async ({request}) => {
    const head = await request.fetch('/en/faq', {method: 'HEAD'});
    const get1 = await request.get('/en/faq');
    const get2 = await request.get('/en/faq');
    expect(head.status()).toBe(get1.status());
    expect(head.headers()['content-type']).toBe(get1.headers()['content-type']);
    expect(await get2.text()).toBe(await get1.text());
    expect(get1.headers()['set-cookie']).toBeUndefined();
  });
});
