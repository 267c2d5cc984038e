// What a dynamic route of the site's server answers: a plain value, so each answer function is a pure
// function that a unit test calls directly (no server, no Request/Response objects).
import type {Locale} from '../_i18n/pages';

/**
 * A page whose start is the same on every answer (the search's prerendered shell up to its first slot: the
 * inlined stylesheet and the header, about 24 KB), then what this request adds. `head` must be the very same
 * Buffer object on every answer: the server compresses it once and then only the tail per request.
 */
export type SplitBody = {head: Buffer; tail: string};

export type Answer = {status: number; headers: Readonly<Record<string, string>>; body: string | Uint8Array | SplitBody};

/** The whole body as bytes or text (a SplitBody joined). */
export const wholeBody = (body: Answer['body']): string | Uint8Array =>
  typeof body === 'string' || body instanceof Uint8Array ? body : Buffer.concat([body.head, Buffer.from(body.tail)]);

/** A GET (or HEAD) route answered per request: its locale, the query string's parameters and the raw query
 *  string (without '?'; for limits on its size). */
export type AnswerFn = (locale: Locale, params: URLSearchParams, query: string) => Answer | Promise<Answer>;
