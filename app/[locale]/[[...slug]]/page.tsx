import type {Metadata} from 'next';
import {notFound} from 'next/navigation';
import {isLocale, locales, pageIds, pages, pathFor, otherLocale, type Locale, type PageId} from '@/app/_i18n/pages';
import {checkContentTree, loadPage} from '@/content/load';
import {pageJsonLd, pageMetadata, jsonLdString} from '@/app/_lib/seo';
import {PageTemplate} from '@/components/layout/PageTemplate';

export const dynamicParams = false;

type Params = {locale: string; slug?: string[]};

/** Every page of the URL contract, in its locale's own slug. Fails the build if content is missing. */
export function generateStaticParams({params}: {params: {locale: string}}) {
  checkContentTree();
  const targets = params?.locale ? [params.locale as Locale] : [...locales];
  return targets.flatMap((locale) =>
    pageIds.map((id) => ({locale, slug: pages[id][locale] ? pages[id][locale].slice(1).split('/') : undefined})),
  );
}

function resolve(params: Params): {locale: Locale; id: PageId} | null {
  if (!isLocale(params.locale)) return null;
  const slug = params.slug?.length ? '/' + params.slug.map(decodeURIComponent).join('/') : '';
  const id = pageIds.find((p) => pages[p][params.locale as Locale] === slug);
  return id ? {locale: params.locale, id} : null;
}

export async function generateMetadata({params}: {params: Promise<Params>}): Promise<Metadata> {
  const r = resolve(await params);
  if (!r) return {};
  const page = await loadPage(r.locale, r.id);
  return pageMetadata(r.locale, r.id, page.frontmatter);
}

export default async function ContentPage({params}: {params: Promise<Params>}) {
  const r = resolve(await params);
  if (!r) notFound();
  const page = await loadPage(r.locale, r.id);
  return (
    <>
      <script type="application/ld+json" dangerouslySetInnerHTML={{__html: jsonLdString(pageJsonLd(r.locale, r.id, page.frontmatter))}} />
      <PageTemplate page={page} alternateHref={pathFor(otherLocale(r.locale), r.id)} />
    </>
  );
}
