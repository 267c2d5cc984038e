import type {Metadata} from 'next';
import {notFound} from 'next/navigation';
import {translator} from '@/app/_i18n/messages';
import {isLocale, otherLocale, pathFor, type Locale} from '@/app/_i18n/pages';
import {searchPathFor} from '@/app/_lib/search/route';
import {MAX_QUERY_CHARS, cleanQuery} from '@/app/_lib/search/normalize';
import {getSearchIndex} from '@/app/_lib/search/store';
import {resultsView, type ResultItem} from '@/app/_lib/search/results';
import {SiteHeader} from '@/components/layout/SiteHeader';
import {SiteFooter} from '@/components/layout/SiteFooter';
import {SearchForm} from '@/components/layout/SearchBox';
import {UrgentHelp} from '@/components/content/UrgentHelp';

// The search results page (issue 10): rendered on each request from `q`; the index is loaded once per
// process. Canonical addresses /fr/recherche (rewritten here by the proxy) and /en/search. Headers
// (no-referrer, private no-store cache) are set in next.config.ts. The query is never logged.
export const dynamic = 'force-dynamic';

type Props = {params: Promise<{locale: string}>; searchParams: Promise<Record<string, string | string[] | undefined>>};

const searchHref = (locale: Locale, query: string) => `${searchPathFor(locale)}${query ? `?q=${encodeURIComponent(query)}` : ''}`;

export async function generateMetadata({params, searchParams}: Props): Promise<Metadata> {
  const {locale} = await params;
  if (!isLocale(locale)) return {};
  const {query} = cleanQuery((await searchParams).q);
  const t = translator(locale, 'Search');
  const site = translator(locale, 'Site')('name');
  return {
    title: `${query ? t('resultsTitle', {query}) : t('title')} | ${site}`,
    robots: {index: false, follow: true},
  };
}

function Result({item}: {item: ResultItem}) {
  const {snippet} = item;
  return (
    <li className="search-result">
      <a href={item.href} className="search-result-link">{item.heading}</a>
      <span className="search-result-page">{item.pageTitle}</span>
      <p className="mt-1">
        {snippet.before && '… '}
        {snippet.parts.map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : p.text))}
        {snippet.after && ' …'}
      </p>
    </li>
  );
}

export default async function SearchPage({params, searchParams}: Props) {
  const {locale} = await params;
  if (!isLocale(locale)) notFound();
  const t = translator(locale, 'Search');
  const view = resultsView(await getSearchIndex(), locale, (await searchParams).q);
  const other = otherLocale(locale);
  return (
    <>
      <SiteHeader locale={locale} alternateHref={searchHref(other, view.query)} />
      <div className="mx-auto max-w-5xl px-4 pt-4">
        <main id="main" tabIndex={-1} className="prose prose-slate prose-lg max-w-[70ch] focus:outline-none dark:prose-invert" data-page="search">
          <h1>{view.query ? t('resultsTitle', {query: view.query}) : t('title')}</h1>
          {view.crisis && <UrgentHelp locale={locale} />}
          <SearchForm locale={locale} id="search-page-q" defaultValue={view.query} className="not-prose my-4" />
          {view.truncated && <p className="search-truncated">{t('truncated', {max: MAX_QUERY_CHARS})}</p>}
          {view.state === 'empty' && <p className="search-hint">{t('hint')}</p>}
          {view.state === 'noWords' && <p className="search-hint">{t('noWords')}</p>}
          {view.state === 'results' && (
            <>
              <p className="search-count" role="status">{t('count', {count: view.items.length})}</p>
              <ol className="search-results" aria-label={t('results')}>
                {view.items.map((item) => <Result key={item.href} item={item} />)}
              </ol>
            </>
          )}
          {view.state === 'none' && (
            <>
              <p className="search-count" role="status">{t('count', {count: 0})}</p>
              {view.otherLanguageCount > 0 && (
                <p className="search-other-language">
                  {t('otherLanguage', {count: view.otherLanguageCount})}{' '}
                  <a href={searchHref(other, view.query)} hrefLang={other}>{t('otherLanguageLink')}</a>
                </p>
              )}
              <p className="search-none">{t('noResults', {query: view.query})}</p>
              <ul className="search-suggestions">
                <li><a href={pathFor(locale, 'faq')}>{t('faq')}</a></li>
                <li><a href={pathFor(locale, 'urgent-help')}>{t('help')}</a></li>
                <li><a href={pathFor(locale, 'home') + '#all-pages'}>{t('allPages')}</a></li>
              </ul>
            </>
          )}
        </main>
      </div>
      <SiteFooter locale={locale} />
    </>
  );
}
