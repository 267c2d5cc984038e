import {createTranslator} from 'next-intl';
import fr from '@/messages/fr.json';
import en from '@/messages/en.json';
import type {Locale} from './pages';

/** Interface text of both locales; fr.json is the reference shape. */
export const messages: Record<Locale, typeof fr> = {fr, en};

export type Namespace = keyof typeof fr;

const make = <N extends Namespace>(locale: Locale, namespace: N) =>
  createTranslator({locale, messages: messages[locale], namespace, timeZone: 'Europe/Paris'});
const made = new Map<string, unknown>();

/** A synchronous translator for one namespace, usable in any server component and in unit tests. Made once per
 *  locale and namespace (a translator is a pure function of both): the per-request answers (search, the
 *  clinics' builder) would otherwise build one, and compile its messages, on every request. */
export function translator<N extends Namespace>(locale: Locale, namespace: N): ReturnType<typeof make<N>> {
  const key = `${locale}\u0000${namespace}`;
  let t = made.get(key) as ReturnType<typeof make<N>> | undefined;
  if (!t) made.set(key, (t = make(locale, namespace)));
  return t;
}
