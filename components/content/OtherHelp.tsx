import {otherHelp} from '@/content/data/other-help';
import {crisisCountryOrder} from '@/content/data/crisis-summary';
import {translator} from '@/app/_i18n/messages';
import type {Locale} from '@/app/_i18n/pages';
import {Cites} from './Cite';

/** Help and information that is not for emergencies, by country (content/data/other-help.ts). */
export function OtherHelp({locale, citations}: {locale: Locale; citations: string[]}) {
  const t = translator(locale, 'OtherHelp');
  const countries = translator(locale, 'UrgentHelp');
  return (
    <div className="other-help not-prose my-6">
      {crisisCountryOrder[locale].map((country) => {
        const services = otherHelp.filter((s) => s.country === country);
        if (!services.length) return null;
        return (
          <div key={country} className="mt-4">
            <p className="m-0 font-semibold">{countries(`countries.${country}`)}</p>
            <ul className="m-0 mt-1 list-disc space-y-3 pl-6">
              {services.map((s) => (
                <li key={s.id} data-service={s.id}>
                  <strong lang={s.nameLang && s.nameLang !== locale ? s.nameLang : undefined}>{s.name[locale]}</strong>
                  {s.phones?.map((p) => <span key={p.tel}> · <a href={`tel:${p.tel}`} className="underline">{p.display}</a></span>)}
                  {s.sms && <span> · {t('sms', {number: s.sms})}</span>}
                  {s.web && <span> · {t('web')} <span className="break-all">{s.web}</span></span>}
                  <span className="block">{s.what[locale]}<Cites locale={locale} ids={s.refs} citations={citations} /></span>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}
