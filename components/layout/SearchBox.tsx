import {translator} from '@/app/_i18n/messages';
import type {Locale} from '@/app/_i18n/pages';
import {searchPathFor} from '@/app/_lib/search/route';

/** The search form itself: a plain GET form, so it works without JavaScript. */
export function SearchForm({locale, id, defaultValue, className = ''}: {locale: Locale; id: string; defaultValue?: string; className?: string}) {
  const t = translator(locale, 'Search');
  return (
    <form method="get" action={searchPathFor(locale)} role="search" aria-label={t('formLabel')} className={`search-form ${className}`}>
      <label htmlFor={id} className="sr-only">{t('label')}</label>
      <input id={id} name="q" type="search" defaultValue={defaultValue} maxLength={200} autoComplete="off" enterKeyHint="search"
        className="search-input" />
      <button type="submit" className="search-button">{t('submit')}</button>
    </form>
  );
}

/**
 * The header's search box: a disclosure on phones (so the 360 px header keeps its one line), the form
 * itself from the md breakpoint up. No JavaScript: <details> opens by itself.
 */
export function SearchBox({locale}: {locale: Locale}) {
  const t = translator(locale, 'Search');
  return (
    <>
      <details className="search-disclosure md:hidden">
        <summary className="inline-flex min-h-11 cursor-pointer items-center rounded px-2 font-semibold">{t('open')}</summary>
        <SearchForm locale={locale} id="site-search-phone" className="search-form-phone" />
      </details>
      <SearchForm locale={locale} id="site-search" className="hidden md:flex" />
    </>
  );
}
