// The small localized HTML pages the feedback endpoint answers with when a submission is not saved.
// Plain strings (a route handler renders no React); every dynamic value is escaped.
import {translator} from '../../_i18n/messages';
import {pathFor, type Locale, type PageId} from '../../_i18n/pages';

export type Problem = 'unavailable' | 'crossSite' | 'invalid' | 'unsupported' | 'tooLarge' | 'tooMany';

export const statusOf: Record<Problem, number> = {unavailable: 503, crossSite: 403, invalid: 400, unsupported: 415, tooLarge: 413, tooMany: 429};

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[c]!);
}

export function problemPage(locale: Locale, problem: Problem, page?: PageId): string {
  const t = translator(locale, 'Feedback');
  const links = [
    ...(page ? [`<a href="${escapeHtml(pathFor(locale, page))}">${escapeHtml(t('back'))}</a>`] : []),
    `<a href="${pathFor(locale, 'home')}">${escapeHtml(t('home'))}</a>`,
    `<a href="${pathFor(locale, 'urgent-help')}">${escapeHtml(t('urgentLink'))}</a>`,
  ];
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(t('errorTitle'))}</title></head><body><main><h1>${escapeHtml(t('errorTitle'))}</h1><p>${escapeHtml(t(problem))}</p><ul>${links.map((l) => `<li>${l}</li>`).join('')}</ul></main></body></html>`;
}

export function problemResponse(locale: Locale, problem: Problem, page?: PageId, headers: Record<string, string> = {}): Response {
  return new Response(problemPage(locale, problem, page), {
    status: statusOf[problem],
    headers: {'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...headers},
  });
}
