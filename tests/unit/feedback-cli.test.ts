// The editors' commands: report (text and CSV, formula cells neutralised) and purge, run as their own
// processes while a store is open in this one (as the server would have it).
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {csvCell, neutralise, toCsv} from '@/app/_lib/feedback/csv';
import {parseArgs} from '@/app/_lib/feedback/cli';
import {addSubmission, dayOf, openStore, submissions} from '@/app/_lib/feedback/store';
import {freshDataDir, run, tsx} from '../helpers/feedback-stores';

describe('CSV', () => {
  it('neutralises cells that a spreadsheet would read as a formula', () => {
    for (const c of ['=1+1', '+33 6', '-2', '@SUM(A1)', '\t=x', '\r=x']) expect(neutralise(c)).toBe(`'${c}`);
    for (const c of ['ok', 'a=b', '', '1']) expect(neutralise(c)).toBe(c);
  });
  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(toCsv(['a', 'b'], [[1, null]])).toBe('a,b\r\n1,\r\n');
  });
});

describe('arguments', () => {
  it('reads a date range and --csv, refuses bad dates and unknown options', () => {
    expect(parseArgs(['report', '--from', '2026-01-01', '--to', '2026-02-01', '--csv'])).toMatchObject({command: 'report', range: {from: '2026-01-01', to: '2026-02-01'}, csv: true});
    expect(() => parseArgs(['report', '--from', '2026-02-30'])).toThrow(/YYYY-MM-DD/);
    expect(() => parseArgs(['report', '--from', '2026-03-01', '--to', '2026-02-01'])).toThrow(/after/);
    expect(() => parseArgs(['report', '--nope'])).toThrow(/Unknown option/);
  });
});

describe('npm run feedback / feedback:purge while the server has the store open', () => {
  it('prints the report, writes a neutralised CSV, and purges old submissions', async () => {
    const dataDir = freshDataDir();
    const server = await openStore({dataDir});
    const today = dayOf(new Date());
    const add = (pageId: string, locale: string, answer: 'yes' | 'no', comment: string | null, day = today) => addSubmission(server, {pageId, locale, answer, comment, day});
    await add('faq', 'fr', 'yes', null);
    await add('faq', 'fr', 'no', 'Premier');
    await add('faq', 'fr', 'no', '=HYPERLINK("http://evil.example","clic")');
    await add('session', 'en', 'no', '<script>alert(1)</script>');
    await add('faq', 'fr', 'no', 'Trop vieux', '2000-01-01');
    const env = {...process.env, DATA_DIR: dataDir, DATABASE_URL: ''};
    const cli = (...args: string[]) => run(process.execPath, [tsx, 'app/_lib/feedback/cli.ts', ...args], env);

    const text = await cli('report', '--from', '2020-01-01');
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('faq (fr): 1 yes, 2 no, 67 % no');
    expect(text.stdout).toContain('session (en): 0 yes, 1 no, 100 % no');
    // Newest first, printed as text.
    const lines = text.stdout.split('\n');
    expect(lines.findIndex((l) => l.includes('HYPERLINK'))).toBeLessThan(lines.findIndex((l) => l.includes('Premier')));
    expect(text.stdout).toContain('"<script>alert(1)</script>"');

    const out = path.join(dataDir, 'report.csv');
    const csv = await cli('report', '--csv', '--out', out);
    expect(csv.code, csv.stderr).toBe(0);
    const file = readFileSync(out, 'utf8');
    expect(file.split('\r\n')[0]).toBe('page,locale,yes,no,no_share,day,answer,comment');
    expect(file).toContain(`"'=HYPERLINK(""http://evil.example"",""clic"")"`);
    expect(file).not.toMatch(/(^|,)=HYPERLINK/m);

    // The report only reads: the old submission is still there until the purge.
    expect((await submissions(server)).map((s) => s.comment)).toContain('Trop vieux');
    await add('faq', 'en', 'yes', 'Ancien', '2001-01-01');
    const purge = await cli('purge');
    expect(purge.code, purge.stderr).toBe(0);
    expect(purge.stdout).toMatch(/Deleted 2 submission\(s\) from before \d{4}-\d{2}-\d{2} \(retention: 12 months\)/);
    expect(await submissions(server)).toHaveLength(4);
    // The server's own connection still writes.
    await add('faq', 'fr', 'yes', null);
    expect(await submissions(server)).toHaveLength(5);
    await server.close();

    const bad = await cli('report', '--from', 'yesterday');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('YYYY-MM-DD');
  }, 180_000);
});
