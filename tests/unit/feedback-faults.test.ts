// The store under faults: another process holding the write lock (the site keeps answering, the submission
// gets its 503 within the deadline, nothing acknowledged is lost), the daily purge on a quiet site, the
// editors' report on a read-only copy, and a clear message for each fault of DATA_DIR.
import {spawn} from 'node:child_process';
import {copyFileSync, mkdirSync, readFileSync, writeFileSync, chmodSync} from 'node:fs';
import {createHash} from 'node:crypto';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {sql} from 'kysely';
import {createFeedbackHandler} from '@/app/_lib/feedback/handler';
import {RateLimiter} from '@/app/_lib/feedback/rate-limit';
import {describeStoreError, StoreOpenError} from '@/app/_lib/feedback/db';
import {isBusy, retryBusy, StoreBusy} from '@/app/_lib/feedback/busy';
import {addSubmission, dayOf, openStore, startPurgeTimer, submissions} from '@/app/_lib/feedback/store';
import {freshDataDir, run, tsx} from '../helpers/feedback-stores';

const post = (comment: string, locale = 'fr') =>
  new Request('http://localhost:3000/feedback', {method: 'POST', body: new URLSearchParams({page: 'faq', locale, answer: 'no', comment}).toString(),
    headers: {'content-type': 'application/x-www-form-urlencoded', host: 'localhost:3000'}});

/** A second process that takes SQLite's write lock (BEGIN IMMEDIATE, one row written) and holds it until told. */
function holdWriteLock(file: string): Promise<{release: () => Promise<void>}> {
  const script = `
    const Database = require('libsql');
    const db = new Database(${JSON.stringify(file)});
    db.exec('BEGIN IMMEDIATE');
    db.exec("insert into feedback (page_id, locale, answer, comment, day) values ('faq', 'fr', 'yes', 'written by the lock holder', '2026-12-01')");
    console.log('locked');
    process.stdin.once('data', () => { db.exec('COMMIT'); db.close(); console.log('released'); });`;
  const child = spawn(process.execPath, ['-e', script], {cwd: process.cwd(), stdio: ['pipe', 'pipe', 'pipe']});
  const exited = new Promise((r) => child.once('exit', r));
  let out = '';
  const saw = (word: string) => new Promise<void>((resolve, reject) => {
    const check = () => out.includes(word) && resolve();
    child.stdout.on('data', (d) => { out += d; check(); });
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', () => (out.includes(word) ? resolve() : reject(new Error(`lock holder exited: ${out}`))));
    check();
  });
  return saw('locked').then(() => ({
    release: async () => {
      child.stdin.write('go\n');
      await saw('released');
      child.stdin.end();
      await exited;
    },
  }));
}

describe('another process holds the write lock', () => {
  it('the event loop keeps running while submissions wait; each gets its 503 within the deadline; nothing acknowledged is lost', async () => {
    const dataDir = freshDataDir();
    const store = await openStore({dataDir, waitMs: 400});
    const POST = createFeedbackHandler({store: async () => store, limiter: new RateLimiter(0, 1000)});
    const acked: string[] = [];
    if ((await POST(post('before the lock'))).status === 303) acked.push('before the lock');
    expect(acked).toHaveLength(1);

    const lock = await holdWriteLock(path.join(dataDir, 'feedback.db'));
    let ticks = 0;
    const interval = setInterval(() => ticks++, 5);
    const order: string[] = [];
    const answers = Promise.all(['one', 'two', 'three'].map(async (c) => {
      const res = await POST(post(`during the lock ${c}`));
      order.push(`answer ${res.status}`);
      return res;
    }));
    // Other work of the same process (a page, the search, urgent help) is served meanwhile.
    setTimeout(() => order.push('other work'), 0);
    const results = await answers;
    clearInterval(interval);
    expect(results.map((r) => r.status)).toEqual([503, 503, 503]);
    expect(await results[0].text()).toContain('Merci de réessayer plus tard');
    expect(order[0]).toBe('other work');
    // A waiting submission slept in timers, not in SQLite: the interval kept firing during the wait.
    expect(ticks).toBeGreaterThan(5);

    await lock.release();
    if ((await POST(post('after the lock'))).status === 303) acked.push('after the lock');
    const stored = (await submissions(store)).map((s) => s.comment);
    for (const c of acked) expect(stored).toContain(c);
    expect(stored).toContain('written by the lock holder');
    expect(stored.filter((c) => c?.startsWith('during the lock'))).toEqual([]);
    await store.close();
  }, 60_000);

  it('retries only SQLITE_BUSY, and gives up with StoreBusy at the deadline', async () => {
    let calls = 0;
    const busy = Object.assign(new Error('database is locked'), {code: 'SQLITE_BUSY'});
    expect(isBusy(busy)).toBe(true);
    expect(isBusy(new Error('x'))).toBe(false);
    await expect(retryBusy(async () => { calls++; throw busy; }, Date.now() + 50)).rejects.toBeInstanceOf(StoreBusy);
    expect(calls).toBeGreaterThan(1);
    calls = 0;
    await expect(retryBusy(async () => { calls++; throw new Error('other'); }, Date.now() + 50)).rejects.toThrow('other');
    expect(calls).toBe(1);
    calls = 0;
    expect(await retryBusy(async () => { if (++calls < 3) throw busy; return 'done'; }, Date.now() + 5000)).toBe('done');
  });
});

describe('the daily purge', () => {
  it('runs on a timer, whether or not anyone submits, once the day has changed; it can be stopped', async () => {
    const store = await openStore({dataDir: freshDataDir()}, new Date('2026-12-01T12:00:00Z'));
    await addSubmission(store, {pageId: 'faq', locale: 'fr', answer: 'no', comment: 'a year and a day old', day: '2025-12-01'});
    await addSubmission(store, {pageId: 'faq', locale: 'fr', answer: 'no', comment: 'recent', day: '2026-11-30'});
    let now = new Date('2026-12-01T23:00:00Z');
    const timer = startPurgeTimer(async () => store, {everyMs: 10, now: () => now, lastDay: '2026-12-01'});
    await timer.tick();
    expect(await submissions(store)).toHaveLength(2);
    now = new Date('2026-12-02T00:30:00Z');
    // The timer's own tick, not ours: wait until it has run.
    for (let i = 0; i < 500 && (await submissions(store)).length === 2; i++) await new Promise((r) => setTimeout(r, 10));
    expect((await submissions(store)).map((s) => s.comment)).toEqual(['recent']);
    timer.stop();
    await addSubmission(store, {pageId: 'faq', locale: 'fr', answer: 'no', comment: 'old again', day: '2025-01-01'});
    now = new Date('2026-12-03T00:30:00Z');
    await new Promise((r) => setTimeout(r, 50));
    expect((await submissions(store)).map((s) => s.comment)).toContain('old again');
    await store.close();
  });

  it('logs a failed purge and tries again at the next tick', async () => {
    const lines: string[] = [];
    let fail = true;
    const store = await openStore({dataDir: freshDataDir()});
    const timer = startPurgeTimer(async () => { if (fail) throw new Error('down'); return store; }, {everyMs: 3_600_000, now: () => new Date('2030-01-02T00:00:00Z'), lastDay: '2030-01-01', log: (l) => lines.push(l)});
    await timer.tick();
    expect(lines).toEqual(['feedback: the daily purge failed and will be tried again: down']);
    fail = false;
    await addSubmission(store, {pageId: 'faq', locale: 'fr', answer: 'no', comment: 'old', day: '2020-01-01'});
    await timer.tick();
    expect(await submissions(store)).toEqual([]);
    timer.stop();
    await store.close();
  });
});

describe('the editors’ report on a read-only copy', () => {
  it('reads it without migrating, purging or writing anything', async () => {
    const dataDir = freshDataDir();
    const server = await openStore({dataDir});
    await addSubmission(server, {pageId: 'faq', locale: 'fr', answer: 'no', comment: 'gardé', day: dayOf(new Date())});
    await addSubmission(server, {pageId: 'faq', locale: 'fr', answer: 'no', comment: 'past its retention', day: '2001-01-01'});
    // A copy as a backup makes it: everything in the main file (sqlite3 .backup, or after a checkpoint).
    await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(server.db);
    await server.close();
    const copy = path.join(freshDataDir(), 'copy');
    mkdirSync(copy);
    copyFileSync(path.join(dataDir, 'feedback.db'), path.join(copy, 'feedback.db'));
    chmodSync(path.join(copy, 'feedback.db'), 0o444);
    chmodSync(copy, 0o555);
    const hash = () => createHash('sha256').update(readFileSync(path.join(copy, 'feedback.db'))).digest('hex');
    const before = hash();
    const env = {...process.env, DATA_DIR: copy, DATABASE_URL: ''};
    const r = await run(process.execPath, [tsx, 'app/_lib/feedback/cli.ts', 'report', '--from', '2000-01-01'], env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('"gardé"');
    expect(r.stdout).toContain('"past its retention"');
    expect(hash()).toBe(before);
    const ro = await openStore({dataDir: copy}, new Date(), {readOnly: true});
    expect(ro.readOnly).toBe(true);
    await expect(ro.db.deleteFrom('feedback').execute()).rejects.toThrow(/read-only|readonly/i);
    await ro.close();
    chmodSync(copy, 0o755);
  }, 60_000);

  it('says plainly when there is no database to read', async () => {
    const r = await run(process.execPath, [tsx, 'app/_lib/feedback/cli.ts', 'report'], {...process.env, DATA_DIR: freshDataDir(), DATABASE_URL: ''});
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/there is no database \(feedback\.db\) here/);
  }, 60_000);
});

describe('a clear message for each DATA_DIR fault', () => {
  it('missing and cannot be created (a file in the way)', async () => {
    const dir = freshDataDir();
    writeFileSync(path.join(dir, 'file'), '');
    const e = await openStore({dataDir: path.join(dir, 'file', 'data')}).catch((x) => x);
    expect(e).toBeInstanceOf(StoreOpenError);
    expect(e.message).toMatch(/^DATA_DIR .*file\/data: the directory does not exist and cannot be created \(ENOTDIR/);
    expect(e.message).toContain('set DATA_DIR to a writable directory');
  });

  it('not a database', async () => {
    const dir = freshDataDir();
    writeFileSync(path.join(dir, 'feedback.db'), 'these are not the bytes of an SQLite database, only text '.repeat(100));
    const e = await openStore({dataDir: dir}).catch((x) => x);
    expect(e).toBeInstanceOf(StoreOpenError);
    expect(e.message).toMatch(/feedback\.db is not an SQLite database .*Move that file away/);
  });

  it('read-only, full, and not writable (the faults a test running as root cannot make for real)', () => {
    const msg = (code: string, message = 'x') => describeStoreError(Object.assign(new Error(message), {code}), '/srv/data').message;
    expect(msg('EROFS')).toMatch(/^DATA_DIR \/srv\/data: the directory or feedback\.db is read-only \(EROFS\)/);
    expect(msg('SQLITE_READONLY')).toMatch(/read-only \(SQLITE_READONLY\)/);
    expect(msg('ENOSPC')).toMatch(/the disk is full \(ENOSPC\)/);
    expect(msg('SQLITE_FULL', 'database or disk is full')).toMatch(/the disk is full \(SQLITE_FULL\)/);
    expect(msg('SQLITE_IOERR', 'database or disk is full')).toMatch(/the disk is full/);
    expect(msg('EACCES')).toMatch(/does not exist and cannot be created \(EACCES|may not write here \(EACCES/);
    expect(msg('SQLITE_NOTADB', 'file is not a database')).toMatch(/not an SQLite database/);
    expect(msg('SQLITE_CORRUPT')).toMatch(/is damaged/);
  });
});
