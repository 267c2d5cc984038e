// The text lock (content/text-lock.ts): every page's visible text matches content/text-lock.json, so a
// page cannot change without a new change-log entry. Run with CONTENT_LOCK_UPDATE=1 (`npm run
// content:lock`), this file rewrites the lock instead, refusing pages whose text changed without a newer
// entry.
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {locales, pageIds, type Locale, type PageId} from '@/app/_i18n/pages';
import {fingerprint, formatLock, lockFile, newestOf, parseLock, stalePages, updateLock, type PageNow, type TextLock} from '@/content/text-lock';
import {contraindications} from '@/content/data/contraindications';
import {pageText} from './page-text';

const updating = !!process.env.CONTENT_LOCK_UPDATE;
const today = () => new Date().toISOString().slice(0, 10);

async function pageNow(locale: Locale, id: PageId, root?: string): Promise<PageNow> {
  const p = await pageText(locale, id, root);
  return {key: `${locale}/${id}`, file: p.file, text: p.text, changes: p.changes};
}
const allPages = () => Promise.all(locales.flatMap((l) => pageIds.map((id) => pageNow(l, id))));

describe('text lock: the rules', () => {
  const page = (text: string, changes: {date: string; note: string}[]): PageNow => ({key: 'en/x', file: 'content/en/x.mdx', text, changes});
  const first = [{date: '2026-11-25', note: 'First version of the page.'}];
  const lock: TextLock = {'en/x': {hash: fingerprint('Old text.'), ...newestOf(first)}};

  it('the fingerprint follows the text, and the newest entry is found in any order', () => {
    expect(fingerprint('Old text.')).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprint('Old text.')).not.toBe(fingerprint('Old text!'));
    expect(fingerprint('e\u0301')).toBe(fingerprint('é'));
    expect(newestOf([{date: '2026-12-02', note: 'b'}, ...first, {date: '2026-12-02', note: 'c'}])).toEqual({newest: '2026-12-02', onThatDay: 2});
    expect(newestOf([])).toEqual({newest: null, onThatDay: 0});
  });

  it('refuses a changed text without a newer entry, and keeps the old record', () => {
    const {lock: next, refused} = updateLock(lock, [page('New text.', first)], '2026-12-03');
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatch(/^content\/en\/x\.mdx: its visible text changed but its change log has no newer entry/);
    expect(next['en/x']).toEqual(lock['en/x']);
  });

  it('refuses an entry added with an older date than the newest recorded (backdating)', () => {
    const later = {'en/x': {hash: fingerprint('Old text.'), newest: '2026-12-02', onThatDay: 1}};
    const changes = [{date: '2026-12-02', note: 'Added a part.'}, {date: '2026-12-01', note: 'Late entry.'}, ...first];
    expect(updateLock(later, [page('New text.', changes)], '2026-12-03').refused).toHaveLength(1);
  });

  it('refuses an entry dated after today', () => {
    const {refused} = updateLock(lock, [page('New text.', [{date: '2026-12-24', note: 'Future.'}, ...first])], '2026-12-03');
    expect(refused[0]).toMatch(/dated 2026-12-24, after today \(2026-12-03\)/);
  });

  it('accepts a changed text with a newer entry, or a second entry on the same day', () => {
    const changes = [{date: '2026-12-02', note: 'Added a part.'}, ...first];
    const {lock: next, refused} = updateLock(lock, [page('New text.', changes)], '2026-12-03');
    expect(refused).toEqual([]);
    expect(next['en/x']).toEqual({hash: fingerprint('New text.'), newest: '2026-12-02', onThatDay: 1});
    const again = updateLock(next, [page('Newer text.', [{date: '2026-12-02', note: 'Fixed a word.'}, ...changes])], '2026-12-03');
    expect(again.refused).toEqual([]);
    expect(again.lock['en/x'].onThatDay).toBe(2);
  });

  it('accepts an unchanged text (recording a new entry), a new page, and drops a removed page', () => {
    const {lock: next, refused} = updateLock({...lock, 'en/gone': lock['en/x']}, [
      page('Old text.', [{date: '2026-12-02', note: 'Reviewed.'}, ...first]),
      {key: 'fr/new', file: 'content/fr/new.mdx', text: 'Nouveau.', changes: [{date: '2026-12-03', note: 'Première version.'}]},
    ], '2026-12-03');
    expect(refused).toEqual([]);
    expect(Object.keys(next)).toEqual(['en/x', 'fr/new']);
    expect(next['en/x'].newest).toBe('2026-12-02');
  });

  it('the check names the page and tells what to do', () => {
    expect(stalePages(lock, [page('Old text.', first)])).toEqual([]);
    const [stale] = stalePages(lock, [page('New text.', first)]);
    expect(stale).toContain('content/en/x.mdx: its visible text changed');
    expect(stale).toContain('npm run content:lock');
    expect(stalePages({}, [page('Old text.', first)])[0]).toContain('not in content/text-lock.json');
  });

  it('the file round-trips, one page per line', () => {
    const text = formatLock(lock);
    expect(text.split('\n')).toHaveLength(4);
    expect(parseLock(text)).toEqual(lock);
  });
});

describe('text lock: on a copy of the content (fixture)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'text-lock-'));
    cpSync(path.join(process.cwd(), 'content'), dir, {recursive: true});
  });
  afterAll(() => rmSync(dir, {recursive: true, force: true}));

  const edit = (file: string, from: RegExp | string, to: string) => {
    const f = path.join(dir, file);
    const before = readFileSync(f, 'utf8');
    const after = before.replace(from, to);
    expect(after, `fixture edit in ${file}`).not.toBe(before);
    writeFileSync(f, after);
  };

  it('a word changed in the body is refused until a change entry is added; a change in rendered data counts too', async () => {
    const before = await pageNow('en', 'legal-notice', dir);
    const lock = updateLock({}, [before], '2026-12-03').lock;

    edit('en/legal-notice.mdx', /\n## /, '\nA new sentence in the body.\n\n## ');
    const changed = await pageNow('en', 'legal-notice', dir);
    expect(stalePages(lock, [changed])).toHaveLength(1);
    expect(updateLock(lock, [changed], '2026-12-03').refused).toHaveLength(1);

    edit('en/legal-notice.mdx', /changes:\n/, 'changes:\n  - {date: 2026-12-03, note: "Added a sentence."}\n');
    const logged = await pageNow('en', 'legal-notice', dir);
    const next = updateLock(lock, [logged], '2026-12-03');
    expect(next.refused).toEqual([]);
    expect(stalePages(next.lock, [logged])).toEqual([]);

    // A data record rendered by a component is part of the text: the contraindications list is written
    // only in content/data, yet the risks page's text holds it, so editing the record changes the page's hash.
    const risks = await pageNow('en', 'risks-and-safety', dir);
    const item = contraindications[0].text.en;
    expect(readFileSync(path.join(dir, 'en/risks-and-safety.mdx'), 'utf8')).not.toContain(item);
    expect(risks.text).toContain(item);
  }, 60_000);
});

describe.skipIf(updating)('text lock: every page matches content/text-lock.json', () => {
  it('each page and locale has the fingerprint the lock recorded', async () => {
    expect(existsSync(lockFile()), 'content/text-lock.json is missing: run `npm run content:lock`').toBe(true);
    const stale = stalePages(parseLock(readFileSync(lockFile(), 'utf8')), await allPages());
    expect(stale, `\n${stale.join('\n')}\n`).toEqual([]);
  }, 180_000);
});

describe.runIf(updating)('npm run content:lock', () => {
  it('rewrites content/text-lock.json, refusing pages changed without a newer change-log entry', async () => {
    const old = existsSync(lockFile()) ? parseLock(readFileSync(lockFile(), 'utf8')) : {};
    const {lock, refused} = updateLock(old, await allPages(), today());
    expect(refused, `\nNothing written. Refused:\n${refused.join('\n')}\n`).toEqual([]);
    writeFileSync(lockFile(), formatLock(lock));
  }, 180_000);
});
