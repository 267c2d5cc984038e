// "Was this page useful?" in the browser with JavaScript off, and the endpoint's answers over HTTP,
// against the production build (its feedback store is the embedded SQLite in playwright.config's DATA_DIR).
import {expect, test} from '@playwright/test';
import {e2eDataDir} from '../../playwright.config';
import {openStore, submissions} from '../../app/_lib/feedback/store';
import {feedbackPages, pathFor, thanksPathFor, locales} from '../../app/_i18n/pages';

const marker = `e2e ${Date.now()}`;

async function stored(comment: string) {
  // Read-only, as the editors' report reads: no migration or purge that would wait for the server's write lock.
  const store = await openStore({dataDir: e2eDataDir}, new Date(), {readOnly: true});
  try {
    return (await submissions(store)).filter((s) => s.comment === comment);
  } finally {
    await store.close();
  }
}

test.describe('with JavaScript off', () => {
  test.use({javaScriptEnabled: false});

  const cases = [
    {locale: 'fr', path: '/fr/questions-frequentes', button: 'Oui', answer: 'yes', comment: `${marker} fr oui`, thanks: '/fr/questions-frequentes/merci', title: 'Merci pour votre réponse'},
    {locale: 'fr', path: '/fr', button: 'Non', answer: 'no', comment: '', thanks: '/fr/merci', title: 'Merci pour votre réponse'},
    {locale: 'fr', path: '/fr/fibromyalgie', button: 'Non', answer: 'no', comment: `${marker} fr non <b>gras</b>`, thanks: '/fr/fibromyalgie/merci', title: 'Merci pour votre réponse'},
    {locale: 'en', path: '/en/faq', button: 'Yes', answer: 'yes', comment: `${marker} en yes`, thanks: '/en/faq/thank-you', title: 'Thank you for your answer'},
    {locale: 'en', path: '/en', button: 'No', answer: 'no', comment: '', thanks: '/en/thank-you', title: 'Thank you for your answer'},
    {locale: 'en', path: '/en/treatment-journey/session', button: 'No', answer: 'no', comment: `${marker} en no`, thanks: '/en/treatment-journey/session/thank-you', title: 'Thank you for your answer'},
  ];
  for (const c of cases) {
    test(`${c.path}: ${c.button}${c.comment ? ' with a comment' : ''} lands on the thank-you page`, async ({page}) => {
      await page.goto(c.path);
      const form = page.locator('form[action="/feedback"]');
      await expect(form.getByRole('heading', {level: 2})).toHaveText(c.locale === 'fr' ? 'Cette page vous a-t-elle été utile ?' : 'Was this page useful?');
      await expect(form.locator('input[name="website"]')).toBeHidden();
      if (c.comment) await form.getByLabel(c.locale === 'fr' ? /Qu’est-ce que vous cherchiez/ : /What were you looking for/).fill(c.comment);
      await form.getByRole('button', {name: c.button, exact: true}).click();
      await expect(page).toHaveURL(c.thanks);
      await expect(page.getByRole('heading', {level: 1})).toHaveText(c.title);
      await expect(page.locator('a[data-back]')).toHaveAttribute('href', c.path);
      expect(await page.locator('script[src]').count()).toBe(0);
      if (c.comment) {
        const rows = await stored(c.comment);
        expect(rows).toHaveLength(1);
        expect(rows[0]).toMatchObject({locale: c.locale, answer: c.answer});
      }
    });
  }

  test('the comment box is labelled, limited to 500 characters, with the warning and a link to urgent help', async ({page}) => {
    await page.goto('/en/risks-and-safety');
    const box = page.getByLabel(/What were you looking for/);
    await expect(box).toHaveAttribute('maxlength', '500');
    await expect(box).toHaveAccessibleDescription(/Do not write your name.*not monitored|Nobody monitors this form for emergencies/);
    await expect(page.locator('form[action="/feedback"] a[href="/en/urgent-help"]')).toBeVisible();
  });
});

test('urgent help has no feedback form; every other page has exactly one', async ({request}) => {
  for (const locale of locales) {
    expect(await (await request.get(pathFor(locale, 'urgent-help'))).text()).not.toContain('action="/feedback"');
    for (const id of feedbackPages) {
      const html = await (await request.get(pathFor(locale, id))).text();
      expect(html.match(/action="\/feedback"/g), `${locale} ${id}`).toHaveLength(1);
    }
  }
});

test('thank-you pages are prerendered, not indexed, and 200', async ({request}) => {
  for (const locale of locales) {
    const res = await request.get(thanksPathFor(locale, 'preparation'));
    expect(res.status()).toBe(200);
    expect(await res.text()).toContain('name="robots" content="noindex');
  }
  expect((await request.get('/fr/aide-urgente/merci')).status()).toBe(404);
});

test.describe('the endpoint over HTTP', () => {
  const form = {page: 'faq', locale: 'en', answer: 'no', comment: `${marker} http`};
  const headers = (ip: string, extra: Record<string, string> = {}) => ({'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': ip, ...extra});
  const body = (f: Record<string, string>) => new URLSearchParams(f).toString();

  test('answers 303 to a same-origin post', async ({request, baseURL}) => {
    const res = await request.post('/feedback', {data: body(form), headers: headers('192.0.2.10', {origin: baseURL!, 'sec-fetch-site': 'same-origin'}), maxRedirects: 0});
    expect(res.status()).toBe(303);
    expect(res.headers()['location']).toBe('/en/faq/thank-you');
  });

  test('refuses cross-site (403), bad fields (400), another type (415), a big body (413), other methods (405)', async ({request}) => {
    const cross = await request.post('/feedback', {data: body(form), headers: headers('192.0.2.11', {origin: 'https://evil.example', 'sec-fetch-site': 'cross-site'}), maxRedirects: 0});
    expect(cross.status()).toBe(403);
    expect(await cross.text()).toContain('only be sent from a page of the guide');
    const bad = await request.post('/feedback', {data: body({...form, page: 'nope', locale: 'fr'}), headers: headers('192.0.2.11'), maxRedirects: 0});
    expect(bad.status()).toBe(400);
    expect(await bad.text()).toContain('<html lang="fr">');
    const json = await request.post('/feedback', {data: JSON.stringify(form), headers: {...headers('192.0.2.11'), 'content-type': 'application/json'}, maxRedirects: 0});
    expect(json.status()).toBe(415);
    const big = await request.post('/feedback', {data: body({...form, comment: 'x'.repeat(9000)}), headers: headers('192.0.2.11'), maxRedirects: 0});
    expect(big.status()).toBe(413);
    const put = await request.fetch('/feedback', {method: 'PUT', data: body(form), headers: headers('192.0.2.11'), maxRedirects: 0});
    expect(put.status()).toBe(405);
    for (const r of [cross, bad, json, big]) expect(await r.text()).not.toMatch(/Error:|at .*\(/);
  });

  test('a filled honeypot is answered 303 and not stored', async ({request}) => {
    const comment = `${marker} honeypot`;
    const res = await request.post('/feedback', {data: body({...form, comment, website: 'spam'}), headers: headers('192.0.2.12'), maxRedirects: 0});
    expect(res.status()).toBe(303);
    expect(await stored(comment)).toHaveLength(0);
  });

  test('a burst from one client gets 429 with Retry-After', async ({request}) => {
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 12; i++) {
      last = await request.post('/feedback', {data: body(form), headers: headers('192.0.2.99'), maxRedirects: 0});
      statuses.push(last.status());
    }
    expect(statuses.slice(0, 10).every((s) => s === 303)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
    expect(Number(last!.headers()['retry-after'])).toBeGreaterThan(0);
    expect(await last!.text()).toContain('try again in a few minutes');
  });
});
