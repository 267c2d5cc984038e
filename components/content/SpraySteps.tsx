import type {ReactNode} from 'react';
import {spraySteps, type SprayStepPicture} from '@/content/data/spray-steps';
import {translator} from '@/app/_i18n/messages';
import type {Locale} from '@/app/_i18n/pages';

/** A head in profile, facing right (neck at the bottom left, nose at about 53,32). */
const HEAD = 'M20 58V46C13 42 10 34 12 26C14 15 24 8 34 9C43 10 48 17 48 24L53 32C54 34 53 35 51 35H48V40C48 43 46 45 43 45H36V58';
/** The same head tilted back about 30 degrees, about its neck. */
const tilted = (extra?: ReactNode) => (
  <>
    <path d={HEAD} transform="translate(4 0) rotate(-30 28 58)" />
    {extra}
  </>
);

/** A straight arrow from (x1, y1) to (x2, y2), head at the end, as path data. */
function arrow(x1: number, y1: number, x2: number, y2: number): string {
  const len = Math.hypot(x2 - x1, y2 - y1);
  const [dx, dy] = [(x2 - x1) / len, (y2 - y1) / len];
  const head = (side: number) => `M${x2} ${y2}L${(x2 - 4 * dx + side * 3 * dy).toFixed(1)} ${(y2 - 4 * dy - side * 3 * dx).toFixed(1)}`;
  return `M${x1} ${y1}L${x2} ${y2}${head(1)}${head(-1)}`;
}

/** The spray device upright: tip, finger rest, body with its two indicator dots, plunger. */
function Device({full}: {full: boolean}) {
  return (
    <>
      <path d="M28 22V10a4 4 0 0 1 8 0v12" />
      <rect x="16" y="22" width="32" height="6" rx="2" />
      <rect x="24" y="28" width="16" height="22" rx="2" />
      <rect x="27" y="50" width="10" height="8" rx="1" />
      <circle cx="32" cy="35" r="3.5" className={full ? 'pic-dot' : undefined} fill={full ? 'currentColor' : 'none'} />
      <circle cx="32" cy="44" r="3.5" className={full ? 'pic-dot' : undefined} fill={full ? 'currentColor' : 'none'} />
      <path d="M48 44l4 4 8-10" />
    </>
  );
}

/** One line drawing per step, in a 64 x 64 box (with a margin for the strokes), in the text colour. */
const drawings: Record<SprayStepPicture, ReactNode> = {
  blow: (
    <>
      <path d={HEAD} />
      <path d="M47 27l12-3 3 14-12 3z" />
      <path d="M54 22l2-5M59 22l4-4" />
    </>
  ),
  'dots-full': <Device full />,
  tilt: tilted(<path d="M46 6a22 22 0 0 0-18-2m0 0l5-4m-5 4l4 4" />),
  spray: tilted(
    <g transform="translate(41 28) rotate(-25)">
      <path d="M-2 9V2a2 2 0 0 1 4 0v7" />
      <rect x="-8" y="9" width="16" height="4" rx="1" />
      <rect x="-5" y="13" width="10" height="12" rx="1" />
      <path d="M0 36v-8M-3 31l3-3 3 3" />
    </g>,
  ),
  sniff: tilted(<path d={arrow(60, 42, 48, 33) + arrow(62, 28, 50, 28)} />),
  'dots-empty': <Device full={false} />,
  rest: (
    <>
      <circle cx="12" cy="24" r="5" />
      <path d="M15 30l8 14h18l6 10" />
      <path d="M4 26l8 26h36M14 52l-2 8M44 52l2 8" />
      <circle cx="48" cy="16" r="11" />
      <path d="M48 9v7l5 3" />
    </>
  ),
};

/**
 * The nasal spray steps as a drawing: one panel per numbered step of the session page (content/data/spray-steps.ts).
 * Each panel's label, in HTML under its drawing, is its text equivalent, so the drawings are hidden from
 * assistive technology. Lines in the text colour (currentColor): dark mode and print follow without extra CSS.
 */
export function SpraySteps({locale}: {locale: Locale}) {
  const t = translator(locale, 'SpraySteps');
  return (
    <figure className="not-prose my-6" data-picture="spray-steps">
      <figcaption className="font-semibold">{t('caption', {n: spraySteps.length})}</figcaption>
      <ol role="list" className="m-0 mt-2 grid list-none gap-2 p-0">
        {spraySteps.map((s, i) => (
          <li key={s.picture} data-step={s.picture} className="flex items-center gap-4">
            <svg viewBox="-4 -4 72 72" width="72" height="72" className="shrink-0" aria-hidden="true" focusable="false" fill="none" stroke="currentColor"
              strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round">{drawings[s.picture]}</svg>
            <p className="m-0"><span className="font-bold">{i + 1}.</span> {s.label[locale]}</p>
          </li>
        ))}
      </ol>
    </figure>
  );
}
