// French typography, applied once at build to the text of every French page (issue 19). Our own small
// transform: kept libraries such as typograf delete the space before "?" and ":" that French wants.
//
// The rules (Lexique des règles typographiques en usage à l'Imprimerie nationale, as most French publishers
// apply them on screen), only where the text already has a space, so nothing is ever inserted into a URL, an
// email address, a time such as 10:30 or a ratio:
// - before ? ! ; and inside « »: a narrow no-break space (U+202F);
// - before : a no-break space (U+00A0), the full word space French puts there;
// - before %: a narrow no-break space (U+202F), as Intl.NumberFormat('fr-FR') writes "29 %";
// - thousands: digit groups joined by a narrow no-break space (U+202F), as Intl writes "1 234";
// - between a number and its unit or counted word ("28 mg", "2 heures", "100 personnes", "200 €"): a no-break
//   space (U+00A0), so the number never ends a line without what it counts.
// Existing spaces of any kind in those places are normalised to the rule's space, so the result is
// consistent and the transform is idempotent.

export const NNBSP = '\u202F';
export const NBSP = '\u00A0';

const units = [
  'mg', 'µg', 'g', 'kg', 'ml', 'mL', 'mmHg', 'h', 'min', 'km', 'cm', 'mm', '€', '\\$', '£',
  'heures?', 'minutes?', 'secondes?', 'jours?', 'nuits?', 'semaines?', 'mois', 'ans?', 'années?',
  'fois', 'personnes?', 'patients?', 'patientes?', 'participants?', 'adultes?', 'études?', 'essais?', 'séances?',
  'doses?', 'pulvérisations?', 'points?', 'mg/kg', 'millions?', 'milliards?', 'euros?', 'dollars?',
];
const space = '[ \\u00A0\\u202F]';
// A number: digits, maybe grouped, maybe a decimal part ("0,5", "58.7").
const number = '\\d+(?:[,.]\\d+)?';
const unitRule = new RegExp(`(?<![\\p{L}\\d])(${number})${space}+(${units.join('|')})(?![\\p{L}\\d])`, 'gu');
const thousandsRule = new RegExp(`(?<![\\d,.])(\\d{1,3})((?:${space}\\d{3})+)(?![\\d,])`, 'g');

// Every rule below needs one of these: a mark (? ! ; » « : %) or a digit followed by a space. Most runs of
// text have none (a search's snippets are made per request): they are returned as they are, unread.
const mayChange = /[?!;»«:%]|\d[ \u00A0\u202F]/;

/** French spacing for one run of plain text (no markup). Idempotent. */
export function frenchSpacing(text) {
  if (!mayChange.test(text)) return text;
  return text
    .replace(/[ \u00A0\u202F]+([?!;»])/g, `${NNBSP}$1`)
    .replace(/«[ \u00A0\u202F]+/g, `«${NNBSP}`)
    .replace(/[ \u00A0\u202F]+:(?=\s|$|[^\p{L}\p{N}/])/gu, `${NBSP}:`)
    .replace(/[ \u00A0\u202F]+%/g, `${NNBSP}%`)
    .replace(thousandsRule, (_m, head, groups) => head + groups.replace(/[ \u00A0\u202F]/g, NNBSP))
    .replace(unitRule, `$1${NBSP}$2`);
}

/** Elements whose content is not prose to read: left as they are. */
const skipped = new Set(['script', 'style', 'code', 'pre', 'kbd', 'samp', 'textarea']);
/** Attributes that are read (by a screen reader, a tooltip or as a CSS label): transformed too. */
const readAttributes = /(\s(?:alt|title|aria-label|aria-description|placeholder|data-label)=")([^"]*)(")/g;

/**
 * French spacing for an HTML document or fragment as React renders it: text between tags and the
 * attributes that are read, never the content of script, style, code, pre or textarea, never URLs or other
 * attributes. React separates adjacent text with "<!-- -->"; a space just before such a comment and a mark
 * just after it are joined as one text.
 */
export function frenchHtml(html) {
  let out = '';
  const lower = html.toLowerCase();
  const token = /<!--[\s\S]*?-->|<!DOCTYPE[^>]*>|<\/?([a-zA-Z][\w-]*)(?:[^>"']|"[^"]*"|'[^']*')*>|[^<]+|</gi;
  let m;
  while ((m = token.exec(html))) {
    const [tok, tag] = m;
    if (tok.startsWith('<!') || tok === '<') { out += tok; continue; }
    if (!tag) { out += frenchSpacing(tok); continue; }
    const name = tag.toLowerCase();
    if (tok.startsWith('</')) { out += tok; continue; }
    out += tok.replace(readAttributes, (_a, pre, value, post) => pre + frenchSpacing(value) + post);
    if (skipped.has(name) && !tok.endsWith('/>')) {
      // Raw up to the element's end tag: its content is never tokenised (a script's "i<b" is not a tag).
      const close = lower.indexOf(`</${name}`, token.lastIndex);
      const stop = close < 0 ? html.length : close;
      out += html.slice(token.lastIndex, stop);
      token.lastIndex = stop;
    }
  }
  // Text that React split with a comment: "mot <!-- -->?" and "« <!-- -->mot".
  if (!out.includes('<!-- -->')) return out;
  return out
    .replace(/[ \u00A0\u202F]+((?:<!-- -->)+)([?!;»])/g, `$1${NNBSP}$2`)
    .replace(/[ \u00A0\u202F]+((?:<!-- -->)+):(?=[\s<])/g, `$1${NBSP}:`)
    .replace(/«[ \u00A0\u202F]*((?:<!-- -->)+)[ \u00A0\u202F]*/g, `«${NNBSP}$1`);
}
