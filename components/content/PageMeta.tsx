import {translator} from '@/app/_i18n/messages';
import {formatDay, intlLocale} from '@/app/_i18n/format';
import type {Locale} from '@/app/_i18n/pages';
import {people} from '@/app/_lib/publication';
import {ReviewNotice} from './ReviewNotice';

export type PagePeople = {authors?: string[]; reviewers?: string[]; reviewedOn?: string};

/** Names joined the way each language lists them ("A, B and C" / "A, B et C"). */
export function nameList(locale: Locale, ids: string[] | undefined): string {
  return new Intl.ListFormat(intlLocale[locale], {type: 'conjunction'}).format(people(ids).map((p) => p.name));
}

/**
 * Who wrote and reviewed the page (or an honest "not yet"), the review dates formatted per locale, the
 * overdue notice (shown by /review-notices.css once nextReview has passed) and the "not medical advice" line.
 * `medical`: a patient page, which needs a medical review; the site's own pages only name their authors.
 */
export function PageMeta({locale, lastReviewed, nextReview, people: who = {}, medical = false}: {
  locale: Locale;
  lastReviewed: string;
  nextReview: string;
  people?: PagePeople;
  medical?: boolean;
}) {
  const t = translator(locale, 'Page');
  const p = translator(locale, 'Publication');
  const reviewedOn = who.reviewedOn ?? lastReviewed;
  return (
    <div className="page-meta not-prose my-4 space-y-1 text-base text-slate-700 dark:text-slate-300">
      <p className="byline m-0">
        {who.authors?.length ? p('writtenBy', {names: nameList(locale, who.authors)}) : <span className="not-yet">{p('authorsNotYet')}</span>}
        {medical && (
          <>
            {' · '}
            {who.reviewers?.length ? (
              p.rich('reviewedBy', {
                names: nameList(locale, who.reviewers),
                date: formatDay(locale, reviewedOn),
                time: (chunks) => <time dateTime={reviewedOn}>{chunks}</time>,
              })
            ) : (
              <span className="not-yet">{p('reviewNotYet')}</span>
            )}
          </>
        )}
      </p>
      <p className="m-0">
        {t('lastReviewed')} <time dateTime={lastReviewed}>{formatDay(locale, lastReviewed)}</time>
        {' · '}
        {t('nextReview')} <time dateTime={nextReview}>{formatDay(locale, nextReview)}</time>
      </p>
      <ReviewNotice locale={locale} nextReview={nextReview} />
      <p className="disclaimer m-0">{t('disclaimer')}</p>
    </div>
  );
}
