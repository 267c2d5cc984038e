// Durability and no loss, through the real handler and store in a server process of its own
// (tests/helpers/feedback-server.ts): SIGKILL during a burst loses no acknowledged submission, and under
// load (50 concurrent clients, 2,000 submissions) the rows stored equal the 303s answered, on both stores.
import {spawn, type ChildProcess} from 'node:child_process';
import http from 'node:http';
import {describe, expect, it} from 'vitest';
import {openStore, submissions} from '@/app/_lib/feedback/store';
import type {StorageConfig} from '@/app/_lib/feedback/config';
import {freshDataDir, storageModes} from '../helpers/feedback-stores';

const modes = await storageModes();
const agent = new http.Agent({keepAlive: true, maxSockets: 50});

function startServer(config: StorageConfig): Promise<{child: ChildProcess; port: number}> {
  const env = {...process.env, DATA_DIR: config.dataDir, DATABASE_URL: config.databaseUrl ?? '', FEEDBACK_RATE_LIMIT: '0', FEEDBACK_MAX_PER_HOUR: '0', FEEDBACK_MAX_PER_DAY: '0', PORT: '0'};
  // The server is this very process (tsx as a loader, not its CLI, which would run the server as a child of its
  // own): so SIGKILL below kills the server itself, and no server outlives the test.
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/helpers/feedback-server.ts'], {env, stdio: ['ignore', 'pipe', 'pipe']});
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /listening (\d+)/.exec(out);
      if (m) resolve({child, port: Number(m[1])});
    });
    child.stderr!.on('data', (d) => (out += d));
    child.on('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
}

/** One submission; its status, or 0 when the connection failed (e.g. the server was killed). */
function submit(port: number, comment: string): Promise<number> {
  const body = new URLSearchParams({page: 'faq', locale: 'fr', answer: 'no', comment}).toString();
  return new Promise((resolve) => {
    const req = http.request({host: '127.0.0.1', port, path: '/feedback', method: 'POST', agent,
      headers: {'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body)}}, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', () => resolve(0));
    req.end(body);
  });
}

describe('durability of the embedded store', () => {
  it('keeps every submission answered 303 when the server is killed with SIGKILL during a burst', async () => {
    const config = {dataDir: freshDataDir()};
    const {child, port} = await startServer(config);
    const acked: string[] = [];
    let n = 0;
    let killed = false;
    const client = async () => {
      while (!killed) {
        const comment = `burst ${n++}`;
        if ((await submit(port, comment)) === 303) acked.push(comment);
      }
    };
    const clients = Array.from({length: 20}, client);
    while (acked.length < 300) await new Promise((r) => setTimeout(r, 20));
    const gone = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    killed = true;
    await gone;
    expect(child.signalCode).toBe('SIGKILL');
    await Promise.all(clients);
    // Restart: the database opens, and every acknowledged row is there.
    const again = await startServer(config);
    expect(await submit(again.port, 'after restart')).toBe(303);
    again.child.kill('SIGTERM');
    const store = await openStore(config);
    const stored = new Set((await submissions(store)).map((s) => s.comment));
    await store.close();
    const lost = acked.filter((c) => !stored.has(c));
    expect(acked.length).toBeGreaterThanOrEqual(300);
    expect(lost).toEqual([]);
    expect(stored.has('after restart')).toBe(true);
  }, 180_000);
});

describe.each(modes)('no loss under load on $name', ({config}) => {
  it('50 concurrent clients, 2,000 submissions: rows stored = 303s answered', async () => {
    const cfg = await config();
    const {child, port} = await startServer(cfg);
    let next = 0, seeOther = 0;
    const statuses: Record<number, number> = {};
    const client = async () => {
      while (next < 2000) {
        const i = next++;
        const status = await submit(port, `load ${i}`);
        statuses[status] = (statuses[status] ?? 0) + 1;
        if (status === 303) seeOther++;
      }
    };
    await Promise.all(Array.from({length: 50}, client));
    child.kill('SIGTERM');
    const store = await openStore(cfg);
    const rows = await submissions(store);
    await store.close();
    expect(statuses).toEqual({303: 2000});
    expect(rows.length).toBe(seeOther);
    expect(new Set(rows.map((r) => r.comment)).size).toBe(2000);
  }, 240_000);
});
