import {crisisLines} from '@/content/data/crisis-lines';
import type {CrisisLine} from '@/content/data/types';
import {crisisCountryOrder, crisisLinesByCountry} from '@/content/data/crisis-summary';
import {translator} from '@/app/_i18n/messages';
import {pathFor, type Locale} from '@/app/_i18n/pages';
import {Cites} from './Cite';
import {intlLocale, labelSeparator} from '@/app/_i18n/format';

/** One crisis or emergency number as a tel: link, named for assistive technology ("Appeler le 15 : SAMU…"). */
export function TelLink({locale, line}: {locale: Locale; line: CrisisLine}) {
  return (
    <a href={`tel:${line.tel}`} className="tel-link"
      aria-label={`${translator(locale, 'UrgentHelp')('call', {number: line.display})}${labelSeparator(locale)}${line.name[locale]}`}>
      {line.display}
    </a>
  );
}

/**
 * Crisis numbers as tel: links. Compact on ordinary pages; `all` lists every line with when to use it, under a
 * heading per country, and cites its sources when the page passes its citations. `compact`: a table, a row
 * group per country (crisis lines, emergency numbers), for the first screen of urgent help. `box`: the same table
 * under the "Need help now?" heading with a link to every number, the short box of an ordinary page (issue 19:
 * the names and hours of each line are on urgent help, one tap away).
 */
export function UrgentHelp({locale, all = false, compact = false, box = false, citations}: {locale: Locale; all?: boolean; compact?: boolean; box?: boolean; citations?: string[]}) {
  const t = translator(locale, 'UrgentHelp');
  const countries = crisisCountryOrder[locale];
  const link = (line: CrisisLine) => <TelLink locale={locale} line={line} />;
  if (compact || box) {
    // "15 or 112": the words between two numbers, so that they never read as one number. A line may break only
    // before "or", never inside a number or between "or" and its number.
    const or = new Intl.ListFormat(intlLocale[locale], {type: 'disjunction'});
    const numbers = (lines: CrisisLine[]) => {
      const parts = or.formatToParts(lines.map((l) => l.tel));
      let n = 0;
      return parts.flatMap((part, i) => {
        if (part.type !== 'element') return [];
        // The words before it (", " or " or "): what ends at the break stays on the line above, the rest goes down
        // with the number.
        const [, above = '', space = '', down = ''] = i > 0 ? /^(\S*)(\s*)(.*)$/su.exec(parts[i - 1].value) ?? [] : [];
        return [<span key={i}>{above}{space}<span className="whitespace-nowrap">{down}{link(lines[n++])}</span></span>];
      });
    };
    // A table (issue 19): on a 360 px phone, each country's name on a line of its own, then its crisis line and
    // its emergency numbers in two labelled columns, every number one tap. Three columns did not fit 360 px in
    // English ("Switzerland", "0800 32 123", "Emergency") nor any language at 320 px.
    return (
      <section aria-label={t('title')} className={`urgent-help ${box ? '' : 'urgent-first '}not-prose my-3 rounded-md border-2 border-red-700 px-2 py-2 dark:border-red-400`}>
        {box && <h2 className="m-0 px-1 text-xl font-bold">{t('title')}</h2>}
        <table className="crisis-table">
          <caption>{t('compactCaption')}</caption>
          <thead>
            <tr><th scope="col">{t('crisisColumn')}</th><th scope="col">{t('emergencyColumn')}</th></tr>
          </thead>
          {countries.map((country) => {
            const {crisis, emergency} = crisisLinesByCountry(country);
            return (
              <tbody key={country} data-country={country}>
                <tr><th scope="rowgroup" colSpan={2}>{t(`countries.${country}`)}</th></tr>
                <tr><td>{numbers(crisis)}</td><td>{numbers(emergency)}</td></tr>
              </tbody>
            );
          })}
        </table>
        {box && <p className="m-0 mt-1 px-1"><a className="underline" href={pathFor(locale, 'urgent-help')}>{t('more')}</a></p>}
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
                  {/* The citation marks follow the sentence inside its box: as items of the flex line they had no
                      height of their own and were drawn over it. */}
                  {all && <>{' '}<span className="crisis-when">{line.when[locale]}{citations && <Cites locale={locale} ids={line.refs} citations={citations} />}</span></>}
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
