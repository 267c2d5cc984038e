import {translator} from '@/app/_i18n/messages';
import {pathFor, phases, type Locale, type Phase} from '@/app/_i18n/pages';

/** The four phases in order, each linked to its page; the current one is marked in words and by aria-current. */
export function PhaseTimeline({locale, current}: {locale: Locale; current?: Phase}) {
  const t = translator(locale, 'PhaseTimeline');
  const names = translator(locale, 'Pages');
  return (
    <nav aria-label={t('title')} className="phase-timeline not-prose my-6">
      <p className="m-0 mb-2 font-semibold">{t('title')}</p>{' '}
      <ol className="m-0 grid list-none gap-2 p-0 sm:grid-cols-4">
        {phases.map((phase, i) => {
          const isCurrent = phase === current;
          return (
            <li key={phase} className={isCurrent ? 'phase phase-current' : 'phase'}>
              <a href={pathFor(locale, phase)} aria-current={isCurrent ? 'step' : undefined} className="phase-link">
                <span className="phase-step">{t('step', {n: i + 1})}<span className="sr-only">{locale === 'fr' ? ' : ' : ': '}</span></span>
                {names(phase)}
                {isCurrent && <span className="sr-only"> ({t('current')})</span>}
              </a>
              <span className="sr-only">{'. '}</span>
              <span className="phase-duration">{t(`durations.${phase}`)}</span>{' '}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
