import {translator} from '@/app/_i18n/messages';
import {otherLocale, pathFor, thanksPathFor, type Locale, type PageId} from '@/app/_i18n/pages';
import {SiteHeader} from './SiteHeader';
import {SiteFooter} from './SiteFooter';

/** Where the feedback form lands (prerendered, one per content page): thanks, and the way back to the page. */
export function ThanksTemplate({locale, id, pageTitle}: {locale: Locale; id: PageId; pageTitle: string}) {
  const t = translator(locale, 'Feedback');
  return (
    <>
      <SiteHeader locale={locale} alternateHref={thanksPathFor(otherLocale(locale), id)} />
      <div className="mx-auto max-w-5xl px-4 pt-4">
        <main id="main" tabIndex={-1} className="prose prose-lg focus:outline-none" data-page="feedback-thanks">
          <h1>{t('thanksTitle')}</h1>
          <p>{t('thanksBody')}</p>
          <ul>
            <li><a href={pathFor(locale, id)} data-back="">{t('backTo', {title: pageTitle})}</a></li>
            <li><a href={pathFor(locale, 'home')}>{t('home')}</a></li>
            <li><a href={pathFor(locale, 'urgent-help')}>{t('urgentLink')}</a></li>
          </ul>
        </main>
      </div>
      <SiteFooter locale={locale} />
    </>
  );
}
