// What a dynamic route of the site's server answers: a plain value, so each answer function is a pure
// function that a unit test calls directly (no server, no Request/Response objects).
import type {Locale} from '../_i18n/pages';

export type Answer = {status: number; headers: Readonly<Record<string, string>>; body: string | Uint8Array};

/** A GET (or HEAD) route answered per request: its locale, the query string's parameters and the raw query
 *  string (without '?'; for limits on its size). */
export type AnswerFn = (locale: Locale, params: URLSearchParams, query: string) => Answer | Promise<Answer>;
