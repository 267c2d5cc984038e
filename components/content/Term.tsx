import type {ReactNode} from 'react';
import {glossaryById} from '@/content/data/glossary';
import {translator} from '@/app/_i18n/messages';
import {pathFor, type Locale} from '@/app/_i18n/pages';

const isAbbreviation = (s: string) => /^[A-Za-z-]*[A-Z]{2,}[A-Za-z-]*s?$/.test(s);

/**
 * A glossary term at its first use on a page: <dfn> (or <abbr> with its expansion for an abbreviation)
 * inside a plain link to the term's entry on the glossary page, so it works without JavaScript.
 * Unknown ids never reach here: content/remark-site.ts fails the build first.
 */
export function Term({locale, id, children}: {locale: Locale; id: string; children: ReactNode}) {
  const entry = glossaryById.get(id);
  if (!entry) throw new Error(`<Term id="${id}">: unknown glossary id (see content/data/glossary.ts)`);
  const t = translator(locale, 'Term');
  const text = typeof children === 'string' ? children : undefined;
  const inner = text && entry.expansion && isAbbreviation(text)
    ? <abbr title={entry.expansion[locale]} data-term={id}>{children}</abbr>
    : <dfn data-term={id}>{children}</dfn>;
  return (
    <a href={`${pathFor(locale, 'glossary')}#${id}`} className="term-link"
      aria-label={text ? t('label', {term: text}) : undefined}>{inner}</a>
  );
}
