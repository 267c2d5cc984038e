import {crisisLines} from '@/content/data/crisis-lines';
import {crisisCountryOrder, crisisLinesByCountry} from '@/content/data/crisis-summary';
import {translator} from '@/app/_i18n/messages';
import {pathFor, type Locale} from '@/app/_i18n/pages';
import {Cite} from './Cite';
import {intlLocale, labelSeparator} from '@/app/_i18n/format';

/**
 * Crisis numbers as tel: links. Compact on ordinary pages; `all` lists every line with when to use it, under a
 * heading per country, and cites its sources when the page passes its citations. `compact`: one row per
 * country (crisis lines, then emergency numbers), for the first screen of urgent help. `box`: the same rows
 * under the "Need help now?" heading with a link to every number, the short box of an ordinary page (issue 19:
 * the names and hours of each line are on urgent help, one tap away).
 */
export function UrgentHelp({locale, all = false, compact = false, box = false, citations}: {locale: Locale; all?: boolean; compact?: boolean; box?: boolean; citations?: string[]}) {
  const t = translator(locale, 'UrgentHelp');
  const countries = crisisCountryOrder[locale];
  const link = (line: (typeof crisisLines)[number]) => (
    <a href={`tel:${line.tel}`} className="tel-link"
      aria-label={`${t('call', {number: line.display})}${labelSeparator(locale)}${line.name[locale]}`}>
      {line.display}
    </a>
  );
  if (compact || box) {
    // "15 or 112": the words between two numbers, so that they never read as one number.
    const or = new Intl.ListFormat(intlLocale[locale], {type: 'disjunction'});
    return (
      <section aria-label={t('title')} className={`urgent-help ${box ? '' : 'urgent-first '}not-prose my-3 rounded-md border-2 border-red-700 px-3 py-2 dark:border-red-400`}>
        {box && <h2 className="m-0 text-xl font-bold">{t('title')}</h2>}
        <p className="m-0 text-sm">{t('compactIntro')}</p>
        <ul className="m-0 list-none p-0">
          {countries.map((country) => {
            const {crisis, emergency} = crisisLinesByCountry(country);
            return (
              <li key={country} className="crisis-line" data-country={country}>
                <span className="font-semibold">{t(`countries.${country}`)}</span>{' '}
                <span>{or.formatToParts(crisis.map((l) => l.tel)).map((part, i) =>
                  part.type === 'element' ? <span key={i}>{link(crisis.find((l) => l.tel === part.value)!)}</span> : part.value)}</span>{' '}
                <span>{t('emergency')} {or.formatToParts(emergency.map((l) => l.tel)).map((part, i) =>
                  part.type === 'element' ? <span key={i}>{link(emergency.find((l) => l.tel === part.value)!)}</span> : part.value)}</span>
              </li>
            );
          })}
        </ul>
        {box && <p className="m-0 mt-1"><a className="underline" href={pathFor(locale, 'urgent-help')}>{t('more')}</a></p>}
      </section>
    );
  }
  return (
    <section aria-label={t('title')}
      className={`urgent-help ${all ? 'urgent-all ' : ''}not-prose my-6 rounded-md border-2 border-red-700 p-4 dark:border-red-400`}>
      {!all && <h2 className="m-0 text-xl font-bold">{t('title')}</h2>}
      {/* On urgent help the key points and the numbers above say it already (issue 19: the list starts sooner). */}
      {!all && <p className="mt-2">{t('intro')}</p>}
      {countries.map((country) => {
        const lines = crisisLines.filter((l) => l.country === country);
        if (!lines.length) return null;
        return (
          <div key={country} className="mt-4" data-country={country}>
            {all ? <h2 className="m-0 text-lg font-semibold">{t(`countries.${country}`)}</h2> : <p className="m-0 font-semibold">{t(`countries.${country}`)}</p>}
            <ul className="m-0 mt-1 list-none space-y-2 p-0">
              {lines.map((line) => (
                <li key={line.tel} className="crisis-line">
                  {link(line)}{' '}
                  <span><span lang={line.nameLang && line.nameLang !== locale ? line.nameLang : undefined}>{line.name[locale]}</span>{line.sms ? ` (${t('sms')})` : ''}{all ? '.' : ''}</span>
                  {all && <>{' '}<span className="crisis-when">{line.when[locale]}</span></>}
                  {all && citations && line.refs.map((r) => <Cite key={r} locale={locale} id={r} citations={citations} />)}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      {!all && (
        <p className="mb-0 mt-4"><a className="underline" href={pathFor(locale, 'urgent-help')}>{t('more')}</a></p>
      )}
    </section>
  );
}
