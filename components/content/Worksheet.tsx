import type {ReactNode} from 'react';
import {translator} from '@/app/_i18n/messages';
import type {Locale} from '@/app/_i18n/pages';

/**
 * A printable worksheet: the author's lists, each item followed by blank lines to write on (drawn by CSS,
 * app/globals.css .worksheet). Paper only: no form controls, nothing to save, nothing sent.
 */
export function Worksheet({locale, children}: {locale: Locale; children: ReactNode}) {
  const t = translator(locale, 'Worksheet');
  return (
    <section aria-label={t('label')} className="worksheet my-6 rounded-md border border-slate-400 p-4 dark:border-slate-500">
      {children}
    </section>
  );
}
