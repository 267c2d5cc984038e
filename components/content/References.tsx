import {referenceByKey} from '@/content/data/references';
import {translator} from '@/app/_i18n/messages';
import type {Locale} from '@/app/_i18n/pages';
import {ReferenceText} from './ReferenceText';

/**
 * The page's numbered reference list, in order of first citation, folded under its heading (issue 19: on a phone
 * it took 5 to 12 screens). Anchors #ref-N match <Cite>: Chromium opens the fold when a citation link points
 * into it; print opens it.
 */
export function References({locale, citations}: {locale: Locale; citations: string[]}) {
  if (!citations.length) return null;
  const t = translator(locale, 'Page');
  return (
    <section aria-labelledby="references" className="references mt-12 border-t border-slate-300 pt-6 dark:border-slate-600">
      <h2 id="references" className="text-2xl font-bold">{t('references')}</h2>
      <details className="references-fold">
        <summary>{t('showReferences', {count: citations.length})}</summary>
        <ol className="mt-4 space-y-3 pl-8 text-base">
          {citations.map((key, i) => (
            <li key={key} id={`ref-${i + 1}`}>
              <ReferenceText locale={locale} reference={referenceByKey.get(key)!} />
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}
