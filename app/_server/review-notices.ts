// /review-notices.css: computed on each request from today's date (REVIEW_CLOCK fixes it), so overdue
// notices appear on the prerendered pages without a rebuild; see app/_lib/review.ts. Browsers and CDNs may
// keep it an hour.
import {overdueCss, today} from '../_lib/review-dates';
import type {Answer} from './answer';

export const reviewNoticesPath = '/review-notices.css';

export function reviewNoticesAnswer(): Answer {
  return {
    status: 200,
    headers: {'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'public, max-age=3600, s-maxage=3600'},
    body: overdueCss(today()),
  };
}
