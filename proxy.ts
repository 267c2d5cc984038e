import {NextResponse, type NextRequest} from 'next/server';
import {canonicalPath} from './app/_i18n/resolve';

const badRequestPage = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>Adresse invalide · Invalid address</title></head><body><main><h1>Adresse invalide</h1><p>Cette adresse est mal formée. <a href="/fr">Aller à l’accueil</a> · <a href="/fr/aide-urgente">Besoin d’aide maintenant ?</a></p><section lang="en"><h2>Invalid address</h2><p>This address is malformed. <a href="/en">Go to the home page</a> · <a href="/en/urgent-help">Need help now?</a></p></section></main></body></html>`;

function plain(status: number, body: string, headers: Record<string, string> = {}) {
  return new NextResponse(body, {status, headers: {'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...headers}});
}

/**
 * Runs only where needed (see the matcher): the root, paths without a locale or with characters a
 * canonical URL never has, and requests that carry a body. Canonical pages fetched with GET skip it and
 * are served straight from the prerendered cache.
 */
export default function proxy(request: NextRequest) {
  const {method} = request;
  // The site has no forms: nothing but GET and HEAD has a meaning here.
  if (method !== 'GET' && method !== 'HEAD') return plain(405, 'Method Not Allowed', {Allow: 'GET, HEAD'});
  const {pathname, search} = request.nextUrl;
  try {
    decodeURIComponent(pathname);
  } catch {
    // Next would answer a bad %-encoding with a 500 of its own; say clearly that the address is malformed.
    return plain(400, badRequestPage);
  }
  const target = canonicalPath(pathname, request.headers.get('accept-language'));
  if (!target || target === pathname) return;
  const url = request.nextUrl.clone();
  url.pathname = target;
  url.search = search;
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
    // Everything except Next's assets, files with an extension, and lowercase paths under /fr or /en
    // (canonical pages, known 404s, or wrong-language slugs that next.config.ts redirects).
    '/((?!_next/|(?:fr|en)(?:/[a-z0-9-]+)*$|.*\\.[A-Za-z0-9]+$).*)',
    // Any request with a body (POST, PUT, PATCH...), wherever it goes.
    {source: '/((?!_next/).*)', has: [{type: 'header', key: 'content-length'}]},
    {source: '/((?!_next/).*)', has: [{type: 'header', key: 'transfer-encoding'}]},
    {source: '/((?!_next/).*)', has: [{type: 'header', key: 'content-type'}]},
  ],
};
