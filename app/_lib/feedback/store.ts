// What the app and the editors' commands do with the store: open it (migrations and the retention purge
// run first), add a submission, purge old ones, and read the report. The same queries for both stores.
import {describeStoreError, openDb, type Db} from './db';
import {migrate} from './migrations';
import {retentionMonths, storageConfig, type StorageConfig} from './config';
import {retryBusy, StoreBusy} from './busy';

export type Submission = {pageId: string; locale: string; answer: 'yes' | 'no'; comment: string | null; day: string};

/** Today's date as YYYY-MM-DD (UTC): the only time information stored. */
export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The first day still kept: `months` before `today` (same day of month, clamped to the month's end). */
export function retentionCutoff(today: string, months: number): string {
  const [y, m, d] = today.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 - months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, lastDay));
  return dayOf(first);
}

/** Most rows in one group commit (5 parameters each, far under SQLite's limit). */
const maxBatch = 200;

/** A submission waiting for its commit, and the time (Date.now()) past which it gets its 503 instead. */
type Pending = {s: Submission; until: number; done: (error?: unknown) => void};

/**
 * Group commit. Each commit waits for the disk (SQLite's synchronous=FULL fsyncs the WAL; PostgreSQL fsyncs
 * its log), and the embedded engine does that inside the event loop. One INSERT per submission therefore
 * caps the server at about one submission per fsync. Instead, submissions that arrive while a write is on
 * its way wait for the next one and go to disk together, in one multi-row INSERT: one commit for many
 * readers. Each caller's promise settles only when its own row is committed (or its batch failed), so a 303
 * still means "on disk", and a failed batch answers 503 to each of its submissions.
 *
 * When another process holds the write lock, the batch is tried again asynchronously (busy.ts) until the
 * earliest deadline among its submissions; a submission whose deadline passed while it queued is answered
 * at once. So each submission has its answer within its own deadline, and the event loop is never held.
 */
function groupWriter({db, waitMs}: Db) {
  const queue: Pending[] = [];
  let draining = false;
  async function drain() {
    while (queue.length) {
      const now = Date.now();
      for (let i = queue.length - 1; i >= 0; i--) {
        if (queue[i].until <= now) queue.splice(i, 1)[0].done(new StoreBusy(waitMs));
      }
      const batch = queue.splice(0, maxBatch);
      if (!batch.length) break;
      try {
        await retryBusy(() => db.insertInto('feedback')
          .values(batch.map(({s}) => ({page_id: s.pageId, locale: s.locale, answer: s.answer, comment: s.comment, day: s.day})))
          .execute(), Math.min(...batch.map((p) => p.until)));
        for (const p of batch) p.done();
      } catch (e) {
        for (const p of batch) p.done(e);
      }
      // Let requests that arrived during the write reach the queue before the next one.
      await new Promise((r) => setImmediate(r));
    }
    draining = false;
  }
  return (s: Submission) => new Promise<void>((resolve, reject) => {
    queue.push({s, until: Date.now() + waitMs, done: (e) => (e === undefined ? resolve() : reject(e))});
    if (!draining) { draining = true; setImmediate(drain); }
  });
}

const writers = new WeakMap<Db['db'], (s: Submission) => Promise<void>>();

/** Store one submission; resolves once it is committed (together with any that arrived at the same time). */
export async function addSubmission(store: Db, s: Submission): Promise<void> {
  let write = writers.get(store.db);
  if (!write) writers.set(store.db, (write = groupWriter(store)));
  await write(s);
}

/** Delete every submission (answer and comment) older than the retention period; returns how many. */
export async function purge({db, waitMs}: Db, today: string, months = retentionMonths()): Promise<number> {
  const r = await retryBusy(() => db.deleteFrom('feedback').where('day', '<', retentionCutoff(today, months)).executeTakeFirst(), Date.now() + waitMs);
  return Number(r.numDeletedRows);
}

/**
 * Open a store, apply pending migrations and the retention purge. With `readOnly` (the editors' report),
 * neither: the store is only read, and a read-only copy of the database will do.
 */
export async function openStore(config: StorageConfig = storageConfig(), now = new Date(), {readOnly = false} = {}): Promise<Db & {migrated: number[]; purged: number}> {
  const store = await openDb(config, {readOnly});
  if (readOnly) return {...store, migrated: [], purged: 0};
  try {
    const today = dayOf(now);
    const migrated = await retryBusy(() => migrate(store.db, store.kind, today), Date.now() + store.waitMs);
    const purged = await purge(store, today);
    return {...store, migrated, purged};
  } catch (e) {
    await store.close().catch(() => {});
    throw store.kind === 'sqlite' && !(e instanceof StoreBusy) ? describeStoreError(e, config.dataDir) : e;
  }
}

export type PageReport = {
  pageId: string;
  locale: string;
  yes: number;
  no: number;
  /** Share of "no" among the answers, 0 to 1. */
  noShare: number;
  comments: {day: string; answer: 'yes' | 'no'; comment: string}[];
};

export type Range = {from?: string; to?: string};

/** Per page and locale for a range of days (inclusive): yes and no counts, share of "no", comments newest first. */
export async function report({db}: Db, range: Range = {}): Promise<PageReport[]> {
  let counts = db
    .selectFrom('feedback')
    .select((eb) => [
      'page_id', 'locale',
      eb.fn.countAll().filterWhere('answer', '=', 'yes').as('yes'),
      eb.fn.countAll().filterWhere('answer', '=', 'no').as('no'),
    ])
    .groupBy(['page_id', 'locale'])
    .orderBy('page_id').orderBy('locale');
  let comments = db
    .selectFrom('feedback')
    .select(['page_id', 'locale', 'day', 'answer', 'comment'])
    .where('comment', 'is not', null)
    .orderBy('day', 'desc').orderBy('id', 'desc');
  if (range.from) { counts = counts.where('day', '>=', range.from); comments = comments.where('day', '>=', range.from); }
  if (range.to) { counts = counts.where('day', '<=', range.to); comments = comments.where('day', '<=', range.to); }
  const byKey = new Map<string, PageReport>();
  for (const r of await counts.execute()) {
    const yes = Number(r.yes), no = Number(r.no);
    byKey.set(`${r.page_id}\u0000${r.locale}`, {pageId: r.page_id, locale: r.locale, yes, no, noShare: yes + no ? no / (yes + no) : 0, comments: []});
  }
  for (const c of await comments.execute()) {
    byKey.get(`${c.page_id}\u0000${c.locale}`)?.comments.push({day: c.day, answer: c.answer, comment: c.comment!});
  }
  return [...byKey.values()];
}

/** Every submission in a range, newest first (for the CSV export). */
export async function submissions({db}: Db, range: Range = {}) {
  let q = db.selectFrom('feedback').select(['day', 'page_id', 'locale', 'answer', 'comment']).orderBy('day', 'desc').orderBy('id', 'desc');
  if (range.from) q = q.where('day', '>=', range.from);
  if (range.to) q = q.where('day', '<=', range.to);
  return q.execute();
}

/** A running daily purge: stop() ends it (the timer is unref'd, so it never keeps a process alive). */
export type PurgeTimer = {stop: () => void; /** Run a check now (what each tick does); resolves when done. */ tick: () => Promise<void>};

/**
 * The retention purge, once a day whether or not anyone submits: a timer checks every `everyMs` (an hour by
 * default) and purges when the UTC day has changed since the last purge (`lastDay`: the day the store was
 * opened, which purged already). A failed purge (database down or locked) is logged and tried at the next
 * tick. Started by whoever opens the store for serving: getStore() starts one for the app's store.
 */
export function startPurgeTimer(
  store: () => Promise<Db>,
  {everyMs = 3_600_000, now = () => new Date(), lastDay = dayOf(now()), log = (line: string) => console.error(line)} = {},
): PurgeTimer {
  let last = lastDay;
  let running: Promise<void> | null = null;
  const tick = () => {
    running ??= (async () => {
      const today = dayOf(now());
      if (today === last) return;
      try {
        const n = await purge(await store(), today);
        last = today;
        if (n) console.log(`feedback: retention purge deleted ${n} submission(s) from before ${retentionCutoff(today, retentionMonths())}`);
      } catch (e) {
        log(`feedback: the daily purge failed and will be tried again: ${e instanceof Error ? e.message : String(e)}`);
      }
    })().finally(() => { running = null; });
    return running;
  };
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return {stop: () => clearInterval(timer), tick};
}

let shared: Promise<Awaited<ReturnType<typeof openStore>>> | undefined;
let purgeTimer: PurgeTimer | undefined;

/**
 * The app's store, opened on first use (migrations and purge at start-up), with its daily purge timer
 * started then. When opening fails (database down, data directory not writable) the next request tries again.
 */
export async function getStore(): Promise<Db> {
  shared ??= openStore().catch((e) => { shared = undefined; throw e; });
  const store = await shared;
  purgeTimer ??= startPurgeTimer(getStore);
  return store;
}

/** Stop the app's daily purge (a server shutting down); getStore() starts it again when next used. */
export function stopPurgeTimer(): void {
  purgeTimer?.stop();
  purgeTimer = undefined;
}
