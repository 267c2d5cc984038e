import {NextResponse, type NextRequest} from 'next/server';
import {canonicalPath} from './app/_i18n/resolve';

/**
 * Forgiving URLs. Runs only where needed (see the matcher): the root, paths without a locale, and paths
 * with characters a canonical URL never has. Canonical pages skip it and are served straight from the
 * prerendered cache. Unknown paths fall through to the 404 pages.
 */
export default function proxy(request: NextRequest) {
  const {pathname, search} = request.nextUrl;
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
  // Everything except: Next's assets, files with an extension, and lowercase paths under /fr or /en
  // (those are canonical pages, known 404s or wrong-language slugs redirected by next.config.ts).
  matcher: ['/((?!_next/|(?:fr|en)(?:/[a-z0-9-]+)*$|.*\\.[A-Za-z0-9]+$).*)'],
};
