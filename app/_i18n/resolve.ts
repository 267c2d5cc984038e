import {defaultLocale, isLocale, locales, pageIds, pages, pathFor, type Locale, type PageId} from './pages';

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

const slugIndex = new Map<string, {id: PageId; locales: Locale[]}>();
for (const id of pageIds) {
  for (const locale of locales) {
    const slug = pages[id][locale];
    if (!slug) continue;
    const entry = slugIndex.get(slug) ?? {id, locales: []};
    entry.locales.push(locale);
    slugIndex.set(slug, entry);
  }
}

/**
 * The canonical URL path for a forgiving one (no locale, other language's slug, upper case, trailing
 * or doubled slashes), or null when the path names no page. Returns the input when it is canonical.
 */
export function canonicalPath(pathname: string, acceptLanguage?: string | null): string | null {
  if (pathname.length > 512) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const segments = decoded.toLowerCase().split('/').filter(Boolean);
  let locale: Locale | undefined;
  if (segments.length && isLocale(segments[0])) locale = segments.shift() as Locale;
  const slug = segments.length ? '/' + segments.join('/') : '';
  if (!slug) return pathFor(locale ?? negotiateLocale(acceptLanguage), 'home');
  const hit = slugIndex.get(slug);
  if (!hit) return null;
  // Without a locale the slug's own language decides; a slug shared by both languages falls back on the header.
  const chosen = locale ?? (hit.locales.length === 1 ? hit.locales[0] : negotiateLocale(acceptLanguage));
  return pathFor(chosen, hit.id);
}
