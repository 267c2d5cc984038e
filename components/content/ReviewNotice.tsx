import {translator} from '@/app/_i18n/messages';
import {formatDay} from '@/app/_i18n/format';
import type {Locale} from '@/app/_i18n/pages';

/** Where the stylesheet that reveals overdue notices is served (app/review-notices.css/route.ts). */
export const reviewNoticesHref = '/review-notices.css';

/**
 * The calm "due for review" notice, in the prerendered HTML but hidden. /review-notices.css, computed from
 * today's date, shows it once `nextReview` has passed, so it appears without a rebuild (app/_lib/review.ts).
 * The page links that stylesheet last in <body> (ReviewNoticesLink), where it does not hold up the first paint.
 */
export function ReviewNotice({locale, nextReview}: {locale: Locale; nextReview: string}) {
  return (
    <>
      <p className="review-overdue m-0 my-2 border-l-4 border-amber-600 bg-amber-50 px-3 py-2 text-slate-900 dark:bg-slate-800 dark:text-slate-100" data-due={nextReview} hidden>
        {translator(locale, 'Publication')('overdue', {date: formatDay(locale, nextReview)})}
      </p>
    </>
  );
}

/**
 * The link to the overdue-notices stylesheet, placed after everything else in <body>: a stylesheet there
 * blocks the rendering of nothing that comes before it, so the page still paints from its own HTML.
 */
export function ReviewNoticesLink() {
  return <link rel="stylesheet" href={reviewNoticesHref} data-review-notices="" />;
}
