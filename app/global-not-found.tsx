import type {Metadata} from 'next';
import {translator} from '@/app/_i18n/messages';
import {locales, pathFor} from '@/app/_i18n/pages';
import './globals.css';

export const metadata: Metadata = {title: 'Page introuvable · Page not found', robots: {index: false}};

/** 404 for addresses outside both locales: French and English side by side, no guess at the language. */
export default function GlobalNotFound() {
  return (
    <html lang="fr">
      <body className="min-h-screen bg-white text-slate-900 dark:bg-slate-900 dark:text-slate-100">
        <main id="main" className="prose prose-lg mx-auto max-w-3xl px-4 py-8">
          {locales.map((locale) => {
            const t = translator(locale, 'NotFound');
            return (
              <section key={locale} lang={locale} aria-labelledby={`not-found-${locale}`}>
                <h1 id={`not-found-${locale}`} className={locale === 'fr' ? '' : 'text-3xl'}>{t('title')}</h1>
                <p>{t('body')}</p>
                <ul>
                  <li><a href={pathFor(locale, 'home')}>{t('home')}</a></li>
                  <li><a href={pathFor(locale, 'urgent-help')}>{t('help')}</a></li>
                </ul>
              </section>
            );
          })}
        </main>
      </body>
    </html>
  );
}
