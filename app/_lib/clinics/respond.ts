// The referral email builder's answer for one request (issue 22; README, For clinics): a pure function of the
// locale and the query, independent of the server that calls it. The query is never logged or stored: it
// lives in this request's memory only.
import {isLocale, locales, pathFor} from '../../_i18n/pages';
import {translator} from '../../_i18n/messages';
import {plainPage as plainHtml} from '../html';
import {readBuilderRequest} from './input';
import {renderBuilderPage, statusOf} from './render';
import {loadBuilderShell, type BuilderShell} from './shell';

/**
 * Headers of every builder answer. private, no-store: no shared cache keeps a page with a clinic's words, and
 * the browser does not store it. no-referrer: the query never travels in a Referer when a link is followed.
 * noindex: not for search engines. The server adds the site's security headers (CSP and the rest).
 */
export const builderHeaders = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'private, no-store',
  'Referrer-Policy': 'no-referrer',
  'X-Robots-Tag': 'noindex',
} as const;

export type BuilderAnswer = {status: number; headers: Readonly<Record<string, string>>; body: string};

export type BuilderOptions = {
  /** The raw query string's length, when the server has it (else the parameters' own serialisation). */
  queryLength?: number;
  /** The built site's root, where build/site/<locale>/clinic-email-shell.html is (default: cwd). */
  dir?: string;
  /** The finished shell's file for a locale, when not at `dir`'s build/site. */
  shellFile?: (locale: 'fr' | 'en') => string;
  /** The shell itself (tests, or a server that keeps it elsewhere); overrides `dir` and `shellFile`. */
  shell?: (locale: 'fr' | 'en') => BuilderShell | null;
};

/** A plain bilingual page for the rare answers that are not the builder (no stylesheet needed). */
const plainPage = (status: number, title: string, paragraphs: Parameters<typeof plainHtml>[1]): BuilderAnswer =>
  ({status, headers: builderHeaders, body: plainHtml(title, paragraphs)});

const clinicsLinks = (text: (l: 'fr' | 'en') => string) =>
  locales.map((l) => ({lang: l, text: text(l), href: pathFor(l, 'for-clinics'), link: translator(l, 'Pages')('for-clinics')}));

const unavailable = () => plainPage(503, 'Courriels indisponibles · Email builder unavailable', clinicsLinks((l) => translator(l, 'ClinicBuilder')('unavailable')));
const notFound = () => plainPage(404, 'Page introuvable · Page not found', clinicsLinks((l) => translator(l, 'NotFound')('title')));

/**
 * The builder's page for `locale` ('fr' or 'en') and the request's query: the form, the email and the letter,
 * or the form with what to fix. Never throws: an unknown locale gets a 404, a missing build a 503.
 */
export function builderAnswer(locale: string, params: URLSearchParams, opts: BuilderOptions = {}): BuilderAnswer {
  try {
    if (!isLocale(locale)) return notFound();
    const shell = opts.shell ? opts.shell(locale) : loadBuilderShell(locale, opts.dir, opts.shellFile?.(locale));
    if (!shell) return unavailable();
    const view = readBuilderRequest(locale, params, opts.queryLength);
    return {status: statusOf(view), headers: builderHeaders, body: renderBuilderPage(shell, locale, view)};
  } catch (e) {
    // The error's kind only: its message could quote the request.
    console.error(`clinic email builder: could not answer (${e instanceof Error ? e.name : typeof e}); the request is not logged`);
    return unavailable();
  }
}

/** The same answer as a Response (Next's route handler app/[locale]/clinic-email/route.ts). */
export function builderResponse(locale: string, url: URL): Response {
  const {status, headers, body} = builderAnswer(locale, url.searchParams, {queryLength: Math.max(0, url.search.length - 1)});
  return new Response(body, {status, headers});
}
