// Shared knowledge for the browser tests: the URL contract, read from the app itself.
import {locales, pageIds, pathFor, otherLocale, type Locale, type PageId} from '../../app/_i18n/pages';

export {locales, pageIds, pathFor, otherLocale};
export type {Locale, PageId};

/** Every (locale, page, path) of the URL contract. */
export const allPages = pageIds.flatMap((id) => locales.map((locale) => ({locale, id, path: pathFor(locale, id)})));

/** The page paths listed in sitemap.xml, so new pages are covered without editing the tests. */
export async function sitemapPaths(request: {get: (url: string) => Promise<{text: () => Promise<string>}>}): Promise<string[]> {
  const xml = await (await request.get('/sitemap.xml')).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
}

export const htmlLang = (html: string) => /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];
export const h1Text = (html: string) => /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1].replace(/<[^>]+>/g, '').trim();
export const titleText = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1];
