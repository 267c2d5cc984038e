// A short extract of a section around the words the search matched, as text parts to render with <mark>.
// Parts are plain strings that the results page escapes (app/_lib/html.ts): nothing from the content or the
// query is injected.
//
// Every search shows up to ten snippets of sections that can run to 900 words. Reading those words again on
// each request (a regular expression, then the stemmer, per word) was most of a search's cost, so each
// section's words are read once, when the index loads (prepareTexts): where each word starts and ends, and
// its term as a small number. A snippet then only compares numbers and cuts the text at those offsets.
import type {Locale} from '../../_i18n/pages';
import {term} from './normalize';

export type SnippetPart = {text: string; mark: boolean};
export type Snippet = {parts: SnippetPart[]; before: boolean; after: boolean};

/** Words shown in a snippet. */
export const SNIPPET_WORDS = 28;

/** The words of many texts in one table: where each starts in its text, its length and its term number. */
type WordTable = {starts: Uint16Array | Uint32Array; lengths: Uint8Array | Uint16Array; terms: Uint16Array | Uint32Array};

/**
 * A section's words, read once: words `from` to `from + count` of a table shared by every section of its
 * language (one set of typed arrays, not three per section: each array costs about 190 bytes of heap besides
 * its contents), and which of them are amounts of money (null for the many sections without any). As small as
 * they hold: a section is a few thousand characters (16-bit starts), a word far fewer than 256 letters.
 */
export type PreparedText = {table: WordTable; from: number; count: number; amounts: Uint8Array | null};

/**
 * Term numbers per language. They only grow while the index loads (the pages' vocabulary: about 1,900
 * French and 1,600 English terms); a query's terms are looked up, never added.
 */
const termIds: Record<Locale, Map<string, number>> = {fr: new Map(), en: new Map()};

/** Start the term numbers afresh: only for measuring an index's memory (app/_build/search-index.ts), never while one serves. */
export function forgetTermIds(): void {
  for (const ids of Object.values(termIds)) ids.clear();
}

/** Read the words of texts of one language once, into one shared table. `memo` may carry word -> term across calls. */
export function prepareTexts(locale: Locale, texts: readonly string[], memo = new Map<string, string | null>()): PreparedText[] {
  const starts: number[] = [];
  const lengths: number[] = [];
  const terms: number[] = [];
  const ids = termIds[locale];
  const spans = texts.map((text) => {
    const from = starts.length;
    for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
      const word = m[0];
      let t = memo.get(word);
      if (t === undefined) memo.set(word, (t = term(locale, word)));
      let id = 0;
      if (t !== null) {
        id = ids.get(t) ?? 0;
        if (!id) ids.set(t, (id = ids.size + 1));
      }
      starts.push(m.index);
      lengths.push(word.length);
      terms.push(id);
    }
    return {from, count: starts.length - from};
  });
  const table: WordTable = {
    starts: texts.every((text) => text.length < 65_536) ? Uint16Array.from(starts) : Uint32Array.from(starts),
    lengths: lengths.every((n) => n < 256) ? Uint8Array.from(lengths) : Uint16Array.from(lengths),
    terms: ids.size < 65_536 ? Uint16Array.from(terms) : Uint32Array.from(terms),
  };
  return spans.map(({from, count}, i) => {
    const prepared: PreparedText = {table, from, count, amounts: null};
    prepared.amounts = amounts(texts[i], prepared);
    return prepared;
  });
}

/** One text's words (tests, and a snippet asked without them). */
export const prepareText = (locale: Locale, text: string): PreparedText => prepareTexts(locale, [text])[0];

const currencyWords = /^\s*(euros?|eur|dollars?|usd|cad|chf|francs?|livres?|pounds?)\b/i;

/** Which words of a text are amounts of money: a number with €, $ or £ beside it, or followed by "euros", "dollars"… */
function amounts(text: string, {table: {starts, lengths}, from, count}: PreparedText): Uint8Array | null {
  let marks: Uint8Array | null = null;
  for (let w = 0; w < count; w++) {
    const s = starts[from + w], e = s + lengths[from + w];
    if (!/^\d+$/.test(text.slice(s, e))) continue;
    if (/[€$£]/.test(text.slice(Math.max(0, s - 2), e + 2)) || currencyWords.test(text.slice(e, e + 12).replace(/^[\s\u00a0\u202f\d]+/, ' '))) (marks ??= new Uint8Array(count))[w] = 1;
  }
  return marks;
}

/**
 * The window of `size` words of `text` that holds the most matched words (index terms), starting a few
 * words before the first of them; matched words are marked. Without a match in the text, its start.
 * `prepared` is prepareText(locale, text); without it, the text is read now. With `figures` (a question
 * about money), amounts count as matched words too, so the snippet shows the part of the section that
 * gives prices rather than its opening.
 */
export function snippet(locale: Locale, text: string, matched: Iterable<string>, size = SNIPPET_WORDS, prepared = prepareText(locale, text), figures = false): Snippet {
  const ids = termIds[locale];
  const wanted = new Set<number>();
  for (const t of matched) {
    const id = ids.get(t);
    if (id) wanted.add(id);
  }
  // Word w of this text is word base + w of its language's table.
  const {table: {starts, lengths, terms}, from: base, count} = prepared;
  const hit = (w: number) => (terms[base + w] !== 0 && wanted.has(terms[base + w]) ? 1 : 0);
  // The window of `size` words holding the most hits, starting 4 words before one of them.
  let start = 0;
  // A question about money in a section without amounts: as if it were about nothing more.
  const money = figures ? prepared.amounts : null;
  if (wanted.size || money) {
    // below[w]: how many of the words before w are hits, so that any window's count is one subtraction.
    const below = new Uint32Array(count + 1);
    for (let w = 0; w < count; w++) below[w + 1] = below[w] + (hit(w) || (money?.[w] ?? 0));
    let best = -1;
    for (let w = 0; w < count; w++) {
      if (below[w + 1] === below[w]) continue;
      const from = Math.max(0, w - 4);
      const n = below[Math.min(count, from + size)] - below[from];
      if (n > best) {
        best = n;
        start = from;
      }
      if (n === size) break;
    }
  }
  const end = Math.min(count, start + size);
  const parts: SnippetPart[] = [];
  const plain = (s: string) => {
    const prev = parts[parts.length - 1];
    if (prev && !prev.mark) prev.text += s;
    else parts.push({text: s, mark: false});
  };
  for (let w = start; w < end; w++) {
    const at = base + w;
    if (w > start) plain(text.slice(starts[at - 1] + lengths[at - 1], starts[at]));
    const word = text.slice(starts[at], starts[at] + lengths[at]);
    if (hit(w)) parts.push({text: word, mark: true});
    else plain(word);
  }
  return {parts, before: start > 0, after: end < count};
}
