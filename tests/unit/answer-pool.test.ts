// The worker threads that answer the dynamic routes (app/_server/pool.ts), with a stand-in worker
// (tests/fixtures/answer-worker.mjs): order, a split body's head sent once and kept as one Buffer, a worker
// that dies or fails (a 503, never a hang, the worker replaced), a build that cannot start, ANSWER_WORKERS.
// The real worker answers every browser test of the search and the builder (build/answer-worker.mjs).
import {afterEach, describe, expect, it, vi} from 'vitest';
import {answerWorkersFrom, createAnswerPool, fromMessage, toMessage, type AnswerPool} from '@/app/_server/pool';
import type {Answer, SplitBody} from '@/app/_server/answer';

const file = new URL('../fixtures/answer-worker.mjs', import.meta.url);
const unavailable = (): Answer => ({status: 503, headers: {'Content-Type': 'text/html'}, body: 'try again'});
let pool: AnswerPool | null = null;

/** Run `check` with console.error silenced; returns everything it logged, as one string. */
async function logged(check: () => Promise<void>): Promise<string> {
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  try {
    await check();
    return errors.mock.calls.flat().join(' ');
  } finally {
    errors.mockRestore();
  }
}
afterEach(async () => { await pool?.close(); pool = null; });

describe('the answer pool', () => {
  it('answers in the order asked, each answer its own', async () => {
    pool = createAnswerPool({file, size: 1, unavailable});
    await pool.ready;
    const done: string[] = [];
    const answers = await Promise.all(['a', 'b', 'c'].map((q) => pool!.answer('/slow', q).then((a) => { done.push(q); return a; })));
    expect(answers.map((a) => a.body)).toEqual(['/slow?a', '/slow?b', '/slow?c']);
    expect(done).toEqual(['a', 'b', 'c']);
  });

  it('sends a split body\'s head once and gives every answer the very same head Buffer (compressed once)', async () => {
    pool = createAnswerPool({file, size: 1, unavailable});
    await pool.ready;
    const [one, two] = [await pool.answer('/split', 'un'), await pool.answer('/split', 'deux')];
    const [a, b] = [one.body as SplitBody, two.body as SplitBody];
    expect(a.head).toBe(b.head);
    expect(a.head.toString()).toContain('<title>shell</title>');
    expect([a.tail, b.tail]).toEqual(['<p>un</p>', '<p>deux</p>']);
  });

  it('answers 503 when the worker dies under a request, then replaces it', async () => {
    pool = createAnswerPool({file, size: 1, unavailable});
    await pool.ready;
    const log = await logged(async () => {
      expect((await pool!.answer('/crash', 'je veux mourir')).status).toBe(503);
      let after: Answer | null = null;
      for (let i = 0; i < 100 && after?.status !== 200; i++) {
        after = await pool!.answer('/ok', 'x');
        if (after.status !== 200) await new Promise((r) => setTimeout(r, 20));
      }
      expect(after).toMatchObject({status: 200, body: '/ok?x'});
    });
    expect(log).not.toMatch(/mourir/);
  });

  it('answers 503 for an answer that failed in the worker, logged by its kind only', async () => {
    pool = createAnswerPool({file, size: 1, unavailable});
    await pool.ready;
    const log = await logged(async () => {
      expect((await pool!.answer('/fail', 'je veux mourir')).status).toBe(503);
      expect((await pool!.answer('/ok', 'y')).body).toBe('/ok?y');
    });
    expect(log).toMatch(/RangeError/);
    expect(log).not.toMatch(/mourir/);
  });

  it('with two workers, every answer is its own; a pool whose worker cannot load refuses to start', async () => {
    pool = createAnswerPool({file, size: 2, unavailable});
    await pool.ready;
    expect((await Promise.all(['1', '2', '3', '4'].map((q) => pool!.answer('/ok', q)))).map((a) => a.body)).toEqual(['/ok?1', '/ok?2', '/ok?3', '/ok?4']);
    const broken = createAnswerPool({file, size: 1, unavailable, workerData: {failAtStart: true}});
    await logged(async () => {
      try {
        await expect(broken.ready).rejects.toThrow();
      } finally {
        await broken.close();
      }
    });
  });
});

describe('answers as messages', () => {
  it('round-trips text, bytes and a split body (its head travels once, then by key)', () => {
    const head = Buffer.from('<head>'.repeat(10));
    const sent = new WeakSet<Buffer>();
    const heads = new Map<string, Buffer>();
    const split: Answer = {status: 200, headers: {'Content-Type': 'text/html'}, body: {head, tail: 'fin'}};
    const first = toMessage(1, split, sent).message;
    const second = toMessage(2, split, sent).message;
    expect(first.body).toHaveProperty('head');
    expect((second.body as {head?: unknown}).head).toBeUndefined();
    const [a, b] = [fromMessage(first, heads), fromMessage(second, heads)];
    expect((a.body as SplitBody).head.equals(head)).toBe(true);
    expect((b.body as SplitBody).head).toBe((a.body as SplitBody).head);
    expect(fromMessage(toMessage(3, {status: 404, headers: {}, body: 'non'}, sent).message, heads)).toEqual({status: 404, headers: {}, body: 'non'});
    const bytes = fromMessage(toMessage(4, {status: 200, headers: {}, body: new Uint8Array([1, 2, 3])}, sent).message, heads).body as Buffer;
    expect([...bytes]).toEqual([1, 2, 3]);
    // A key whose bytes never came (a restarted worker always sends them first): an error, not a wrong page.
    expect(() => fromMessage({id: 5, status: 200, headers: {}, body: {kind: 'split', headKey: 'other', tail: 'x'}}, new Map())).toThrow();
  });

  it('reads ANSWER_WORKERS: a whole number from 0, else one per core beyond two (0 to 4)', () => {
    expect(answerWorkersFrom({ANSWER_WORKERS: '0'})).toBe(0);
    expect(answerWorkersFrom({ANSWER_WORKERS: '3'})).toBe(3);
    for (const bad of ['-1', '1.5', 'many', '65']) expect(() => answerWorkersFrom({ANSWER_WORKERS: bad})).toThrow(/ANSWER_WORKERS/);
    expect([1, 2, 3, 4, 6, 16].map((cores) => answerWorkersFrom({}, cores))).toEqual([0, 0, 1, 2, 4, 4]);
    expect(answerWorkersFrom({ANSWER_WORKERS: '2'}, 2)).toBe(2);
  });
});
