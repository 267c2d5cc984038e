// The site never waits on the database (issue 21). The embedded SQLite engine (@libsql/client on a file)
// runs each statement synchronously on the main thread: with a busy timeout, a statement that finds the
// write lock taken by another process (a backup, the editors' command, a stuck transaction) would sleep
// inside SQLite, and every page, search and urgent-help answer of this process would wait with it.
// So the client opens with no busy timeout (db.ts): such a statement fails at once with SQLITE_BUSY, and
// it is tried again here after an asynchronous pause (a timer: the event loop serves everyone else
// meanwhile), until a deadline; past it the submission gets its 503. PostgreSQL waits for locks in its own
// server process, never in ours: its errors are not retried here.

/** The database stayed locked by another process until the deadline. */
export class StoreBusy extends Error {
  override name = 'StoreBusy';
  constructor(waitedMs: number) {
    super(`the database is locked by another process (waited ${Math.round(waitedMs)} ms)`);
  }
}

/** Did SQLite refuse because another connection holds a lock? */
export function isBusy(e: unknown): boolean {
  const code = (e as {code?: unknown})?.code;
  return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Run `op`; while it fails with SQLITE_BUSY, run it again after a pause (5 ms, doubling up to 50 ms)
 * until `until` (a Date.now() time). `op` must be safe to repeat: one statement in autocommit mode or a
 * whole transaction (a refused statement changed nothing).
 */
export async function retryBusy<T>(op: () => Promise<T>, until: number, now: () => number = Date.now): Promise<T> {
  const start = now();
  for (let pause = 5; ; pause = Math.min(50, pause * 2)) {
    try {
      return await op();
    } catch (e) {
      if (!isBusy(e)) throw e;
      const left = until - now();
      if (left <= 0) throw new StoreBusy(now() - start);
      await sleep(Math.min(pause, left));
    }
  }
}
