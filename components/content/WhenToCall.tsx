import type {ReactNode} from 'react';
import type {CallLevel, WhenToCallLevel} from '@/content/data/when-to-call';
import type {Localized} from '@/content/data/types';
import {crisisCountryOrder, crisisLinesByCountry} from '@/content/data/crisis-summary';
import {translator} from '@/app/_i18n/messages';
import type {Locale} from '@/app/_i18n/pages';

/** One sign per level, in a 64 x 64 box: a bed (rest), a speech bubble with a cross (tell the team), a ringing phone. */
const icons: Record<CallLevel, ReactNode> = {
  wait: (
    <>
      <path d="M6 52V24M6 42h52v10M58 42v-6a6 6 0 0 0-6-6H26v12" />
      <circle cx="16" cy="35" r="5" />
      <path d="M34 8h9l-9 10h9M48 16h6l-6 7h6" />
    </>
  ),
  'tell-team': (
    <>
      <path d="M8 10h48v32H30l-12 12V42H8z" />
      <path d="M32 17v18M23 26h18" />
    </>
  ),
  'call-help': (
    <>
      <path d="M16 12c-5 0-8 4-8 9 0 20 16 37 36 37 5 0 9-3 9-8v-5l-11-5-6 6c-7-3-13-9-16-16l6-6-5-12z" />
      <path d="M40 6l-2 8M50 10l-6 7M58 20l-8 3" />
    </>
  ),
};

/** The frame grows with the urgency: thin grey, thicker amber, thicker red (the crisis box's red). */
const frame: Record<CallLevel, string> = {
  wait: 'border border-slate-400 dark:border-slate-500',
  'tell-team': 'border-2 border-amber-700 dark:border-amber-400',
  'call-help': 'border-2 border-l-4 border-red-700 dark:border-red-400',
};

/**
 * "When to call whom": three levels in rising urgency, each with its sign (SVG, hidden from assistive
 * technology), its name and its list of situations in HTML, which are the text equivalent. The last level
 * carries the emergency numbers of each country as tel: links, from content/data/crisis-lines.ts.
 * The levels come in as props (content/data/when-to-call.ts today), so the items can come from other records.
 * On phones the lists use 16 px text on tighter lines and the countries' numbers flow side by side (issue 19:
 * the chart took almost three screens at 360 px; app/globals.css, block `--pages-with: when-to-call ...`);
 * every sign, action and number stays.
 */
export function WhenToCall({locale, levels}: {locale: Locale; levels: {level: CallLevel; items: Localized[]}[]}) {
  const t = translator(locale, 'WhenToCall');
  const countries = translator(locale, 'UrgentHelp');
  return (
    <figure className="when-to-call not-prose my-6" data-picture="when-to-call">
      <figcaption className="font-semibold">{t('caption')}</figcaption>
      <ol role="list" className="m-0 list-none p-0">
        {levels.map(({level, items}, i) => (
          <li key={level} className={`mt-3 rounded-md p-3 ${frame[level]}`} data-level={level}>
            <p className="m-0 flex items-center gap-2 font-bold">
              <svg viewBox="0 0 64 64" width="40" height="40" className="shrink-0" aria-hidden="true" focusable="false" fill="none" stroke="currentColor"
                strokeWidth="3" strokeLinecap="round" strokeLinejoin="round">{icons[level]}</svg>
              <span>{i + 1}. {t(`levels.${level}`)}</span>
            </p>
            <ul className="m-0 mt-2 list-disc pl-6">{items.map((it) => <li key={it.en}>{it[locale]}</li>)}</ul>
            {level === 'call-help' && (
              <>
                <p className="m-0 mt-2">{t('emergencyNumbers')}</p>
                <ul className="crisis-lines m-0 list-none p-0">
                  {crisisCountryOrder[locale].map((c) => (
                    <li key={c} className="crisis-line">
                      {countries(`countries.${c}`)}{' '}
                      {crisisLinesByCountry(c).emergency.map((l, j) => (
                        <span key={l.tel}>{j > 0 && ' '}<a href={`tel:${l.tel}`} className="tel-link" aria-label={countries('call', {number: l.display})}>{l.display}</a></span>
                      ))}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </li>
        ))}
      </ol>
    </figure>
  );
}
