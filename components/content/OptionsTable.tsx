import {treatmentOptions} from '@/content/data/treatment-options';
import {translator} from '@/app/_i18n/messages';
import type {Locale} from '@/app/_i18n/pages';
import {Cite} from './Cite';

const fields = ['how', 'involves', 'helps', 'risks', 'france'] as const;

/**
 * The options for depression that has not responded, from typed data (content/data/treatment-options.ts):
 * one real table (caption, scoped headers, one option per row). Below the lg breakpoint CSS lays each row
 * out as a card and labels each cell from data-label (app/globals.css, .options-table), as the evidence
 * table does; no ARIA roles on table parts. A row's references are numbered like the page's citations.
 */
export function OptionsTable({locale, citations}: {locale: Locale; citations: string[]}) {
  const t = translator(locale, 'OptionsTable');
  const sep = locale === 'fr' ? ' : ' : ': ';
  return (
    <div className="options-table card-table not-prose my-6">
      <table className="w-full border-collapse text-base">
        <caption className="mb-2 text-left font-semibold">{t('caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('option')}</th>
            {fields.map((f) => <th key={f} scope="col">{t(f)}</th>)}
          </tr>
        </thead>
        <tbody>
          {treatmentOptions.map((row) => (
            <tr key={row.id} id={`option-${row.id}`}>
              <th scope="row">
                {row.name[locale]}
                {row.refs.filter((r) => citations.includes(r)).map((r) => <Cite key={r} locale={locale} id={r} citations={citations} />)}
              </th>
              {fields.map((f) => <td key={f} data-label={t(f) + sep}>{row[f][locale]}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
