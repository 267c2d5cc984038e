import {NextResponse, type NextRequest} from 'next/server';
import {negotiateLocale} from './app/_i18n/resolve';
import {decodePath, endpoints, internalPathOf, isLocale, methodAllowed, notFoundPathFor, routeForPath, routePath} from './app/_i18n/pages';

const badRequestPage = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>Adresse invalide · Invalid address</title></head><body><main><h1>Adresse invalide</h1><p>Cette adresse est mal formée. <a href="/fr">Aller à l’accueil</a> · <a href="/fr/aide-urgente">Besoin d’aide maintenant ?</a></p><section lang="en"><h2>Invalid address</h2><p>This address is malformed. <a href="/en">Go to the home page</a> · <a href="/en/urgent-help">Need help now?</a></p></section></main></body></html>`;

function plain(status: number, body: string, headers: Record<string, string> = {}) {
  return new NextResponse(body, {status, headers: {'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...headers}});
}

/**
 * Runs only where needed (see the matcher): every path that is not a canonical page (the root, forgiving
 * URLs to redirect, unknown pages to answer with a localized 404) and requests that carry a body.
 * Canonical pages fetched with GET skip it and are served straight from the prerendered cache.
 */
export default function proxy(request: NextRequest) {
  const {method} = request;
  const {pathname, search} = request.nextUrl;
  // Pages are read with GET and HEAD; only the endpoints of the route model take a body.
  if (!methodAllowed(method, pathname)) return plain(405, 'Method Not Allowed', {Allow: ['GET', 'HEAD', ...(endpoints[pathname] ?? [])].join(', ')});
  if (endpoints[pathname]) return;
  const decoded = decodePath(pathname);
  // Next would answer a bad %-encoding with a 500 of its own; say clearly that the address is malformed.
  if (decoded === null) return plain(400, badRequestPage);
  const route = routeForPath(decoded, () => negotiateLocale(request.headers.get('accept-language')));
  if (!route) {
    // Unknown page under a locale: that locale's prerendered not-found page, with status 404.
    // Anything else unknown falls through to the static bilingual 404 (app/global-not-found.tsx).
    const locale = pathname.split('/')[1]?.toLowerCase();
    if (!isLocale(locale)) return;
    return NextResponse.rewrite(new URL(notFoundPathFor(locale), request.url), {status: 404, headers: {'Cache-Control': 'no-store'}});
  }
  const target = routePath(route);
  // A dynamic route at its canonical URL: render it from its app folder when that differs (/fr/recherche).
  if (target === pathname) return internalPathOf(route) === target ? undefined : NextResponse.rewrite(new URL(internalPathOf(route) + search, request.url));
  const url = new URL(target + search, request.url);
  // "/" depends on the visitor's language: a temporary redirect that caches vary on; the rest are permanent.
  const response = NextResponse.redirect(url, pathname === '/' ? 307 : 308);
  if (pathname === '/') {
    response.headers.set('Vary', 'Accept-Language');
    response.headers.set('Cache-Control', 'private, no-store');
  }
  return response;
}

export const config = {
  matcher: [
    // Everything except Next's assets, files with an extension, and the canonical prerendered routes of the
    // route model (app/_i18n/pages.ts), which are then served straight from the prerendered cache. A matcher
    // must be a literal: `npm run build` rewrites the next line from the model (app/_build/sync-proxy-matcher.ts).
    // generated: app/_build/sync-proxy-matcher.ts
    "/((?!_next/|(?:fr|fr/therapie-assistee-par-la-ketamine|fr/parcours-de-soins|fr/parcours-de-soins/preparation|fr/parcours-de-soins/seance|fr/parcours-de-soins/integration|fr/parcours-de-soins/entretien|fr/risques-et-securite|fr/fibromyalgie|fr/options-depression-resistante|fr/options-fibromyalgie|fr/pour-les-proches|fr/questions-frequentes|fr/aide-urgente|fr/sources|fr/pour-les-cliniques|fr/mentions-legales|fr/confidentialite|fr/accessibilite|fr/glossaire|fr/fiche|fr/therapie-assistee-par-la-ketamine/fiche|fr/parcours-de-soins/fiche|fr/parcours-de-soins/preparation/fiche|fr/parcours-de-soins/seance/fiche|fr/parcours-de-soins/integration/fiche|fr/parcours-de-soins/entretien/fiche|fr/risques-et-securite/fiche|fr/fibromyalgie/fiche|fr/questions-frequentes/fiche|fr/aide-urgente/fiche|fr/options-depression-resistante/fiche|fr/options-fibromyalgie/fiche|fr/pour-les-proches/fiche|fr/merci|fr/therapie-assistee-par-la-ketamine/merci|fr/parcours-de-soins/merci|fr/parcours-de-soins/preparation/merci|fr/parcours-de-soins/seance/merci|fr/parcours-de-soins/integration/merci|fr/parcours-de-soins/entretien/merci|fr/risques-et-securite/merci|fr/fibromyalgie/merci|fr/options-depression-resistante/merci|fr/options-fibromyalgie/merci|fr/pour-les-proches/merci|fr/questions-frequentes/merci|fr/sources/merci|fr/pour-les-cliniques/merci|fr/mentions-legales/merci|fr/confidentialite/merci|fr/accessibilite/merci|fr/glossaire/merci|fr/recherche|fr/pour-les-cliniques/courriel|en|en/ketamine-assisted-therapy|en/treatment-journey|en/treatment-journey/preparation|en/treatment-journey/session|en/treatment-journey/integration|en/treatment-journey/maintenance|en/risks-and-safety|en/fibromyalgia|en/depression-options|en/fibromyalgia-options|en/family-and-friends|en/faq|en/urgent-help|en/sources|en/for-clinics|en/legal-notice|en/privacy|en/accessibility|en/glossary|en/handout|en/ketamine-assisted-therapy/handout|en/treatment-journey/handout|en/treatment-journey/preparation/handout|en/treatment-journey/session/handout|en/treatment-journey/integration/handout|en/treatment-journey/maintenance/handout|en/risks-and-safety/handout|en/fibromyalgia/handout|en/faq/handout|en/urgent-help/handout|en/depression-options/handout|en/fibromyalgia-options/handout|en/family-and-friends/handout|en/thank-you|en/ketamine-assisted-therapy/thank-you|en/treatment-journey/thank-you|en/treatment-journey/preparation/thank-you|en/treatment-journey/session/thank-you|en/treatment-journey/integration/thank-you|en/treatment-journey/maintenance/thank-you|en/risks-and-safety/thank-you|en/fibromyalgia/thank-you|en/depression-options/thank-you|en/fibromyalgia-options/thank-you|en/family-and-friends/thank-you|en/faq/thank-you|en/sources/thank-you|en/for-clinics/thank-you|en/legal-notice/thank-you|en/privacy/thank-you|en/accessibility/thank-you|en/glossary/thank-you|en/search|en/for-clinics/email)$|.*\\.[A-Za-z0-9]+$).*)",
    // Any request with a body (POST, PUT, PATCH...), wherever it goes.
    {source: '/((?!_next/).*)', has: [{type: 'header', key: 'content-length'}]},
    {source: '/((?!_next/).*)', has: [{type: 'header', key: 'transfer-encoding'}]},
    {source: '/((?!_next/).*)', has: [{type: 'header', key: 'content-type'}]},
  ],
};
