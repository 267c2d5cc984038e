// From the raw `q` parameter to what the results page shows. Pure (given an index), so unit tests cover
// every state the page can be in without a server.
import {otherLocale, pathFor, type Locale} from '../../_i18n/pages';
import {crisisSections} from '../../../content/data/crisis-terms';
import {cleanQuery} from './normalize';
import {crisisMatch, withoutCrisisContext} from './crisis';
import {MAX_RESULTS, queryTerms, type SearchDoc, type SearchIndex} from './engine';
import {snippet, type Snippet} from './snippet';

export type ResultItem = {href: string; pageTitle: string; heading: string; snippet: Snippet};
/** A section offered to a person in distress: a link, no snippet. */
export type HelpItem = {href: string; pageTitle: string; heading: string};

export type ResultsView = {
  /** The query as searched (cleaned, maybe truncated); '' when there is none. */
  query: string;
  truncated: boolean;
  crisis: boolean;
  /**
   * empty: no query; noWords: only stop words or symbols; results: at least one; none: nothing found;
   * crisis: the query expresses danger (the sections that help, then any other results; no spelling hint).
   */
  state: 'empty' | 'noWords' | 'results' | 'none' | 'crisis';
  /** For a crisis query: the sections that help, always the same, in order (content/data/crisis-terms.ts). */
  help: HelpItem[];
  items: ResultItem[];
  /** How many sections match in all (items holds the first MAX_RESULTS). */
  total: number;
  /** When nothing is found here: how many sections the other language finds. */
  otherLanguageCount: number;
};

const hrefOf = (locale: Locale, doc: SearchDoc) => pathFor(locale, doc.page) + (doc.anchor ? `#${doc.anchor}` : '');

/** The sections that help, as the index has them in this locale (a section missing from the index is left out). */
export function helpItems(index: SearchIndex, locale: Locale): HelpItem[] {
  return crisisSections.flatMap((key) => {
    const doc = index.doc(`${locale}:${key}`);
    return doc ? [{href: hrefOf(locale, doc), pageTitle: doc.title, heading: doc.question || doc.heading || doc.title}] : [];
  });
}

export function resultsView(index: SearchIndex, locale: Locale, raw: string | string[] | undefined): ResultsView {
  const {query, truncated} = cleanQuery(raw);
  const match = query ? crisisMatch(query) : {crisis: false, contextWords: new Set<string>()};
  const base = {query, truncated, crisis: match.crisis, help: [] as HelpItem[], items: [], total: 0, otherLanguageCount: 0};
  if (!query) return {...base, state: 'empty'};
  // In distress: the sections that help first, then what the rest of the query finds (without the words
  // that only framed the phrase, so "I want to die" does not list every section that says "want").
  const searched = match.crisis ? withoutCrisisContext(query, match) : query;
  if (match.crisis) {
    const help = helpItems(index, locale);
    const shown = new Set(help.map((h) => h.href));
    const analysed = queryTerms(locale, searched);
    const {hits} = analysed.terms.length ? index.find(locale, searched, MAX_RESULTS, analysed) : {hits: []};
    const items = hits.map((h) => toItem(locale, h)).filter((i) => !shown.has(i.href));
    return {...base, state: 'crisis', help, items, total: items.length};
  }
  // The query's words are analysed once, for this check and the search (engine.ts, hasSearchableWords).
  const analysed = queryTerms(locale, query);
  if (!analysed.terms.length) return {...base, state: 'noWords'};
  const {hits, total} = index.find(locale, query, MAX_RESULTS, analysed);
  if (!hits.length) return {...base, state: 'none', otherLanguageCount: index.find(otherLocale(locale), query, 0).total};
  return {...base, state: 'results', items: hits.map((h) => toItem(locale, h)), total};
}

function toItem(locale: Locale, {doc, matched, prepared, figures}: ReturnType<SearchIndex['search']>[number]): ResultItem {
  return {
    href: hrefOf(locale, doc),
    pageTitle: doc.title,
    heading: doc.question || doc.heading || doc.title,
    snippet: snippet(locale, doc.body, matched, undefined, prepared, figures),
  };
}
