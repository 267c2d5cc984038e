import {defineRouting} from 'next-intl/routing';
import {defaultLocale, intlPathnames, locales} from './pages';

/** next-intl's view of the URL contract, derived from the route model (pages.ts). */
export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
  // A cookie would be set on every response: health browsing stays cookie-free.
  localeCookie: false,
  pathnames: intlPathnames,
});
