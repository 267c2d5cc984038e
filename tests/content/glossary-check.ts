// Helpers for the first-use test of glossary terms (tests/content/glossary.test.tsx) and the marking tool
// (tests/tools/mark-terms.ts): the page's prose from its rendered HTML, and where each term is first used.
import type {Locale} from '@/app/_i18n/pages';
import type {GlossaryEntry} from '@/content/data/glossary';

/**
 * The page's own prose as text, with for each character the glossary id of the <Term> it sits in (or null)
 * and whether it is inside a link. Headings, tables, figures, navigation, crisis boxes and callout titles
 * are left out: they are not running prose, or they come from data rather than from the author.
 */
export function proseWithTerms(html: string): {text: string; term: (string | null)[]; inLink: boolean[]} {
  const cleaned = html
    .replace(/<(h[1-6]|table|figure|nav|section|script|style)\b[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/(<div role="note"[^>]*>)<p[^>]*>[\s\S]*?<\/p>/g, '$1');
  let text = '';
  const term: (string | null)[] = [];
  const inLink: boolean[] = [];
  let current: string | null = null;
  let link = 0;
  const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&nbsp;/g, '\u00a0');
  for (const m of cleaned.matchAll(/<[^>]+>|[^<]+/g)) {
    const tok = m[0];
    if (tok.startsWith('<')) {
      const open = /^<(dfn|abbr)\b[^>]*\bdata-term="([^"]+)"/.exec(tok);
      if (open) current = open[2];
      else if (/^<\/(dfn|abbr)>/.test(tok)) current = null;
      else if (/^<a\b/.test(tok)) link++;
      else if (/^<\/a>/.test(tok)) link = Math.max(0, link - 1);
      else if (/^<\/?(p|li|div|dd|dt|ul|ol|br)\b/.test(tok)) { text += ' '; term.push(null); inLink.push(false); }
      continue;
    }
    const s = decode(tok);
    const termLink = current !== null; // the Term's own link does not count as "inside a link"
    for (const ch of s) { text += ch; term.push(current); inLink.push(link > 0 && !termLink); }
  }
  return {text, term, inLink};
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A regex for an entry's word forms in one language, longest first; forms with 2+ capitals are case-sensitive. */
export function formsRegex(entry: GlossaryEntry, locale: Locale): RegExp[] {
  const forms = [...entry.match[locale]].sort((a, b) => b.length - a.length);
  const exact = forms.filter((f) => (f.match(/\p{Lu}/gu) ?? []).length >= 2);
  const loose = forms.filter((f) => !exact.includes(f));
  const re = (fs: string[], flags: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${fs.map(escape).join('|').replace(/['’]/g, "['’]")})(?![\\p{L}\\p{N}])`, flags);
  return [...(exact.length ? [re(exact, 'gu')] : []), ...(loose.length ? [re(loose, 'giu')] : [])];
}

/**
 * Where the first use of an entry is on a page, and whether it is marked with <Term>. Link text does not
 * count, nor a word inside another term's mark ("responded" in a marked "depression that has not responded
 * to treatment"): there it is part of a longer defined phrase.
 */
export function firstUse(entry: GlossaryEntry, locale: Locale, prose: ReturnType<typeof proseWithTerms>) {
  let first: {index: number; length: number} | undefined;
  for (const re of formsRegex(entry, locale)) {
    for (const m of prose.text.matchAll(re)) {
      if (prose.inLink[m.index!]) continue;
      const inside = prose.term[m.index!];
      if (inside && inside !== entry.id) continue;
      if (!first || m.index! < first.index) first = {index: m.index!, length: m[0].length};
      break;
    }
  }
  if (!first) return undefined;
  const marked = prose.term.slice(first.index, first.index + first.length).every((t) => t === entry.id);
  return {...first, marked, context: prose.text.slice(Math.max(0, first.index - 40), first.index + first.length + 40).replace(/\s+/g, ' ')};
}
