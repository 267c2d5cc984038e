// The site's GET routes answered per request, by their public URL path. Everything else is a file of the
// build (site.ts), a redirect or a 404 (app.ts, from the route model). To add a page answered per request,
// write it as a pure function (locale, query parameters) -> {status, headers, body} (answer.ts) and add ONE
// line to `dynamicRoutes` below, with its path in each locale, e.g.
//   ...at({fr: '/fr/pour-les-cliniques/courriel', en: '/en/for-clinics/email'}, builderAnswer),
// A route declared in the route model (app/_i18n/pages.ts, specialRoutes with render: 'dynamic') also gets the
// forgiving URLs (other language's slug, case, trailing slash) that redirect to it; tests/unit/site-server
// checks that every such route of the model has its line here.
import {clinicEmailPathFor, locales, searchPathFor, type Locale} from '../_i18n/pages';
import {searchPageAnswer} from '../_lib/search/respond';
import {builderAnswer} from '../_lib/clinics/respond';
import type {AnswerFn} from './answer';

export type DynamicRoute = {locale: Locale; answer: AnswerFn};

/** The entries of one route: its path in each locale (a map, or a function of the locale) -> its answer. */
export function at(paths: Record<Locale, string> | ((locale: Locale) => string), answer: AnswerFn): [string, DynamicRoute][] {
  return locales.map((locale) => [typeof paths === 'function' ? paths(locale) : paths[locale], {locale, answer}]);
}

export const dynamicRoutes = new Map<string, DynamicRoute>([
  // The search results (README, Search): the query lives in this request's memory only.
  ...at(searchPathFor, (locale, params) => searchPageAnswer(locale, params.getAll('q'))),
  // The clinics' referral email and letter builder (README, For clinics): nothing of the query is kept.
  ...at(clinicEmailPathFor, (locale, params, query) => builderAnswer(locale, params, {queryLength: query.length})),
]);
