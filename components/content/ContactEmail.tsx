import {translator} from '@/app/_i18n/messages';
import type {Locale} from '@/app/_i18n/pages';
import {publication, type ContactKind} from '@/app/_lib/publication';

/**
 * The configured contact address for `kind` (corrections, accessibility or privacy; content/publication.yaml)
 * as a mailto link, or a plain statement that it is not filled in yet.
 */
export function ContactEmail({locale, kind = 'corrections'}: {locale: Locale; kind?: ContactKind}) {
  const address = publication().contacts[kind];
  if (address) return <a href={`mailto:${address}`} data-contact={kind}>{address}</a>;
  return <span className="not-yet italic" data-contact={kind}>{translator(locale, 'ContactEmail')('notConfigured')}</span>;
}
