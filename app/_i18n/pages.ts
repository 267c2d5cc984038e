// The route model: the one place that knows the site's shape. Every URL the site answers (content pages, their
// print views, the not-found pages, link-preview images and the dynamic routes) is declared here, and the
// static params, the sitemap, the site server's routing (app/_server), breadcrumbs, next-intl's pathnames and
// the og route are all derived from it. Clinics print these URLs, so a slug never changes once published.
// Plain data and pure functions with no imports, so the server and build scripts can read it.

export const locales = ['fr', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'fr';

/** Page id -> its path in each locale (without the locale prefix; '' is the home page). */
export const pages = {
  home: {fr: '', en: ''},
  'ketamine-assisted-therapy': {fr: '/therapie-assistee-par-la-ketamine', en: '/ketamine-assisted-therapy'},
  'treatment-journey': {fr: '/parcours-de-soins', en: '/treatment-journey'},
  preparation: {fr: '/parcours-de-soins/preparation', en: '/treatment-journey/preparation'},
  session: {fr: '/parcours-de-soins/seance', en: '/treatment-journey/session'},
  integration: {fr: '/parcours-de-soins/integration', en: '/treatment-journey/integration'},
  maintenance: {fr: '/parcours-de-soins/entretien', en: '/treatment-journey/maintenance'},
  'risks-and-safety': {fr: '/risques-et-securite', en: '/risks-and-safety'},
  fibromyalgia: {fr: '/fibromyalgie', en: '/fibromyalgia'},
  'depression-options': {fr: '/options-depression-resistante', en: '/depression-options'},
  'fibromyalgia-options': {fr: '/options-fibromyalgie', en: '/fibromyalgia-options'},
  'family-and-friends': {fr: '/pour-les-proches', en: '/family-and-friends'},
  faq: {fr: '/questions-frequentes', en: '/faq'},
  'urgent-help': {fr: '/aide-urgente', en: '/urgent-help'},
  sources: {fr: '/sources', en: '/sources'},
  'for-clinics': {fr: '/pour-les-cliniques', en: '/for-clinics'},
  'legal-notice': {fr: '/mentions-legales', en: '/legal-notice'},
  privacy: {fr: '/confidentialite', en: '/privacy'},
  accessibility: {fr: '/accessibilite', en: '/accessibility'},
  glossary: {fr: '/glossaire', en: '/glossary'},
} as const satisfies Record<string, Record<Locale, string>>;

export type PageId = keyof typeof pages;
export const pageIds = Object.keys(pages) as PageId[];

/** The four phases of the journey, in order. */
export const phases = ['preparation', 'session', 'integration', 'maintenance'] as const satisfies readonly PageId[];
export type Phase = (typeof phases)[number];

/** Pages a patient reads, which get a printable handout (the others are about the site itself). */
export const patientPages: PageId[] = [
  'home', 'ketamine-assisted-therapy', 'treatment-journey', ...phases, 'risks-and-safety', 'fibromyalgia', 'faq', 'urgent-help',
  'depression-options', 'fibromyalgia-options', 'family-and-friends',
];

/**
 * The site's own link lists, each declared once here and read by the chrome (components/layout): the header's
 * menu (urgent help has its own link beside it) and the footer's links to the pages about the site.
 */
export const headerPages: PageId[] = [
  'ketamine-assisted-therapy', 'treatment-journey', 'risks-and-safety', 'depression-options', 'fibromyalgia', 'fibromyalgia-options',
  'family-and-friends', 'faq', 'sources', 'for-clinics',
];
export const footerPages: PageId[] = ['sources', 'glossary', 'for-clinics', 'legal-notice', 'privacy', 'accessibility', 'urgent-help'];

/**
 * The home page's "All pages" list: every page but the home page itself and the pages about the site
 * (legal notice, privacy, accessibility, glossary, which the footer links), in the model's order.
 * tests/content/single-sources.test.tsx holds both home pages to it.
 */
export const directoryPages: PageId[] = pageIds.filter((id) => !['home', 'legal-notice', 'privacy', 'accessibility', 'glossary'].includes(id));

/** Pages that end with the "Was this page useful?" form: all but urgent help, where nothing must slow a reader. */
export const feedbackPages: PageId[] = pageIds.filter((id) => id !== 'urgent-help');

/** Parent of each page for breadcrumbs (home has none). */
export const parentOf: Partial<Record<PageId, PageId>> = {
  preparation: 'treatment-journey',
  session: 'treatment-journey',
  integration: 'treatment-journey',
  maintenance: 'treatment-journey',
};

/** The breadcrumb trail from the home page to a page; empty on the home page. */
export function breadcrumbTrail(id: PageId): PageId[] {
  if (id === 'home') return [];
  const parent = parentOf[id];
  return ['home', ...(parent ? [parent] : []), id];
}

/**
 * Views of a page: a last URL segment per locale after the page's path, and the pages that have it.
 * A view is prerendered for each of its pages, e.g. /fr/risques-et-securite/fiche (home: /fr/fiche).
 */
export const views = {
  handout: {segment: {fr: 'fiche', en: 'handout'}, pages: patientPages},
  // Where the feedback form lands after a submission (POST /feedback answers 303 here).
  thanks: {segment: {fr: 'merci', en: 'thank-you'}, pages: feedbackPages},
} as const satisfies Record<string, {segment: Record<Locale, string>; pages: readonly PageId[]}>;
export type View = keyof typeof views;

/**
 * Routes of a locale that belong to no page. `render`: 'static' is prerendered with the pages, 'dynamic'
 * is answered per request by the site's server (its table of dynamic routes, app/_server/routes.ts).
 * `public: false` has no URL of its own: the server reads it from the build (a 404 page, a shell).
 */
export const specialRoutes = {
  'not-found': {path: {fr: '/404', en: '/404'}, render: 'static', public: false},
  // The search results: answered per request by the server, which fills in the search shell below (no
  // React render per request, so no Next runtime on the page: see README, Search).
  search: {path: {fr: '/recherche', en: '/search'}, render: 'dynamic', public: true},
  // The results page's frame (header, form, crisis block, footer), prerendered like every page and finished
  // by the post-build step (runtime stripped, stylesheet inlined); the search reads it from the build.
  'search-shell': {path: {fr: '/search-shell', en: '/search-shell'}, render: 'static', public: false},
  // The clinics' referral email and letter builder (issue 22): answered per request like the search, by
  // filling in its shell below (app/_lib/clinics/respond.ts; README, For clinics). noindex, private, no-store.
  'clinic-email': {path: {fr: '/pour-les-cliniques/courriel', en: '/for-clinics/email'}, render: 'dynamic', public: true},
  // The builder page's frame (header, footer, the letter's items per language), prerendered like search-shell.
  'clinic-email-shell': {path: {fr: '/clinic-email-shell', en: '/clinic-email-shell'}, render: 'static', public: false},
} as const satisfies Record<string, {path: Record<Locale, string>; render: 'static' | 'dynamic'; public: boolean}>;
export type Special = keyof typeof specialRoutes;

/** Every route the site answers under a locale. */
export type Route =
  | {kind: 'page'; locale: Locale; id: PageId}
  | {kind: 'view'; view: View; locale: Locale; id: PageId}
  | {kind: 'special'; name: Special; locale: Locale};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export function otherLocale(locale: Locale): Locale {
  return locale === 'fr' ? 'en' : 'fr';
}

/** The localized URL path of a page, e.g. pathFor('fr', 'risks-and-safety') -> '/fr/risques-et-securite'. */
export function pathFor(locale: Locale, id: PageId): string {
  return `/${locale}${pages[id][locale]}`;
}

/** The URL path of any route. */
export function routePath(route: Route): string {
  switch (route.kind) {
    case 'page': return pathFor(route.locale, route.id);
    case 'view': return `${pathFor(route.locale, route.id)}/${views[route.view].segment[route.locale]}`;
    case 'special': return `/${route.locale}${specialRoutes[route.name].path[route.locale]}`;
  }
}

/** Is a route prerendered at build time (as opposed to rendered per request)? */
export function isPrerendered(route: Route): boolean {
  return route.kind !== 'special' || specialRoutes[route.name].render === 'static';
}

/** Can a visitor reach a route at its own URL (the not-found pages and shells cannot)? */
export function isPublic(route: Route): boolean {
  return route.kind !== 'special' || specialRoutes[route.name].public;
}

/** The handout URL of a patient page, e.g. /fr/risques-et-securite/fiche (home: /fr/fiche). */
export function handoutPathFor(locale: Locale, id: PageId): string {
  return routePath({kind: 'view', view: 'handout', locale, id});
}

/** The feedback thank-you page of a page, e.g. /fr/fibromyalgie/merci (home: /fr/merci). */
export function thanksPathFor(locale: Locale, id: PageId): string {
  return routePath({kind: 'view', view: 'thanks', locale, id});
}

/** Where a locale's not-found page is prerendered; the server answers unknown paths with it, status 404. */
export function notFoundPathFor(locale: Locale): string {
  return routePath({kind: 'special', name: 'not-found', locale});
}

/** The public address of a locale's search results, e.g. /fr/recherche. */
export function searchPathFor(locale: Locale): string {
  return routePath({kind: 'special', name: 'search', locale});
}

/** Where a locale's search shell is prerendered (read from the build by the search handler, never served). */
export function searchShellPathFor(locale: Locale): string {
  return routePath({kind: 'special', name: 'search-shell', locale});
}

/** The public address of a locale's referral email builder, e.g. /fr/pour-les-cliniques/courriel. */
export function clinicEmailPathFor(locale: Locale): string {
  return routePath({kind: 'special', name: 'clinic-email', locale});
}

/** Where a locale's builder shell is prerendered (read from the build by the builder, never served). */
export function clinicEmailShellPathFor(locale: Locale): string {
  return routePath({kind: 'special', name: 'clinic-email-shell', locale});
}

/** Every route of one locale: pages, their views, then the special routes. */
function routesOf(locale: Locale): Route[] {
  return [
    ...pageIds.map((id): Route => ({kind: 'page', locale, id})),
    ...(Object.keys(views) as View[]).flatMap((view) => views[view].pages.map((id): Route => ({kind: 'view', view, locale, id}))),
    ...(Object.keys(specialRoutes) as Special[]).map((name): Route => ({kind: 'special', name, locale})),
  ];
}

/** Every route in every locale: the model that each consumer derives from. */
export const allRoutes: Route[] = locales.flatMap(routesOf);

/** The sitemap: every page in each locale (views are print copies, special routes are not content). */
export const sitemapRoutes = allRoutes.filter((r): r is Extract<Route, {kind: 'page'}> => r.kind === 'page');

/** The internal path authors write in MDX links: the English path without locale ('/' for home). */
export function internalPath(id: PageId): string {
  return pages[id].en || '/';
}

const byInternal = new Map<string, PageId>(pageIds.map((id) => [internalPath(id), id]));
/** Page id for an internal path as written in MDX, or undefined. */
export function pageForInternalPath(path: string): PageId | undefined {
  return byInternal.get(path);
}

/** next-intl's `pathnames`: internal path -> localized path, for every page. */
export const intlPathnames = Object.fromEntries(pageIds.map((id) => [internalPath(id), {fr: pages[id].fr || '/', en: pages[id].en || '/'}]));

// ---- Link-preview images: one per page and locale, /og/fr-risks-and-safety.png ----

/** The link-preview image's file name of a page. */
export function ogImageFile(locale: Locale, id: PageId): string {
  return `${locale}-${id}.png`;
}
const byOgFile = new Map(sitemapRoutes.map((r) => [ogImageFile(r.locale, r.id), r]));
/** The page a link-preview file name belongs to, or null. */
export function pageOfOgImage(file: string): Extract<Route, {kind: 'page'}> | null {
  return byOgFile.get(file) ?? null;
}
export const ogImageFiles = [...byOgFile.keys()];

// ---- Resolving URLs: one table, built from the model, used by the page, the server and the og route ----

/** A URL path decoded once, or null when its percent-encoding is malformed or it is absurdly long. */
export function decodePath(pathname: string): string | null {
  if (pathname.length > 512) return null;
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

/** Rest of a route's path after the locale, e.g. '/risques-et-securite/fiche' ('' for home). */
const restOf = (route: Route) => routePath(route).slice(1 + route.locale.length);

// Exact table: canonical path -> route. Forgiving table: lowercase rest -> the route in each locale whose
// slug it is (a rest shared by both languages, such as '/sources', lists both).
const exact = new Map(allRoutes.map((r) => [routePath(r), r]));
const forgiving = new Map<string, Route[]>();
for (const r of allRoutes) {
  if (!isPublic(r)) continue;
  const key = restOf(r).toLowerCase();
  forgiving.set(key, [...(forgiving.get(key) ?? []), r]);
}

/** The route at exactly this (decoded) path, or null. Used by the page and the og route. */
export function routeAt(path: string): Route | null {
  return exact.get(path) ?? null;
}

/** The route for URL segments as Next passes them (locale, then the catch-all), decoding them once. */
export function routeOfSegments(locale: string, slug: string[] = []): Route | null {
  const path = decodePath('/' + [locale, ...slug].join('/'));
  return path === null ? null : routeAt(path);
}

/**
 * The public route a forgiving path names (no locale, the other language's slug, upper case, trailing or
 * doubled slashes), with the locale to use when the path gives none; null when it names nothing.
 * `pick` chooses the locale for a path without one whose slug both languages share (the root, '/sources').
 */
export function routeForPath(decoded: string, pick: () => Locale): Route | null {
  const segments = decoded.toLowerCase().split('/').filter(Boolean);
  const locale = isLocale(segments[0]) ? (segments.shift() as Locale) : undefined;
  const hits = forgiving.get(segments.length ? '/' + segments.join('/') : '');
  if (!hits) return null;
  const chosen = locale ?? (hits.length === 1 ? hits[0].locale : pick());
  const hit = hits.find((r) => r.locale === chosen) ?? hits[0];
  return {...hit, locale: chosen};
}

// ---- Endpoints: the only URLs that take a request body ----

/** Path -> the methods it accepts besides GET and HEAD. Every other request with a body gets 405. */
export const endpoints: Record<string, readonly string[]> = {
  '/feedback': ['POST'],
};

/** May this method be used on this path? */
export function methodAllowed(method: string, pathname: string): boolean {
  return method === 'GET' || method === 'HEAD' || (endpoints[pathname]?.includes(method) ?? false);
}
