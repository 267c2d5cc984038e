// Two limits on submissions, in memory only.
//
// Per client (RateLimiter): a sliding window per client. A client is known by a salted SHA-256 of its address
// (client-address.ts says which address); the salt is random, made when the process starts and never written
// anywhere, so no address or lasting identifier is kept. Each client's entry holds the times of its last
// submissions and goes as soon as the newest is older than the window; when the map is full, the entry used
// least recently goes, one at a time: nobody else is forgotten (a flood of new addresses cannot reset the
// limit of a client already counted, except the one idle longest).
//
// For everyone (GlobalBound): at most so many stored submissions per hour and per day, whoever sends them,
// so a flood from many addresses cannot fill the disk. Each process counts its own (several app instances
// on one PostgreSQL database each have the bound).
import {createHash, randomBytes} from 'node:crypto';

export type LimitResult = {ok: true} | {ok: false; retryAfterSeconds: number};

const retryAfter = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

export class RateLimiter {
  private readonly salt = randomBytes(32);
  /** Client hash -> times of its submissions within the window, oldest first. In order of last use. */
  private readonly clients = new Map<string, number[]>();

  constructor(
    /** Submissions allowed per client per window. */
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
    /** Upper bound on clients tracked at once: past it, the client idle longest is forgotten. */
    readonly maxClients = 100_000,
  ) {}

  /** How many clients are tracked now (for tests). */
  get size(): number {
    this.expire(this.now());
    return this.clients.size;
  }

  /** Forget the clients whose newest submission left the window (the map is in order of last use). */
  private expire(t: number) {
    for (const [key, times] of this.clients) {
      if (times[times.length - 1] > t - this.windowMs) break;
      this.clients.delete(key);
    }
  }

  hash(client: string): string {
    return createHash('sha256').update(this.salt).update(client).digest('base64url');
  }

  check(client: string): LimitResult {
    if (this.limit <= 0) return {ok: true};
    const t = this.now();
    this.expire(t);
    const key = this.hash(client);
    const times = (this.clients.get(key) ?? []).filter((s) => s > t - this.windowMs);
    // Moved to the end: most recently used.
    this.clients.delete(key);
    if (times.length >= this.limit) {
      this.clients.set(key, times);
      return {ok: false, retryAfterSeconds: retryAfter(times[times.length - this.limit] + this.windowMs - t)};
    }
    times.push(t);
    this.clients.set(key, times);
    if (this.clients.size > this.maxClients) this.clients.delete(this.clients.keys().next().value!);
    return {ok: true};
  }
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Sliding bounds on submissions for everyone: at most `perHour` in any hour and `perDay` in any 24 hours. */
export class GlobalBound {
  /** Times of the submissions counted in the last 24 hours, oldest first. */
  private times: number[] = [];
  private lastLog = -Infinity;

  constructor(
    /** 0: no bound. */
    readonly perHour: number,
    readonly perDay: number,
    private readonly now: () => number = Date.now,
    private readonly log: (line: string) => void = (line) => console.warn(line),
  ) {}

  private count(since: number): number {
    // Binary search: the first time after `since`.
    let lo = 0, hi = this.times.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.times[mid] > since) hi = mid;
      else lo = mid + 1;
    }
    return this.times.length - lo;
  }

  /** Count one submission if the bounds allow it; say when to retry otherwise. */
  take(): LimitResult {
    const t = this.now();
    const old = this.count(t - DAY);
    if (old < this.times.length) this.times = this.times.slice(this.times.length - old);
    for (const [bound, span, name] of [[this.perHour, HOUR, 'hour'], [this.perDay, DAY, 'day']] as const) {
      if (bound <= 0 || this.count(t - span) < bound) continue;
      const wait = this.times[this.times.length - bound] + span - t;
      // One line a minute at most while the bound holds, with nothing about the senders or their text.
      if (t - this.lastLog >= 60_000) {
        this.lastLog = t;
        this.log(`feedback: ${bound} submissions stored in the last ${name}, the bound for everyone (FEEDBACK_MAX_PER_${name.toUpperCase()}); new ones get 429 for about ${retryAfter(wait)} s`);
      }
      return {ok: false, retryAfterSeconds: retryAfter(wait)};
    }
    if (this.perHour > 0 || this.perDay > 0) this.times.push(t);
    return {ok: true};
  }

  /** Give back the last submission taken (it was not stored after all). */
  release(): void {
    this.times.pop();
  }
}

/** A non-negative integer from the environment, or the default. */
function envCount(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  const n = Number(raw);
  return raw !== undefined && raw !== '' && Number.isInteger(n) && n >= 0 ? n : fallback;
}

/** From FEEDBACK_RATE_LIMIT (submissions per client per 10 minutes, default 10; 0 turns the limit off). */
export function limiterFromEnv(env: NodeJS.ProcessEnv = process.env): RateLimiter {
  return new RateLimiter(envCount(env, 'FEEDBACK_RATE_LIMIT', 10), 10 * 60_000);
}

/** From FEEDBACK_MAX_PER_HOUR (default 300) and FEEDBACK_MAX_PER_DAY (default 2000); 0 turns a bound off. */
export function globalBoundFromEnv(env: NodeJS.ProcessEnv = process.env): GlobalBound {
  return new GlobalBound(envCount(env, 'FEEDBACK_MAX_PER_HOUR', 300), envCount(env, 'FEEDBACK_MAX_PER_DAY', 2000));
}
