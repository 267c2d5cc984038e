import {publisher} from '@/app/_lib/site';
import {translator} from '@/app/_i18n/messages';
import type {Locale} from '@/app/_i18n/pages';

const fields = ['name', 'director', 'address', 'email', 'host'] as const;

/** Publisher identity from configuration (SITE_PUBLISHER_* variables); unset fields say so, never guess. */
export function PublisherDetails({locale}: {locale: Locale}) {
  const t = translator(locale, 'PublisherDetails');
  return (
    <dl className="publisher-details not-prose my-4 grid gap-2 sm:grid-cols-[auto_1fr] sm:gap-x-6">
      {fields.map((f) => {
        const value = publisher[f];
        return (
          <div key={f} className="contents">
            <dt className="font-semibold">{t(f)}</dt>
            <dd className="m-0">
              {value ? (f === 'email' ? <a href={`mailto:${value}`}>{value}</a> : value) : <span className="italic">{t('notConfigured')}</span>}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
