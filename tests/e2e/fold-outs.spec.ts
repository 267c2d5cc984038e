// Fold-outs (issue 19 item 3): study-level detail, history and method asides sit in closed <details> (no JS).
// A link or a search result that points inside one must open it and show its target: Chromium opens the
// <details> around the target of a fragment navigation (with JavaScript on or off), which this checks on the
// real pages, so that a heading is only ever folded where this holds.
import {test, expect} from '@playwright/test';
import {pathFor, locales} from './site';

const phone = {width: 360, height: 740};
const searchPath = {fr: '/fr/recherche', en: '/en/search'} as const;

for (const javaScriptEnabled of [false, true]) {
  test(`a link to a heading inside a closed fold-out opens it and shows the heading (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({browser}) => {
    const context = await browser.newContext({viewport: phone, javaScriptEnabled});
    const page = await context.newPage();
    for (const locale of locales) {
      const path = pathFor(locale, 'depression-options');
      // Without the fragment the fold-out is closed and the heading inside it is not shown.
      await page.goto(path);
      const fold = page.locator('main details', {has: page.locator('#ketamine-vs-ect')});
      await expect(fold).toHaveCount(1);
      await expect(fold).not.toHaveAttribute('open');
      await expect(page.locator('#ketamine-vs-ect')).toBeHidden();
      // Arriving with the fragment (a link from another page, a search result): open, heading on screen.
      await page.goto(`${path}#ketamine-vs-ect`);
      await expect(fold).toHaveAttribute('open');
      await expect(page.locator('#ketamine-vs-ect')).toBeInViewport();
      // A fragment navigation within the page (a link to #id on the same page) does the same.
      if (javaScriptEnabled) {
        await page.goto(path);
        await expect(fold).not.toHaveAttribute('open');
        await page.evaluate(() => { location.hash = 'esketamine-vs-quetiapine'; });
        await expect(fold).toHaveAttribute('open');
        await expect(page.locator('#esketamine-vs-quetiapine')).toBeInViewport();
      }
    }
    await context.close();
  });
}

test('a search result for folded text opens the fold-out it points into (no JS)', async ({browser}) => {
  const context = await browser.newContext({viewport: phone, javaScriptEnabled: false});
  const page = await context.newPage();
  for (const [locale, q] of [['fr', 'KetECT Suède'], ['en', 'KetECT Sweden']] as const) {
    await page.goto(`${searchPath[locale]}?q=${encodeURIComponent(q)}`);
    const result = page.locator('main ol.search-results > li > a', {hasText: /KetECT|ECT/}).first();
    await expect(result).toHaveAttribute('href', new RegExp(`${pathFor(locale, 'depression-options')}#ketamine-vs-ect$`));
    await result.click();
    await expect(page.locator('main details', {has: page.locator('#ketamine-vs-ect')})).toHaveAttribute('open');
    await expect(page.locator('#ketamine-vs-ect')).toBeInViewport();
  }
  await context.close();
});

test('folded pages start with their fold-outs closed, each labelled, and the folded text is in the page', async ({page}) => {
  await page.setViewportSize(phone);
  for (const locale of locales) {
    for (const id of ['fibromyalgia', 'fibromyalgia-options', 'depression-options', 'faq'] as const) {
      await page.goto(pathFor(locale, id));
      const folds = page.locator('main details:not(.on-this-page details)');
      expect(await folds.count(), `${locale}/${id}`).toBeGreaterThan(1);
      for (const fold of await folds.all()) {
        await expect(fold).not.toHaveAttribute('open');
        await expect(fold.locator('> summary')).toHaveText(/\S{3}/);
        expect((await fold.textContent())!.length).toBeGreaterThan((await fold.locator('> summary').textContent())!.length + 40);
      }
    }
  }
});

// The reference list, each contraindication's explanation and the change log fold too (issue 19: together
// 5 to 15 screens of every page). A citation link still lands on its reference, open; print shows them all.
for (const javaScriptEnabled of [false, true]) {
  test(`a citation opens the folded reference list at its reference (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({browser}) => {
    const context = await browser.newContext({viewport: phone, javaScriptEnabled});
    const page = await context.newPage();
    for (const locale of locales) {
      await page.goto(pathFor(locale, 'risks-and-safety'));
      const fold = page.locator('section.references > details');
      await expect(fold).not.toHaveAttribute('open');
      await expect(fold.locator('> summary')).toHaveText(locale === 'fr' ? /^Voir les \d+ références$/ : /^Show the \d+ references$/);
      await expect(page.locator('#ref-3')).toBeHidden();
      await page.locator('main a[href="#ref-3"]').first().click();
      await expect(fold).toHaveAttribute('open');
      await expect(page.locator('#ref-3')).toBeInViewport();
    }
    await context.close();
  });
}

test('print opens the references, the change log and every contraindication', async ({page}) => {
  for (const locale of locales) {
    await page.goto(pathFor(locale, 'preparation'));
    await expect(page.locator('#ref-1')).toBeHidden();
    await expect(page.locator('.change-log')).toBeHidden();
    const contra = page.locator('.contraindications details.contra-item');
    expect(await contra.count()).toBeGreaterThan(5);
    await expect(contra.first().locator('p')).toBeHidden();
    // Every case is named while folded.
    for (const item of await contra.all()) await expect(item.locator('> summary')).toBeVisible();
    await page.emulateMedia({media: 'print'});
    await expect(page.locator('#ref-1')).toBeVisible();
    await expect(page.locator('.change-log')).toBeVisible();
    for (const item of await contra.all()) await expect(item.locator('p')).toBeVisible();
    await page.emulateMedia({media: 'screen'});
  }
});
