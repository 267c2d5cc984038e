import {publisher} from '@/app/_lib/site';
import {translator} from '@/app/_i18n/messages';
import type {Locale} from '@/app/_i18n/pages';

/** The configured contact address as a mailto link, or a plain statement that it is not set yet. */
export function ContactEmail({locale}: {locale: Locale}) {
  if (publisher.email) return <a href={`mailto:${publisher.email}`}>{publisher.email}</a>;
  return <span className="italic">{translator(locale, 'ContactEmail')('notConfigured')}</span>;
}
