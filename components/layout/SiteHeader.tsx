import {translator} from '@/app/_i18n/messages';
import {pathFor, type Locale, type PageId} from '@/app/_i18n/pages';
import {LanguageLink} from './LanguageLink';
import {SearchBox} from './SearchBox';

const navPages: PageId[] = [
  'ketamine-assisted-therapy', 'treatment-journey', 'risks-and-safety', 'depression-options', 'fibromyalgia', 'fibromyalgia-options',
  'family-and-friends', 'faq', 'sources', 'for-clinics',
];

function NavList({locale, current, className}: {locale: Locale; current?: PageId; className: string}) {
  const names = translator(locale, 'Pages');
  return (
    <ul className={className}>
      {navPages.map((id) => (
        <li key={id}>
          <a href={pathFor(locale, id)} aria-current={id === current ? 'page' : undefined}
            className="nav-link">
            {names(id)}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** Site name, search box, help-now link, language link and the main navigation (a <details> menu on phones: no JavaScript). */
export function SiteHeader({locale, current, alternateHref}: {locale: Locale; current?: PageId; alternateHref: string}) {
  const t = translator(locale, 'Header');
  const site = translator(locale, 'Site');
  return (
    <header className="site-header border-b border-slate-300 dark:border-slate-700">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-2">
        <a href={pathFor(locale, 'home')} className="inline-flex min-h-11 items-center text-lg font-bold no-underline">{site('name')}</a>
        <SearchBox locale={locale} />
        <div className="flex flex-wrap items-center gap-x-3">
          <a href={pathFor(locale, 'urgent-help')} className="help-now inline-flex min-h-11 items-center rounded px-2 font-semibold text-red-800 underline underline-offset-4 dark:text-red-300">
            {t('helpNow')}
          </a>
          <LanguageLink locale={locale} href={alternateHref} />
        </div>
      </div>
      <nav aria-label={t('mainNav')} className="mx-auto max-w-5xl px-4 pb-2">
        <details className="md:hidden">
          <summary className="inline-flex min-h-11 cursor-pointer items-center rounded px-2 font-semibold">{t('menu')}</summary>
          <NavList locale={locale} current={current} className="m-0 list-none space-y-1 p-0 pb-2" />
        </details>
        <NavList locale={locale} current={current} className="m-0 hidden list-none flex-wrap gap-x-2 p-0 md:flex" />
      </nav>
    </header>
  );
}
