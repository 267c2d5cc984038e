import {createTranslator} from 'next-intl';
import fr from '@/messages/fr.json';
import en from '@/messages/en.json';
import type {Locale} from './pages';

/** Interface text of both locales; fr.json is the reference shape. */
export const messages: Record<Locale, typeof fr> = {fr, en};

export type Namespace = keyof typeof fr;

/** A synchronous translator for one namespace, usable in any server component and in unit tests. */
export function translator<N extends Namespace>(locale: Locale, namespace: N) {
  return createTranslator({locale, messages: messages[locale], namespace, timeZone: 'Europe/Paris'});
}

/** A date such as "24 novembre 2026" / "24 November 2026" from an ISO day. */
export function formatDay(locale: Locale, isoDay: string): string {
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {dateStyle: 'long', timeZone: 'UTC'}).format(
    new Date(`${isoDay}T00:00:00Z`),
  );
}
