import {optionSets, type OptionSet} from '@/content/data/treatment-options';
import {referenceByKey} from '@/content/data/references';
import {translator} from '@/app/_i18n/messages';
import type {Locale} from '@/app/_i18n/pages';
import {Cite, Cites} from './Cite';

/**
 * Benefits and harms first: what a reader weighs. "What it is like" carries the card's fold-out on phones (a
 * <details> whose summary opens the rest of the card: app/globals.css, "Options cards").
 */
const allFields = ['helps', 'risks', 'involves', 'how', 'france', 'certainty'] as const;
/** A card's labels, shorter than the column headers where the header would take a line of its own at 360 px. */
const cardLabel: Partial<Record<(typeof allFields)[number], 'helpsCard' | 'risksCard' | 'franceCard'>> = {helps: 'helpsCard', risks: 'risksCard', france: 'franceCard'};

/**
 * The options of a decision, from typed data (content/data/treatment-options.ts; `set`: depression, the
 * default, or fibromyalgia): one real table (caption, scoped headers, one option per row). Every row shows
 * what it is like, how often it helps, its harms and drawbacks in the same form, and how sure the figures are
 * (README, "Decision aids"); a row citing a study its maker paid for says so. Below the lg breakpoint CSS lays
 * each row out as a card and labels each cell from data-label (app/globals.css, .options-table), as the
 * evidence table does; no ARIA roles on table parts. A row's references are numbered like the page's citations.
 * On a phone a card shows the option, how often it helps and its harms; "Details of this option" (a closed
 * <details> in the "what it is like" cell) opens that cell and, by CSS (:has), the card's other cells (how it
 * works, France, certainty). From the lg breakpoint, and in print, everything shows.
 */
export function OptionsTable({locale, citations, set = 'depression'}: {locale: Locale; citations: string[]; set?: OptionSet}) {
  const options = optionSets[set];
  if (!options) throw new Error(`<OptionsTable set="${set}">: unknown set (see content/data/treatment-options.ts)`);
  const t = translator(locale, 'OptionsTable');
  const sep = locale === 'fr' ? ' : ' : ': ';
  const fields = allFields.filter((f) => f !== 'france' || options.some((o) => o.france));
  return (
    <div className="options-table card-table not-prose my-6" data-set={set}>
      <table className="w-full border-collapse text-base max-lg:leading-snug">
        <caption className="mb-2 text-left font-semibold max-lg:sr-only">{t(set === 'fibromyalgia' ? 'captionFibromyalgia' : 'caption')}</caption>
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
                  <Cites locale={locale} ids={cited} citations={citations} />
                </th>
                {fields.map((f) => f === 'involves' ? (
                  <td key={f} data-label={t(f) + sep} data-field={f}>
                    <details>
                      <summary>{t('details')}</summary>
                      <span className="card-label font-semibold" aria-hidden="true">{t(f) + sep}</span>
                      {row[f]?.[locale] ?? ''}
                    </details>
                  </td>
                ) : (
                  <td key={f} data-label={t(cardLabel[f] ?? f) + sep} data-field={f}>
                    {row[f]?.[locale] ?? ''}
                    {f === 'helps' && funded.map((r) => (
                      <span key={r} className="funded-by mt-1 block font-semibold" data-funded-by={referenceByKey.get(r)!.fundedBy}>
                        {t('fundedBy', {name: referenceByKey.get(r)!.fundedBy!})}{'\u00a0'}<Cite locale={locale} id={r} citations={citations} />
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
