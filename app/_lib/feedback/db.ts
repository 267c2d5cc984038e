// One query layer for both stores: Kysely over @libsql/client (embedded SQLite, WAL) or pg (PostgreSQL).
import {accessSync, constants, existsSync, mkdirSync, statSync} from 'node:fs';
import path from 'node:path';
import {Kysely, PostgresDialect, type Generated} from 'kysely';
import type {InStatement, ResultSet, Transaction} from '@libsql/client';
import {LibsqlDialect, type SqlClient} from './libsql-dialect';
import {retryBusy} from './busy';
import {sqliteFileName, storeWaitMs, type StorageConfig} from './config';

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
export type Db = {
  db: Kysely<Database>;
  kind: StoreKind;
  close: () => Promise<void>;
  /** How long a write waits for another process's lock before its submission gets a 503 (busy.ts), in ms. */
  waitMs: number;
  /** Opened read-only (the editors' report): no migration, purge or write. */
  readOnly?: boolean;
};

/** A fault of the store's location or file, said so that an operator knows what to fix. */
export class StoreOpenError extends Error {
  override name = 'StoreOpenError';
}

const code = (e: unknown) => String((e as {code?: unknown})?.code ?? '');

/**
 * A clear message for each fault of DATA_DIR or its database file: missing and cannot be created, read-only,
 * full, not a database. Anything else keeps its own message, prefixed with the file.
 */
export function describeStoreError(e: unknown, dataDir: string): StoreOpenError {
  if (e instanceof StoreOpenError) return e;
  const file = path.join(dataDir, sqliteFileName);
  const c = code(e);
  const message = e instanceof Error ? e.message : String(e);
  const say = (text: string) => new StoreOpenError(`DATA_DIR ${dataDir}: ${text}`, {cause: e});
  if (c === 'ENOENT' || c === 'ENOTDIR' || c === 'EACCES' || c === 'EPERM') {
    if (!existsSync(dataDir) || c === 'ENOTDIR') {
      return say(`the directory does not exist and cannot be created (${c}: a parent is missing, is a file, or may not be written). Create it and give the server's user write access, or set DATA_DIR to a writable directory.`);
    }
    return say(`the server's user may not write here (${c}). Give it write access to the directory and to ${sqliteFileName}, or set DATA_DIR to a writable directory.`);
  }
  if (c === 'EROFS' || c.startsWith('SQLITE_READONLY')) {
    return say(`the directory or ${sqliteFileName} is read-only (${c}). Feedback needs to write there: mount it read-write or set DATA_DIR to a writable directory. (npm run feedback reads a read-only copy.)`);
  }
  if (c === 'ENOSPC' || c === 'EDQUOT' || c.startsWith('SQLITE_FULL') || /database or disk is full/i.test(message)) {
    return say(`the disk is full (${c || 'SQLITE_FULL'}). Free space on the disk holding this directory; submissions are refused (503) until then.`);
  }
  if (c.startsWith('SQLITE_NOTADB') || /file is not a database/i.test(message)) {
    return say(`${file} is not an SQLite database (${c || 'SQLITE_NOTADB'}). Move that file away (the store creates a new one) or restore the database from a backup.`);
  }
  if (c.startsWith('SQLITE_CORRUPT')) {
    return say(`${file} is damaged (${c}). Restore it from a backup, or move it away to start an empty one.`);
  }
  if (c.startsWith('SQLITE_CANTOPEN')) {
    return say(`${file} cannot be opened (${c}): check that the directory exists and that the server's user may read and write it.`);
  }
  return say(`${file}: ${message}`);
}

/**
 * A read-only client for the editors' report: SQLite's own read-only mode (a URI with mode=ro, which
 * @libsql/client does not accept, hence the engine it wraps, `libsql`, directly), so no lock is taken for
 * writing and nothing is created or changed: it works on a copy on read-only media. When SQLite cannot
 * open the copy that way (a WAL database in a read-only directory without its -shm file), it is opened as
 * immutable: the main file as it is.
 */
async function readOnlyClient(file: string): Promise<SqlClient> {
  if (!existsSync(file)) {
    throw new StoreOpenError(`DATA_DIR ${path.dirname(file)}: there is no database (${sqliteFileName}) here: no submission yet, or DATA_DIR (or DATABASE_URL) does not name the server's store.`);
  }
  const {default: Database} = await import('libsql');
  const uri = (query: string) => `file:${encodeURI(file).replace(/[?#]/g, encodeURIComponent)}?${query}`;
  let db: InstanceType<typeof Database>;
  try {
    db = new Database(uri('mode=ro'));
    db.prepare('select count(*) from sqlite_master').get();
  } catch (e) {
    if (!code(e).startsWith('SQLITE_CANTOPEN') && !code(e).startsWith('SQLITE_READONLY')) throw e;
    db = new Database(uri('mode=ro&immutable=1'));
  }
  const execute = async (stmt: InStatement): Promise<ResultSet> => {
    const {sql, args = []} = typeof stmt === 'string' ? {sql: stmt, args: []} : stmt;
    const prepared = db.prepare(sql);
    const params = (Array.isArray(args) ? args : [args]) as unknown[];
    if (!prepared.reader) throw Object.assign(new Error('the report opens the store read-only'), {code: 'SQLITE_READONLY'});
    const objects = prepared.all(...params) as Record<string, unknown>[];
    const columns = objects.length ? Object.keys(objects[0]) : [];
    const rows = objects.map((o) => columns.map((c) => o[c]));
    return {columns, columnTypes: [], rows, rowsAffected: 0, lastInsertRowid: undefined, toJSON: () => ({})} as unknown as ResultSet;
  };
  return {
    execute: execute as SqlClient['execute'],
    transaction: (async () => { throw Object.assign(new Error('the report opens the store read-only'), {code: 'SQLITE_READONLY'}); }) as unknown as () => Promise<Transaction>,
    close: () => db.close(),
  };
}

/** Open the store named by the configuration: PostgreSQL when databaseUrl is set, else SQLite in dataDir. */
export async function openDb(config: StorageConfig, {readOnly = false} = {}): Promise<Db> {
  const waitMs = config.waitMs ?? storeWaitMs();
  if (config.databaseUrl) {
    const {default: pg} = await import('pg');
    const pool = new pg.Pool({
      connectionString: config.databaseUrl,
      max: 10,
      // A database that does not answer must not hold the reader: fail fast, the handler answers 503.
      connectionTimeoutMillis: 3000,
      idleTimeoutMillis: 30_000,
      query_timeout: 10_000,
      // The report only reads (PostgreSQL's own read-only transactions).
      ...(readOnly ? {options: '-c default_transaction_read_only=on'} : {}),
    });
    // An idle client's error (server restart) must not crash the process; the next query reconnects.
    pool.on('error', () => {});
    const db = new Kysely<Database>({dialect: new PostgresDialect({pool})});
    return {db, kind: 'postgres', close: () => db.destroy(), waitMs, readOnly};
  }
  const file = path.join(config.dataDir, sqliteFileName);
  try {
    if (readOnly) {
      const db = new Kysely<Database>({dialect: new LibsqlDialect(await readOnlyClient(file))});
      return {db, kind: 'sqlite', close: () => db.destroy(), waitMs, readOnly};
    }
    const {createClient} = await import('@libsql/client');
    mkdirSync(config.dataDir, {recursive: true});
    if (!statSync(config.dataDir).isDirectory()) throw Object.assign(new Error('not a directory'), {code: 'ENOTDIR'});
    // Said plainly now rather than as SQLite's "unable to open database file" later.
    accessSync(config.dataDir, constants.W_OK);
    // No busy timeout (timeout: 0): a statement that finds the write lock taken fails at once and is tried
    // again asynchronously (busy.ts), instead of sleeping in SQLite on the main thread.
    const client = createClient({url: 'file:' + file, intMode: 'number', timeout: 0});
    try {
      // WAL: readers and a writer in other processes at once; it is a property of the file and persists.
      // synchronous stays at SQLite's default, FULL: a commit is on disk before the reader gets the 303.
      await retryBusy(() => client.execute('PRAGMA journal_mode = WAL'), Date.now() + waitMs);
    } catch (e) {
      client.close();
      throw e;
    }
    const db = new Kysely<Database>({dialect: new LibsqlDialect(client)});
    return {db, kind: 'sqlite', close: () => db.destroy(), waitMs};
  } catch (e) {
    throw describeStoreError(e, config.dataDir);
  }
}
