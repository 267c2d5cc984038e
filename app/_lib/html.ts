// A very small HTML builder for markup written outside React: the search results, which go into the
// prerendered search shell at request time (no React render per request; see app/_server/routes.ts),
// and the feedback endpoint's error pages. Every interpolated value is escaped unless it is already SafeHtml
// built here, so text from a query, a form or the content can never become markup: `html\`<p>${query}</p>\``
// is safe, and there is no other way to add raw HTML.

/** Markup built by `html` (or escaped text): the only values inserted without escaping. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const entities: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'};

const needsEscape = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff\ud800-\udfff]/;

/**
 * Text made safe for an HTML text node or a quoted attribute value: & < > " ' as entities, and characters
 * HTML forbids or browsers mangle (null and other C0/C1 controls except tab and newline, lone surrogates,
 * non-characters U+FFFE/U+FFFF) as U+FFFD.
 */
export function escapeHtml(text: string): string {
  const s = String(text);
  // Most text (a section's heading, a snippet's words) has nothing to replace: returned as it is.
  if (!needsEscape.test(s)) return s;
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(/[&<>"']/g, (c) => entities[c]);
}

/** What may be interpolated: text (escaped), SafeHtml (as is), lists of either, and nothing (false/null). */
export type HtmlValue = string | number | SafeHtml | null | undefined | false | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** Tagged template: the literal parts are markup, every `${value}` is escaped (SafeHtml excepted). */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return new SafeHtml(out);
}

/** Unicode isolates (FSI … PDI) around text reflected where markup cannot be used (the <title>), so a
 *  right-to-left query cannot reorder the words around it. In markup, use <bdi> instead. */
export const bidiIsolate = (text: string) => `\u2068${text}\u2069`;

/**
 * A plain page in both languages, for the rare answers that are not a route's own page (unavailable, not
 * found): no stylesheet needed, each paragraph in its language with one link. Every string is escaped.
 */
export function plainPage(title: string, paragraphs: {lang: string; text: string; href: string; link: string}[]): string {
  return html`<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${title}</title></head><body><main>${paragraphs.map(
    (p) => html`<p lang="${p.lang}">${p.text} <a href="${p.href}">${p.link}</a></p>`,
  )}</main></body></html>`.value;
}
