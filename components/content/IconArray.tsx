import {keyFigures, type FigureId, type FigureGroup} from '@/content/data/key-figures';
import {inHundred} from '@/content/data/trial-results';
import {referenceByKey} from '@/content/data/references';
import {translator} from '@/app/_i18n/messages';
import type {Locale} from '@/app/_i18n/pages';
import {formatPercent, labelSeparator} from '@/app/_i18n/format';

const COLS = 10;
const CELL_W = 10;
const CELL_H = 13;

/** One small person (head and shoulders) at column c, row r, as path data. */
function person(c: number, r: number): string {
  const x = c * CELL_W;
  const y = r * CELL_H;
  return `M${x + 3} ${y + 3}a2 2 0 1 0 4 0a2 2 0 1 0-4 0zM${x + 1.5} ${y + 12}v-3.5a3.5 3 0 0 1 7 0v3.5z`;
}

/** Path data for figures [from, to) of 100, filled row by row from the top left. */
function people(from: number, to: number): string {
  let d = '';
  for (let i = from; i < to; i++) d += person(i % COLS, Math.floor(i / COLS));
  return d;
}

/** Whole figures to fill for a percentage: 58.7 -> 59 (the same rounding as the options table). */
export const filledCount = inHundred;

/** Whole figures for a group: a lower bound ("at least 1 in 3") fills only the whole figures it guarantees. */
const filledFor = (g: FigureGroup) => (g.atLeast ? Math.floor(g.percent) : filledCount(g.percent));

function Array100({filled}: {filled: number}) {
  return (
    <svg viewBox={`0 0 ${COLS * CELL_W} ${10 * CELL_H}`} className="mt-1 block h-auto w-full max-w-48" aria-hidden="true" focusable="false">
      {filled > 0 && <path className="ia-filled" fill="currentColor" d={people(0, filled)} />}
      {filled < 100 && <path className="ia-empty" fill="none" stroke="currentColor" strokeWidth={0.7} d={people(filled, 100)} />}
    </svg>
  );
}

/**
 * A key comparison as two arrays of 100 small figures, N filled in each, drawn as SVG on the server.
 * The text beside each array says the same numbers (natural frequency and exact percentage), so the SVG is
 * hidden from assistive technology. Filled and empty figures differ by shape (solid vs outline), not colour:
 * both are drawn in the text colour (currentColor), so they follow dark mode and print without extra CSS.
 * The arrays shrink to share the width (at most 192 px each), so a phone shows the two side by side.
 */
export function IconArray({locale, figure}: {locale: Locale; figure: FigureId}) {
  const f = keyFigures[figure];
  if (!f) throw new Error(`<IconArray figure="${figure}">: unknown figure (see content/data/key-figures.ts)`);
  const t = translator(locale, 'IconArray');
  const sep = labelSeparator(locale);
  const say = (g: FigureGroup) => {
    const n = filledFor(g);
    // "At least 1 in 3" is said as "at least 33 in 100", without a percentage the source does not give.
    if (g.atLeast) return `${g.label[locale]}${sep}${t('atLeast', {n})} ${f.outcome[locale]}`;
    const count = n === g.percent ? t('exact', {n}) : t('about', {n});
    return `${g.label[locale]}${sep}${count} ${f.outcome[locale]} (${formatPercent(locale, g.percent)})`;
  };
  const fundedBy = referenceByKey.get(f.ref)?.fundedBy;
  return (
    <figure className="icon-array not-prose my-6" data-figure={figure}>
      <figcaption className="font-semibold">{f.title[locale]}</figcaption>
      <div className="mt-2 flex flex-wrap gap-4">
        {(f.groups as readonly FigureGroup[]).map((g) => (
          <div key={g.label.en} className="min-w-0 flex-1">
            <p className="m-0 text-base">{say(g)}.</p>
            <Array100 filled={filledFor(g)} />
          </div>
        ))}
      </div>
      {f.note && <p className="m-0 mt-2 text-base">{f.note[locale]}</p>}
      {fundedBy && <p className="funded-by m-0 mt-1 text-base font-semibold" data-funded-by={fundedBy}>{t('fundedBy', {name: fundedBy})}</p>}
    </figure>
  );
}
