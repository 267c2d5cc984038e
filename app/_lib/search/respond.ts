// The search handler's answer for one request (app/[locale]/search/route.ts). The query is never logged,
// stored or sent anywhere: it lives in this request's memory only.
import {isLocale, pathFor, locales} from '../../_i18n/pages';
import {translator} from '../../_i18n/messages';
import {plainPage as plainHtml} from '../html';
import {renderSearchTail} from './render';
import {resultsView} from './results';
import {loadGlobalNotFound, loadShell} from './shell';
import {getSearchIndex} from './store';

/**
 * Headers of every search answer. private, no-store: no CDN, proxy or shared cache keeps a page that says
 * what someone searched for, and the browser does not store it either. noindex: results pages are not for
 * search engines. `Referrer-Policy: no-referrer`, the Content-Security-Policy and the other security headers
 * come from next.config.ts (its headers win over a route handler's).
 */
export const searchHeaders = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'private, no-store',
  'X-Robots-Tag': 'noindex',
} as const;

/** One answer of the search: what both the route handler and the server's fast path send (app/_server/search.ts). */
export type SearchAnswer = {status: number; headers: Readonly<Record<string, string>>; body: string};

/** A plain page in both languages, for the rare answers that are not results (no stylesheet needed). */
const plainPage = (status: number, title: string, paragraphs: Parameters<typeof plainHtml>[1]): SearchAnswer =>
  ({status, headers: searchHeaders, body: plainHtml(title, paragraphs)});

const unavailable = () =>
  plainPage(503, 'Recherche indisponible · Search unavailable', locales.map((l) => ({
    lang: l, text: translator(l, 'Search')('unavailable'), href: `${pathFor(l, 'home')}#all-pages`, link: translator(l, 'Search')('allPages'),
  })));

/** The site's static bilingual 404, as for any address outside both locales; a plain one without a build. */
const notFound = () => {
  const page = loadGlobalNotFound();
  return page ? {status: 404, headers: searchHeaders, body: page} : plainNotFound();
};

const plainNotFound = () =>
  plainPage(404, 'Page introuvable · Page not found', locales.map((l) => ({
    lang: l, text: translator(l, 'NotFound')('title'), href: pathFor(l, 'home'), link: translator(l, 'NotFound')('home'),
  })));

/** The results page for `locale` and the raw `q` values of the request, as a Response (the route handler). */
export function searchResponse(locale: string, q: string[]): Response {
  const {status, headers, body} = searchAnswer(locale, q);
  return new Response(body, {status, headers});
}

/** The results page for `locale` and the raw `q` values of the request. Never throws. */
export function searchAnswer(locale: string, q: string[]): SearchAnswer {
  const {body, ...rest} = searchPageAnswer(locale, q);
  return {...rest, body: typeof body === 'string' ? body : body.head.toString() + body.tail};
}

/**
 * The same answer as the site's server sends it (app/_server/routes.ts): a results page as the shell's
 * constant start, the same Buffer on every answer (the server compresses it once), and what this query adds.
 */
export function searchPageAnswer(locale: string, q: string[]): Omit<SearchAnswer, 'body'> & {body: string | {head: Buffer; tail: string}} {
  try {
    // Only the two locales: /de/search reaches this handler through app/[locale] but is no page of ours.
    if (!isLocale(locale)) return notFound();
    const shell = loadShell(locale);
    // No finished build (next dev, or a plain `next build`): say so rather than fail.
    if (!shell) return unavailable();
    const view = resultsView(getSearchIndex(), locale, q);
    return {status: 200, headers: searchHeaders, body: {head: shell.head, tail: renderSearchTail(shell, locale, view)}};
  } catch (e) {
    // Not the message: it could quote the query.
    console.error(`search: could not answer (${e instanceof Error ? e.name : typeof e}); the query is not logged`);
    return unavailable();
  }
}
