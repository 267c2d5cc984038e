import {test, expect} from '@playwright/test';
import {pathFor, locales, type PageId} from './site';
import {patientPages} from '../../app/_i18n/pages';

// Issue 9: understood at first reading. Key points and contents on every patient page, terms that lead to
// the glossary, icon arrays, the header on a phone, and text that reads without CSS.

for (const javaScriptEnabled of [true, false]) {
  test(`every patient page opens with its key points, then contents when it has 4+ sections (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({browser}) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({javaScriptEnabled});
    const page = await context.newPage();
    for (const locale of locales) {
      for (const id of patientPages) {
        const path = pathFor(locale, id);
        await page.goto(path);
        const box = page.getByRole('region', {name: locale === 'fr' ? 'L’essentiel' : 'Key points'});
        await expect(box, path).toBeVisible();
        const points = await box.getByRole('listitem').count();
        expect(points, path).toBeGreaterThanOrEqual(3);
        expect(points, path).toBeLessThanOrEqual(8);
        // Key points come right after the title and dates, before the body.
        const order = await page.evaluate(() => {
          const main = document.querySelector('main')!;
          const kp = main.querySelector('.key-points')!;
          const h1 = main.querySelector('h1')!;
          const firstBodyH2 = [...main.querySelectorAll('h2')].find((h) => !h.closest('.key-points, .on-this-page, .urgent-help'));
          const before = (a: Element, b: Element) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
          return {afterTitle: before(h1, kp), beforeBody: !firstBodyH2 || before(kp, firstBodyH2), leadEnd: Boolean(kp.nextElementSibling?.hasAttribute('data-lead-end'))};
        });
        expect(order, path).toEqual({afterTitle: true, beforeBody: true, leadEnd: true});
        // The page's own sections: its h2s outside the boxes the template and components add (key points, contents,
        // references, page record, feedback form, crisis boxes are sections or navs).
        const sections = await page.locator('main h2[id]').evaluateAll((hs) => hs.filter((h) => !h.closest('section, nav')).length);
        const nav = page.getByRole('navigation', {name: locale === 'fr' ? 'Sur cette page' : 'On this page'});
        if (sections >= 4) {
          await expect(nav, path).toBeVisible();
          // Folded (issue 19): the summary opens it, with or without JavaScript.
          await expect(nav.getByRole('link').first(), path).toBeHidden();
          await nav.locator('summary').click();
          await expect(nav.locator('details > ul > li > a'), path).toHaveCount(sections);
          await expect(nav.locator('details > ul > li > a').first(), path).toBeVisible();
        } else {
          await expect(nav, path).toHaveCount(0);
        }
      }
    }
    await context.close();
  });
}

test('contents and menu are hidden in print; key points stay', async ({page}) => {
  await page.goto('/en/risks-and-safety');
  await page.emulateMedia({media: 'print'});
  await expect(page.locator('.on-this-page')).toBeHidden();
  await expect(page.locator('.key-points')).toBeVisible();
});

test('a glossary term leads to its definition without JavaScript', async ({browser}) => {
  const context = await browser.newContext({javaScriptEnabled: false});
  const page = await context.newPage();
  await page.goto('/fr/glossaire');
  await expect(page.locator('dt#remission')).toContainText('Rémission');
  await page.goto('/en/glossary');
  await expect(page.locator('dt#nnt')).toContainText('NNT');
  await expect(page.locator('dt#nnt + dd')).toContainText(/how many people need the treatment for one more/i);
  await context.close();
});

test('icon arrays: 100 figures per group, readable at 360 px and in dark mode', async ({page}) => {
  await page.setViewportSize({width: 360, height: 740});
  await page.emulateMedia({colorScheme: 'dark'});
  await page.goto('/en/risks-and-safety');
  const figure = page.locator('figure[data-figure="dissociation"]');
  // On the risks page the icon array sits in the fold-out under the side-effects table (issue 19): open it.
  await page.locator('main details', {has: figure}).locator(':scope > summary').click();
  await expect(figure).toBeVisible();
  await expect(figure).toContainText('41 people in 100');
  await expect(figure).toContainText('9 people in 100');
  const sizes = await figure.locator('svg').evaluateAll((svgs) => svgs.map((s) => s.getBoundingClientRect().width));
  expect(sizes).toHaveLength(2);
  for (const w of sizes) expect(w).toBeGreaterThanOrEqual(100);
  // Figures are drawn in the text colour, so in dark mode they are light on the dark background.
  const {fill, stroke, color} = await figure.evaluate((f) => ({
    fill: getComputedStyle(f.querySelector('.ia-filled')!).fill,
    stroke: getComputedStyle(f.querySelector('.ia-empty')!).stroke,
    color: getComputedStyle(f).color,
  }));
  expect(fill).toBe(color);
  expect(stroke).toBe(color);
  const [r, g, b] = fill.match(/\d+/g)!.map(Number);
  expect(r + g + b, fill).toBeGreaterThan(3 * 180);
});

test('at 360 px, help now, the language link and Menu share one line, each target at least 24 px', async ({page}) => {
  await page.setViewportSize({width: 360, height: 740});
  for (const path of ['/fr', '/en', '/fr/fibromyalgie', '/en/treatment-journey/preparation']) {
    await page.goto(path);
    const boxes = await Promise.all(['.help-now', '[data-language-link]', '.site-menu > summary'].map((s) => page.locator(`header ${s}`).boundingBox()));
    for (const b of boxes) {
      expect(b, path).not.toBeNull();
      expect(b!.height, path).toBeGreaterThanOrEqual(24);
      expect(b!.width, path).toBeGreaterThanOrEqual(24);
    }
    const tops = boxes.map((b) => Math.round(b!.y));
    expect(Math.max(...tops) - Math.min(...tops), `${path}: ${tops}`).toBeLessThanOrEqual(2);
    // One navigation list in the page's header, whatever the width.
    expect(await page.locator('header ul').count()).toBe(1);
    await page.locator('header .site-menu > summary').click();
    await expect(page.getByRole('navigation', {name: path.startsWith('/fr') ? 'Navigation principale' : 'Main navigation'}).getByRole('link').first()).toBeVisible();
  }
});

test('from 768 px the navigation list shows without the Menu button', async ({page}) => {
  await page.setViewportSize({width: 1024, height: 800});
  await page.goto('/en/faq');
  await expect(page.locator('header .site-menu > summary')).toBeHidden();
  await expect(page.getByRole('navigation', {name: 'Main navigation'}).getByRole('link', {name: 'Risks and safety'})).toBeVisible();
});

test('text without CSS: no number runs into its label in the header, crisis lines and timeline', async ({request}) => {
  const strip = (html: string) => html.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, '').replace(/&[a-z#0-9]+;/g, ' ');
  const pick = (html: string, cls: string) => [...html.matchAll(new RegExp(`<(li|section|nav|header)[^>]*class="[^"]*\\b${cls}\\b[^"]*"[^>]*>[\\s\\S]*?</\\1>`, 'g'))].map((m) => strip(m[0]));
  const pages: Partial<Record<string, PageId>> = {};
  for (const locale of locales) for (const id of ['urgent-help', 'treatment-journey', 'session', 'home'] as PageId[]) pages[pathFor(locale, id)] = id;
  for (const path of Object.keys(pages)) {
    const html = await (await request.get(path)).text();
    const parts = [...pick(html, 'crisis-line'), ...pick(html, 'phase'), ...pick(html, 'site-header')];
    expect(parts.length, path).toBeGreaterThan(1);
    for (const text of parts) {
      expect(text, path).not.toMatch(/\d\p{L}/u);
      expect(text, path).not.toMatch(/[?!.:]\p{Lu}/u);
      expect(text, path).not.toMatch(/\p{Ll}\p{Lu}/u);
    }
  }
});

// Issue 19 item 5: pictures where they help act. Each stays readable at 360 px in dark mode: drawn in the text
// colour, never narrower than a thumb, words in HTML at 16 px or more, nothing wider than the page.
const pictures: [PageId, string][] = [['session', 'spray-steps'], ['maintenance', 'esketamine-schedule'], ['risks-and-safety', 'when-to-call']];
test('pictures: spray steps, esketamine schedule and when to call whom read at 360 px in dark mode', async ({page}) => {
  await page.setViewportSize({width: 360, height: 740});
  await page.emulateMedia({colorScheme: 'dark'});
  for (const locale of locales) for (const [id, picture] of pictures) {
    const path = pathFor(locale, id);
    await page.goto(path);
    const figure = page.locator(`figure[data-picture="${picture}"]`);
    await expect(figure, path).toBeVisible();
    await expect(figure.locator('figcaption'), path).not.toBeEmpty();
    const m = await figure.evaluate((f) => {
      const color = getComputedStyle(f).color;
      const svgs = [...f.querySelectorAll('svg')];
      const texts = [...f.querySelectorAll('p, li, figcaption, a')].filter((e) => e.textContent!.trim());
      return {
        color,
        hidden: svgs.every((s) => s.getAttribute('aria-hidden') === 'true'),
        strokes: svgs.map((s) => getComputedStyle(s.querySelector('path, rect, circle')!).stroke),
        minSvg: Math.min(...svgs.map((s) => s.getBoundingClientRect().width)),
        minFont: Math.min(...texts.map((e) => parseFloat(getComputedStyle(e).fontSize))),
        right: Math.max(...[...f.querySelectorAll('*')].map((e) => e.getBoundingClientRect().right)),
      };
    });
    expect(m.hidden, path).toBe(true);
    // Lines in the text colour (currentColor), so light on the dark background; no part narrower than 24 px.
    for (const s of m.strokes) expect(s, path).toBe(m.color);
    expect(m.minSvg, path).toBeGreaterThanOrEqual(24);
    expect(m.minFont, path).toBeGreaterThanOrEqual(16);
    expect(m.right, path).toBeLessThanOrEqual(360);
  }
});
