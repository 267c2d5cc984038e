import {translator} from '@/app/_i18n/messages';
import type {Locale} from '@/app/_i18n/pages';
import type {HeadingInfo} from '@/content/remark-site';

/** Pages with at least this many "##" sections get a contents list. */
export const MIN_SECTIONS = 4;
/** A section with at least this many "###" subsections is long: its subsections are listed under it. */
export const MIN_SUBSECTIONS = 3;

type Entry = HeadingInfo & {subsections: HeadingInfo[]};

/** The "##" headings, each with its "###" headings. */
export function contents(headings: HeadingInfo[]): Entry[] {
  const entries: Entry[] = [];
  for (const h of headings) {
    if (h.depth === 2) entries.push({...h, subsections: []});
    else if (h.depth === 3 && entries.length) entries[entries.length - 1].subsections.push(h);
  }
  return entries;
}

/**
 * "On this page": the page's "##" headings as links to their ids, and under a long section (3+ "###") its
 * subsections, in a labelled nav. Folded in a <details> (no JS) so that on a phone the first section starts
 * soon after the key points; the summary says how many sections there are. Built from the headings the loader
 * collected, so it never goes out of step with the text; hidden in print. Links are blocks, so a wrapped
 * entry's bullet stays beside its first line.
 */
export function OnThisPage({locale, headings}: {locale: Locale; headings: HeadingInfo[]}) {
  const sections = contents(headings);
  if (sections.length < MIN_SECTIONS) return null;
  const t = translator(locale, 'Page');
  const link = (h: HeadingInfo) => <a href={`#${h.id}`} className="block min-h-6 underline underline-offset-4">{h.text}</a>;
  return (
    <nav aria-labelledby="on-this-page" className="on-this-page no-print not-prose my-4">
      <details>
        <summary className="cursor-pointer"><h2 id="on-this-page" className="inline-block text-lg font-semibold">{t('onThisPage')}</h2> <span className="text-base">({t('onThisPageCount', {count: sections.length})})</span></summary>
        <ul className="m-0 mt-1 list-disc pl-6">
          {sections.map((h) => (
            <li key={h.id}>
              {link(h)}
              {h.subsections.length >= MIN_SUBSECTIONS && (
                <ul className="m-0 list-[circle] pl-5 text-base">
                  {h.subsections.map((s) => <li key={s.id}>{link(s)}</li>)}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </details>
    </nav>
  );
}
