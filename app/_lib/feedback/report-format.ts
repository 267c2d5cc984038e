// The editors' report as text and as CSV (pure functions, tested without a database).
import {toCsv} from './csv';
import {showUnsafe} from './text';
import type {PageReport, Range} from './store';

const pct = (x: number) => `${Math.round(x * 100)} %`;

export function reportText(rows: PageReport[], range: Range): string {
  const out = [`Feedback from ${range.from ?? 'the first day kept'} to ${range.to ?? 'today'}`];
  if (!rows.length) return out.concat('', 'No submissions in this range.').join('\n') + '\n';
  const total = rows.reduce((n, r) => n + r.yes + r.no, 0);
  out.push(`${total} submission(s) on ${rows.length} page(s)`, '');
  for (const r of rows) {
    out.push(`${r.pageId} (${r.locale}): ${r.yes} yes, ${r.no} no, ${pct(r.noShare)} no`);
    // Printed as text: HTML or a script in a comment is never interpreted here. JSON.stringify writes line
    // breaks and C0 controls as escapes; C1 controls and bidi overrides become visible codes (text.ts).
    for (const c of r.comments) out.push(`  ${c.day} [${c.answer}] ${showUnsafe(JSON.stringify(c.comment))}`);
  }
  return out.join('\n') + '\n';
}

export function reportCsv(rows: PageReport[]): string {
  return toCsv(
    ['page', 'locale', 'yes', 'no', 'no_share', 'day', 'answer', 'comment'],
    rows.flatMap((r) => {
      const head = [r.pageId, r.locale, r.yes, r.no, r.noShare.toFixed(3)];
      // Control characters and bidi overrides as visible codes (text.ts), so a spreadsheet shows them.
      return r.comments.length ? r.comments.map((c) => [...head, c.day, c.answer, showUnsafe(c.comment)]) : [[...head, '', '', '']];
    }),
  );
}
