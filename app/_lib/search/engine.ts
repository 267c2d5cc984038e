// The search engine: MiniSearch (see the commit that chose it over Orama) with per-language analysis.
// The ranking is MiniSearch's own BM25+; this module only sets its options (fields and their weights,
// typo tolerance, prefix on the last word, stemming, stop words, synonyms) and shapes the results.
import MiniSearch, {type Options, type SearchOptions} from 'minisearch';
import {searchSynonyms, searchTopics} from '../../../content/data/search-synonyms';
import {locales, type Locale, type PageId} from '../../_i18n/pages';
import {fold, term, terms, words} from './normalize';
import {MAX_RESULTS} from './limits';
import {prepareTexts, type PreparedText} from './snippet';
import type {SearchDoc} from './documents';

export type {SearchDoc};

/** Field weights: page title, then section headings, then FAQ questions, then body text. */
export const fieldBoost = {title: 3, heading: 2.5, question: 2.4, body: 1} as const;
const fields = Object.keys(fieldBoost);

export {MAX_RESULTS};

/** MiniSearch options for one language: the same at index time and when a saved index is loaded. */
export function indexOptions(locale: Locale): Options<SearchDoc> {
  return {
    idField: 'id',
    fields,
    storeFields: [],
    tokenize: (text) => words(text),
    // The page title is indexed once, on the page's opening section, so that a word of the title does
    // not lift every section of that page above the sections that answer.
    extractField: (doc, field) => (field === 'title' && doc.anchor ? '' : String(doc[field as keyof SearchDoc] ?? '')),
    // Each word is stored stemmed, and in titles, headings and questions also whole (without accents): a typo often
    // breaks the stemmer ("depresion" stems to itself), and one edit away from the whole word still finds it.
    // Body text keeps the stem only, which holds the index under 5 MB in memory.
    processTerm: (word, field) => {
      const stem = term(locale, word);
      if (!stem) return null;
      const whole = fold(word);
      return whole === stem || field === 'body' ? stem : [stem, whole];
    },
    searchOptions: searchOptions(locale),
  };
}

/** Shortest last word that is also matched as a prefix. */
export const MIN_PREFIX = 3;

/** Typo tolerance: one edit on words of 5 letters or more, none on shorter ones. */
const fuzzy = (t: string) => (t.length >= 5 ? 1 : false);

function searchOptions(locale: Locale): SearchOptions {
  return {
    boost: {...fieldBoost},
    // The query's words are already analysed (see queryTerms): do not analyse them twice.
    tokenize: (text) => text.split(' ').filter(Boolean),
    processTerm: (t) => t,
    fuzzy: (t) => fuzzy(t),
    maxFuzzy: 1,
    // Prefix matching on the last word only: it may be unfinished. Not on synonyms (they come first).
    // From 3 letters: a one- or two-letter prefix ("a", "b") would match half the guide.
    prefix: (t, i, all) => i === all.length - 1 && t.length >= MIN_PREFIX,
    combineWith: 'OR',
    // Each field's words weigh for themselves; a section found by more of the query's words ranks first.
    weights: {fuzzy: 0.45, prefix: 0.35},
  };
}

type SynonymRule = {key: string[]; add: string[]};
const synonymRules: Record<Locale, SynonymRule[]> = Object.fromEntries(
  locales.map((locale) => [
    locale,
    Object.entries(searchSynonyms[locale]).map(([key, add]) => ({key: terms(locale, key), add: add.flatMap((w) => terms(locale, w))})),
  ]),
) as Record<Locale, SynonymRule[]>;

type TopicRule = {keys: string[][]; add: string[]; sections: string[]; boost: number; figures: boolean; unlessOther: boolean};
const topicRules: Record<Locale, TopicRule[]> = Object.fromEntries(
  locales.map((locale) => [
    locale,
    searchTopics.map((t) => ({
      keys: t.words.map((w) => terms(locale, w)).filter((k) => k.length),
      add: (t.add?.[locale] ?? []).flatMap((w) => terms(locale, w)),
      sections: t.sections, boost: t.boost, figures: !!t.figures, unlessOther: !!t.unlessOther,
    })),
  ]),
) as Record<Locale, TopicRule[]>;

/** Does the phrase `key` occur in `own`, word after word? */
const contains = (own: string[], key: string[]) => {
  for (let i = 0; i + key.length <= own.length; i++) if (key.every((k, j) => own[i + j] === k)) return true;
  return false;
};

/** What the query's topics (content/data/search-synonyms.ts) ask of the ranking and the snippets. */
export type QueryTopics = {boosts: {sections: string[]; boost: number}[]; figures: boolean};

/**
 * The query's terms as the index stores them (stemmed, no accents, no stop words), with the synonyms of
 * its words or phrases placed first, so that the reader's last word stays last for prefix matching; and
 * the topics it names (money, a condition, a country).
 */
export function queryTerms(locale: Locale, query: string): {terms: string[]; synonyms: string[]; topics: QueryTopics} {
  const own = terms(locale, query);
  const synonyms = new Set<string>();
  for (const rule of synonymRules[locale]) {
    if (rule.key.length && contains(own, rule.key)) rule.add.forEach((a) => !own.includes(a) && synonyms.add(a));
  }
  const named = topicRules[locale].filter((t) => t.keys.some((k) => contains(own, k)));
  const topics = named.filter((t) => !t.unlessOther || named.every((o) => o.unlessOther));
  for (const t of topics) t.add.forEach((a) => !own.includes(a) && synonyms.add(a));
  return {terms: own, synonyms: [...synonyms], topics: {boosts: topics.map(({sections, boost}) => ({sections, boost})), figures: topics.some((t) => t.figures)}};
}

/** The ranking factor of a section (`locale:page#anchor`) for the topics a query names: the product of their boosts. */
export function topicBoost(id: string, topics: QueryTopics): number {
  const key = id.slice(id.indexOf(':') + 1);
  const page = key.slice(0, key.indexOf('#'));
  let factor = 1;
  for (const {sections, boost} of topics.boosts) {
    if (sections.some((s) => s === key || s === `${page}#*`)) factor *= boost;
  }
  return factor;
}

export type SearchHit = {doc: SearchDoc; score: number; matched: string[]; prepared: PreparedText; /** The snippet prefers amounts. */ figures: boolean};

/** A loaded index for both languages: the MiniSearch instances and the sections they point to. */
export class SearchIndex {
  /** Each section's words, read once for its snippets (snippet.ts), by section id. */
  private readonly prepared = new Map<string, PreparedText>();

  constructor(
    private readonly engines: Record<Locale, MiniSearch<SearchDoc>>,
    private readonly docs: Map<string, SearchDoc>,
  ) {
    // All at load time (about 55,000 words, a few tens of ms), so no reader's search pays for it.
    for (const locale of locales) {
      const own = [...docs.values()].filter((doc) => doc.locale === locale);
      prepareTexts(locale, own.map((doc) => doc.body)).forEach((prepared, i) => this.prepared.set(own[i].id, prepared));
    }
  }

  static build(docs: SearchDoc[]): SearchIndex {
    const engines = Object.fromEntries(
      locales.map((locale) => {
        const engine = new MiniSearch<SearchDoc>(indexOptions(locale));
        engine.addAll(docs.filter((d) => d.locale === locale));
        return [locale, engine];
      }),
    ) as Record<Locale, MiniSearch<SearchDoc>>;
    return new SearchIndex(engines, new Map(docs.map((d) => [d.id, d])));
  }

  /** A plain-JSON form of the index (MiniSearch's own serialisation) and its sections. */
  toJSON(): SerializedIndex {
    return {version: 1, docs: [...this.docs.values()], engines: Object.fromEntries(locales.map((l) => [l, this.engines[l].toJSON()])) as SerializedIndex['engines']};
  }

  static fromJSON(data: SerializedIndex): SearchIndex {
    if (data?.version !== 1) throw new Error('search index: unknown format; run npm run build');
    const engines = Object.fromEntries(
      locales.map((l) => [l, MiniSearch.loadJS<SearchDoc>(data.engines[l] as never, indexOptions(l))]),
    ) as Record<Locale, MiniSearch<SearchDoc>>;
    return new SearchIndex(engines, new Map(data.docs.map((d) => [d.id, d])));
  }

  get size(): number {
    return this.docs.size;
  }

  /** How many sections one language has (no search in it finds more). */
  sections(locale: Locale): number {
    return this.engines[locale].documentCount;
  }

  /** One section by id (`locale:page#anchor`). */
  doc(id: string): SearchDoc | undefined {
    return this.docs.get(id);
  }

  /** Sections of one language for a cleaned query, best first (MiniSearch's score): the first `limit`. */
  search(locale: Locale, query: string, limit = MAX_RESULTS): SearchHit[] {
    return this.find(locale, query, limit).hits;
  }

  /** The first `limit` sections for a query, and how many sections match in all. `analysed`: queryTerms(locale, query), when already made. */
  find(locale: Locale, query: string, limit = MAX_RESULTS, analysed = queryTerms(locale, query)): {hits: SearchHit[]; total: number} {
    const {terms: own, synonyms, topics} = analysed;
    if (!own.length && !synonyms.length) return {hits: [], total: 0};
    // A query that names a topic ranks its sections first (MiniSearch multiplies their score).
    // Synonyms come first and are the guide's own words, spelled right: only the reader's words may be typos.
    const results = this.engines[locale].search([...synonyms, ...own].join(' '), {
      fuzzy: (t, i) => (i < synonyms.length ? false : fuzzy(t)),
      ...(topics.boosts.length ? {boostDocument: (id) => topicBoost(String(id), topics)} : {}),
    });
    const hits = results.slice(0, limit).flatMap((r) => {
      const doc = this.docs.get(String(r.id));
      const prepared = this.prepared.get(String(r.id));
      return doc && prepared ? [{doc, score: r.score, matched: r.terms, prepared, figures: topics.figures}] : [];
    });
    return {hits, total: results.length};
  }
}

export type SerializedIndex = {version: 1; docs: SearchDoc[]; engines: Record<Locale, unknown>};

/** Does the cleaned query have any word worth searching? (Only stop words or symbols: no.) */
export function hasSearchableWords(locale: Locale, query: string): boolean {
  return queryTerms(locale, query).terms.length > 0;
}

export const pageOf = (hit: SearchHit): PageId => hit.doc.page;
export {fold};
