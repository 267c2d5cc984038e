// The options pages on a phone (issue 19 with issue 24's decision aid): each option's card shows how often it
// helps and its harms; "Details of this option" opens the rest of the card; wide screens and print show every
// cell. The worksheet, the countries of the cost box and the decision box's policy fold on screen, open in print.
import {test, expect} from '@playwright/test';
import {pathFor, locales} from './site';

const phone = {width: 360, height: 740};
const rest = ['how', 'france', 'certainty'];

for (const locale of locales) {
  test(`${locale}: an option card keeps benefits and harms open and opens the rest with one summary`, async ({page}) => {
    await page.setViewportSize(phone);
    await page.goto(pathFor(locale, 'depression-options'));
    const card = page.locator('.options-table tr#option-ect');
    await expect(card.locator('td[data-field="helps"]')).toBeVisible();
    await expect(card.locator('td[data-field="helps"]')).toContainText(locale === 'fr' ? '48 personnes sur 100' : '48 in 100');
    await expect(card.locator('td[data-field="risks"]')).toBeVisible();
    for (const f of rest) await expect(card.locator(`td[data-field="${f}"]`)).toBeHidden();
    const fold = card.locator('td[data-field="involves"] > details');
    await expect(fold).not.toHaveAttribute('open');
    await fold.locator('> summary').click();
    for (const f of [...rest, 'involves']) await expect(card.locator(`td[data-field="${f}"]`)).toBeVisible();
    await expect(card.locator('td[data-field="involves"]')).toContainText(locale === 'fr' ? 'anesthésie' : 'anaesthe');
    // Wide screens: a real table, every cell shown, no summary.
    await page.setViewportSize({width: 1280, height: 900});
    await page.reload();
    for (const f of [...rest, 'involves']) await expect(card.locator(`td[data-field="${f}"]`)).toBeVisible();
    await expect(fold.locator('> summary')).toBeHidden();
  });

  test(`${locale}: print opens the cards, the worksheet, the countries and the decision box`, async ({page}) => {
    await page.setViewportSize(phone);
    await page.goto(pathFor(locale, 'depression-options'));
    const prompt = page.locator('.worksheet li').first();
    const country = page.locator('.cost-by-country details[data-country="ca"] li').first();
    const policy = page.locator('.decision-aid .update-policy');
    const how = page.locator('tr#option-ect td[data-field="how"]');
    for (const el of [prompt, country, policy, how]) await expect(el).toBeHidden();
    await expect(page.locator('.worksheet .worksheet-bring')).toBeVisible();
    await page.emulateMedia({media: 'print'});
    for (const el of [prompt, country, policy, how]) await expect(el).toBeVisible();
  });
}
