// Characters a comment must not carry: they mean nothing in a comment, and in the editors' terminal or
// spreadsheet they can hide or reorder text (a bidi override makes "evil.exe" read "exe.live") or drive
// the terminal (C1 controls, such as U+009B, which some terminals read as the start of an escape sequence).
//   - C0 controls other than tab and line feed (U+0000–U+0008, U+000B–U+001F), and DEL (U+007F);
//   - C1 controls, U+0080–U+009F;
//   - bidi embeddings and overrides, U+202A–U+202E, and isolates, U+2066–U+2069.
// Removed when a comment comes in (validation.ts); shown as visible \u{…} codes in the report and the CSV
// (report-format.ts), for rows stored before this rule or written by other means.

/** Every character above, tab and line feed excepted. */
export const unsafeChars = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** The text without them. */
export function stripUnsafe(text: string): string {
  return text.replace(unsafeChars, '');
}

/** The text with each of them written as a visible code, e.g. "\u{202E}". */
export function showUnsafe(text: string): string {
  return text.replace(unsafeChars, (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}}`);
}
