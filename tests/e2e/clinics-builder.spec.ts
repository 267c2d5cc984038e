// The clinics' referral email and letter builder (issue 22), served: the form on both clinics pages, with and
// without JavaScript, the builder's page (email, copy buttons, mailto: link, printed letter with QR codes that
// decode), every bad input, axe in light and dark, no Next runtime. builderAnswer itself is unit-tested in
// tests/unit/clinic-builder.test.tsx.
import {test, expect, type Page} from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import {createHash} from 'node:crypto';
import jsQR from 'jsqr';
import {PNG} from 'pngjs';
import {clinicEmailPathFor, pathFor, patientPages, type Locale} from '../../app/_i18n/pages';
import {FIELD_LIMITS, MAX_MAILTO_CHARS, MAX_PAGES} from '../../app/_lib/clinics/input';
import {builderPresets} from '../../content/data/clinic-builder';
import {referralEmails} from '../../content/data/referral-emails';
import {locales} from './site';

const origin = `http://localhost:${process.env.TEST_PORT || 3100}`;
const other = (l: Locale): Locale => (l === 'fr' ? 'en' : 'fr');
const builder = (l: Locale, q: string) => `${clinicEmailPathFor(l)}?${q}`;
const words = {
  fr: {submit: 'Préparer le courriel et la lettre', clinic: 'Le nom de votre clinique ou de votre équipe', phone: 'Le téléphone de la clinique', note: 'Un mot de votre part (facultatif)',
    copySubject: 'Copier l’objet', copyBody: 'Copier le texte du courriel', copied: 'Texte copié', title: 'Votre courriel et votre lettre', error: 'Le formulaire est à corriger'},
  en: {submit: 'Make the email and the letter', clinic: 'Your clinic\'s or team\'s name', phone: 'The clinic\'s phone number', note: 'A note from you (optional)',
    copySubject: 'Copy the subject', copyBody: 'Copy the email text', copied: 'Text copied', title: 'Your email and letter', error: 'Please check the form'},
};
/** The longest letter: the most pages, every field at its limit. */
const fullest = (l: Locale) =>
  builder(l, `lang=${l}&${patientPages.slice(-MAX_PAGES).map((id) => `page=${id}`).join('&')}&country=fr&clinic=${encodeURIComponent('Clinique W '.repeat(20).slice(0, FIELD_LIMITS.clinic))}&phone=${'0'.repeat(FIELD_LIMITS.phone)}&note=${encodeURIComponent('Venez accompagné. '.repeat(40).slice(0, FIELD_LIMITS.note))}`);

async function axe(page: Page) {
  const r = await new AxeBuilder({page}).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false});
  for (const locale of locales) {
    test(`${locale}: the clinics page's form submits with GET and lands on the builder, with the email as selectable text`, async ({page}) => {
      await page.goto(pathFor(locale, 'for-clinics'));
      const form = page.locator('form.clinic-builder');
      await form.locator('input[name="lang"][value="' + other(locale) + '"]').check();
      await form.locator('input[name="page"][value="preparation"]').check();
      await form.locator('input[name="page"][value="session"]').check();
      await form.getByLabel(words[locale].clinic).fill('Clinique <b>du Parc</b>');
      await form.getByLabel(words[locale].phone).fill('01 23 45 67 89');
      await form.getByLabel(words[locale].note).fill('Venez accompagné.');
      await form.getByRole('button', {name: words[locale].submit}).click();
      await expect(page).toHaveURL(new RegExp(`${clinicEmailPathFor(locale)}\\?lang=${other(locale)}&page=preparation&page=session&country=`));
      await expect(page.locator('h1')).toHaveText(words[locale].title);
      const body = page.locator('#builder-body');
      await expect(body).toHaveAttribute('lang', other(locale));
      await expect(body).toContainText(`${origin}${pathFor(other(locale), 'preparation')}`);
      await expect(body).toContainText(`${origin}${pathFor(other(locale), 'session')}`);
      await expect(body).toContainText('Clinique <b>du Parc</b>');
      await expect(body).toContainText('01 23 45 67 89');
      // No copy button without JS; the text is there to select.
      await expect(page.getByRole('button', {name: words[locale].copyBody})).toHaveCount(0);
      await expect(page.locator('#builder-subject')).toBeVisible();
      // The letter is in the patient's language, with both pages.
      await expect(page.locator('.clinic-letter .letter-item')).toHaveCount(2);
      await expect(page.locator('.clinic-letter')).toHaveAttribute('lang', other(locale));
    });
    test(`${locale}: a ready-made set is a plain link to the builder with its pages`, async ({page}) => {
      await page.goto(pathFor(locale, 'for-clinics'));
      const preset = builderPresets[1];
      await page.getByRole('link', {name: preset.label[locale], exact: true}).click();
      await expect(page.locator('.clinic-letter .letter-item')).toHaveCount(preset.pages.length);
      for (const id of preset.pages) await expect(page.locator(`input[name="page"][value="${id}"]`)).toBeChecked();
    });
  }
});

test.describe('with JavaScript', () => {
  for (const locale of locales) {
    test(`${locale}: the copy buttons say what they copy, copy it and say so`, async ({page, context}) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(builder(locale, 'page=session&country=fr&clinic=Clinique'));
      const subject = page.getByRole('button', {name: words[locale].copySubject, exact: true});
      const body = page.getByRole('button', {name: words[locale].copyBody, exact: true});
      await expect(subject).toBeVisible();
      for (const b of [subject, body]) expect((await b.boundingBox())!.height).toBeGreaterThanOrEqual(44);
      await body.click();
      await expect(page.locator('.builder-status').nth(1)).toHaveText(words[locale].copied);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.locator('#builder-body').textContent());
      await subject.click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.locator('#builder-subject').textContent());
    });
  }
  test('the example emails’ copy buttons have distinct names and 44 px targets', async ({page}) => {
    await page.goto('/en/for-clinics');
    const buttons = page.locator('.referral-emails button');
    await expect(buttons).toHaveCount(referralEmails.length * locales.length);
    const names = await buttons.evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label') ?? b.textContent));
    expect(new Set(names).size).toBe(names.length);
    for (const b of await buttons.all()) {
      const box = (await b.boundingBox())!;
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
    }
  });
});

test.describe('the builder page', () => {
  for (const locale of locales) {
    test(`${locale}: a mailto: link with the subject and the body, within ${MAX_MAILTO_CHARS} characters`, async ({page}) => {
      await page.goto(builder(locale, `lang=${locale}&page=integration&page=maintenance&country=us&clinic=A%26B&phone=555`));
      const href = (await page.locator('a.builder-mailto').getAttribute('href'))!;
      expect(href.length).toBeLessThanOrEqual(MAX_MAILTO_CHARS);
      const url = new URL(href);
      expect(url.searchParams.get('subject')).toBe(await page.locator('#builder-subject').textContent());
      expect(url.searchParams.get('body')).toBe((await page.locator('#builder-body').textContent())!.replace(/\n/g, '\r\n'));
      expect(url.searchParams.get('body')).toContain('988');
      expect(url.searchParams.get('body')).not.toContain('3114');
    });
    test(`${locale}: too long for a mailto: link, the page says so and keeps the copy route`, async ({page}) => {
      await page.goto(fullest(locale));
      await expect(page.locator('a.builder-mailto')).toHaveCount(0);
      await expect(page.locator('.builder-mailto-too-long')).toBeVisible();
      await expect(page.locator('#builder-body')).toBeVisible();
    });
    test(`${locale}: the fullest letter prints on one A4 and one Letter page, only the letter, and its QR codes open the pages`, async ({page}) => {
      await page.goto(fullest(locale));
      const items = page.locator('.clinic-letter .letter-item');
      await expect(items).toHaveCount(MAX_PAGES);
      for (const [i, id] of patientPages.slice(-MAX_PAGES).entries()) {
        const png = PNG.sync.read(await items.nth(i).locator('.letter-qr').screenshot());
        expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data, id).toBe(origin + pathFor(locale, id));
      }
      for (const format of ['A4', 'Letter']) {
        const pdf = (await page.pdf({format})).toString('latin1');
        expect(pdf.match(/\/Type\s*\/Page[^s]/g), format).toHaveLength(1);
      }
      await page.emulateMedia({media: 'print'});
      await expect(page.locator('.clinic-letter')).toBeVisible();
      for (const hidden of ['.site-header', '.site-footer', '#builder-body', 'form.clinic-builder', 'main h1']) await expect(page.locator(hidden).first()).toBeHidden();
    });
    test(`${locale}: every bad input gets a localized answer with the form, never a 500`, async ({request, page}) => {
      const cases: [string, number][] = [
        ['page=nope', 400], ['page=session&country=xx', 400], ['page=session&lang=de', 400], ['lang=fr&country=fr', 400],
        [`page=session&note=${'x'.repeat(9000)}`, 414], ['page=session&page=session&lang=en&lang=fr&clinic=%00%3Cscript%3E', 200],
        ['page=%E0%A4%A', 400], [patientPages.map((id) => `page=${id}`).join('&'), 200], ['', 200],
      ];
      for (const [q, status] of cases) {
        const res = await request.get(builder(locale, q));
        expect(res.status(), q.slice(0, 60)).toBe(status);
        const html = await res.text();
        expect(html, q.slice(0, 60)).toContain('<form method="get"');
        expect(html).toContain(`<html lang="${locale}"`);
        expect(html).not.toContain('<script>alert');
        expect(html).not.toContain('&lt;script&gt;&lt;');
      }
      await page.goto(builder(locale, 'page=session&page=nope&clinic=Mine'));
      await expect(page.locator('h1')).toHaveText(words[locale].error);
      await expect(page.getByRole('alert')).toContainText(locale === 'fr' ? 'Page inconnue : « nope »' : 'Unknown page: “nope”');
      await expect(page.locator('input[name="page"][value="session"]')).toBeChecked();
      await expect(page.getByLabel(words[locale].clinic)).toHaveValue('Mine');
    });
    test(`${locale}: private headers, no Next runtime, the site's stylesheet and the builder's allowed by their hashes; the language link keeps the request`, async ({request, page}) => {
      const styles = (html: string) => [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
      const [siteStyle] = styles(await (await request.get(pathFor(locale, 'faq'))).text());
      // The clinics page inlines the form's rules after the site's stylesheet; the builder adds its own page's.
      const formStyle = styles(await (await request.get(pathFor(locale, 'for-clinics'))).text()).find((css) => css.includes('.clinic-builder'))!;
      expect(formStyle).toBeTruthy();
      for (const q of ['', 'page=session', 'page=nope']) {
        const res = await request.get(builder(locale, q));
        const h = res.headers();
        expect(h['cache-control']).toBe('private, no-store');
        expect(h['referrer-policy']).toBe('no-referrer');
        expect(h['x-robots-tag']).toBe('noindex');
        expect(h['set-cookie']).toBeUndefined();
        const html = await res.text();
        expect(html).not.toMatch(/<script[^>]*\ssrc=|__next_f|\/_next\/static\/|<link[^>]*rel="stylesheet"/);
        const inlined = styles(html);
        expect(inlined.slice(0, 2)).toEqual([siteStyle, formStyle]);
        expect(inlined).toHaveLength(3);
        expect(inlined[2]).toContain('.clinic-letter');
        for (const style of inlined) expect(h['content-security-policy']).toContain(`'sha256-${createHash('sha256').update(style).digest('base64')}'`);
        expect(html).toContain('<meta name="robots" content="noindex');
        expect(html).not.toContain('[[');
      }
      expect((await request.get(`/${locale}/clinic-email-shell`)).status()).toBe(404);
      await page.goto(builder(locale, 'page=session&clinic=X'));
      await expect(page.locator('header a[data-language-link]')).toHaveAttribute('href', `${clinicEmailPathFor(other(locale))}?lang=${locale}&page=session&country=${locale === 'fr' ? 'fr' : 'ca'}&clinic=X`);
    });
  }
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds no WCAG 2.2 A/AA violation on the form, the builder and its error page (${scheme})`, async ({page}) => {
      test.setTimeout(120_000);
      await page.emulateMedia({colorScheme: scheme});
      const problems: string[] = [];
      for (const path of ['/fr/pour-les-cliniques', '/en/for-clinics', builder('fr', ''), builder('en', 'lang=fr&page=session&page=faq&country=fr&clinic=C&phone=1&note=N'), builder('fr', 'page=nope'), fullest('en')]) {
        await page.goto(path);
        for (const v of await axe(page)) problems.push(`${path.slice(0, 60)} ${v}`);
      }
      expect(problems).toEqual([]);
    });
  }
});
