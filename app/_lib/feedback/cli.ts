// The editors' commands (run with tsx; safe while the server runs: SQLite in WAL mode allows a second process).
//   npm run feedback -- [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--csv] [--out FILE]
//   npm run feedback:purge
// They read the same DATA_DIR / DATABASE_URL as the server. The report opens the store read-only (no
// migration, no purge, nothing written): it works on a read-only copy of the database too.
import {writeFileSync} from 'node:fs';
import {retentionMonths} from './config';
import {reportCsv, reportText} from './report-format';
import {dayOf, openStore, purge, report, retentionCutoff, type Range} from './store';

const usage = `Usage:
  npm run feedback -- [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--csv] [--out FILE]
      per page and locale: yes and no counts, share of "no", comments newest first
      --csv writes CSV (to standard output, or to FILE with --out)
  npm run feedback:purge
      deletes submissions older than FEEDBACK_RETENTION_MONTHS (default 12)`;

const isDay = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s + 'T00:00:00Z')) && dayOf(new Date(s + 'T00:00:00Z')) === s;

export function parseArgs(argv: string[]): {command: 'report' | 'purge'; range: Range; csv: boolean; out?: string} {
  const [command, ...rest] = argv;
  if (command !== 'report' && command !== 'purge') throw new Error(usage);
  const opts = {command: command as 'report' | 'purge', range: {} as Range, csv: false, out: undefined as string | undefined};
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const value = () => {
      const v = rest[++i];
      if (v === undefined) throw new Error(`${a} needs a value\n${usage}`);
      return v;
    };
    if (a === '--from' || a === '--to') {
      const v = value();
      if (!isDay(v)) throw new Error(`${a}: expected a date as YYYY-MM-DD, got ${JSON.stringify(v)}`);
      opts.range[a === '--from' ? 'from' : 'to'] = v;
    } else if (a === '--csv') opts.csv = true;
    else if (a === '--out') { opts.out = value(); opts.csv = true; }
    else if (a === '--help' || a === '-h') throw new Error(usage);
    else throw new Error(`Unknown option ${JSON.stringify(a)}\n${usage}`);
  }
  if (opts.range.from && opts.range.to && opts.range.from > opts.range.to) throw new Error('--from is after --to');
  return opts;
}

export async function main(argv: string[], write: (s: string) => void = (s) => process.stdout.write(s)): Promise<number> {
  let opts;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    process.stderr.write((e as Error).message + '\n');
    return 2;
  }
  const store = await openStore(undefined, undefined, {readOnly: opts.command === 'report'});
  try {
    if (opts.command === 'purge') {
      // openStore has already purged at start-up; run again to report the count with the cut-off.
      const today = dayOf(new Date());
      const n = store.purged + (await purge(store, today));
      write(`Deleted ${n} submission(s) from before ${retentionCutoff(today, retentionMonths())} (retention: ${retentionMonths()} months).\n`);
      return 0;
    }
    const rows = await report(store, opts.range);
    if (!opts.csv) write(reportText(rows, opts.range));
    else if (opts.out) { writeFileSync(opts.out, reportCsv(rows)); write(`Written to ${opts.out}\n`); }
    else write(reportCsv(rows));
    return 0;
  } finally {
    await store.close();
  }
}

// Run when called as a script (not when imported by the tests).
if (process.argv[1] && /cli\.ts$/.test(process.argv[1])) {
  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (e) => { process.stderr.write(`The feedback store could not be opened: ${e instanceof Error ? e.message : e}\n`); process.exitCode = 1; },
  );
}
