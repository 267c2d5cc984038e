// The prerendered search shell (components/layout/SearchShell.tsx at /<locale>/search-shell), read from the
// build once per process and cut at its slots, so that each search only joins a few strings.
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {searchShellPathFor, type Locale} from '../../_i18n/pages';
import {globalNotFoundFile, pageFile} from '../build-output';
import {slots, type SlotName} from './slots';

/**
 * The shell as literal HTML between its slots, in order; `head` is its first part (the page up to the first
 * slot: the inlined stylesheet and the header, the same on every answer) as bytes, made once, so the server
 * sends it and compresses it once (app/_server/app.ts) and each search only makes what follows.
 */
export type Shell = {parts: [string, ...(string | {slot: SlotName})[]]; head: Buffer};

const slotByToken = new Map<string, SlotName>(Object.entries(slots).map(([name, token]) => [token, name as SlotName]));
const tokenPattern = /\[\[\/?search:[a-z-]+\]\]/g;

/**
 * Cut a shell's HTML at its slots. Throws unless each slot appears exactly once, the urgent-help block is
 * closed after it opens, and the page is the finished one (no Next runtime left by the post-build step).
 */
export function parseShell(html: string, name = 'search shell'): Shell {
  const parts: (string | {slot: SlotName})[] = [];
  const seen: SlotName[] = [];
  let last = 0;
  for (const m of html.matchAll(tokenPattern)) {
    const slot = slotByToken.get(m[0]);
    if (!slot) throw new Error(`${name}: unknown slot ${m[0]}`);
    parts.push(html.slice(last, m.index), {slot});
    seen.push(slot);
    last = m.index + m[0].length;
  }
  parts.push(html.slice(last));
  const missing = (Object.keys(slots) as SlotName[]).filter((s) => seen.filter((x) => x === s).length !== 1);
  if (missing.length) throw new Error(`${name}: each slot must appear once; not so for ${missing.join(', ')}`);
  if (seen.indexOf('crisisStart') > seen.indexOf('crisisEnd')) throw new Error(`${name}: the urgent-help block closes before it opens`);
  if (/__next_f|<script[^>]*\ssrc=/.test(html) || !/<style>/.test(html)) {
    throw new Error(`${name}: not finished by the post-build step (Next's runtime still there or no inlined stylesheet): run npm run build`);
  }
  const [head, ...rest] = parts as [string, ...(string | {slot: SlotName})[]];
  return {parts: [head, ...rest], head: Buffer.from(head)};
}

/** Where a locale's shell is built (build/site, finished by the post-build step). */
export const shellFile = (locale: Locale, dir = process.cwd()) => pageFile(searchShellPathFor(locale), dir);

const cache = new Map<Locale, Shell>();

/** A locale's shell, read once per process; null when the build has none (`next dev`, a plain `next build`). */
export function loadShell(locale: Locale): Shell | null {
  const hit = cache.get(locale);
  if (hit) return hit;
  const file = shellFile(locale);
  if (!existsSync(file)) return null;
  const shell = parseShell(readFileSync(file, 'utf8'), path.relative(process.cwd(), file));
  cache.set(locale, shell);
  return shell;
}

let globalNotFound: string | null | undefined;

/** The site's bilingual 404 (app/global-not-found.tsx) as built and finished, or null; read once. */
export function loadGlobalNotFound(): string | null {
  if (globalNotFound === undefined) {
    const file = globalNotFoundFile();
    globalNotFound = existsSync(file) ? readFileSync(file, 'utf8') : null;
  }
  return globalNotFound;
}
