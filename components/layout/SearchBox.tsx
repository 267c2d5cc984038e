import {translator} from '@/app/_i18n/messages';
import {searchPathFor, type Locale} from '@/app/_i18n/pages';
import {MAX_QUERY_CHARS} from '@/app/_lib/search/limits';

/**
 * The search form: a plain GET form with a labelled field, so it works without JavaScript. Styled with
 * utilities the site already uses, so it adds almost nothing to the inlined stylesheet (5 KB budget).
 */
export function SearchForm({locale, id, value, className = ''}: {locale: Locale; id: string; value?: string; className?: string}) {
  const t = translator(locale, 'Search');
  return (
    <form method="get" action={searchPathFor(locale)} role="search" className={`no-print gap-2 ${className}`}>
      <label htmlFor={id} className="sr-only">{t('label')}</label>{' '}
      <input id={id} name="q" type="search" defaultValue={value} maxLength={MAX_QUERY_CHARS} dir="auto" autoComplete="off"
        enterKeyHint="search" className="min-h-11 min-w-0 flex-1 rounded border-2 border-slate-500 px-2 font-sans text-base" />{' '}
      <button type="submit" className="min-h-11 cursor-pointer rounded border-2 border-current px-3 font-semibold">{t('submit')}</button>
    </form>
  );
}

/**
 * The header's search box, one form in a <details> (no JavaScript). On phones the summary is a 40 x 44 px
 * magnifier beside the site name, so the header gains no line, and the opened form drops below the header
 * across the page's width; from the md breakpoint CSS hides the summary and shows the form inline
 * (::details-content in app/globals.css), as the menu does; where ::details-content is unknown the summary stays.
 * It shares its name with the menu's <details>, so on a phone opening one closes the other (issue 19: the
 * open menu covered the open search box).
 */
export function SearchBox({locale}: {locale: Locale}) {
  const t = translator(locale, 'Search');
  return (
    <details className="search-disclosure no-print" name="header-panel">
      <summary className="inline-flex min-h-11 cursor-pointer items-center rounded px-2">
        <svg aria-hidden="true" viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round">
          <circle cx="10.5" cy="10.5" r="6.5" /><path d="m15.5 15.5 5 5" />
        </svg>
        <span className="sr-only">{t('open')}</span>
      </summary>{' '}
      <SearchForm locale={locale} id="site-search" className="flex" />
    </details>
  );
}
