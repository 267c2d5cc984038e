// From the raw `q` parameter to what the results page shows. Pure (given an index), so unit tests cover
// every state the page can be in without a server.
import {otherLocale, pathFor, type Locale} from '../../_i18n/pages';
import {cleanQuery} from './normalize';
import {isCrisisQuery} from './crisis';
import {hasSearchableWords, type SearchIndex} from './engine';
import {snippet, type Snippet} from './snippet';

export type ResultItem = {href: string; pageTitle: string; heading: string; snippet: Snippet};

export type ResultsView = {
  /** The query as searched (cleaned, maybe truncated); '' when there is none. */
  query: string;
  truncated: boolean;
  crisis: boolean;
  /** empty: no query; noWords: only stop words or symbols; results: at least one; none: nothing found. */
  state: 'empty' | 'noWords' | 'results' | 'none';
  items: ResultItem[];
  /** How many sections match in all (items holds the first MAX_RESULTS). */
  total: number;
  /** When nothing is found here: how many sections the other language finds. */
  otherLanguageCount: number;
};

export function resultsView(index: SearchIndex, locale: Locale, raw: string | string[] | undefined): ResultsView {
  const {query, truncated} = cleanQuery(raw);
  const base = {query, truncated, crisis: query ? isCrisisQuery(query) : false, items: [], total: 0, otherLanguageCount: 0};
  if (!query) return {...base, state: 'empty'};
  if (!hasSearchableWords(locale, query)) return {...base, state: 'noWords'};
  const {hits, total} = index.find(locale, query);
  if (!hits.length) return {...base, state: 'none', otherLanguageCount: index.find(otherLocale(locale), query, 0).total};
  const items = hits.map(({doc, matched, prepared}) => ({
    href: pathFor(locale, doc.page) + (doc.anchor ? `#${doc.anchor}` : ''),
    pageTitle: doc.title,
    heading: doc.question || doc.heading || doc.title,
    snippet: snippet(locale, doc.body, matched, undefined, prepared),
  }));
  return {...base, state: 'results', items, total};
}
