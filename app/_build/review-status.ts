// npm run review-status: every page and locale with its last and next review, who reviewed it, and what is
// overdue or due within 30 days. Exits 1 when a page is overdue (for an operator's cron job), 2 on an error.
// REVIEW_CLOCK=2028-01-01 checks as of another day. Logic: app/_lib/publication-check.ts.
import {currentReviewStatus} from '../_lib/publication-check';

try {
  const {text, code} = currentReviewStatus();
  console.log(text);
  process.exitCode = code;
} catch (e) {
  console.error(`review-status: ${(e as Error).message}`);
  process.exitCode = 2;
}
