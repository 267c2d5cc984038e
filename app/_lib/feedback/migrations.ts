// Versioned schema migrations, applied in order when the store opens. Idempotent: each runs once, inside
// one transaction that holds the write lock (BEGIN IMMEDIATE on SQLite, an advisory lock on PostgreSQL),
// so two processes starting together (the server and an editor's command) never apply one twice.
import {sql, type Kysely} from 'kysely';
import type {Database, StoreKind} from './db';

type Migration = {version: number; name: string; up: (db: Kysely<any>, kind: StoreKind) => Promise<void>}; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Append only: never edit or renumber a migration that has shipped. */
export const migrations: Migration[] = [
  {
    version: 1,
    name: 'feedback table',
    up: async (db, kind) => {
      await db.schema
        .createTable('feedback')
        .addColumn('id', kind === 'postgres' ? 'bigserial' : 'integer', (c) => (kind === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
        .addColumn('page_id', 'text', (c) => c.notNull())
        .addColumn('locale', 'text', (c) => c.notNull())
        .addColumn('answer', 'text', (c) => c.notNull().check(sql`answer in ('yes', 'no')`))
        .addColumn('comment', 'text')
        .addColumn('day', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('feedback_day').on('feedback').column('day').execute();
    },
  },
  {
    version: 2,
    name: 'index for the per-page report',
    up: async (db) => {
      await db.schema.createIndex('feedback_page_locale_day').on('feedback').columns(['page_id', 'locale', 'day']).execute();
    },
  },
];

/** Apply every pending migration; returns the versions applied by this call (none when up to date). */
export async function migrate(db: Kysely<Database>, kind: StoreKind, today: string): Promise<number[]> {
  return db.transaction().execute(async (trx) => {
    if (kind === 'postgres') await sql`select pg_advisory_xact_lock(802012)`.execute(trx);
    await trx.schema
      .createTable('feedback_schema_version')
      .ifNotExists()
      .addColumn('version', 'integer', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('applied_on', 'text', (c) => c.notNull())
      .execute();
    const done = new Set((await trx.selectFrom('feedback_schema_version').select('version').execute()).map((r) => Number(r.version)));
    const applied: number[] = [];
    for (const m of migrations) {
      if (done.has(m.version)) continue;
      await m.up(trx, kind);
      await trx.insertInto('feedback_schema_version').values({version: m.version, name: m.name, applied_on: today}).execute();
      applied.push(m.version);
    }
    return applied;
  });
}
