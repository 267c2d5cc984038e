import {NextResponse, type NextRequest} from 'next/server';
import {canonicalPath} from './app/_i18n/resolve';
import {isLocale, notFoundPathFor} from './app/_i18n/pages';

/** Where the "Was this page useful?" form posts (app/feedback/route.ts). */
const feedbackPath = '/feedback';

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
  // The one form: POST /feedback goes on to its route handler (app/feedback/route.ts).
  if (method === 'POST' && pathname === feedbackPath) return;
  // Nothing else but GET and HEAD has a meaning here.
  if (method !== 'GET' && method !== 'HEAD') return plain(405, 'Method Not Allowed', {Allow: 'GET, HEAD'});
  try {
    decodeURIComponent(pathname);
  } catch {
    // Next would answer a bad %-encoding with a 500 of its own; say clearly that the address is malformed.
    return plain(400, badRequestPage);
  }
  const target = canonicalPath(pathname, request.headers.get('accept-language'));
  if (!target) {
    // Unknown page under a locale: that locale's prerendered not-found page, with status 404.
    // Anything else unknown falls through to the static bilingual 404 (app/global-not-found.tsx).
    const locale = pathname.split('/')[1]?.toLowerCase();
    if (!isLocale(locale)) return;
    return NextResponse.rewrite(new URL(notFoundPathFor(locale), request.url), {status: 404, headers: {'Cache-Control': 'no-store'}});
  }
  if (target === pathname) return;
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
    // Everything except Next's assets, files with an extension, and the canonical pages, handouts and
    // feedback thank-you pages of app/_i18n/pages.ts, listed here because a matcher must be a literal (tests/unit/proxy.test.ts checks
    // the list against pages.ts). Canonical pages are then served straight from the prerendered cache.
    '/((?!_next/|(?:fr|fr/fiche|fr/merci|fr/therapie-assistee-par-la-ketamine|fr/therapie-assistee-par-la-ketamine/fiche|fr/therapie-assistee-par-la-ketamine/merci|fr/parcours-de-soins|fr/parcours-de-soins/fiche|fr/parcours-de-soins/merci|fr/parcours-de-soins/preparation|fr/parcours-de-soins/preparation/fiche|fr/parcours-de-soins/preparation/merci|fr/parcours-de-soins/seance|fr/parcours-de-soins/seance/fiche|fr/parcours-de-soins/seance/merci|fr/parcours-de-soins/integration|fr/parcours-de-soins/integration/fiche|fr/parcours-de-soins/integration/merci|fr/parcours-de-soins/entretien|fr/parcours-de-soins/entretien/fiche|fr/parcours-de-soins/entretien/merci|fr/risques-et-securite|fr/risques-et-securite/fiche|fr/risques-et-securite/merci|fr/fibromyalgie|fr/fibromyalgie/fiche|fr/fibromyalgie/merci|fr/questions-frequentes|fr/questions-frequentes/fiche|fr/questions-frequentes/merci|fr/aide-urgente|fr/aide-urgente/fiche|fr/sources|fr/sources/merci|fr/pour-les-cliniques|fr/pour-les-cliniques/merci|fr/mentions-legales|fr/mentions-legales/merci|fr/confidentialite|fr/confidentialite/merci|fr/accessibilite|fr/accessibilite/merci|en|en/handout|en/thank-you|en/ketamine-assisted-therapy|en/ketamine-assisted-therapy/handout|en/ketamine-assisted-therapy/thank-you|en/treatment-journey|en/treatment-journey/handout|en/treatment-journey/thank-you|en/treatment-journey/preparation|en/treatment-journey/preparation/handout|en/treatment-journey/preparation/thank-you|en/treatment-journey/session|en/treatment-journey/session/handout|en/treatment-journey/session/thank-you|en/treatment-journey/integration|en/treatment-journey/integration/handout|en/treatment-journey/integration/thank-you|en/treatment-journey/maintenance|en/treatment-journey/maintenance/handout|en/treatment-journey/maintenance/thank-you|en/risks-and-safety|en/risks-and-safety/handout|en/risks-and-safety/thank-you|en/fibromyalgia|en/fibromyalgia/handout|en/fibromyalgia/thank-you|en/faq|en/faq/handout|en/faq/thank-you|en/urgent-help|en/urgent-help/handout|en/sources|en/sources/thank-you|en/for-clinics|en/for-clinics/thank-you|en/legal-notice|en/legal-notice/thank-you|en/privacy|en/privacy/thank-you|en/accessibility|en/accessibility/thank-you)$|.*\\.[A-Za-z0-9]+$).*)',
    // Any request with a body (POST, PUT, PATCH...), wherever it goes.
    {source: '/((?!_next/).*)', has: [{type: 'header', key: 'content-length'}]},
    {source: '/((?!_next/).*)', has: [{type: 'header', key: 'transfer-encoding'}]},
    {source: '/((?!_next/).*)', has: [{type: 'header', key: 'content-type'}]},
  ],
};
