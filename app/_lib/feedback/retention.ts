// How long feedback is kept, in words: "12 mois" / "12 months", from FEEDBACK_RETENTION_MONTHS (config.ts).
// Shown by <RetentionPeriod /> on the privacy pages and indexed by the search; read at build time.
import {translator} from '../../_i18n/messages';
import type {Locale} from '../../_i18n/pages';
import {retentionMonths} from './config';

export function retentionText(locale: Locale, months = retentionMonths()): string {
  return translator(locale, 'Feedback')('retention', {months});
}
