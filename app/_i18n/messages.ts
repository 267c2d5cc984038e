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
