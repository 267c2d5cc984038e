import {translator} from '@/app/_i18n/messages';
import {formatDay, intlLocale} from '@/app/_i18n/format';
import {pathFor, type Locale} from '@/app/_i18n/pages';
import {people} from '@/app/_lib/publication';
import {ReviewNotice} from './ReviewNotice';

export type PagePeople = {authors?: string[]; reviewers?: string[]; reviewedOn?: string};

/** Names joined the way each language lists them ("A, B and C" / "A, B et C"). */
export function nameList(locale: Locale, ids: string[] | undefined): string {
  return new Intl.ListFormat(intlLocale[locale], {type: 'conjunction'}).format(people(ids).map((p) => p.name));
}

/** When the page last changed: its newest change-log entry, else its first version (lastReviewed). */
export function lastChanged(fm: {lastReviewed: string; changes?: {date: string}[]}): string {
  return (fm.changes ?? []).reduce((d, c) => (c.date > d ? c.date : d), fm.changes?.length ? '' : fm.lastReviewed) || fm.lastReviewed;
}

/**
 * The compact header under a page's summary (issue 19: the key points start on a phone's first screen):
 * who wrote and reviewed it, or, while no one is named, one short line that links to how the guide is made;
 * on one line, when the page last changed and when it was reviewed; the overdue notice (shown by
 * /review-notices.css once nextReview has passed); a one-line "not medical advice". The next review date is
 * in the page record at the foot. `medical`: a patient page, which needs a medical review.
 */
export function PageMeta({locale, lastReviewed, nextReview, changed = lastReviewed, people: who = {}, medical = false}: {
  locale: Locale;
  lastReviewed: string;
  nextReview: string;
  /** The newest change-log date (see lastChanged). */
  changed?: string;
  people?: PagePeople;
  medical?: boolean;
}) {
  const t = translator(locale, 'Page');
  const p = translator(locale, 'Publication');
  const reviewedOn = who.reviewedOn ?? lastReviewed;
  const named = Boolean(who.authors?.length || (medical && who.reviewers?.length));
  return (
    <div className="page-meta not-prose my-4 space-y-1 text-sm text-slate-700 dark:text-slate-300">
      <p className="byline">
        {named ? (
          <>
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
          </>
        ) : (
          <>
            <span className="not-yet">{p('nobodyNamedYet')}</span>{' '}
            <a href={`${pathFor(locale, 'sources')}#how-we-write`} className="underline underline-offset-4">{p('howMade')}</a>
          </>
        )}
      </p>
      <p className="page-dates">
        {changed > lastReviewed ? (
          <>
            {t('updated')} <time dateTime={changed}>{formatDay(locale, changed)}</time>
            {' · '}
            {t('lastReviewed')} <time dateTime={lastReviewed}>{formatDay(locale, lastReviewed)}</time>
          </>
        ) : (
          <>{t('updatedAndReviewed')} <time dateTime={lastReviewed}>{formatDay(locale, lastReviewed)}</time></>
        )}
      </p>
      <ReviewNotice locale={locale} nextReview={nextReview} />
      <p className="disclaimer">{t('disclaimer')}</p>
    </div>
  );
}
