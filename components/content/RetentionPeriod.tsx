import {translator} from '@/app/_i18n/messages';
import type {Locale} from '@/app/_i18n/pages';
import {retentionMonths} from '@/app/_lib/feedback/config';

/**
 * How long feedback is kept, as the store is configured: FEEDBACK_RETENTION_MONTHS (default 12), read when
 * the pages are built (`npm run build`), so the privacy page says what the purge does. Change the variable,
 * rebuild: the page and the purge agree.
 */
export function RetentionPeriod({locale}: {locale: Locale}) {
  return <span data-retention-months={retentionMonths()}>{retentionText(locale)}</span>;
}

/** "12 mois" / "12 months": the text the page shows, also what the search indexes. */
export function retentionText(locale: Locale): string {
  return translator(locale, 'Feedback')('retention', {months: retentionMonths()});
}
