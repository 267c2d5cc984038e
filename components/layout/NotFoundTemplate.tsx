import {otherLocale, pathFor, type Locale} from '@/app/_i18n/pages';
import {SiteHeader} from './SiteHeader';
import {SiteFooter} from './SiteFooter';
import {NotFoundBody} from './NotFoundBody';

/** A locale's "page not found", with the site chrome around the shared not-found body. */
export function NotFoundTemplate({locale}: {locale: Locale}) {
  return (
    <>
      <SiteHeader locale={locale} alternateHref={pathFor(otherLocale(locale), 'home')} />
      <div className="mx-auto max-w-5xl px-4 pt-4">
        <main id="main" tabIndex={-1} className="prose prose-lg max-w-[70ch] focus:outline-none" data-page="not-found">
          <NotFoundBody locale={locale} />
        </main>
      </div>
      <SiteFooter locale={locale} />
    </>
  );
}
