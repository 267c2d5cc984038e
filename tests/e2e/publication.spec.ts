// Who stands behind each page, in the production build with the shipped publication file (nothing filled
// in): honest "not yet", the computed JAMA claim, the change log on screen and in print, the handout's
// version, and the overdue notice revealed by /review-notices.css (with a fixed clock, JavaScript off).
// The filled-in state (fictional fixture) is covered in tests/unit/publication.test.tsx.
import {expect, test} from '@playwright/test';
import {overdueCss} from '../../app/_lib/review-dates';
import {locales, pathFor} from './site';

const text = {
  fr: {
    nobodyNamed: 'Auteurs et relecteurs : pas encore nommés.',
    howMade: 'Comment ce guide est fait',
    notYet: 'Pas encore renseigné par l’exploitant du site',
    contactMissing: 'l’exploitant du site n’a pas encore renseigné d’adresse pour cela',
    jama: 'le site en remplit 2 sur quatre : les sources et la date.',
    changeLog: 'Historique des modifications',
    firstVersion: 'Première version de la page.',
    overdue: 'Cette page devait être relue le 25 novembre 2027 ; certaines informations ne sont peut-être plus à jour.',
    version: (n: number) => `Version : relue le 25 novembre 2026 · ${n} modification${n > 1 ? 's' : ''} enregistrée${n > 1 ? 's' : ''}`,
    handout: '/fr/parcours-de-soins/seance/fiche',
  },
  en: {
    nobodyNamed: 'Authors and reviewers: not yet named.',
    howMade: 'How this guide is made',
    notYet: "Not yet filled in by the site's operator",
    contactMissing: "the site's operator has not yet filled in an address for this",
    jama: 'the site meets 2 of the four: attribution and currency.',
    changeLog: 'Change log',
    firstVersion: 'First version of the page.',
    overdue: 'This page was due for review on 25 November 2027; its facts may be out of date.',
    version: (n: number) => `Version: reviewed on 25 November 2026 · ${n} recorded change${n > 1 ? 's' : ''}`,
    handout: '/en/treatment-journey/session/handout',
  },
} as const;

test('/review-notices.css is served as CSS, cacheable for an hour', async ({request}) => {
  const res = await request.get('/review-notices.css');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('text/css; charset=utf-8');
  expect(res.headers()['cache-control']).toContain('max-age=3600');
  expect(await res.text()).toMatch(/^\/\* Review notices overdue on \d{4}-\d{2}-\d{2}/);
});

for (const locale of locales) {
  const t = text[locale];

  test(`${locale}: a patient page says no one is named yet, and shows its change log on screen and in print`, async ({page}) => {
    await page.goto(pathFor(locale, 'session'));
    const byline = page.locator('.page-meta .byline');
    await expect(byline).toContainText(t.nobodyNamed);
    await expect(byline.getByRole('link', {name: t.howMade})).toHaveAttribute('href', `${pathFor(locale, 'sources')}#how-we-write`);
    const record = page.locator('section.page-record');
    await expect(record.locator('#change-log')).toHaveText(t.changeLog);
    // Newest first: the oldest entry is the page's first version.
    await expect(record.locator('.change-log li').last()).toHaveText(new RegExp(t.firstVersion.replace('.', '\\.')));
    await page.emulateMedia({media: 'print'});
    await expect(record).toBeVisible();
    await expect(record.locator('.change-log')).toBeVisible();
  });

  test(`${locale}: the legal notice, privacy and accessibility pages say plainly what is missing`, async ({page}) => {
    await page.goto(pathFor(locale, 'legal-notice'));
    await expect(page.locator('.publisher-details .not-yet', {hasText: t.notYet})).toHaveCount(12);
    await expect(page.locator('[data-contact="corrections"]').first()).toContainText(t.contactMissing);
    await expect(page.locator('a[href^="mailto:"]')).toHaveCount(0);
    for (const id of ['privacy', 'accessibility'] as const) {
      await page.goto(pathFor(locale, id));
      await expect(page.locator(`[data-contact="${id}"]`)).toContainText(t.contactMissing);
    }
  });

  test(`${locale}: the sources page claims only attribution and currency`, async ({page}) => {
    await page.goto(pathFor(locale, 'sources'));
    const claim = page.locator('.jama-benchmarks');
    await expect(claim).toHaveAttribute('data-met', 'attribution currency');
    await expect(claim).toContainText(t.jama);
    await expect(page.locator('main')).not.toContainText(/last three|trois derniers/);
  });

  test(`${locale}: the overdue notice stays hidden until its date has passed, then shows without JavaScript, in print too`, async ({browser}) => {
    const context = await browser.newContext({javaScriptEnabled: false});
    const page = await context.newPage();
    await page.goto(pathFor(locale, 'session'));
    const notice = page.locator('.review-overdue');
    await expect(notice).toHaveAttribute('data-due', '2027-11-25');
    await expect(notice).toBeHidden();
    // A fixed clock: the stylesheet the server would send on 1 January 2028.
    await page.route('**/review-notices.css', (route) => route.fulfill({contentType: 'text/css', body: overdueCss('2028-01-01')}));
    for (const path of [pathFor(locale, 'session'), t.handout]) {
      await page.goto(path);
      await expect(page.locator('.review-overdue')).toBeVisible();
      await expect(page.locator('.review-overdue')).toHaveText(t.overdue);
    }
    await page.emulateMedia({media: 'print'});
    await expect(page.locator('.review-overdue')).toBeVisible();
    // The day itself is not yet overdue.
    await page.route('**/review-notices.css', (route) => route.fulfill({contentType: 'text/css', body: overdueCss('2027-11-25')}));
    await page.goto(pathFor(locale, 'session'));
    await expect(page.locator('.review-overdue')).toBeHidden();
    await context.close();
  });

  test(`${locale}: the handout shows its version`, async ({page}) => {
    // The count is the page's change log (frontmatter `changes`), the same list the page shows.
    await page.goto(pathFor(locale, 'session'));
    const entries = await page.locator('section.page-record .change-log li').count();
    expect(entries).toBeGreaterThan(1);
    await page.goto(t.handout);
    await expect(page.locator('.handout-version')).toHaveText(t.version(entries));
  });
}
