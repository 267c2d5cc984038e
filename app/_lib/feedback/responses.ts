// The small localized HTML pages the feedback endpoint answers with when a submission is not saved.
// Built with the site's escaping HTML builder (a route handler renders no React).
import {translator} from '../../_i18n/messages';
import {pathFor, type Locale, type PageId} from '../../_i18n/pages';
import {html} from '../html';

export type Problem = 'unavailable' | 'crossSite' | 'invalid' | 'unsupported' | 'tooLarge' | 'tooMany' | 'tooManyOverall';

export const statusOf: Record<Problem, number> = {unavailable: 503, crossSite: 403, invalid: 400, unsupported: 415, tooLarge: 413, tooMany: 429, tooManyOverall: 429};

export function problemPage(locale: Locale, problem: Problem, page?: PageId): string {
  const t = translator(locale, 'Feedback');
  const links = [
    ...(page ? [[pathFor(locale, page), t('back')]] : []),
    [pathFor(locale, 'home'), t('home')],
    [pathFor(locale, 'urgent-help'), t('urgentLink')],
  ].map(([href, text]) => html`<li><a href="${href}">${text}</a></li>`);
  return html`<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${t('errorTitle')}</title></head><body><main><h1>${t('errorTitle')}</h1><p>${t(problem)}</p><ul>${links}</ul></main></body></html>`.value;
}

export function problemResponse(locale: Locale, problem: Problem, page?: PageId, headers: Record<string, string> = {}): Response {
  return new Response(problemPage(locale, problem, page), {
    status: statusOf[problem],
    headers: {'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...headers},
  });
}
