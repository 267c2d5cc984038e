import {test, expect} from '@playwright/test';
import {pathFor, locales} from './site';
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
