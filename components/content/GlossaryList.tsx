import {glossary} from '@/content/data/glossary';
import type {Locale} from '@/app/_i18n/pages';

/** Every glossary entry in the locale's alphabetical order: the term (with its id for links) and its definition. */
export function GlossaryList({locale}: {locale: Locale}) {
  const collator = new Intl.Collator(locale, {sensitivity: 'base'});
  const entries = [...glossary].sort((a, b) => collator.compare(a.term[locale], b.term[locale]));
  return (
    <dl className="glossary not-prose my-6">
      {entries.map((e) => (
        <div key={e.id} className="glossary-entry">
          <dt id={e.id} className="font-bold"><dfn>{e.term[locale]}</dfn></dt>
          <dd className="m-0 mb-4">{e.definition[locale]}</dd>
        </div>
      ))}
    </dl>
  );
}
