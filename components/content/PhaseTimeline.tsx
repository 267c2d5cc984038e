import {translator} from '@/app/_i18n/messages';
import {pathFor, phases, type Locale, type Phase} from '@/app/_i18n/pages';

/** The four phases in order, each linked to its page; the current one is marked in words and by aria-current. */
export function PhaseTimeline({locale, current}: {locale: Locale; current?: Phase}) {
  const t = translator(locale, 'PhaseTimeline');
  const names = translator(locale, 'Pages');
  return (
    <nav aria-label={t('title')} className="phase-timeline not-prose my-6">
      <p className="m-0 mb-2 font-semibold">{t('title')}</p>
      <ol className="m-0 grid list-none gap-2 p-0 sm:grid-cols-4">
        {phases.map((phase, i) => {
          const isCurrent = phase === current;
          return (
            <li key={phase} className={`rounded-md border p-3 ${isCurrent ? 'border-2 border-teal-800 bg-teal-50 dark:border-teal-300 dark:bg-teal-950/50' : 'border-slate-400 dark:border-slate-500'}`}>
              <a href={pathFor(locale, phase)} aria-current={isCurrent ? 'step' : undefined} className="block font-semibold underline underline-offset-4">
                <span className="block text-sm font-normal no-underline">{t('step', {n: i + 1})}</span>
                {names(phase)}
                {isCurrent && <span className="sr-only"> ({t('current')})</span>}
              </a>
              <span className="mt-1 block text-base">{t(`durations.${phase}`)}</span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
