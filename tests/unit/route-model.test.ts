// The route model (app/_i18n/pages.ts) is the one source of the site's shape: each consumer is checked
// against it here, so a route added to the model reaches all of them or this test says which one lags.
import {describe, expect, it} from 'vitest';
import {dynamicRoutes} from '@/app/_server/routes';
import {
  allRoutes, breadcrumbTrail, isPrerendered, isPublic, locales, ogImageFile, pageIds, pageOfOgImage, pathFor,
  routeForPath, routeOfSegments, routePath, sitemapRoutes, specialRoutes, type Route,
} from '@/app/_i18n/pages';
import {generateStaticParams} from '@/app/[locale]/[[...slug]]/page';
import {generateStaticParams as ogParams} from '@/app/og/[file]/route';
import sitemap from '@/app/sitemap';
import {siteUrl} from '@/app/_lib/site';
import {localizedHref} from '@/app/_i18n/navigation';
import {pageMetadata} from '@/app/_lib/seo';
import {canonicalPath} from '@/app/_i18n/resolve';

const key = (r: Route) => JSON.stringify(r);

describe('the route model', () => {
  it('gives every route a unique path, and resolves each path back to its route', () => {
    const paths = allRoutes.map(routePath);
    expect(new Set(paths).size).toBe(paths.length);
    for (const r of allRoutes) expect(routeOfSegments(r.locale, routePath(r).split('/').slice(2)), routePath(r)).toEqual(r);
  });
  it('has every page in both locales, and a handout for each patient page', () => {
    expect(allRoutes.filter((r) => r.kind === 'page').length).toBe(pageIds.length * locales.length);
    expect(allRoutes.some((r) => r.kind === 'view' && r.view === 'handout')).toBe(true);
  });
});

describe('each consumer is derived from the model', () => {
  it('static params: exactly the prerendered routes', () => {
    const params = generateStaticParams({params: {locale: ''}});
    const fromParams = params.map((p) => key(routeOfSegments(p.locale, p.slug ?? [])!));
    expect(fromParams.sort()).toEqual(allRoutes.filter(isPrerendered).map(key).sort());
  });
  it('sitemap: every page in each locale, with its alternates', () => {
    const urls = sitemap().map((e) => e.url);
    expect(urls.sort()).toEqual(sitemapRoutes.map((r) => siteUrl + routePath(r)).sort());
  });
  it('the server\'s routing: every public canonical route is kept as it is, and its other-language form redirects to it', () => {
    for (const r of allRoutes.filter(isPublic)) {
      const path = routePath(r);
      expect(canonicalPath(path), path).toBe(path);
      const other = allRoutes.find((o) => key({...o, locale: r.locale}) === key(r) && o.locale !== r.locale)!;
      const otherRest = routePath(other).slice(3);
      if (otherRest) expect(canonicalPath(`/${r.locale}${otherRest}`), `/${r.locale}${otherRest}`).toBe(path);
    }
    expect(allRoutes.filter((r) => !isPublic(r)).every((r) => routeForPath(routePath(r), () => 'fr') === null)).toBe(true);
  });
  it('breadcrumbs: from home to the page itself, through its parent', () => {
    for (const id of pageIds) {
      const trail = breadcrumbTrail(id);
      if (id === 'home') expect(trail).toEqual([]);
      else expect([trail[0], trail.at(-1)]).toEqual(['home', id]);
    }
  });
  it('link-preview images: one per page and locale, named by the model and parsed back by it', () => {
    expect(ogParams().map((p) => p.file).sort()).toEqual(sitemapRoutes.map((r) => ogImageFile(r.locale, r.id)).sort());
    for (const r of sitemapRoutes) expect(pageOfOgImage(ogImageFile(r.locale, r.id))).toEqual(r);
    expect(pageOfOgImage('de-home.png')).toBeNull();
    const meta = pageMetadata('fr', 'faq', {title: 't', description: 'd', summary: 's', lastReviewed: '2026-01-01', nextReview: '2027-01-01'});
    expect(JSON.stringify(meta.openGraph)).toContain(`/og/${ogImageFile('fr', 'faq')}`);
  });
  it('dynamic routes: each answered by a line of the server\'s table, at its own URL in each locale', () => {
    for (const r of allRoutes.filter((x) => !isPrerendered(x))) {
      expect(r.kind, routePath(r)).toBe('special');
      expect(isPublic(r)).toBe(true);
      expect(dynamicRoutes.get(routePath(r))?.locale, routePath(r)).toBe(r.locale);
    }
  });
  it('search: public at /fr/recherche and /en/search; its shell prerendered with the pages but never served at its own URL', () => {
    for (const locale of locales) {
      const search: Route = {kind: 'special', name: 'search', locale};
      expect([routePath(search), isPublic(search), isPrerendered(search)]).toEqual([locale === 'fr' ? '/fr/recherche' : '/en/search', true, false]);
      const shell: Route = {kind: 'special', name: 'search-shell', locale};
      expect([isPublic(shell), isPrerendered(shell)]).toEqual([false, true]);
      expect(routeForPath(routePath(shell), () => locale)).toBeNull();
      expect(dynamicRoutes.has(routePath(shell))).toBe(false);
    }
  });
  it('next-intl pathnames: the same localized URL for every page', () => {
    for (const id of pageIds) for (const l of locales) expect(localizedHref(l, pathFor('en', id).slice(3) || '/')).toBe(pathFor(l, id));
  });
});
