import {translator} from '@/app/_i18n/messages';
import {headerPages as navPages, pathFor, type Locale, type PageId} from '@/app/_i18n/pages';
import {LanguageLink} from './LanguageLink';
import {SearchBox} from './SearchBox';

/**
 * Site name and the search box (a magnifier on phones), then one line with help now, the language link and "Menu" (fits 360 px, 24 px+ targets).
 * The main navigation is one list, in a <details> (no JavaScript): on phones "Menu" opens it; from the md
 * breakpoint CSS hides the summary and shows the list as a row (::details-content, app/globals.css), in browsers
 * that know ::details-content (elsewhere "Menu" stays and opens the list). Menu and search share one name: one
 * open at a time.
 * Real spaces separate the parts, so the header reads correctly without CSS.
 */
export function SiteHeader({locale, current, alternateHref}: {locale: Locale; current?: PageId; alternateHref: string}) {
  const t = translator(locale, 'Header');
  const site = translator(locale, 'Site');
  const names = translator(locale, 'Pages');
  return (
    <header className="site-header border-b border-slate-300 dark:border-slate-700">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 px-4 py-1">
        <a href={pathFor(locale, 'home')} className="site-name inline-flex min-h-11 items-center text-lg font-bold no-underline">{site('name')}</a>{' '}
        <SearchBox locale={locale} />{' '}
        <div className="header-tools flex items-center gap-x-2 text-base">
          <a href={pathFor(locale, 'urgent-help')} className="help-now inline-flex min-h-11 items-center rounded px-1 font-semibold text-red-800 underline underline-offset-4 dark:text-red-300">
            {t('helpNow')}
          </a>{' '}
          <LanguageLink locale={locale} href={alternateHref} />{' '}
          <details className="site-menu" name="header-panel">
            <summary className="min-h-11 cursor-pointer rounded px-1 py-2 font-semibold">{t('menu')}</summary>{' '}
            <nav aria-label={t('mainNav')} className="site-nav bg-white dark:bg-slate-900">
              <ul className="m-0 list-none flex-wrap gap-x-2 p-0 pb-2 md:flex">
                {navPages.map((id) => (
                  <li key={id}>
                    <a href={pathFor(locale, id)} aria-current={id === current ? 'page' : undefined} className="nav-link">{names(id)}</a>{' '}
                  </li>
                ))}
              </ul>
            </nav>
          </details>
        </div>
      </div>
    </header>
  );
}
