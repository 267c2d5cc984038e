import {translator} from '@/app/_i18n/messages';
import {otherLocale, pathFor, type Locale} from '@/app/_i18n/pages';
import {SiteHeader} from './SiteHeader';
import {SiteFooter} from './SiteFooter';

/** A locale's "page not found", with the site chrome, a link home and a link to help now. */
export function NotFoundTemplate({locale}: {locale: Locale}) {
  const t = translator(locale, 'NotFound');
  return (
    <>
      <SiteHeader locale={locale} alternateHref={pathFor(otherLocale(locale), 'home')} />
      <div className="mx-auto max-w-5xl px-4 pt-4">
        <main id="main" tabIndex={-1} className="prose prose-lg max-w-[70ch] focus:outline-none" data-page="not-found">
          <h1>{t('title')}</h1>
          <p>{t('body')}</p>
          <ul>
            <li><a href={pathFor(locale, 'home')}>{t('home')}</a></li>
            <li><a href={pathFor(locale, 'urgent-help')}>{t('help')}</a></li>
            <li><a href={pathFor(locale, 'for-clinics')}>{t('allPages')}</a></li>
          </ul>
        </main>
      </div>
      <SiteFooter locale={locale} />
    </>
  );
}
