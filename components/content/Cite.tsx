import {translator} from '@/app/_i18n/messages';
import type {Locale} from '@/app/_i18n/pages';

/**
 * A numbered citation linking to the page's reference list; numbers follow first use on the page. `joined`: a word
 * joiner before the number, so that the mark never goes to a line of its own, away from the text before it.
 */
export function Cite({locale, id, citations, joined = false}: {locale: Locale; id: string; citations: string[]; joined?: boolean}) {
  const n = citations.indexOf(id) + 1;
  const t = translator(locale, 'Cite');
  return (
    <sup className="cite">
      {joined && '\u2060'}<a href={`#ref-${n}`} aria-label={t('label', {n})}>{`[${n}]`}</a>
    </sup>
  );
}

/**
 * The marks that follow a piece of text in a component: a word joiner first, so that the first mark never goes to
 * a line of its own ("immédiat.[4]"), and none between marks, so that a run of them may still wrap in a narrow
 * cell. (In MDX, content/remark-site.ts glues a mark to the text before it.)
 */
export function Cites({locale, ids, citations}: {locale: Locale; ids: readonly string[]; citations: string[]}) {
  if (!ids.length) return null;
  return <>{ids.map((r, i) => <Cite key={r} locale={locale} id={r} citations={citations} joined={i === 0} />)}</>;
}
