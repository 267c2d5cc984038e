// The two storage modes for the feedback tests: a fresh embedded SQLite directory, and a fresh database
// on a real PostgreSQL started for the test run (tests/tools/postgres.mjs). When PostgreSQL cannot be had,
// the PostgreSQL half is skipped, loudly.
import {spawn} from 'node:child_process';
import {mkdtempSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import {afterAll} from 'vitest';
import type {StorageConfig} from '@/app/_lib/feedback/config';
import {startPostgres} from '../tools/postgres.mjs';

type Pg = {url: string; stop: () => Promise<void>; dir?: string; bin?: string; data?: string; user?: {uid?: number; gid?: number}} | {skipped: string};

let server: Promise<Pg> | undefined;

/** One PostgreSQL per test file, stopped after it; null (with a loud warning) when unavailable. */
export async function postgres() {
  server ??= startPostgres({fsync: false});
  const s = await server;
  if ('skipped' in s) {
    const line = '!'.repeat(100);
    console.warn(`\n${line}\n!!! POSTGRESQL TESTS SKIPPED: ${s.skipped}\n${line}\n`);
    return null;
  }
  return s;
}

afterAll(async () => {
  const s = await server;
  if (s && !('skipped' in s)) await s.stop();
});

let n = 0;
/** A new, empty database on the test server. */
export async function freshPgDatabase(baseUrl: string): Promise<string> {
  const name = `fb_${process.pid}_${Date.now()}_${n++}`;
  const client = new pg.Client({connectionString: baseUrl});
  await client.connect();
  try { await client.query(`create database ${name}`); } finally { await client.end(); }
  const u = new URL(baseUrl);
  u.pathname = '/' + name;
  return u.toString();
}

export const freshDataDir = () => mkdtempSync(path.join(os.tmpdir(), 'feedback-sqlite-'));

export type Mode = {name: 'sqlite' | 'postgres'; config: () => Promise<StorageConfig>};

/** Both storage modes; the PostgreSQL one only when a server is running. */
export async function storageModes(): Promise<Mode[]> {
  const pgServer = await postgres();
  return [
    {name: 'sqlite', config: async () => ({dataDir: freshDataDir()})},
    ...(pgServer ? [{name: 'postgres' as const, config: async () => ({databaseUrl: await freshPgDatabase(pgServer.url), dataDir: freshDataDir()})}] : []),
  ];
}

/** tsx's CLI, to run the editors' commands (and the test harness) as their own processes. */
export const tsx = path.resolve('node_modules/tsx/dist/cli.mjs');

/** Run a command to its end; its exit code and output. */
export function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<{code: number | null; stdout: string; stderr: string}> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {env, stdio: ['ignore', 'pipe', 'pipe']});
    let stdout = '', stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({code, stdout, stderr}));
  });
}
