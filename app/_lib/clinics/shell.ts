// The builder's prerendered shell (components/layout/ClinicEmailShell.tsx at /<locale>/clinic-email-shell), read
// from the build once per process and cut at its slots; the letter's items are taken out of it by page.
import {pageFile} from '../build-output';
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {clinicEmailShellPathFor, isLocale, patientPages, type Locale, type PageId} from '../../_i18n/pages';
import {builderSlots, type BuilderSlot} from './slots';

/** One patient page in one language, as the letter shows it: its markup (an <li>), title and address. */
export type LetterItem = {html: string; title: string; url: string};

/** The shell as literal HTML between its slots, in order, and the letter's items by language and page. */
export type BuilderShell = {
  parts: (string | {slot: Exclude<BuilderSlot, 'itemsStart' | 'itemsEnd'>})[];
  items: Record<Locale, Partial<Record<PageId, LetterItem>>>;
};

const slotByToken = new Map<string, BuilderSlot>(Object.entries(builderSlots).map(([name, token]) => [token, name as BuilderSlot]));
const tokenPattern = /\[\[\/?builder:[a-z-]+\]\]/g;
const itemPattern = /<li data-letter-item="([a-z]+):([a-z-]+)" data-title="([^"]*)" data-url="([^"]*)"[^>]*>[\s\S]*?<\/li>/g;
const attrEntities: Record<string, string> = {'&amp;': '&', '&quot;': '"', '&#x27;': "'", '&#39;': "'", '&lt;': '<', '&gt;': '>'};
const unescapeAttr = (s: string) => s.replace(/&(?:amp|quot|#x27|#39|lt|gt);/g, (e) => attrEntities[e]);

/**
 * Cut a shell's HTML at its slots. Throws unless each slot appears exactly once, the items block holds
 * every patient page in both languages, and the page is the finished one (no Next runtime, one inlined stylesheet).
 */
export function parseBuilderShell(html: string, name = 'builder shell'): BuilderShell {
  const parts: BuilderShell['parts'] = [];
  const seen: BuilderSlot[] = [];
  let last = 0;
  let itemsHtml = '';
  for (const m of html.matchAll(tokenPattern)) {
    const slot = slotByToken.get(m[0]);
    if (!slot) throw new Error(`${name}: unknown slot ${m[0]}`);
    seen.push(slot);
    if (slot === 'itemsEnd') itemsHtml = html.slice(last, m.index);
    else parts.push(html.slice(last, m.index));
    if (slot !== 'itemsStart' && slot !== 'itemsEnd') parts.push({slot});
    last = m.index + m[0].length;
  }
  parts.push(html.slice(last));
  const missing = (Object.keys(builderSlots) as BuilderSlot[]).filter((s) => seen.filter((x) => x === s).length !== 1);
  if (missing.length) throw new Error(`${name}: each slot must appear once; not so for ${missing.join(', ')}`);
  if (seen.indexOf('itemsStart') !== seen.indexOf('itemsEnd') - 1) throw new Error(`${name}: the letter's items block is not closed right after it opens`);
  if (/__next_f|<script[^>]*\ssrc=/.test(html) || !/<style>/.test(html)) {
    throw new Error(`${name}: not finished by the post-build step (Next's runtime still there or no inlined stylesheet): run npm run build`);
  }
  const items: BuilderShell['items'] = {fr: {}, en: {}};
  for (const m of itemsHtml.matchAll(itemPattern)) {
    if (isLocale(m[1]) && patientPages.includes(m[2] as PageId)) items[m[1]][m[2] as PageId] = {html: m[0], title: unescapeAttr(m[3]), url: unescapeAttr(m[4])};
  }
  for (const l of ['fr', 'en'] as const) {
    const absent = patientPages.filter((id) => !items[l][id]);
    if (absent.length) throw new Error(`${name}: the letter has no ${l} item for ${absent.join(', ')}`);
  }
  return {parts, items};
}

/** Where a locale's builder shell is built (build/site, finished by the post-build step). */
export const builderShellFile = (locale: Locale, dir = process.cwd()) => pageFile(clinicEmailShellPathFor(locale), dir);

const cache = new Map<string, BuilderShell>();

/** A locale's shell, read once per process and file; null when the build has none (`next dev`). `file`: where
 *  the finished shell is when not in Next's build (a static export's out/<locale>/clinic-email-shell.html). */
export function loadBuilderShell(locale: Locale, dir = process.cwd(), file = builderShellFile(locale, dir)): BuilderShell | null {
  const hit = cache.get(file);
  if (hit) return hit;
  if (!existsSync(file)) return null;
  const shell = parseBuilderShell(readFileSync(file, 'utf8'), path.relative(process.cwd(), file));
  cache.set(file, shell);
  return shell;
}
