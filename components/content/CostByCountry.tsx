import {costCover} from '@/content/data/cost-cover';
import {translator} from '@/app/_i18n/messages';
import type {Locale} from '@/app/_i18n/pages';
import {Cites} from './Cite';

/**
 * Cost and cover of esketamine and ketamine by country (content/data/cost-cover.ts), the same on every page.
 * Each country folds (a closed <details> named after it, open in print); the advice to ask in writing stays open.
 */
export function CostByCountry({locale, citations}: {locale: Locale; citations: string[]}) {
  const t = translator(locale, 'CostByCountry');
  return (
    <div className="cost-by-country not-prose my-6 rounded-md border border-slate-400 p-4 dark:border-slate-500">
      {costCover.map((c) => (
        <details key={c.country} data-country={c.country} className="mt-2 first:mt-0">
          <summary className="font-semibold">{t('summary', {country: c.name[locale]})}</summary>
          <ul className="m-0 mt-1 list-disc space-y-2 pl-6">
            {c.points.map((p, i) => (
              <li key={i}>
                {p.text[locale]}
                {p.reported && <> <em className="reported">({t('reported')})</em></>}
                <Cites locale={locale} ids={p.refs} citations={citations} />
              </li>
            ))}
          </ul>
        </details>
      ))}
      <p className="m-0 mt-4">{t('ask')}</p>
    </div>
  );
}
