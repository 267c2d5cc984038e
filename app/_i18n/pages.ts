// The URL contract: clinics print these URLs, so a slug never changes once published.
// Plain data with no imports, so next.config.ts (redirects) and the proxy can read it too.

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
  faq: {fr: '/questions-frequentes', en: '/faq'},
  'urgent-help': {fr: '/aide-urgente', en: '/urgent-help'},
  sources: {fr: '/sources', en: '/sources'},
  'for-clinics': {fr: '/pour-les-cliniques', en: '/for-clinics'},
  'legal-notice': {fr: '/mentions-legales', en: '/legal-notice'},
  privacy: {fr: '/confidentialite', en: '/privacy'},
  accessibility: {fr: '/accessibilite', en: '/accessibility'},
} as const satisfies Record<string, Record<Locale, string>>;

export type PageId = keyof typeof pages;
export const pageIds = Object.keys(pages) as PageId[];

/** The four phases of the journey, in order. */
export const phases = ['preparation', 'session', 'integration', 'maintenance'] as const satisfies readonly PageId[];
export type Phase = (typeof phases)[number];

/** Pages a patient reads, which get a printable handout (the others are about the site itself). */
export const patientPages: PageId[] = [
  'home', 'ketamine-assisted-therapy', 'treatment-journey', ...phases, 'risks-and-safety', 'fibromyalgia', 'faq', 'urgent-help',
];

/** Parent of each page for breadcrumbs (home has none). */
export const parentOf: Partial<Record<PageId, PageId>> = {
  preparation: 'treatment-journey',
  session: 'treatment-journey',
  integration: 'treatment-journey',
  maintenance: 'treatment-journey',
};

/** The localized URL path of a page, e.g. pathFor('fr', 'risks-and-safety') -> '/fr/risques-et-securite'. */
export function pathFor(locale: Locale, id: PageId): string {
  return `/${locale}${pages[id][locale]}`;
}

/** The internal path authors write in MDX links: the English path without locale ('/' for home). */
export function internalPath(id: PageId): string {
  return pages[id].en || '/';
}

const byInternal = new Map<string, PageId>(pageIds.map((id) => [internalPath(id), id]));
/** Page id for an internal path as written in MDX, or undefined. */
export function pageForInternalPath(path: string): PageId | undefined {
  return byInternal.get(path);
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export function otherLocale(locale: Locale): Locale {
  return locale === 'fr' ? 'en' : 'fr';
}

/** Last URL segment of a page's printable handout, per locale. */
export const handoutSegment: Record<Locale, string> = {fr: 'fiche', en: 'handout'};

/** The handout URL of a patient page, e.g. /fr/risques-et-securite/fiche (home: /fr/fiche). */
export function handoutPathFor(locale: Locale, id: PageId): string {
  return `${pathFor(locale, id)}/${handoutSegment[locale]}`;
}

/** Pages that end with the "Was this page useful?" form: all but urgent help, where nothing must slow a reader. */
export const feedbackPages: PageId[] = pageIds.filter((id) => id !== 'urgent-help');

/** Last URL segment of a page's feedback thank-you page, per locale. */
export const thanksSegment: Record<Locale, string> = {fr: 'merci', en: 'thank-you'};

/** Where the feedback form lands after a submission, e.g. /fr/fibromyalgie/merci (home: /fr/merci). */
export function thanksPathFor(locale: Locale, id: PageId): string {
  return `${pathFor(locale, id)}/${thanksSegment[locale]}`;
}

/** Every canonical URL path: each page in each locale, the handouts of patient pages, the feedback thank-you pages. */
export function canonicalPaths(): string[] {
  return locales.flatMap((locale) =>
    pageIds.flatMap((id) => [
      pathFor(locale, id),
      ...(patientPages.includes(id) ? [handoutPathFor(locale, id)] : []),
      ...(feedbackPages.includes(id) ? [thanksPathFor(locale, id)] : []),
    ]),
  );
}

/** Where a locale's not-found page is prerendered; the proxy rewrites unknown paths there with status 404. */
export const notFoundSegment = '404';
export function notFoundPathFor(locale: Locale): string {
  return `/${locale}/${notFoundSegment}`;
}
