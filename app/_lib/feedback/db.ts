// One query layer for both stores: Kysely over @libsql/client (embedded SQLite, WAL) or pg (PostgreSQL).
import {mkdirSync} from 'node:fs';
import path from 'node:path';
import {Kysely, PostgresDialect, type Generated} from 'kysely';
import {LibsqlDialect} from './libsql-dialect';
import {sqliteFileName, type StorageConfig} from './config';

/** One submission. No IP, no user agent, no time of day: only what the privacy page lists. */
export interface FeedbackTable {
  id: Generated<number>;
  page_id: string;
  locale: string;
  answer: 'yes' | 'no';
  comment: string | null;
  /** The day of the submission, YYYY-MM-DD (UTC). */
  day: string;
}

export interface SchemaVersionTable {
  version: number;
  name: string;
  applied_on: string;
}

export interface Database {
  feedback: FeedbackTable;
  feedback_schema_version: SchemaVersionTable;
}

export type StoreKind = 'sqlite' | 'postgres';
export type Db = {db: Kysely<Database>; kind: StoreKind; close: () => Promise<void>};

/** Open the store named by the configuration: PostgreSQL when databaseUrl is set, else SQLite in dataDir. */
export async function openDb(config: StorageConfig): Promise<Db> {
  if (config.databaseUrl) {
    const {default: pg} = await import('pg');
    const pool = new pg.Pool({
      connectionString: config.databaseUrl,
      max: 10,
      // A database that does not answer must not hold the reader: fail fast, the handler answers 503.
      connectionTimeoutMillis: 3000,
      idleTimeoutMillis: 30_000,
      query_timeout: 10_000,
    });
    // An idle client's error (server restart) must not crash the process; the next query reconnects.
    pool.on('error', () => {});
    const db = new Kysely<Database>({dialect: new PostgresDialect({pool})});
    return {db, kind: 'postgres', close: () => db.destroy()};
  }
  const {createClient} = await import('@libsql/client');
  mkdirSync(config.dataDir, {recursive: true});
  const file = path.join(config.dataDir, sqliteFileName);
  // timeout: busy timeout (ms) when another process (an editor's command) holds the write lock.
  const client = createClient({url: 'file:' + file, intMode: 'number', timeout: 5000});
  // WAL: readers and a writer in other processes at once; it is a property of the file and persists.
  // synchronous stays at SQLite's default, FULL: a commit is on disk before the reader gets the 303.
  await client.execute('PRAGMA journal_mode = WAL');
  const db = new Kysely<Database>({dialect: new LibsqlDialect(client)});
  return {db, kind: 'sqlite', close: () => db.destroy()};
}
