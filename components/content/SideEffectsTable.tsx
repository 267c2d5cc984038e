import {sideEffects, sideEffectsTrial} from '@/content/data/side-effects';
import {translator} from '@/app/_i18n/messages';
import type {Locale} from '@/app/_i18n/pages';
import {formatPercent} from '@/app/_i18n/format';

/** Side-effect frequencies from the esketamine trials: three narrow columns that fit a phone. */
export function SideEffectsTable({locale}: {locale: Locale}) {
  const t = translator(locale, 'SideEffectsTable');
  return (
    <div className="side-effects not-prose my-6">
      <table className="w-full border-collapse text-base [overflow-wrap:anywhere]">
        <caption className="mb-2 text-left font-semibold">{t('caption', {esk: sideEffectsTrial.esketamineN, pla: sideEffectsTrial.placeboN})}</caption>
        <thead>
          <tr>
            <th scope="col">{t('effect')}</th>
            <th scope="col" className="text-right">{t('esketamine')}</th>
            <th scope="col" className="text-right">{t('placebo')}</th>
          </tr>
        </thead>
        <tbody>
          {sideEffects.map((row) => (
            <tr key={row.effect.en}>
              <th scope="row" className="font-normal">{row.effect[locale]}</th>
              <td className="text-right tabular-nums">{formatPercent(locale, row.esketamine)}</td>
              <td className="text-right tabular-nums">{formatPercent(locale, row.placebo)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
