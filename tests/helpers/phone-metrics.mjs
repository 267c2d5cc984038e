// @ts-check
// Where things sit on a phone (issue 19), measured the same way by the browser test (tests/e2e/phone.spec.ts)
// and by `npm run bench` (tests/bench/phone.mjs). Plain JavaScript on purpose: the bench runs in plain Node, and
// the function below is sent to the page as its source text, which a TypeScript loader would spoil (tsx wraps
// inner functions in a `__name` helper the page does not have).

/** The phone of every phone measure: 360x740 CSS px. */
export const phone = {width: 360, height: 740};

/**
 * Run in the page, from the top: `page.evaluate(phoneMetrics, phone.height)`. Positions are in screens of
 * `h` px from the top of the document:
 * - keyPoints: the key-points box's top;
 * - firstSection: the first h2 of the page's body (not in the key points, "On this page", the urgent-help box,
 *   a nav or a section), NaN when there is none; on urgent help, the list of every number country by country
 *   (`.urgent-all`, a heading per country) is the body's first section;
 * - length: the document's height with every `details` fold-out closed (those open are closed to measure, then
 *   opened again; openDetails counts them);
 * - firstTel: the top of the first tappable number (`a[href^="tel:"]` with a box), null when there is none;
 * - telOnFirstScreen: how many tel: links lie wholly inside the first screen.
 * Self-contained: it runs in the browser, so it may use nothing from this module.
 * @param {number} h the screen's height in CSS px
 */
export function phoneMetrics(h) {
  window.scrollTo(0, 0);
  const main = document.querySelector('main');
  /** @param {Element | null | undefined} el */
  const top = (el) => (el ? el.getBoundingClientRect().top + window.scrollY : NaN);
  const keyPoints = main?.querySelector('.key-points');
  const firstBodyH2 = main ? [...main.querySelectorAll('h2')].find((x) => !x.closest('.key-points, .on-this-page, .urgent-help:not(.urgent-all), nav, section:not(.urgent-all)')) : undefined;
  const tels = [...document.querySelectorAll('a[href^="tel:"]')].map((a) => a.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0);
  const firstTel = tels.length ? Math.min(...tels.map((r) => r.top + window.scrollY)) : null;
  const telOnFirstScreen = tels.filter((r) => r.top + window.scrollY >= 0 && r.bottom + window.scrollY <= h).length;
  const open = [...document.querySelectorAll('details[open]')];
  for (const d of open) d.removeAttribute('open');
  const length = document.documentElement.scrollHeight / h;
  for (const d of open) d.setAttribute('open', '');
  return {keyPoints: top(keyPoints) / h, firstSection: top(firstBodyH2) / h, length, openDetails: open.length,
    firstTel: firstTel === null ? null : firstTel / h, telOnFirstScreen};
}
