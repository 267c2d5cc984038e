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
  const tokens = text.match(/[\p{L}\p{N}]+|[^\p{L}\p{N}]+/gu) ?? [];
  const wordIdx: number[] = [];
  const hits: boolean[] = [];
  tokens.forEach((tok, i) => {
    if (/^[\p{L}\p{N}]/u.test(tok)) {
      wordIdx.push(i);
      const t = term(locale, tok);
      hits.push(!!t && wanted.has(t));
    }
  });
  let start = 0;
  let best = -1;
  for (let w = 0; w < wordIdx.length; w++) {
    if (!hits[w]) continue;
    const from = Math.max(0, w - 4);
    const count = hits.slice(from, from + size).filter(Boolean).length;
    if (count > best) {
      best = count;
      start = from;
    }
  }
  const end = Math.min(wordIdx.length, start + size);
  const firstTok = wordIdx[start] ?? 0;
  const lastTok = end > 0 ? wordIdx[end - 1] : -1;
  const parts: SnippetPart[] = [];
  for (let i = firstTok; i <= lastTok; i++) {
    const w = wordIdx.indexOf(i);
    const mark = w >= 0 && hits[w];
    const prev = parts[parts.length - 1];
    if (prev && prev.mark === mark && !mark) prev.text += tokens[i];
    else parts.push({text: tokens[i], mark});
  }
  return {parts, before: start > 0, after: end < wordIdx.length};
}
