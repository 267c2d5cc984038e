import type {ReactNode} from 'react';
import {worksheetFor} from '@/content/data/worksheets';
import {translator} from '@/app/_i18n/messages';
import type {Locale} from '@/app/_i18n/pages';

/**
 * A printable worksheet: either a values exercise from content/data/worksheets.ts (`id`, the page it belongs
 * to; the page's handout prints its short form, one prompt per part, `compact`) or the author's own lists (children). Each item is followed by
 * blank lines to write on (drawn by CSS, app/globals.css .worksheet); a data worksheet ends with "Take this
 * sheet to your appointment". Paper only: no form controls, nothing to save, nothing sent. On the page, a data
 * worksheet's parts fold (a closed <details>, open in print: app/globals.css "Fold-outs print open"); the
 * "take this sheet" line stays open under it.
 */
export function Worksheet({locale, id, compact = false, children}: {locale: Locale; id?: string; compact?: boolean; children?: ReactNode}) {
  const t = translator(locale, 'Worksheet');
  const parts = id ? worksheetFor(id) : undefined;
  if (id && !parts) throw new Error(`<Worksheet id="${id}">: unknown worksheet (see content/data/worksheets.ts)`);
  return (
    <section aria-label={t('label')} className={`worksheet my-6 rounded-md border border-slate-400 p-4 dark:border-slate-500${compact ? ' worksheet-compact' : ''}`} data-worksheet={id}>
      {parts && compact && <ul className="worksheet-prompts">{parts.map((part) => <li key={part.prompt.en}>{part.prompt[locale]}</li>)}</ul>}
      {parts && !compact && (
        <details className="mb-2">
          <summary className="font-semibold">{t('open', {count: parts.reduce((n, part) => n + part.items.length, 0)})}</summary>
          {parts.map((part) => (
            <div key={part.title.en} className="worksheet-part">
              <p className="m-0 mt-3 font-semibold">{part.title[locale]}</p>
              <ul>{part.items.map((item) => <li key={item.en}>{item[locale]}</li>)}</ul>
            </div>
          ))}
        </details>
      )}
      {!parts && children}
      {parts && <p className="worksheet-bring m-0 font-semibold">{t('bring')}</p>}
    </section>
  );
}
