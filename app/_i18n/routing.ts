import {defineRouting} from 'next-intl/routing';
import {defaultLocale, internalPath, locales, pageIds, pages} from './pages';

/** next-intl's view of the URL contract, built from pages.ts so slugs live in one place. */
export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
  // A cookie would be set on every response: health browsing stays cookie-free.
  localeCookie: false,
  pathnames: Object.fromEntries(
    pageIds.map((id) => [internalPath(id), {fr: pages[id].fr || '/', en: pages[id].en || '/'}]),
  ),
});
