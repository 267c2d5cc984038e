import {translator} from '@/app/_i18n/messages';
import {pathFor, type Locale} from '@/app/_i18n/pages';

/** What a "page not found" says in one language: the title, why, and where to go (home, help now, every page). */
export function NotFoundBody({locale, headingId}: {locale: Locale; headingId?: string}) {
  const t = translator(locale, 'NotFound');
  return (
    <>
      <h1 id={headingId}>{t('title')}</h1>
      <p>{t('body')}</p>
      <ul>
        <li><a href={pathFor(locale, 'home')}>{t('home')}</a></li>
        <li><a href={pathFor(locale, 'urgent-help')}>{t('help')}</a></li>
        <li><a href={pathFor(locale, 'for-clinics')}>{t('allPages')}</a></li>
      </ul>
    </>
  );
}
