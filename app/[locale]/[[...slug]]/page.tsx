import type {Metadata} from 'next';
import {notFound} from 'next/navigation';
import QRCode from 'qrcode';
import {handoutSegment, isLocale, locales, notFoundSegment, pageIds, pages, pathFor, otherLocale, patientPages, handoutPathFor, feedbackPages, thanksSegment, thanksPathFor, type Locale, type PageId} from '@/app/_i18n/pages';
import {checkContentTree, loadPage} from '@/content/load';
import {pageJsonLd, pageMetadata, jsonLdString} from '@/app/_lib/seo';
import {siteUrl} from '@/app/_lib/site';
import {translator} from '@/app/_i18n/messages';
import {PageTemplate} from '@/components/layout/PageTemplate';
import {HandoutTemplate} from '@/components/layout/HandoutTemplate';
import {NotFoundTemplate} from '@/components/layout/NotFoundTemplate';
import {ThanksTemplate} from '@/components/layout/ThanksTemplate';

export const dynamicParams = false;

type Params = {locale: string; slug?: string[]};
type Target = {locale: Locale; id: PageId; handout: boolean; thanks?: boolean} | {locale: Locale; notFound: true};

const segments = (path: string) => (path ? path.slice(1).split('/') : []);

/** Every page of the URL contract in its locale's own slug, plus the handouts. Fails the build if content is missing. */
export function generateStaticParams({params}: {params: {locale: string}}) {
  checkContentTree();
  const targets = params?.locale ? [params.locale as Locale] : [...locales];
  return targets.flatMap((locale) => [
    ...pageIds.map((id) => ({locale, slug: pages[id][locale] ? segments(pages[id][locale]) : undefined})),
    ...patientPages.map((id) => ({locale, slug: [...segments(pages[id][locale]), handoutSegment[locale]]})),
    // Where the feedback form lands (app/feedback/route.ts answers 303 here).
    ...feedbackPages.map((id) => ({locale, slug: [...segments(pages[id][locale]), thanksSegment[locale]]})),
    // The locale's not-found page: the proxy rewrites unknown paths here and answers 404.
    {locale, slug: [notFoundSegment]},
  ]);
}

function resolve(params: Params): Target | null {
  if (!isLocale(params.locale)) return null;
  const locale = params.locale;
  const parts = (params.slug ?? []).map((s) => decodeURIComponent(s));
  if (parts.length === 1 && parts[0] === notFoundSegment) return {locale, notFound: true};
  const handout = parts[parts.length - 1] === handoutSegment[locale];
  const thanks = parts[parts.length - 1] === thanksSegment[locale];
  const slug = parts.slice(0, handout || thanks ? -1 : undefined).map((s) => '/' + s).join('');
  const id = pageIds.find((p) => pages[p][locale] === slug);
  if (!id || (handout && !patientPages.includes(id)) || (thanks && !feedbackPages.includes(id))) return null;
  return {locale, id, handout, thanks};
}

export async function generateMetadata({params}: {params: Promise<Params>}): Promise<Metadata> {
  const r = resolve(await params);
  if (!r) return {};
  if ('notFound' in r) return {title: translator(r.locale, 'NotFound')('title'), robots: {index: false, follow: true}};
  const page = await loadPage(r.locale, r.id);
  const meta = pageMetadata(r.locale, r.id, page.frontmatter);
  if (r.thanks) return {title: translator(r.locale, 'Feedback')('thanksTitle'), robots: {index: false, follow: true}, alternates: {canonical: thanksPathFor(r.locale, r.id)}};
  if (!r.handout) return meta;
  // A handout is a print view of its page: not indexed, canonical to the page itself.
  const title = translator(r.locale, 'Handout')('title', {title: page.frontmatter.title});
  return {...meta, title, robots: {index: false, follow: true}};
}

export default async function ContentPage({params}: {params: Promise<Params>}) {
  const r = resolve(await params);
  if (!r) notFound();
  if ('notFound' in r) return <NotFoundTemplate locale={r.locale} />;
  const page = await loadPage(r.locale, r.id);
  if (r.thanks) return <ThanksTemplate locale={r.locale} id={r.id} pageTitle={page.frontmatter.title} />;
  if (r.handout) {
    const qrSvg = await QRCode.toString(siteUrl + pathFor(r.locale, r.id), {type: 'svg', errorCorrectionLevel: 'M', margin: 2});
    return <HandoutTemplate page={page} qrSvg={qrSvg} buildDay={new Date().toISOString().slice(0, 10)} />;
  }
  return (
    <>
      <script type="application/ld+json" dangerouslySetInnerHTML={{__html: jsonLdString(pageJsonLd(r.locale, r.id, page.frontmatter))}} />
      <PageTemplate page={page} alternateHref={pathFor(otherLocale(r.locale), r.id)}
        handoutHref={patientPages.includes(r.id) ? handoutPathFor(r.locale, r.id) : undefined} />
    </>
  );
}
