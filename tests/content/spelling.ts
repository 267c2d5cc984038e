// Spelling of the pages' visible text (tests/content/spelling.test.ts): Hunspell dictionaries through nspell
// (dictionary-fr, dictionary-en-gb) plus the project's word list, content/words.txt. The French dictionary
// takes about 15-20 s to load, so each locale's dictionary loads at most once per run, only the unique words
// are checked, and the dictionary's verdicts are kept in node_modules/.cache/spelling/ (keyed by the
// dictionary's version): a run whose words are all known there loads no dictionary at all.
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import nspell from 'nspell';
import type {Locale} from '@/app/_i18n/pages';

export const wordsFile = () => path.join(process.cwd(), 'content', 'words.txt');

const dictionaryPackage: Record<Locale, string> = {fr: 'dictionary-fr', en: 'dictionary-en-gb'};

/**
 * The project's words for one language: one per line, `#` starts a comment, `fr: ` or `en: ` before a word
 * keeps it to that language (an English word quoted in the French pages). A word written in lower case also
 * matches it capitalised.
 */
export function parseWordList(text: string, locale: Locale): Set<string> {
  const words = new Set<string>();
  for (const line of text.split('\n')) {
    const m = /^(?:(fr|en):\s*)?(\S+)$/.exec(line.replace(/#.*/, '').trim());
    if (m && (!m[1] || m[1] === locale)) words.add(m[2]);
  }
  return words;
}

export function inWordList(word: string, list: Set<string>): boolean {
  return list.has(word) || list.has(word.toLowerCase()) && word.slice(1) === word.slice(1).toLowerCase();
}

/** The words of a text: no web or mail addresses, paths or code names (utm_source), no tokens glued to digits (SUSTAIN-1, 1er), no single letters. */
export function tokens(text: string): string[] {
  const plain = text
    .replace(/\bhttps?:\/\/\S+|\bwww\.\S+|\S+@\S+\.\S+|\{site\}\S*/g, ' ')
    .replace(/\b10\.\d{4,}\/\S+/g, ' ')
    .replace(/[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|int|info|eu|fr|ca|uk|ie|be|ch)\b\S*/g, ' ')
    .replace(/(?<![\p{L}\p{N}])[/#][^\s)]*|\S*[#_]\S*/gu, ' ');
  const out: string[] = [];
  for (const m of plain.matchAll(/[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu)) {
    const w = m[0];
    if (/\p{N}/u.test(w) || [...w].length < 2) continue;
    out.push(w);
  }
  return out;
}

const elision = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’](?=\p{L})/iu;

/**
 * Ways a token can be right; it is right when all the words of one way are. French: the word after an
 * elided article or pronoun (l’eskétamine); English: the word before a possessive ’s; both: the parts of a
 * hyphenated word that the dictionary does not know whole.
 */
export function readings(token: string, locale: Locale): string[][] {
  const out: string[][] = [[token]];
  let base = token;
  if (locale === 'fr' && elision.test(base)) { base = base.replace(elision, ''); out.push([base]); }
  if (locale === 'en' && /['’]s$/.test(base)) { base = base.slice(0, -2); out.push([base]); }
  if (base.includes('-')) out.push(base.split('-').filter((p) => [...p].length > 1));
  return out;
}

type Verdicts = {correct: string[]; wrong: string[]};

function cacheFile(locale: Locale): string {
  const pkg = dictionaryPackage[locale];
  const version = (JSON.parse(readFileSync(path.join(process.cwd(), 'node_modules', pkg, 'package.json'), 'utf8')) as {version: string}).version;
  return path.join(process.cwd(), 'node_modules', '.cache', 'spelling', `${pkg}-${version}.json`);
}

const loaded = new Map<Locale, Promise<(w: string) => boolean>>();
/** The locale's dictionary, loaded once per process. */
export function dictionary(locale: Locale): Promise<(w: string) => boolean> {
  let d = loaded.get(locale);
  if (!d) {
    d = (locale === 'fr' ? import('dictionary-fr') : import('dictionary-en-gb')).then((m) => {
      const spell = nspell(m.default);
      return (w: string) => spell.correct(w);
    });
    loaded.set(locale, d);
  }
  return d;
}

/** What the dictionary says of each word, from the cache where it can, loading the dictionary only for new words. */
export async function dictionaryVerdicts(locale: Locale, words: Set<string>): Promise<Map<string, boolean>> {
  const file = cacheFile(locale);
  const cached: Verdicts = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {correct: [], wrong: []};
  const verdicts = new Map<string, boolean>([...cached.correct.map((w) => [w, true] as const), ...cached.wrong.map((w) => [w, false] as const)]);
  const missing = [...words].filter((w) => !verdicts.has(w));
  if (missing.length) {
    const correct = await dictionary(locale);
    for (const w of missing) verdicts.set(w, correct(w));
    mkdirSync(path.dirname(file), {recursive: true});
    const all = [...verdicts].sort(([a], [b]) => a.localeCompare(b));
    writeFileSync(file, JSON.stringify({correct: all.filter(([, ok]) => ok).map(([w]) => w), wrong: all.filter(([, ok]) => !ok).map(([w]) => w)}));
  }
  return verdicts;
}

/** For each text, the words that neither the dictionary nor the word list knows (each once, in order of appearance). */
export async function unknownWords(locale: Locale, texts: string[], list: Set<string>): Promise<string[][]> {
  const perText = texts.map((t) => [...new Set(tokens(t))]);
  const toCheck = new Set<string>();
  for (const words of perText) for (const t of words) for (const r of readings(t, locale)) for (const w of r) if (!inWordList(w, list)) toCheck.add(w);
  const verdicts = await dictionaryVerdicts(locale, toCheck);
  const ok = (w: string) => inWordList(w, list) || verdicts.get(w) === true;
  return perText.map((words) => words.filter((t) => !readings(t, locale).some((r) => r.length > 0 && r.every(ok))));
}
