import {translator} from '@/app/_i18n/messages';
import {formatDay} from '@/app/_i18n/format';
import type {Locale} from '@/app/_i18n/pages';

/** Review dates, formatted per locale, and the short "not medical advice" line. */
export function PageMeta({locale, lastReviewed, nextReview}: {locale: Locale; lastReviewed: string; nextReview: string}) {
  const t = translator(locale, 'Page');
  return (
    <div data-lead-end="" className="page-meta not-prose my-4 space-y-1 text-base text-slate-700 dark:text-slate-300">
      <p className="m-0">
        {t('lastReviewed')} <time dateTime={lastReviewed}>{formatDay(locale, lastReviewed)}</time>
        {' · '}
        {t('nextReview')} <time dateTime={nextReview}>{formatDay(locale, nextReview)}</time>
      </p>
      <p className="disclaimer m-0">{t('disclaimer')}</p>
    </div>
  );
}
