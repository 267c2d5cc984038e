import {contraindicationItems} from '@/content/tag-citations';
import {translator} from '@/app/_i18n/messages';
import type {Locale} from '@/app/_i18n/pages';
import {Cites} from './Cite';

/**
 * The site's one list of contraindications (content/data/contraindications.ts), in the same words on every
 * page. `only="pregnancy,liver"` shows just those items, open (for example in the FAQ). The full list shows
 * every case by name and folds each explanation under it (issue 19: open, it took four screens of a phone).
 * On phones the names sit on tighter lines, still 24 px or more each to tap (app/globals.css, `--pages-with`).
 */
export function Contraindications({locale, citations, only}: {locale: Locale; citations: string[]; only?: string}) {
  const t = translator(locale, 'Contraindications');
  const items = contraindicationItems(only);
  const groups = (['rule-out', 'care'] as const).map((level) => ({level, items: items.filter((c) => c.level === level)})).filter((g) => g.items.length);
  return (
    <div className="contraindications not-prose my-6 rounded-md border border-slate-400 p-4 dark:border-slate-500" data-only={only ?? 'all'}>
      {groups.map((g) => (
        <div key={g.level} className="mt-3 first:mt-0">
          <p className="m-0 font-semibold">{t(g.level)}</p>
          <ul className="m-0 mt-2 list-disc space-y-2 pl-6">
            {g.items.map((c) => {
              const cites = <Cites locale={locale} ids={c.refs} citations={citations} />;
              return (
                <li key={c.id} data-item={c.id}>
                  {only ? (
                    <><strong>{c.label[locale]}.</strong> {c.text[locale]}{cites}</>
                  ) : (
                    <details className="contra-item">
                      <summary><strong>{c.label[locale]}</strong></summary>
                      <p className="m-0">{c.text[locale]}{cites}</p>
                    </details>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
      {!only && <p className="m-0 mt-3">{t('tell')}</p>}
    </div>
  );
}
