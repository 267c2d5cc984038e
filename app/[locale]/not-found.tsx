import type {Metadata} from 'next';
import {locale as rootLocale} from 'next/root-params';
import {translator} from '@/app/_i18n/messages';
import {isLocale, otherLocale, pathFor, defaultLocale} from '@/app/_i18n/pages';
import {SiteHeader} from '@/components/layout/SiteHeader';
import {SiteFooter} from '@/components/layout/SiteFooter';

export const metadata: Metadata = {title: 'Page introuvable · Page not found', robots: {index: false}};

/** 404 inside a locale: the site chrome, in that language, with the way home and to help now. */
export default async function LocaleNotFound() {
  const value = await rootLocale();
  const locale = isLocale(value) ? value : defaultLocale;
  const t = translator(locale, 'NotFound');
  return (
    <>
      <SiteHeader locale={locale} alternateHref={pathFor(otherLocale(locale), 'home')} />
      <main id="main" tabIndex={-1} className="prose prose-slate prose-lg mx-auto max-w-5xl px-4 pt-8 focus:outline-none dark:prose-invert">
        <h1>{t('title')}</h1>
        <p>{t('body')}</p>
        <ul>
          <li><a href={pathFor(locale, 'home')}>{t('home')}</a></li>
          <li><a href={pathFor(locale, 'urgent-help')}>{t('help')}</a></li>
        </ul>
      </main>
      <SiteFooter locale={locale} />
    </>
  );
}
