// Where feedback is stored and for how long, from the environment (read when the store opens).
import path from 'node:path';

export type StorageConfig = {
  /** postgres://… when set: a shared PostgreSQL server (several app instances). */
  databaseUrl?: string;
  /** Directory of the embedded SQLite database (used when databaseUrl is not set). */
  dataDir: string;
  /** How long a write waits for another process's lock (FEEDBACK_STORE_WAIT_MS); see storeWaitMs. */
  waitMs?: number;
};

export function storageConfig(env: NodeJS.ProcessEnv = process.env): StorageConfig {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    // Outside the build output (.next), so a rebuild never touches it.
    dataDir: path.resolve(env.DATA_DIR || path.join(process.cwd(), 'data')),
    waitMs: storeWaitMs(env),
  };
}

/**
 * How long a submission waits, at most, for the write lock another process holds on the embedded database
 * (a backup, the editors' command), in ms: FEEDBACK_STORE_WAIT_MS, default 2000. The wait is asynchronous
 * (busy.ts): the site answers everyone else meanwhile; past it the submission gets a 503.
 */
export function storeWaitMs(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.FEEDBACK_STORE_WAIT_MS);
  return env.FEEDBACK_STORE_WAIT_MS && Number.isInteger(n) && n >= 0 ? n : 2000;
}

/** How long submissions are kept, in months (FEEDBACK_RETENTION_MONTHS, default 12). */
export function retentionMonths(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.FEEDBACK_RETENTION_MONTHS);
  return Number.isInteger(n) && n > 0 ? n : 12;
}

/** The file name of the embedded database inside DATA_DIR. */
export const sqliteFileName = 'feedback.db';
