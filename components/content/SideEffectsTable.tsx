import {sideEffectsOther, sideEffectsToAct, sideEffectsTrial} from '@/content/data/side-effects';
import type {SideEffectRow} from '@/content/data/types';
import {translator} from '@/app/_i18n/messages';
import type {Locale} from '@/app/_i18n/pages';
import {formatPercent, labelSeparator} from '@/app/_i18n/format';
import {Cites} from './Cite';

/**
 * Side-effect frequencies from the esketamine trials, with what to do where a source supports advice. Below
 * the lg breakpoint each row is a labelled card (app/globals.css, .card-table), so no word or figure is cut
 * across lines on a phone. There the cards are compact (issue 19: the table took five screens at 360 px): both
 * figures share one line, with less padding between cards. The classes below only tighten the shared card layout
 * (app/globals.css), on screens narrower than lg, never in print; `!` because that layout is unlayered CSS.
 * `<SideEffectsTable />` shows the effects whose advice asks the reader to act (tell the team, call for help);
 * `<SideEffectsTable rows="other" />` the others (the team watches you, or no specific advice), which the risks
 * page puts in a fold-out just below: still in the page, in search and in print (content/data/side-effects.ts).
 */
export function SideEffectsTable({locale, citations = [], rows}: {locale: Locale; citations?: string[]; rows?: 'other'}) {
  const t = translator(locale, 'SideEffectsTable');
  const other = rows === 'other';
  return (
    <div className="side-effects card-table not-prose my-6" data-rows={other ? 'other' : 'act'}>
      <Table locale={locale} citations={citations} rows={other ? sideEffectsOther : sideEffectsToAct}
        caption={other ? t('captionOther') : t('caption', {esk: sideEffectsTrial.esketamineN, pla: sideEffectsTrial.placeboN})} />
    </div>
  );
}

function Table({locale, citations, rows, caption}: {locale: Locale; citations: string[]; rows: SideEffectRow[]; caption: string}) {
  const t = translator(locale, 'SideEffectsTable');
  const sep = labelSeparator(locale);
  return (
    <table className="w-full border-collapse text-base">
      <caption className="mb-2 text-left font-semibold">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('effect')}</th>
          <th scope="col" className="text-right">{t('esketamine')}</th>
          <th scope="col" className="text-right">{t('placebo')}</th>
          <th scope="col">{t('action')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.effect.en} className="[@media_screen_and_(max-width:63.99rem)]:mb-2! [@media_screen_and_(max-width:63.99rem)]:py-2! [@media_screen_and_(max-width:63.99rem)]:px-2.5!">
            <th scope="row" className="font-normal">{row.effect[locale]}</th>
            <td className="num [@media_screen_and_(max-width:63.99rem)]:me-3! [@media_screen_and_(max-width:63.99rem)]:inline-block!" data-label={t('esketamine') + sep}>{formatPercent(locale, row.esketamine)}</td>
            <td className="num [@media_screen_and_(max-width:63.99rem)]:inline-block!" data-label={t('placebo') + sep}>{formatPercent(locale, row.placebo)}</td>
            <td data-action={row.action?.kind ?? 'none'} data-label={t('action') + sep}>
              {row.action ? (
                <>
                  <strong>{t(`actions.${row.action.kind}`)}.</strong> {row.action.text[locale]}
                  <Cites locale={locale} ids={row.action.refs} citations={citations} />
                </>
              ) : (
                <span className="text-slate-700 dark:text-slate-300">{t('noAction')}</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
