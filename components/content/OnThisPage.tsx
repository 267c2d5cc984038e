import {translator} from '@/app/_i18n/messages';
import type {Locale} from '@/app/_i18n/pages';
import type {HeadingInfo} from '@/content/remark-site';

/** Pages with at least this many "##" sections get a contents list. */
export const MIN_SECTIONS = 4;

/**
 * "On this page": the page's "##" headings as links to their ids, in a labelled nav. Built from the
 * headings the loader collected, so it never goes out of step with the text; hidden in print.
 */
export function OnThisPage({locale, headings}: {locale: Locale; headings: HeadingInfo[]}) {
  const sections = headings.filter((h) => h.depth === 2);
  if (sections.length < MIN_SECTIONS) return null;
  const t = translator(locale, 'Page');
  return (
    <nav aria-labelledby="on-this-page" className="on-this-page no-print not-prose my-6">
      <h2 id="on-this-page" className="m-0 text-lg font-semibold">{t('onThisPage')}</h2>
      <ul className="m-0 mt-1 list-disc pl-6">
        {sections.map((h) => (
          <li key={h.id}><a href={`#${h.id}`} className="inline-block min-h-6 underline underline-offset-4">{h.text}</a></li>
        ))}
      </ul>
    </nav>
  );
}
