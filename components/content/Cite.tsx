import {translator} from '@/app/_i18n/messages';
import type {Locale} from '@/app/_i18n/pages';

/** A numbered citation linking to the page's reference list; numbers follow first use on the page. */
export function Cite({locale, id, citations}: {locale: Locale; id: string; citations: string[]}) {
  const n = citations.indexOf(id) + 1;
  const t = translator(locale, 'Cite');
  return (
    <sup className="cite">
      <a href={`#ref-${n}`} aria-label={t('label', {n})}>{`[${n}]`}</a>
    </sup>
  );
}
