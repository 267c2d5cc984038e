import {translator} from '@/app/_i18n/messages';
import {footerPages, pathFor, type Locale} from '@/app/_i18n/pages';

/** Independence and privacy statements, and the pages about the site itself. */
export function SiteFooter({locale}: {locale: Locale}) {
  const t = translator(locale, 'Footer');
  const names = translator(locale, 'Pages');
  return (
    <footer className="site-footer mt-16 border-t border-slate-300 dark:border-slate-700">
      <div className="mx-auto max-w-5xl space-y-3 px-4 py-6 text-base">
        <p className="m-0">{t('about')}</p>
        <p className="m-0">{t('privacy')}</p>
        <nav aria-label={t('siteLinks')}>
          <ul className="m-0 flex list-none flex-wrap gap-x-4 p-0">
            {footerPages.map((id) => (
              <li key={id}><a href={pathFor(locale, id)} className="footer-link">{names(id)}</a></li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
