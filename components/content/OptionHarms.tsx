import {optionHarmsById, type OptionHarmId} from '@/content/data/option-harms';
import {translator} from '@/app/_i18n/messages';
import type {Locale} from '@/app/_i18n/pages';
import {Cites} from './Cite';

/** The side effects of another option (rTMS, ECT) from content/data/option-harms.ts: <OptionHarms option="ect" />. */
export function OptionHarms({locale, option, citations}: {locale: Locale; option: OptionHarmId; citations: string[]}) {
  const o = optionHarmsById.get(option);
  if (!o) throw new Error(`unknown option "${option}"`);
  const t = translator(locale, 'CostByCountry');
  return (
    <div data-option-harms={option} className="option-harms not-prose my-6 rounded-md border border-slate-400 p-4 dark:border-slate-500">
      <p className="m-0 font-semibold">{o.title[locale]}</p>
      <ul className="m-0 mt-1 list-disc space-y-2 pl-6">
        {o.harms.map((h, i) => (
          <li key={i}>
            {h.text[locale]}
            {h.reported && <> <em className="reported">({t('reported')})</em></>}
            <Cites locale={locale} ids={h.refs} citations={citations} />
          </li>
        ))}
      </ul>
    </div>
  );
}
