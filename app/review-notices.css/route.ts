import {overdueCss, today} from '@/app/_lib/review';

// Computed on each request from today's date (REVIEW_CLOCK fixes it), so overdue notices appear on the
// prerendered pages without a rebuild; see app/_lib/review.ts. Browsers and CDNs may keep it an hour.
export const dynamic = 'force-dynamic';

export function GET() {
  return new Response(overdueCss(today()), {
    headers: {'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'public, max-age=3600, s-maxage=3600'},
  });
}
