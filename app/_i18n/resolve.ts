import {decodePath, defaultLocale, isLocale, routeForPath, routePath, type Locale} from './pages';

/**
 * Pick the locale for a visitor from an Accept-Language header: the highest-weighted tag whose primary
 * language is one of ours wins; anything else, or nothing, gives the default locale (fr).
 */
export function negotiateLocale(header: string | null | undefined): Locale {
  if (!header) return defaultLocale;
  let best: {locale: Locale; q: number; index: number} | undefined;
  // Bounded: a hostile multi-kilobyte header costs at most this many entries.
  header.slice(0, 4096).split(',').slice(0, 50).forEach((part, index) => {
    const [tag, ...params] = part.trim().split(';');
    const lang = tag.trim().toLowerCase().split('-')[0];
    if (!isLocale(lang)) return;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!(q > 0)) return;
    if (!best || q > best.q || (q === best.q && index < best.index)) best = {locale: lang, q, index};
  });
  return best?.locale ?? defaultLocale;
}

/**
 * The canonical URL path for a forgiving one (no locale, other language's slug, upper case, trailing
 * or doubled slashes), or null when the path names no public route. Returns the input when it is canonical.
 */
export function canonicalPath(pathname: string, acceptLanguage?: string | null): string | null {
  const decoded = decodePath(pathname);
  if (decoded === null) return null;
  const route = routeForPath(decoded, () => negotiateLocale(acceptLanguage));
  return route && routePath(route);
}
