// A Kysely dialect for @libsql/client (embedded SQLite file). Written here rather than taken from npm:
// @libsql/kysely-libsql 0.4.1 depends on @libsql/client ^0.8 and kysely-libsql 0.7.1 on ^0.15, so either
// would install a second, older copy of the engine beside the one we use. Kysely's own SQLite adapter,
// query compiler and introspector do the SQL; this file only moves compiled queries to the client.
import type {Client, InArgs, Transaction} from '@libsql/client';
import {
  CompiledQuery, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler,
  type DatabaseConnection, type DatabaseIntrospector, type Dialect, type DialectAdapter, type Driver,
  type Kysely, type QueryCompiler, type QueryResult,
} from 'kysely';

/** What the dialect needs of a client: @libsql/client's, or the read-only one of db.ts. */
export type SqlClient = Pick<Client, 'execute' | 'transaction' | 'close'>;

class LibsqlConnection implements DatabaseConnection {
  transaction: Transaction | null = null;
  constructor(private readonly client: SqlClient) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const target = this.transaction ?? this.client;
    const rs = await target.execute({sql: query.sql, args: query.parameters as InArgs});
    // Rows come back array-like with named properties: hand Kysely plain objects.
    const rows = rs.rows.map((row) => Object.fromEntries(rs.columns.map((c, i) => [c, row[i]]))) as R[];
    return {
      rows,
      numAffectedRows: rs.rowsAffected !== undefined ? BigInt(rs.rowsAffected) : undefined,
      insertId: rs.lastInsertRowid !== undefined ? BigInt(rs.lastInsertRowid) : undefined,
    };
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming is not supported by the libsql dialect');
  }
}

class LibsqlDriver implements Driver {
  constructor(private readonly client: SqlClient) {}
  async init() {}
  async acquireConnection() {
    return new LibsqlConnection(this.client);
  }
  async beginTransaction(connection: DatabaseConnection) {
    // A write transaction: BEGIN IMMEDIATE, so two processes serialise on the write lock from the start.
    (connection as LibsqlConnection).transaction = await this.client.transaction('write');
  }
  async commitTransaction(connection: DatabaseConnection) {
    const c = connection as LibsqlConnection;
    try { await c.transaction?.commit(); } finally { c.transaction?.close(); c.transaction = null; }
  }
  async rollbackTransaction(connection: DatabaseConnection) {
    const c = connection as LibsqlConnection;
    try { await c.transaction?.rollback(); } finally { c.transaction?.close(); c.transaction = null; }
  }
  async releaseConnection() {}
  async destroy() {
    this.client.close();
  }
}

export class LibsqlDialect implements Dialect {
  constructor(private readonly client: SqlClient) {}
  createAdapter(): DialectAdapter { return new SqliteAdapter(); }
  createDriver(): Driver { return new LibsqlDriver(this.client); }
  createQueryCompiler(): QueryCompiler { return new SqliteQueryCompiler(); }
  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector { return new SqliteIntrospector(db); }
}
