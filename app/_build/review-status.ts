// npm run review-status: every page and locale with its last and next review, who reviewed it, and what is
// overdue or due within 30 days. Exits 1 when a page is overdue (for an operator's cron job).
// REVIEW_CLOCK=2028-01-01 checks as of another day.
import {loadPublication} from '../_lib/publication';
import {pageRecords, reviewState, today} from '../_lib/review';

function main(): number {
  const on = today();
  const pub = loadPublication();
  const name = (id: string) => pub.team.find((p) => p.id === id)?.name ?? id;
  const rows = pageRecords().map((r) => {
    const s = reviewState(r.frontmatter.nextReview, on);
    const reviewers = r.frontmatter.reviewers?.map(name).join(', ') || (r.patient ? 'none named' : '(site page)');
    const status = s.state === 'overdue' ? `OVERDUE by ${s.daysLate} day${s.daysLate === 1 ? '' : 's'}` : s.state === 'due-soon' ? `due in ${s.daysLeft} day${s.daysLeft === 1 ? '' : 's'}` : 'ok';
    return {cells: [r.id, r.locale, r.frontmatter.lastReviewed, r.frontmatter.nextReview, reviewers, status], state: s.state};
  });
  const header = ['page', 'locale', 'last review', 'next review', 'medical reviewer', 'status'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r.cells[i].length)));
  const fmt = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  console.log(`Review status on ${on}${process.env.REVIEW_CLOCK ? ' (REVIEW_CLOCK)' : ''}`);
  console.log(fmt(header));
  for (const r of rows) console.log(fmt(r.cells));
  const overdue = rows.filter((r) => r.state === 'overdue').length;
  const soon = rows.filter((r) => r.state === 'due-soon').length;
  console.log(`${rows.length} pages: ${overdue} overdue, ${soon} due within 30 days.`);
  return overdue ? 1 : 0;
}

try {
  process.exitCode = main();
} catch (e) {
  console.error(`review-status: ${(e as Error).message}`);
  process.exitCode = 2;
}
