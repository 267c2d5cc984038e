// Worker threads for the dynamic routes (README, How it is built). A search costs about half a millisecond of
// CPU; answered on the event loop, 50 readers searching at once made every page and file wait behind them,
// and the search could use one core only. Here each answer is computed in a worker thread (answer-worker.ts),
// which holds the index; the event loop only sends the request's path and query and writes the answer.
// Messages are answered in the order they came; a worker that dies is replaced and its pending answers get a
// 503 page, never a hang. ANSWER_WORKERS sets how many (default: one per core beyond two, at most 4; 0, the
// default on two cores: answer on the event loop, in arrival order, as the unit tests do).
import {createHash} from 'node:crypto';
import os from 'node:os';
import {Worker} from 'node:worker_threads';
import type {Answer} from './answer';

/** What the event loop sends a worker: a dynamic route's path and the raw query string. */
export type AnswerRequest = {id: number; path: string; query: string};

type BodyMessage =
  | {kind: 'text'; text: string}
  | {kind: 'bytes'; bytes: Uint8Array}
  /** A SplitBody: its constant head by key, with its bytes the first time this worker sends it. */
  | {kind: 'split'; headKey: string; head?: Uint8Array; tail: string};
type AnswerMessage = {id: number; status: number; headers: Record<string, string>; body: BodyMessage};
type WorkerMessage = AnswerMessage | {ready: true} | {id: number; failed: string};

const headKeys = new WeakMap<Buffer, string>();
const keyOf = (head: Buffer) => {
  let key = headKeys.get(head);
  if (!key) headKeys.set(head, (key = createHash('sha256').update(head).digest('base64')));
  return key;
};

/** An answer as a message (in the worker): a split body's 24 KB head travels once, then by its key. */
export function toMessage(id: number, answer: Answer, sentHeads: WeakSet<Buffer>): {message: AnswerMessage; transfer: ArrayBuffer[]} {
  const {status, headers, body} = answer;
  const base = {id, status, headers: {...headers}};
  if (typeof body === 'string') return {message: {...base, body: {kind: 'text', text: body}}, transfer: []};
  if (body instanceof Uint8Array) return {message: {...base, body: {kind: 'bytes', bytes: body}}, transfer: []};
  const first = !sentHeads.has(body.head);
  if (first) sentHeads.add(body.head);
  return {message: {...base, body: {kind: 'split', headKey: keyOf(body.head), head: first ? body.head : undefined, tail: body.tail}}, transfer: []};
}

/** The answer again (on the event loop). Each head is one Buffer for the process's life, as spliceGzip wants. */
export function fromMessage(message: AnswerMessage, heads: Map<string, Buffer>): Answer {
  const {status, headers, body} = message;
  if (body.kind === 'text') return {status, headers, body: body.text};
  if (body.kind === 'bytes') return {status, headers, body: Buffer.from(body.bytes.buffer, body.bytes.byteOffset, body.bytes.byteLength)};
  if (body.head && !heads.has(body.headKey)) heads.set(body.headKey, Buffer.from(body.head.buffer, body.head.byteOffset, body.head.byteLength));
  const head = heads.get(body.headKey);
  if (!head) throw new Error('answer pool: a head arrived by key before its bytes');
  return {status, headers, body: {head, tail: body.tail}};
}

/**
 * ANSWER_WORKERS, else one per core beyond two (one core for the event loop, one for the rest: the system, a
 * proxy, the database, V8's own threads), at most 4. On two cores that is none: measured here, a worker then
 * raised the search's rate by a third to a half when the second core was free, and gave nothing when other
 * work ran (a search through a worker costs more CPU in all: the messages, a second heap).
 */
export function answerWorkersFrom(env: Record<string, string | undefined> = process.env, cores = os.availableParallelism()): number {
  const set = env.ANSWER_WORKERS?.trim();
  if (set) {
    const n = Number(set);
    if (!Number.isInteger(n) || n < 0 || n > 64) throw new Error(`ANSWER_WORKERS must be a whole number from 0 to 64, not "${set}"`);
    return n;
  }
  return Math.min(4, Math.max(0, cores - 2));
}

export type AnswerPool = {
  /** Resolves when every worker has loaded the index; rejects if one cannot start (an incomplete build). */
  ready: Promise<void>;
  answer(path: string, query: string): Promise<Answer>;
  close(): Promise<void>;
};

export function createAnswerPool({file, size, unavailable, workerData}: {file: URL | string; size: number; unavailable: () => Answer; workerData?: unknown}): AnswerPool {
  const heads = new Map<string, Buffer>();
  type Slot = {worker: Worker; pending: Map<number, (answer: Answer) => void>};
  const slots: Slot[] = [];
  let nextId = 1;
  let closing = false;
  const failed = (why: string) => {
    console.error(`site server: a dynamic route's answer failed in its worker (${why}); the request is not logged`);
    return unavailable();
  };

  const start = (i: number): Promise<void> => {
    const worker = new Worker(file, {workerData});
    const slot: Slot = {worker, pending: new Map()};
    slots[i] = slot;
    let started = false;
    return new Promise<void>((resolve, reject) => {
      worker.on('message', (m: WorkerMessage) => {
        if ('ready' in m) { started = true; return resolve(); }
        const done = slot.pending.get(m.id);
        if (!done) return;
        slot.pending.delete(m.id);
        try {
          done('failed' in m ? failed(m.failed) : fromMessage(m, heads));
        } catch (e) {
          done(failed(e instanceof Error ? e.name : typeof e));
        }
      });
      worker.on('error', (e) => {
        console.error(`site server: an answer worker stopped (${e instanceof Error ? e.message : String(e)})`);
        if (!started) reject(e);
      });
      worker.on('exit', () => {
        for (const done of slot.pending.values()) done(unavailable());
        slot.pending.clear();
        // Replaced unless the server is stopping or it never started (then the build is at fault: start fails).
        if (started && !closing) void start(i).catch(() => {});
        else if (!started) reject(new Error('an answer worker exited before it was ready'));
      });
    });
  };

  const ready = Promise.all(Array.from({length: size}, (_, i) => start(i))).then(() => undefined);
  return {
    ready,
    answer(path, query) {
      let slot = slots[0];
      for (const s of slots) if (s.pending.size < slot.pending.size) slot = s;
      const id = nextId++;
      return new Promise<Answer>((resolve) => {
        slot.pending.set(id, resolve);
        slot.worker.postMessage({id, path, query} satisfies AnswerRequest);
      });
    },
    async close() {
      closing = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
