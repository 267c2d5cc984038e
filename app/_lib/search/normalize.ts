// Query and text normalisation shared by the index, the query side and the crisis check.
// Pure functions with no Next or React import, so the build script and unit tests use them as they are.
import {stemmer as frenchStemmer} from '@orama/stemmers/french';
import {stemmer as englishStemmer} from '@orama/stemmers/english';
import {stopwords as frenchStopwords} from '@orama/stopwords/french';
import {stopwords as englishStopwords} from '@orama/stopwords/english';
import type {Locale} from '../../_i18n/pages';
import {MAX_QUERY_CHARS} from './limits';

export {MAX_QUERY_CHARS};

/** Lower case, no accents (é -> e, œ -> oe), typographic apostrophes as plain ones. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[’‘ʼ`´]/g, "'");
}

/** Words of a text: runs of letters and digits (apostrophes, hyphens and punctuation split words). */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The query as typed, made safe: first value if repeated, no control characters, spaces collapsed, cut. */
export function cleanQuery(raw: string | string[] | undefined | null): {query: string; truncated: boolean} {
  const first = Array.isArray(raw) ? raw[0] : raw;
  const text = (typeof first === 'string' ? first : '')
    // Null bytes, other control characters and lone surrogates (from broken encodings) carry no words.
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = [...text];
  if (chars.length <= MAX_QUERY_CHARS) return {query: text, truncated: false};
  return {query: chars.slice(0, MAX_QUERY_CHARS).join('').trim(), truncated: true};
}

const stemmers: Record<Locale, (word: string) => string> = {fr: frenchStemmer, en: englishStemmer};
const stopSets: Record<Locale, Set<string>> = {
  fr: new Set(frenchStopwords.map(fold)),
  en: new Set(englishStopwords.map(fold)),
};

/** Is this (lower-case) word a stop word of the language? */
export function isStopWord(locale: Locale, word: string): boolean {
  return stopSets[locale].has(fold(word));
}

/**
 * One word as the index stores it: lower case, stemmed by the language's Snowball stemmer (@orama/stemmers), then without
 * accents (stemming first: the French stemmer reads accents). Stop words give null. No cache: a query has a few
 * words, and the sections' words are read once when the index loads (snippet.ts).
 */
export function term(locale: Locale, word: string): string | null {
  const lower = word.toLowerCase();
  return !lower || stopSets[locale].has(fold(lower)) ? null : fold(stemmers[locale](lower));
}

/** The terms of a text, stop words removed, in order. */
export function terms(locale: Locale, text: string): string[] {
  return words(text).map((w) => term(locale, w)).filter((t): t is string => !!t);
}
