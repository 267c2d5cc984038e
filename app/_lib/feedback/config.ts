// Where feedback is stored and for how long, from the environment (read when the store opens).
import path from 'node:path';

export type StorageConfig = {
  /** postgres://… when set: a shared PostgreSQL server (several app instances). */
  databaseUrl?: string;
  /** Directory of the embedded SQLite database (used when databaseUrl is not set). */
  dataDir: string;
};

export function storageConfig(env: NodeJS.ProcessEnv = process.env): StorageConfig {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    // Outside the build output (.next), so a rebuild never touches it.
    dataDir: path.resolve(env.DATA_DIR || path.join(process.cwd(), 'data')),
  };
}

/** How long submissions are kept, in months (FEEDBACK_RETENTION_MONTHS, default 12). */
export function retentionMonths(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.FEEDBACK_RETENTION_MONTHS);
  return Number.isInteger(n) && n > 0 ? n : 12;
}

/** The file name of the embedded database inside DATA_DIR. */
export const sqliteFileName = 'feedback.db';
