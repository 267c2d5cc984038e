import {safetyFactById, type SafetyFactId} from '@/content/data/safety-facts';
import {emergencyNumbers} from '@/content/data/crisis-summary';
import {translator} from '@/app/_i18n/messages';
import {pathFor, type Locale} from '@/app/_i18n/pages';
import {Cites} from './Cite';
import {TelLink} from './UrgentHelp';

/**
 * One safety fact a patient acts on (content/data/safety-facts.ts), in the same words on every page that
 * needs it: <SafetyFact id="bladder" />. The emergency signs also list every country's emergency numbers.
 */
export function SafetyFact({locale, id, citations}: {locale: Locale; id: SafetyFactId; citations: string[]}) {
  const fact = safetyFactById.get(id);
  if (!fact) throw new Error(`unknown safety fact "${id}"`);
  const t = translator(locale, 'SafetyFact');
  const urgent = id === 'emergency-signs';
  return (
    <div data-safety-fact={id}
      className={`safety-fact not-prose my-6 rounded-md border-2 p-4 ${urgent ? 'border-red-700 dark:border-red-400' : 'border-slate-500 dark:border-slate-400'}`}>
      <p className="m-0 font-bold">{fact.title[locale]}</p>
      {fact.parts.map((part, i) => (
        <div key={i} className="mt-2">
          <p className="m-0">
            {part.text[locale]}
            <Cites locale={locale} ids={part.refs} citations={citations} />
          </p>
          {part.items && (
            <ul className="m-0 mt-1 list-disc space-y-1 pl-6">
              {part.items.map((item) => <li key={item.en}>{item[locale]}</li>)}
            </ul>
          )}
        </div>
      ))}
      {fact.emergencyNumbers && (
        <div className="mt-3">
          <p className="m-0 font-semibold">{t('emergencyNumbers')}</p>
          <ul className="m-0 mt-1 list-none space-y-1 p-0">
            {emergencyNumbers(locale).map(({country, name, lines}) => (
              <li key={country} data-country={country}>
                {name}{locale === 'fr' ? ' : ' : ': '}
                {lines.map((l, i) => (
                  <span key={l.tel}>
                    {i > 0 && (locale === 'fr' ? ' ou ' : ' or ')}
                    <TelLink locale={locale} line={l} />
                    {/* "112 (Urgences, numéro européen)", not "(Urgences (numéro européen))". */}
                    {lines.length > 1 && ` (${l.name[locale].replace(/\s*\(([^()]*)\)$/, ', $1')})`}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </div>
      )}
      {(fact.urgentHelpLink || fact.emergencyNumbers) && (
        <p className="m-0 mt-3"><a className="underline" href={pathFor(locale, 'urgent-help')}>{t('allNumbers')}</a></p>
      )}
    </div>
  );
}
