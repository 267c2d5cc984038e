import type {Metadata} from 'next';
import {locales} from '@/app/_i18n/pages';
import {NotFoundBody} from '@/components/layout/NotFoundBody';
import './globals.css';

export const metadata: Metadata = {title: 'Page introuvable · Page not found', robots: {index: false}};

/** 404 for addresses outside both locales: the not-found body in French and English, no guess at the language. */
export default function GlobalNotFound() {
  return (
    <html lang="fr">
      <body className="min-h-screen bg-white text-slate-900 dark:bg-slate-900 dark:text-slate-100">
        <main id="main" className="prose prose-lg mx-auto max-w-3xl px-4 py-8">
          {locales.map((locale) => (
            <section key={locale} lang={locale} aria-labelledby={`not-found-${locale}`}>
              <NotFoundBody locale={locale} headingId={`not-found-${locale}`} />
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
