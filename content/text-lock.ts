// The text lock: content/text-lock.json records, per page and locale, a fingerprint of the page's visible
// text and the newest entry of its change log (`changes` in the frontmatter). A test compares the pages
// with it, so a page cannot change what it says without a new change-log entry; `npm run content:lock`
// rewrites it, and refuses a page whose text changed unless its change log gained a newer entry.
// Pure functions only: the rendering lives in tests/content/page-text.tsx.
import {createHash} from 'node:crypto';
import path from 'node:path';

export type ChangeEntry = {date: string; note: string};

/** What the lock keeps for one page in one locale. */
export type LockEntry = {
  /** First 16 hex digits of the SHA-256 of the page's visible text. */
  hash: string;
  /** Date of the newest change-log entry (null: no change log). */
  newest: string | null;
  /** How many change-log entries carry that date (a second change on the same day adds a second entry). */
  onThatDay: number;
};

/** Keyed `${locale}/${pageId}`. */
export type TextLock = Record<string, LockEntry>;

/** One page as it is now. */
export type PageNow = {key: string; file: string; text: string; changes: ChangeEntry[]};

export const lockFile = (root = process.cwd()) => path.join(root, 'content', 'text-lock.json');

export function fingerprint(text: string): string {
  return createHash('sha256').update(text.normalize('NFC'), 'utf8').digest('hex').slice(0, 16);
}

/** The newest date of a change log and how many entries carry it. */
export function newestOf(changes: ChangeEntry[]): {newest: string | null; onThatDay: number} {
  const newest = changes.reduce<string | null>((max, c) => (max === null || c.date > max ? c.date : max), null);
  return {newest, onThatDay: newest === null ? 0 : changes.filter((c) => c.date === newest).length};
}

/** True when the change log now has an entry newer than the one recorded (a later date, or one more on that day). */
export function hasNewerEntry(now: {newest: string | null; onThatDay: number}, recorded: LockEntry): boolean {
  if (now.newest === null) return false;
  if (recorded.newest === null || now.newest > recorded.newest) return true;
  return now.newest === recorded.newest && now.onThatDay > recorded.onThatDay;
}

const fixHint = 'add a `changes` entry to its frontmatter saying what changed (dated the day of the change), then run `npm run content:lock`';

/** Pages whose visible text differs from the lock (or that the lock does not know), each with what to do. */
export function stalePages(lock: TextLock, pages: PageNow[]): string[] {
  const problems: string[] = [];
  for (const p of pages) {
    const recorded = lock[p.key];
    if (!recorded) problems.push(`${p.file}: not in content/text-lock.json (a new page?): ${fixHint}`);
    else if (recorded.hash !== fingerprint(p.text)) problems.push(`${p.file}: its visible text changed since content/text-lock.json was written: ${fixHint}`);
  }
  return problems;
}

/**
 * The lock as `npm run content:lock` writes it. A page whose text changed is accepted only when its change
 * log has a newer entry than the lock recorded, and no entry dated after `today` (YYYY-MM-DD). A page the
 * lock does not know yet is accepted as it is. Pages no longer present are dropped.
 */
export function updateLock(lock: TextLock, pages: PageNow[], today: string): {lock: TextLock; refused: string[]} {
  const next: TextLock = {};
  const refused: string[] = [];
  for (const p of pages) {
    const stamp = newestOf(p.changes);
    const hash = fingerprint(p.text);
    const recorded = lock[p.key];
    if (stamp.newest !== null && stamp.newest > today) {
      refused.push(`${p.file}: a change-log entry is dated ${stamp.newest}, after today (${today}): date it the day of the change`);
      if (recorded) next[p.key] = recorded;
      continue;
    }
    if (recorded && recorded.hash !== hash && !hasNewerEntry(stamp, recorded)) {
      const was = recorded.newest ? `${recorded.newest} (${recorded.onThatDay} that day)` : 'none';
      const now = stamp.newest ? `${stamp.newest} (${stamp.onThatDay} that day)` : 'none';
      refused.push(`${p.file}: its visible text changed but its change log has no newer entry (newest recorded: ${was}; now: ${now}): add a \`changes\` entry saying what changed, dated the day of the change`);
      next[p.key] = recorded;
      continue;
    }
    next[p.key] = {hash, ...stamp};
  }
  return {lock: next, refused};
}

/** One page per line, in the order given, so that a merge conflict is one line per page. */
export function formatLock(lock: TextLock): string {
  const lines = Object.entries(lock).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify({hash: v.hash, newest: v.newest, onThatDay: v.onThatDay})}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}

export function parseLock(json: string): TextLock {
  return JSON.parse(json) as TextLock;
}
