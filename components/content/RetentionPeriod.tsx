import type {Locale} from '@/app/_i18n/pages';
import {retentionMonths} from '@/app/_lib/feedback/config';
import {retentionText} from '@/app/_lib/feedback/retention';

/**
 * How long feedback is kept, as the store is configured: FEEDBACK_RETENTION_MONTHS (default 12), read when
 * the pages are built (`npm run build`), so the privacy page says what the purge does. Change the variable,
 * rebuild: the page and the purge agree.
 */
export function RetentionPeriod({locale}: {locale: Locale}) {
  const months = retentionMonths();
  return <span data-retention-months={months}>{retentionText(locale, months)}</span>;
}
