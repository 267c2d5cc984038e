import {translator} from '@/app/_i18n/messages';
import type {Locale} from '@/app/_i18n/pages';

/** First Tab stop on every page: jumps to <main id="main">. */
export function SkipLink({locale}: {locale: Locale}) {
  return (
    <a href="#main" className="skip-link sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-3 focus:text-slate-900">
      {translator(locale, 'Header')('skipLink')}
    </a>
  );
}
