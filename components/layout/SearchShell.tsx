import {otherLocale, searchPathFor, type Locale} from '@/app/_i18n/pages';
import {slots} from '@/app/_lib/search/slots';
import {UrgentHelp} from '@/components/content/UrgentHelp';
import {SiteHeader} from './SiteHeader';
import {SiteFooter} from './SiteFooter';
import {SearchForm} from './SearchBox';

/**
 * The frame of the search results page, prerendered once per locale like every page (so the post-build step
 * strips Next's runtime and inlines the stylesheet) and filled in per request by the site server (app/_server/routes.ts)
 * at the places marked by `slots`: title, heading, the form's value, the urgent-help block (kept only when
 * the query expresses danger) and the results.
 */
export function SearchShell({locale}: {locale: Locale}) {
  return (
    <>
      <SiteHeader locale={locale} alternateHref={searchPathFor(otherLocale(locale)) + slots.alternateQuery} />
      <div className="mx-auto max-w-5xl px-4 pt-4">
        <main id="main" tabIndex={-1} className="prose prose-lg max-w-[70ch] [overflow-wrap:anywhere] focus:outline-none" data-page="search">
          <h1>{slots.heading}</h1>
          {slots.crisisStart}
          <UrgentHelp locale={locale} />
          {slots.crisisEnd}
          <SearchForm locale={locale} id="search-page-q" value={slots.query} className="not-prose my-6 flex" />
          {slots.results}
        </main>
      </div>
      <SiteFooter locale={locale} />
    </>
  );
}
