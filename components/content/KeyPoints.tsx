import {translator} from '@/app/_i18n/messages';
import type {Locale} from '@/app/_i18n/pages';

/**
 * "L'essentiel / Key points": the page's frontmatter keyPoints (the same sentences the handout prints),
 * as a labelled box under the title and dates. Renders nothing when a page has none.
 */
export function KeyPoints({locale, points}: {locale: Locale; points?: string[]}) {
  if (!points?.length) return null;
  const t = translator(locale, 'Page');
  return (
    <section aria-labelledby="key-points" className="key-points not-prose my-4 rounded-md border-2 border-sky-700 p-3 sm:p-4 dark:border-sky-400">
      <h2 id="key-points" className="m-0 text-xl font-bold">{t('keyPoints')}</h2>
      <ul className="m-0 mt-2 list-disc space-y-1 pl-6">
        {points.map((p) => <li key={p}>{p}</li>)}
      </ul>
    </section>
  );
}
