// Per-client burst limit, in memory only. A client is known by a salted SHA-256 of its address; the salt
// is random, never written anywhere, and replaced (with every counter forgotten) at the end of each
// window, so no address or lasting identifier is kept.
import {createHash, randomBytes} from 'node:crypto';

export type LimitResult = {ok: true} | {ok: false; retryAfterSeconds: number};

export class RateLimiter {
  private salt = randomBytes(32);
  private counts = new Map<string, number>();
  private windowEnds: number;

  constructor(
    /** Submissions allowed per client per window. */
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
    /** Upper bound on clients tracked at once: past it, the window is cut short (all forgotten). */
    private readonly maxClients = 100_000,
  ) {
    this.windowEnds = now() + windowMs;
  }

  /** How many clients are tracked now (for tests). */
  get size(): number {
    this.roll();
    return this.counts.size;
  }

  private roll() {
    const t = this.now();
    if (t >= this.windowEnds || this.counts.size >= this.maxClients) {
      this.counts.clear();
      this.salt = randomBytes(32);
      this.windowEnds = t + this.windowMs;
    }
  }

  hash(client: string): string {
    return createHash('sha256').update(this.salt).update(client).digest('base64url');
  }

  check(client: string): LimitResult {
    if (this.limit <= 0) return {ok: true};
    this.roll();
    const key = this.hash(client);
    const n = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, n);
    if (n <= this.limit) return {ok: true};
    return {ok: false, retryAfterSeconds: Math.max(1, Math.ceil((this.windowEnds - this.now()) / 1000))};
  }
}

/** From FEEDBACK_RATE_LIMIT (submissions per client per 10 minutes, default 10; 0 turns the limit off). */
export function limiterFromEnv(env: NodeJS.ProcessEnv = process.env): RateLimiter {
  const n = Number(env.FEEDBACK_RATE_LIMIT);
  return new RateLimiter(env.FEEDBACK_RATE_LIMIT !== undefined && Number.isInteger(n) && n >= 0 ? n : 10, 10 * 60_000);
}
