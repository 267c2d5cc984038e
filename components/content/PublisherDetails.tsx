import type {ReactNode} from 'react';
import {translator} from '@/app/_i18n/messages';
import type {Locale} from '@/app/_i18n/pages';
import {contactKinds, inLocale, publication} from '@/app/_lib/publication';
import {PersonEntry} from './PageRecord';

/**
 * Who stands behind the site, from content/publication.yaml: publisher, director of publication, host,
 * contacts, funding and editorial team. Every missing field says so; nothing is guessed.
 */
export function PublisherDetails({locale}: {locale: Locale}) {
  const t = translator(locale, 'PublisherDetails');
  const p = translator(locale, 'Publication');
  const pub = publication();
  const mail = (a?: string) => a && <a href={`mailto:${a}`}>{a}</a>;
  const rows: [string, string, ReactNode][] = [
    ['publisher-name', t('name'), pub.publisher.name],
    ['publisher-legal-form', p('legalForm'), inLocale(pub.publisher.legalForm, locale)],
    ['publisher-address', t('address'), pub.publisher.address],
    ['publisher-registration', p('registration'), pub.publisher.registration],
    ['director', t('director'), pub.director],
    ['host-name', t('host'), pub.host.name],
    ['host-address', p('hostAddress'), pub.host.address],
    ['host-phone', p('hostPhone'), pub.host.phone],
    ...contactKinds.map((k): [string, string, ReactNode] => [`contact-${k}`, p(`contacts.${k}`), mail(pub.contacts[k])]),
    ['funding', p('funding'), inLocale(pub.funding, locale)],
  ];
  return (
    <dl className="publisher-details not-prose my-4 grid gap-2 sm:grid-cols-[auto_1fr] sm:gap-x-6">
      {rows.map(([key, label, value]) => (
        <div key={key} className="contents" data-field={key}>
          <dt className="font-semibold">{label}</dt>
          <dd className="m-0">{value || <span className="not-yet italic">{t('notConfigured')}</span>}</dd>
        </div>
      ))}
      <div className="contents" data-field="team">
        <dt className="font-semibold">{p('team')}</dt>
        <dd className="m-0">
          {pub.team.length ? (
            <ul className="m-0 list-none space-y-2 p-0">
              {pub.team.map((person) => <PersonEntry key={person.id} locale={locale} person={person} roles={person.roles} />)}
            </ul>
          ) : (
            <span className="not-yet italic">{p('teamNotYet')}</span>
          )}
        </dd>
      </div>
    </dl>
  );
}
