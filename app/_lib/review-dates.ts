// The clock and the overdue rule, with no imports, so the browser tests can use them too (see review.ts).

/** Environment variables (process.env, or a plain object in tests). */
type Env = Record<string, string | undefined>;

const isoDayPattern = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Today's date as an ISO day (UTC). The one place the clock is read: REVIEW_CLOCK=2028-01-01 fixes it
 * (tests, or an operator checking ahead).
 */
export function today(env: Env = process.env): string {
  const fixed = env.REVIEW_CLOCK?.trim();
  if (fixed) {
    if (!isoDayPattern.test(fixed) || Number.isNaN(Date.parse(`${fixed}T00:00:00Z`))) {
      throw new Error(`REVIEW_CLOCK: expected an ISO date such as 2028-01-01, got "${fixed}"`);
    }
    return fixed;
  }
  return new Date().toISOString().slice(0, 10);
}

const dayMs = 86_400_000;
const days = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);

export type ReviewState = {state: 'overdue'; daysLate: number} | {state: 'due-soon'; daysLeft: number} | {state: 'ok'; daysLeft: number};

/** A page is overdue once its nextReview day has passed, due soon within 30 days of it. */
export function reviewState(nextReview: string, on: string): ReviewState {
  const left = days(on, nextReview);
  if (left < 0) return {state: 'overdue', daysLate: -left};
  if (left <= 30) return {state: 'due-soon', daysLeft: left};
  return {state: 'ok', daysLeft: left};
}

/** The first year a due date could fall in; rules start there. */
const firstYear = 2020;
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * CSS that reveals every `.review-overdue[data-due]` notice whose date is before `on`: one prefix rule per
 * past year and month, one exact rule per past day of this month (about 50 selectors at most).
 */
export function overdueCss(on: string): string {
  const [y, m, d] = on.split('-').map(Number);
  const prefixes: string[] = [];
  for (let year = firstYear; year < y; year++) prefixes.push(`^="${year}-"`);
  for (let month = 1; month < m; month++) prefixes.push(`^="${y}-${pad(month)}-"`);
  for (let day = 1; day < d; day++) prefixes.push(`="${y}-${pad(m)}-${pad(day)}"`);
  const header = `/* Review notices overdue on ${on} (see app/_lib/review.ts). */\n`;
  if (!prefixes.length) return header;
  // In Tailwind's base layer, beside its `[hidden] {display: none !important}`: an !important rule outside
  // that layer would lose to it (layered !important wins), inside it the more specific selector wins.
  return header + '@layer base {\n' + prefixes.map((p) => `.review-overdue[hidden][data-due${p}]`).join(',\n') + ' {\n  display: block !important;\n}\n}\n';
}

