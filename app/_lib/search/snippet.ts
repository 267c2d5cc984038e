// A short extract of a section around the words the search matched, as text parts to render with <mark>.
// Parts are plain strings that the results page escapes (app/_lib/search/html.ts): nothing from the content
// or the query is injected.
import type {Locale} from '../../_i18n/pages';
import {term} from './normalize';

export type SnippetPart = {text: string; mark: boolean};
export type Snippet = {parts: SnippetPart[]; before: boolean; after: boolean};

/** Words shown in a snippet. */
export const SNIPPET_WORDS = 28;

/**
 * The window of SNIPPET_WORDS words of `text` that holds the most matched words (index terms), starting a
 * few words before the first of them; matched words are marked. Without a match in the text, its start.
 */
export function snippet(locale: Locale, text: string, matched: Iterable<string>, size = SNIPPET_WORDS): Snippet {
  const wanted = new Set(matched);
  // Tokens: words and what lies between them, so the extract keeps the original punctuation and accents.
  // One pass; wordAt[token] is the word's number, or -1 between words. (Runs on every result of every
  // search: no second regular expression per token, no search in arrays.)
  const tokens: string[] = [];
  const wordAt: number[] = [];
  const hits: number[] = [];
  for (const m of text.matchAll(/([\p{L}\p{N}]+)|[^\p{L}\p{N}]+/gu)) {
    tokens.push(m[0]);
    if (m[1] === undefined) {
      wordAt.push(-1);
    } else {
      wordAt.push(hits.length);
      const t = term(locale, m[1]);
      hits.push(t !== null && wanted.has(t) ? 1 : 0);
    }
  }
  // The window of `size` words holding the most hits, starting 4 words before one of them (a sliding count).
  const within = (from: number) => {
    let n = 0;
    for (let w = from; w < Math.min(hits.length, from + size); w++) n += hits[w];
    return n;
  };
  let start = 0;
  let best = -1;
  for (let w = 0; w < hits.length; w++) {
    if (!hits[w]) continue;
    const from = Math.max(0, w - 4);
    const count = within(from);
    if (count > best) {
      best = count;
      start = from;
    }
    if (count === size) break;
  }
  const end = Math.min(hits.length, start + size);
  const parts: SnippetPart[] = [];
  let inside = false;
  for (let i = 0; i < tokens.length; i++) {
    const w = wordAt[i];
    if (w === start) inside = true;
    if (!inside) continue;
    const mark = w >= 0 && hits[w] === 1;
    const prev = parts[parts.length - 1];
    if (prev && !prev.mark && !mark) prev.text += tokens[i];
    else parts.push({text: tokens[i], mark});
    if (w === end - 1) break;
  }
  return {parts, before: start > 0, after: end < hits.length};
}
