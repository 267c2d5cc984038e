import {optionSets, type OptionSet} from '@/content/data/treatment-options';
import {referenceByKey} from '@/content/data/references';
import {translator} from '@/app/_i18n/messages';
import type {Locale} from '@/app/_i18n/pages';
import {Cite} from './Cite';

/** What it is, then benefits and harms: what a reader weighs. On phones the last two fold (one <details> each). */
const allFields = ['how', 'helps', 'risks', 'france', 'involves', 'certainty'] as const;
const folded = new Set<string>(['involves', 'certainty']);

/**
 * The options of a decision, from typed data (content/data/treatment-options.ts; `set`: depression, the
 * default, or fibromyalgia): one real table (caption, scoped headers, one option per row). Every row shows
 * what it is like, how often it helps, its harms and drawbacks in the same form, and how sure the figures are
 * (README, "Decision aids"); a row citing a study its maker paid for says so. Below the lg breakpoint CSS lays
 * each row out as a card and labels each cell from data-label (app/globals.css, .options-table), as the
 * evidence table does; no ARIA roles on table parts. A row's references are numbered like the page's citations.
 * A card keeps how it works, its benefits, harms and French access open; what it is like and how sure the
 * figures are sit each in a closed <details> (its summary is the column's name), open on wide screens and in print.
 */
export function OptionsTable({locale, citations, set = 'depression'}: {locale: Locale; citations: string[]; set?: OptionSet}) {
  const options = optionSets[set];
  if (!options) throw new Error(`<OptionsTable set="${set}">: unknown set (see content/data/treatment-options.ts)`);
  const t = translator(locale, 'OptionsTable');
  const sep = locale === 'fr' ? ' : ' : ': ';
  const fields = allFields.filter((f) => f !== 'france' || options.some((o) => o.france));
  return (
    <div className="options-table card-table not-prose my-6" data-set={set}>
      <table className="w-full border-collapse text-base">
        <caption className="mb-2 text-left font-semibold">{t(set === 'fibromyalgia' ? 'captionFibromyalgia' : 'caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('option')}</th>
            {fields.map((f) => <th key={f} scope="col">{t(f)}</th>)}
          </tr>
        </thead>
        <tbody>
          {options.map((row) => {
            const cited = row.refs.filter((r) => citations.includes(r));
            const funded = cited.filter((r) => referenceByKey.get(r)?.fundedBy);
            return (
              <tr key={row.id} id={`option-${row.id}`}>
                <th scope="row">
                  {row.name[locale]}
                  {cited.map((r) => <Cite key={r} locale={locale} id={r} citations={citations} />)}
                </th>
                {fields.map((f) => folded.has(f) ? (
                  <td key={f} data-label={t(f) + sep} data-field={f}>
                    <details>
                      <summary>{t(f === 'certainty' ? 'certaintyShort' : f)}</summary>
                      <span className="block">{row[f]?.[locale] ?? ''}</span>
                    </details>
                  </td>
                ) : (
                  <td key={f} data-label={t(f) + sep} data-field={f}>
                    {row[f]?.[locale] ?? ''}
                    {f === 'helps' && funded.map((r) => (
                      <span key={r} className="funded-by mt-1 block font-semibold" data-funded-by={referenceByKey.get(r)!.fundedBy}>
                        {t('fundedBy', {name: referenceByKey.get(r)!.fundedBy!})} <Cite locale={locale} id={r} citations={citations} />
                      </span>
                    ))}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
