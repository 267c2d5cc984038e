import {esketamineSchedule, type ScheduleRow} from '@/content/data/esketamine-schedule';
import {translator} from '@/app/_i18n/messages';
import type {Locale} from '@/app/_i18n/pages';
import {labelSeparator} from '@/app/_i18n/format';

const CELL = 34;
const WEEKS = 4;

/** Four weeks as boxes with one dot per session (perWeek 0.5: a dot every other week); an arrow when it goes on. */
function Weeks({perWeek, ongoing}: {perWeek: 2 | 1 | 0.5; ongoing?: boolean}) {
  const width = WEEKS * CELL + (ongoing ? 26 : 0);
  return (
    <svg viewBox={`0 0 ${width} 32`} width={width * 1.25} height={40} aria-hidden="true" focusable="false" className="mt-1">
      {Array.from({length: WEEKS}, (_, w) => {
        const x = w * CELL + 2;
        const dots = perWeek === 2 ? [x + 8, x + 20] : perWeek === 1 || w % 2 === 0 ? [x + 14] : [];
        return (
          <g key={w}>
            <rect x={x} y={2} width={28} height={28} rx={4} fill="none" stroke="currentColor" strokeWidth={1.5} />
            {dots.map((cx) => <circle key={cx} cx={cx} cy={16} r={5} fill="currentColor" />)}
          </g>
        );
      })}
      {ongoing && <path d={`M${WEEKS * CELL + 2} 16h20m-6-6 6 6-6 6`} fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" />}
    </svg>
  );
}

/** A clock face, for the time under watch after each dose. */
const Clock = () => (
  <svg viewBox="0 0 32 32" width={32} height={32} className="shrink-0" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth={2.5} strokeLinecap="round">
    <circle cx={16} cy={16} r={13} />
    <path d="M16 8v8l6 4" />
  </svg>
);

/**
 * The esketamine schedule as a timeline (content/data/esketamine-schedule.ts): each row is a period, each box a
 * week, each dot a session. The row's words, in HTML above its boxes, say the same, so the drawing is hidden
 * from assistive technology; the legend says how to read the boxes.
 */
export function EsketamineSchedule({locale}: {locale: Locale}) {
  const t = translator(locale, 'EsketamineSchedule');
  const sep = labelSeparator(locale);
  const row = (r: ScheduleRow) => (
    <li key={r.weeks.en} className="mt-3">
      <p className="m-0"><strong>{r.weeks[locale]}{sep}</strong>{r.rhythms.length === 1 && r.rhythms[0].text[locale]}</p>
      {r.rhythms.length === 1 ? <Weeks perWeek={r.rhythms[0].perWeek} ongoing={r.ongoing} /> : r.rhythms.map((rh) => (
        <div key={rh.perWeek} className="mt-2">
          <p className="m-0">{rh.text[locale]}</p>
          <Weeks perWeek={rh.perWeek} ongoing={r.ongoing} />
        </div>
      ))}
    </li>
  );
  return (
    <figure className="not-prose my-6" data-picture="esketamine-schedule">
      <figcaption className="font-semibold">{t('caption')}</figcaption>
      <p className="m-0 mt-1">{t('legend')}</p>
      <ol role="list" className="m-0 list-none p-0">{esketamineSchedule.rows.map(row)}</ol>
      <p className="m-0 mt-4 flex items-center gap-2"><Clock /> {esketamineSchedule.observation[locale]}</p>
    </figure>
  );
}
