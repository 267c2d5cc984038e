// Readability of a page's prose, measured on the MDX source so authors can check a file before building.
// Main text = headings, paragraphs and list items; tables, code, frontmatter and tag attributes are left out,
// because the formulas were built for running prose.

/** Strip MDX/markdown syntax and return the prose as blocks (one per paragraph, heading or list item). */
export function proseBlocks(source) {
  let s = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  s = s.replace(/\{\/\*[\s\S]*?\*\/\}/g, '');           // JSX comments (heading ids)
  s = s.replace(/```[\s\S]*?```/g, '');
  s = s.replace(/<[A-Za-z][^>]*\/>/g, '');              // self-closing tags: <Cite id="x" />
  s = s.replace(/<\/?(?:Term|abbr)\b[^>]*>/g, '');       // inline tags (<Term id="x">word</Term>) keep the sentence whole
  s = s.replace(/<\/?[A-Za-z][^>]*>/g, '\n');           // opening/closing tags keep their children
  s = s.replace(/!\[[^\]]*\]\([^)]*\)/g, '');
  s = s.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
  s = s.replace(/[*_`]/g, '');
  const blocks = [];
  for (const raw of s.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('|') || line.startsWith('import ') || line.startsWith('export ')) continue;
    const text = line.replace(/^#{1,6}\s+/, '').replace(/^([-+>]|\d+\.)\s+/, '').trim();
    if (/[\p{L}\p{N}]/u.test(text)) blocks.push(text);
  }
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
