import type {MetadataRoute} from 'next';
import {locales, pathFor, sitemapRoutes} from '@/app/_i18n/pages';
import {siteUrl} from '@/app/_lib/site';

// Written once by the static export (build/site/sitemap.xml).
export const dynamic = 'force-static';

/** Every page of the route model in both locales, each with its alternates (hreflang) and x-default. */
export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapRoutes.map(({locale, id}) => ({
    url: siteUrl + pathFor(locale, id),
    alternates: {languages: {...Object.fromEntries(locales.map((l) => [l, siteUrl + pathFor(l, id)])), 'x-default': siteUrl + '/'}},
  }));
}
