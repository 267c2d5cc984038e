import type {Metadata} from 'next';
import {breadcrumbTrail, locales, ogImageFile, otherLocale, pathFor, type Locale, type PageId} from '@/app/_i18n/pages';
import {translator} from '@/app/_i18n/messages';
import {ogLocale} from '@/app/_i18n/format';
import type {Frontmatter} from '@/content/schema';
import {siteUrl} from './site';

/** Canonical URL, reciprocal hreflang (x-default = /), Open Graph and Twitter card for one page. */
export function pageMetadata(locale: Locale, id: PageId, fm: Frontmatter): Metadata {
  const site = translator(locale, 'Site')('name');
  const url = pathFor(locale, id);
  const title = `${fm.title} | ${site}`;
  const image = `/og/${ogImageFile(locale, id)}`;
  return {
    title,
    description: fm.description,
    alternates: {
      canonical: url,
      languages: {...Object.fromEntries(locales.map((l) => [l, pathFor(l, id)])), 'x-default': '/'},
    },
    openGraph: {
      type: 'article',
      siteName: site,
      title: fm.title,
      description: fm.description,
      url,
      locale: ogLocale[locale],
      alternateLocale: [ogLocale[otherLocale(locale)]],
      images: [{url: image, width: 1200, height: 630, alt: fm.title}],
    },
    // X/Twitter reads og:title, og:description and og:image when its own tags are absent: only the card type.
    twitter: {card: 'summary_large_image'},
  };
}

/** JSON-LD: MedicalWebPage (language, review date, patient audience) and its BreadcrumbList. */
export function pageJsonLd(locale: Locale, id: PageId, fm: Frontmatter): object[] {
  const names = translator(locale, 'Pages');
  const abs = (p: string) => siteUrl + p;
  const trail = breadcrumbTrail(id).length ? breadcrumbTrail(id) : (['home'] as PageId[]);
  return [
    {
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      name: fm.title,
      description: fm.description,
      url: abs(pathFor(locale, id)),
      inLanguage: locale,
      lastReviewed: fm.lastReviewed,
      audience: {'@type': 'MedicalAudience', audienceType: 'Patient'},
      isPartOf: {'@type': 'WebSite', name: translator(locale, 'Site')('name'), url: abs(`/${locale}`)},
    },
    {
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: trail.map((p, i) => ({'@type': 'ListItem', position: i + 1, name: p === id ? fm.title : names(p), item: abs(pathFor(locale, p))})),
    },
  ];
}

/** JSON for an inline <script type="application/ld+json">: "<" escaped so text can never close the tag. */
export function jsonLdString(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
