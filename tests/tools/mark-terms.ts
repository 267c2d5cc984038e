// Marks the first use of each glossary term in MDX files with <Term id="...">, where the first-use test
// (tests/content/glossary.test.tsx) finds it unmarked. Usage: npx tsx tests/tools/mark-terms.ts [fr|en] [page-id ...]
// It edits only prose: not frontmatter, headings, tables, tag attributes, link text or existing <Term>s.
// Review the diff afterwards: a word used in another sense can be marked by mistake.
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {glossary} from '../../content/data/glossary';
import {locales, pageIds, type Locale, type PageId} from '../../app/_i18n/pages';
import {formsRegex} from '../content/glossary-check';

/** Which characters of an MDX body are plain prose that may be wrapped. */
function eligible(body: string): boolean[] {
  const ok = new Array<boolean>(body.length).fill(true);
  const block = (from: number, to: number) => { for (let i = from; i < to; i++) ok[i] = false; };
  let offset = 0;
  for (const line of body.split('\n')) {
    if (/^\s*(#|\||<summary|import |export )/.test(line)) block(offset, offset + line.length);
    offset += line.length + 1;
  }
  for (const re of [/<Term\b[^>]*>[\s\S]*?<\/Term>/g, /<[^>]+>/g, /\{[^}]*\}/g, /\[[^\]]*\]\([^)]*\)/g, /`[^`]*`/g, /https?:\/\/\S+/g]) {
    for (const m of body.matchAll(re)) block(m.index!, m.index! + m[0].length);
  }
  return ok;
}

function mark(source: string, locale: Locale): {out: string; added: string[]} {
  const fm = /^---\n[\s\S]*?\n---\n/.exec(source)![0];
  let body = source.slice(fm.length);
  const added: string[] = [];
  // Longest word forms first, across entries: a phrase such as "depression that has not responded to
  // treatment" is marked as one term before its word "responded" could be marked as another.
  const longest = (e: (typeof glossary)[number]) => Math.max(...e.match[locale].map((f) => f.length));
  for (const entry of [...glossary].sort((a, b) => longest(b) - longest(a))) {
    const already = new RegExp(`<Term id="${entry.id}">`).test(body);
    const ok = eligible(body);
    let first: {index: number; text: string} | undefined;
    for (const re of formsRegex(entry, locale)) {
      for (const m of body.matchAll(re)) {
        if (!ok[m.index!]) continue;
        if (!first || m.index! < first.index) first = {index: m.index!, text: m[0]};
        break;
      }
    }
    if (!first) continue;
    // Already marked earlier in the text: nothing to do.
    if (already && body.indexOf(`<Term id="${entry.id}">`) < first.index) continue;
    body = `${body.slice(0, first.index)}<Term id="${entry.id}">${first.text}</Term>${body.slice(first.index + first.text.length)}`;
    added.push(`${entry.id} (${first.text})`);
  }
  return {out: fm + body, added};
}

const args = process.argv.slice(2);
const onlyLocales = args.filter((a) => (locales as readonly string[]).includes(a)) as Locale[];
const onlyPages = args.filter((a) => (pageIds as readonly string[]).includes(a)) as PageId[];
for (const locale of onlyLocales.length ? onlyLocales : locales) {
  for (const id of onlyPages.length ? onlyPages : pageIds.filter((p) => p !== 'glossary')) {
    const file = path.join('content', locale, `${id}.mdx`);
    const {out, added} = mark(readFileSync(file, 'utf8'), locale);
    if (added.length) { writeFileSync(file, out); console.log(`${file}: ${added.join(', ')}`); }
  }
}
