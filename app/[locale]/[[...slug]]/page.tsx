import type {Metadata} from 'next';
import {notFound} from 'next/navigation';
import QRCode from 'qrcode';
import {allRoutes, isPrerendered, otherLocale, pathFor, patientPages, handoutPathFor, thanksPathFor, routeOfSegments, routePath, type Locale, type Route} from '@/app/_i18n/pages';
import {checkContentTree, loadPage} from '@/content/load';
import {pageJsonLd, pageMetadata, jsonLdString} from '@/app/_lib/seo';
import {siteUrl} from '@/app/_lib/site';
import {translator} from '@/app/_i18n/messages';
import {PageTemplate} from '@/components/layout/PageTemplate';
import {HandoutTemplate} from '@/components/layout/HandoutTemplate';
import {NotFoundTemplate} from '@/components/layout/NotFoundTemplate';
import {ThanksTemplate} from '@/components/layout/ThanksTemplate';
import {SearchShell} from '@/components/layout/SearchShell';
import {slots} from '@/app/_lib/search/slots';
import {builderSlots} from '@/app/_lib/clinics/slots';
import {ClinicEmailShell} from '@/components/layout/ClinicEmailShell';
import {letterItems} from '@/app/_lib/clinics/items';

export const dynamicParams = false;

type Params = {locale: string; slug?: string[]};

/** Every prerendered route of the route model, in its locale's own slug. Fails the build if content is missing. */
export function generateStaticParams({params}: {params: {locale: string}}) {
  checkContentTree();
  return allRoutes
    .filter((r) => isPrerendered(r) && (!params?.locale || r.locale === params.locale))
    .map((r) => {
      const rest = routePath(r).split('/').slice(2);
      return {locale: r.locale, slug: rest.length ? rest : undefined};
    });
}

/** The prerendered route these params name, or null. */
function resolve({locale, slug}: Params): Route | null {
  const route = routeOfSegments(locale, slug);
  return route && isPrerendered(route) ? route : null;
}

export async function generateMetadata({params}: {params: Promise<Params>}): Promise<Metadata> {
  const r = resolve(await params);
  if (!r) return {};
  // The search shell's title is filled in per request by the search handler.
  if (r.kind === 'special') {
    const title = r.name === 'search-shell' ? slots.title : r.name === 'clinic-email-shell' ? builderSlots.title : translator(r.locale, 'NotFound')('title');
    return {title, robots: {index: false, follow: true}};
  }
  const page = await loadPage(r.locale, r.id);
  const meta = pageMetadata(r.locale, r.id, page.frontmatter);
  if (r.kind === 'page') return meta;
  // Where the feedback form lands: not indexed, canonical to itself (it is no copy of the page).
  if (r.view === 'thanks') return {title: translator(r.locale, 'Feedback')('thanksTitle'), robots: {index: false, follow: true}, alternates: {canonical: thanksPathFor(r.locale, r.id)}};
  // A handout is a print view of its page: not indexed, canonical to the page itself.
  const title = translator(r.locale, 'Handout')('title', {title: page.frontmatter.title});
  return {...meta, title, robots: {index: false, follow: true}};
}

export default async function ContentPage({params}: {params: Promise<Params>}) {
  const r = resolve(await params);
  if (!r) notFound();
  if (r.kind === 'special') {
    if (r.name === 'clinic-email-shell') return <ClinicEmailShell locale={r.locale} items={await letterItems()} />;
    return r.name === 'search-shell' ? <SearchShell locale={r.locale} /> : <NotFoundTemplate locale={r.locale} />;
  }
  const page = await loadPage(r.locale, r.id);
  if (r.kind === 'view' && r.view === 'thanks') return <ThanksTemplate locale={r.locale} id={r.id} pageTitle={page.frontmatter.title} />;
  if (r.kind === 'view') {
    const qrSvg = await QRCode.toString(siteUrl + pathFor(r.locale, r.id), {type: 'svg', errorCorrectionLevel: 'M', margin: 2});
    return <HandoutTemplate page={page} qrSvg={qrSvg} buildDay={new Date().toISOString().slice(0, 10)} />;
  }
  const locale: Locale = r.locale;
  return (
    <>
      <script type="application/ld+json" dangerouslySetInnerHTML={{__html: jsonLdString(pageJsonLd(locale, r.id, page.frontmatter))}} />
      <PageTemplate page={page} alternateHref={pathFor(otherLocale(locale), r.id)}
        handoutHref={patientPages.includes(r.id) ? handoutPathFor(locale, r.id) : undefined} />
    </>
  );
}
