// The phone figures for `npm run bench` (issue 19, item 8): every patient page in each locale at 360x740 in
// Chromium, measured as tests/e2e/phone.spec.ts measures them (tests/helpers/phone-metrics.mjs): the page's
// length in screens (document height / 740, fold-outs closed), where the key points and the first section
// start, and on urgent help where the first tappable number is and how many tel: links the first screen holds.
// Targets (issue 19): length <= 20 screens, key points < 1 screen, first section <= 2 screens, urgent help
// >= 3 tel: links wholly on the first screen. Figures, not pass/fail: the browser test holds the positions.
import {chromium} from '@playwright/test';
import {tsImport} from 'tsx/esm/api';
import {phone, phoneMetrics} from '../helpers/phone-metrics.mjs';

export const PHONE_TARGETS = {length: 20, keyPoints: 1, firstSection: 2, urgentTel: 3};

/** Measure every patient page of the route model on `siteUrl` (the site's server, already running). */
export async function phoneFigures({siteUrl, chrome, log}) {
  const {locales, patientPages, pathFor} = await tsImport('../../app/_i18n/pages.ts', import.meta.url);
  log(`phone: ${patientPages.length} patient pages x ${locales.length} locales at ${phone.width}x${phone.height} in Chromium`);
  const browser = await chromium.launch({executablePath: chrome, args: ['--disable-gpu', '--disable-dev-shm-usage']});
  const pages = [];
  try {
    const context = await browser.newContext({viewport: phone});
    const page = await context.newPage();
    for (const locale of locales) {
      for (const id of patientPages) {
        const path = pathFor(locale, id);
        const res = await page.goto(siteUrl + path);
        if (!res?.ok()) throw new Error(`${path}: ${res?.status()}`);
        pages.push({path, id, locale, ...(await page.evaluate(phoneMetrics, phone.height))});
      }
    }
    await context.close();
  } finally { await browser.close(); }

  const T = PHONE_TARGETS;
  const fmt = (n) => (n === null || Number.isNaN(n) ? 'none' : n.toFixed(2));
  /** "max 27.31 (/fr/…); 3 of 28 not met" for one measure and its limit (the table marks which). */
  const worst = (key, over) => {
    const held = pages.filter((p) => !(key === 'keyPoints' && p.id === 'urgent-help'));
    const bad = held.filter((p) => over(p[key]));
    const max = held.reduce((a, p) => (Number.isNaN(p[key]) || p[key] > a[key] ? p : a), held[0]);
    return `max ${fmt(max[key])} (${max.path}); ${bad.length ? `${bad.length} of ${held.length} not met (* in the table)` : `all ${held.length} met`}`;
  };
  const urgent = pages.filter((p) => p.id === 'urgent-help');
  const targets = [
    [`patient pages ≤ ${T.length} screens long at 360x740, fold-outs closed`, worst('length', (v) => !(v <= T.length)), pages.every((p) => p.length <= T.length)],
    // Urgent help holds the crisis numbers on its first screen (issue 19 item 1); its key points follow them.
    [`key points start on the first screen (< ${T.keyPoints}; urgent help: after its numbers)`, worst('keyPoints', (v) => !(v < T.keyPoints)), pages.every((p) => p.id === 'urgent-help' || p.keyPoints < T.keyPoints)],
    [`first section starts within ${T.firstSection} screens`, worst('firstSection', (v) => !(v <= T.firstSection)), pages.every((p) => p.firstSection <= T.firstSection)],
    [`urgent help: ≥ ${T.urgentTel} tel: links wholly on the first screen`, urgent.map((p) => `${p.path} ${p.telOnFirstScreen} (first at ${fmt(p.firstTel)})`).join(', '), urgent.every((p) => p.telOnFirstScreen >= T.urgentTel)],
  ];
  return {viewport: phone, pages, targets};
}

export function printPhone(result, table) {
  const fmt = (n, d = 2) => (n === null || Number.isNaN(n) ? '-' : n.toFixed(d));
  const mark = (ok) => (ok ? '' : ' *');
  const T = PHONE_TARGETS;
  console.log(`\nPhone, ${result.viewport.width}x${result.viewport.height} in Chromium, in screens of ${result.viewport.height} px (* = target not met: ` +
    `length ≤ ${T.length}, key points < ${T.keyPoints}, first section ≤ ${T.firstSection}, urgent help ≥ ${T.urgentTel} tel: on screen 1)\n`);
  console.log(table(['page', 'length', 'key points at', 'first section at', 'first tel: at', 'tel: on screen 1', 'open details'],
    result.pages.map((p) => [p.path || '/', fmt(p.length, 1) + mark(p.length <= T.length), fmt(p.keyPoints) + mark(p.id === 'urgent-help' || p.keyPoints < T.keyPoints),
      fmt(p.firstSection) + mark(p.firstSection <= T.firstSection),
      p.id === 'urgent-help' ? fmt(p.firstTel) : '-', p.id === 'urgent-help' ? p.telOnFirstScreen + mark(p.telOnFirstScreen >= T.urgentTel) : '-', p.openDetails])));
}
