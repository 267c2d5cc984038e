// Locale formats, in one place: dates, numbers, percentages and the punctuation French and English put
// before a colon. Every component, the metadata and the inline scripts take their formats from here.
import type {Locale} from './pages';

/** The BCP 47 tag each locale formats with (French of France, British English). */
export const intlLocale: Record<Locale, string> = {fr: 'fr-FR', en: 'en-GB'};

/** Open Graph's locale tags. */
export const ogLocale: Record<Locale, string> = {fr: 'fr_FR', en: 'en_GB'};

/** A date such as "24 novembre 2026" / "24 November 2026" from an ISO day. */
export function formatDay(locale: Locale, isoDay: string): string {
  return new Intl.DateTimeFormat(intlLocale[locale], {dateStyle: 'long', timeZone: 'UTC'}).format(new Date(`${isoDay}T00:00:00Z`));
}

/** A percentage from a number of percent: 29 -> "29 %" (fr, with a no-break space) / "29%" (en). */
export function formatPercent(locale: Locale, percent: number): string {
  return new Intl.NumberFormat(intlLocale[locale], {style: 'percent', maximumFractionDigits: 1}).format(percent / 100);
}

/** A number in the locale's style: 1234.5 -> "1 234,5" / "1,234.5". */
export function formatNumber(locale: Locale, n: number): string {
  return new Intl.NumberFormat(intlLocale[locale], {maximumFractionDigits: 1}).format(n);
}

/** What goes between a label and its value: " : " in French typography (a space before the colon), ": " in English. */
export function labelSeparator(locale: Locale): string {
  return locale === 'fr' ? ' : ' : ': ';
}
