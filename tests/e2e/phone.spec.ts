import {test, expect} from '@playwright/test';
import {pathFor, locales, allPages} from './site';
import {patientPages} from '../../app/_i18n/pages';

// Issue 19: phones first. At 360x740 the key points start on the first screen and the first section within two.

const phone = {width: 360, height: 740};

test('every patient page: key points on the first screen, first section within two (360x740)', async ({browser}) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({viewport: phone});
  const page = await context.newPage();
  const rows: string[] = [];
  for (const locale of locales) {
    for (const id of patientPages) {
      const path = pathFor(locale, id);
      await page.goto(path);
      const pos = await page.evaluate((h) => {
        const main = document.querySelector('main')!;
        const top = (el: Element | null | undefined) => (el ? el.getBoundingClientRect().top + scrollY : NaN);
        const kp = main.querySelector('.key-points');
        const firstBodyH2 = [...main.querySelectorAll('h2')].find((x) => !x.closest('.key-points, .on-this-page, .urgent-help, nav, section'));
        return {keyPoints: top(kp) / h, firstSection: top(firstBodyH2) / h};
      }, phone.height);
      rows.push(`${path}: key points at ${pos.keyPoints.toFixed(2)} screens, first section at ${pos.firstSection.toFixed(2)}`);
      expect.soft(pos.keyPoints, `${path}: key points start on the first screen`).toBeLessThan(0.9);
      expect.soft(pos.firstSection, `${path}: first section within two screens`).toBeLessThan(2);
    }
  }
  console.log(rows.join('\n'));
  await context.close();
});

test('tables read at 360 px: no word split across lines in any cell, and no box in main scrolls sideways', async ({browser}) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({viewport: phone});
  const page = await context.newPage();
  const faults: string[] = [];
  let cells = 0;
  for (const {path} of allPages) {
    await page.goto(path);
    const found = await page.evaluate(() => {
      const out: string[] = [];
      const tds = [...document.querySelectorAll('main th, main td')];
      // Each word (a break after a hyphen is fine, so hyphen-joined parts count as words) must sit on one line.
      for (const cell of tds) {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          for (const m of text.matchAll(/[^\s\-‐–]+/g)) {
            const range = document.createRange();
            range.setStart(node, m.index!);
            range.setEnd(node, m.index! + m[0].length);
            const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom / 4)));
            if (tops.size > 1) out.push(`word "${m[0]}" split over ${tops.size} lines in "${cell.textContent!.slice(0, 40)}"`);
          }
        }
      }
      // Nothing inside main scrolls or is clipped sideways (text only for screen readers, in a 1 px box, aside).
      const hidden = [...document.querySelectorAll('main *')].filter((el) => { const r = el.getBoundingClientRect(); return r.width <= 1 && r.height <= 1; });
      for (const el of document.querySelectorAll('main, main *')) {
        if (hidden.some((h) => h.contains(el))) continue;
        if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) out.push(`<${el.tagName.toLowerCase()} class="${el.className}"> is ${el.scrollWidth - el.clientWidth}px wider inside than its box`);
      }
      return {out, cells: tds.length};
    });
    cells += found.cells;
    faults.push(...found.out.map((f) => `${path}: ${f}`));
  }
  expect(cells, 'the pages have tables').toBeGreaterThan(50);
  expect(faults).toEqual([]);
  await context.close();
});
