// npm run readability: the readability table of every page and locale, with word counts.
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {meetsTarget, MIN_WORDS, readability, TARGET} from '../../content/readability.mjs';

const root = path.join(process.cwd(), 'content');
const ids = readdirSync(path.join(root, 'fr')).filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -4)).sort();
const rows = [];
let failing = 0;
for (const id of ids) {
  for (const locale of ['fr', 'en']) {
    const file = path.join(root, locale, `${id}.mdx`);
    if (!existsSync(file)) { failing++; rows.push([id, locale, 'missing', '', '', '', '', 'file missing']); continue; }
    const r = readability(readFileSync(file, 'utf8'), locale);
    const ok = meetsTarget(r, locale);
    if (!ok) failing++;
    rows.push([id, locale, locale === 'fr' ? 'Kandel & Moles' : 'Flesch', r.score.toFixed(1), String(r.words), r.wordsPerSentence.toFixed(1), r.syllablesPerWord.toFixed(2), ok ? 'ok' : r.words < MIN_WORDS ? `under ${MIN_WORDS} words` : `below ${TARGET[locale]}`]);
  }
}
const head = ['page', 'locale', 'formula', 'score', 'words', 'words/sentence', 'syllables/word', 'target'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r) => r.map((c, i) => (i >= 3 && i <= 6 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
console.log(line(head));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));
console.log(`\n${rows.length - failing} of ${rows.length} page versions meet the target.`);
process.exitCode = failing ? 1 : 0;
