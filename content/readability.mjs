// Readability of a page's prose, measured on the parsed MDX tree so authors can check a file before building.
// Main text = headings, paragraphs and list items, with the text inside tags (a Callout's body); tables,
// code, frontmatter, expressions and tag attributes are left out, because the formulas were built for
// running prose.
import {createProcessor} from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';

const parser = createProcessor({remarkPlugins: [remarkGfm]});
const SKIP = new Set(['table', 'code', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm', 'yaml', 'html']);

/** Plain text of a node's descendants. */
function textOf(node) {
  if (SKIP.has(node.type)) return '';
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return ' ';
  return (node.children ?? []).map(textOf).join('');
}

/** The prose of an MDX source as blocks: one per heading or paragraph (list items hold paragraphs). */
export function proseBlocks(source) {
  const body = source.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '');
  const blocks = [];
  const walk = (node) => {
    if (SKIP.has(node.type)) return;
    if (node.type === 'heading' || node.type === 'paragraph') {
      const text = textOf(node).replace(/\s+/g, ' ').trim();
      if (/[\p{L}\p{N}]/u.test(text)) blocks.push(text);
      return;
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(parser.parse(body));
  return blocks;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** Sentences: split on terminal punctuation; a block without one (heading, list item) is one sentence. */
export function sentences(blocks) {
  const out = [];
  for (const b of blocks) {
    for (const part of b.split(/(?<=[.!?…])\s+(?=[^\s])/u)) if (part.match(WORD)) out.push(part);
  }
  return out;
}

/** English syllables, the usual vowel-group heuristic. */
export function syllablesEn(word) {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 1;
  if (w.length <= 3) return 1;
  w = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, (m) => m[0]).replace(/^y/, '');
  const groups = w.match(/[aeiouy]+/g);
  return Math.max(1, groups ? groups.length : 1);
}

/** French syllables: vowel groups, with the silent final e/es/ent of words of more than one group. */
export function syllablesFr(word) {
  let w = word.toLowerCase().replace(/[^a-zàâäéèêëîïôöùûüÿœæ]/g, '');
  if (!w) return 1;
  const count = (x) => (x.match(/[aeiouyàâäéèêëîïôöùûüÿœæ]+/g) || []).length;
  if (count(w) > 1) w = w.replace(/(?:e|es|ent)$/, '');
  return Math.max(1, count(w));
}

/** Scores for one MDX source: Flesch Reading Ease (en) or Kandel & Moles (fr). */
export function readability(source, locale) {
  const sents = sentences(proseBlocks(source));
  const words = sents.flatMap((x) => x.match(WORD) || []);
  const syl = words.reduce((n, w) => n + (locale === 'fr' ? syllablesFr(w) : syllablesEn(w)), 0);
  const wps = words.length / Math.max(1, sents.length);
  const spw = syl / Math.max(1, words.length);
  const score = locale === 'fr'
    ? 207 - 1.015 * wps - 0.736 * (spw * 100)
    : 206.835 - 1.015 * wps - 84.6 * spw;
  return {words: words.length, sentences: sents.length, wordsPerSentence: wps, syllablesPerWord: spw, score};
}

/** The target each locale's score must reach. */
export const TARGET = {fr: 60, en: 60};

/** Below this many words a score means nothing (empty text scores about 207): the check fails instead. */
export const MIN_WORDS = 100;

/** Does a page's prose pass: enough words to measure, and a score at the locale's target? */
export function meetsTarget(r, locale) {
  return r.words >= MIN_WORDS && r.score >= TARGET[locale];
}
