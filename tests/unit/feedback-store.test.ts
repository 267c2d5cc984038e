// The storage layer on both stores: the embedded SQLite and a real PostgreSQL (started by the test).
import {describe, expect, it} from 'vitest';
import {sql} from 'kysely';
import {migrations} from '@/app/_lib/feedback/migrations';
import {addSubmission, openStore, purge, report, retentionCutoff, submissions} from '@/app/_lib/feedback/store';
import {run, storageModes, tsx} from '../helpers/feedback-stores';

const modes = await storageModes();

describe('retention cut-off', () => {
  it('is the same day twelve months before, clamped to the end of a shorter month', () => {
    expect(retentionCutoff('2026-12-02', 12)).toBe('2025-12-02');
    expect(retentionCutoff('2026-03-31', 1)).toBe('2026-02-28');
    expect(retentionCutoff('2026-01-15', 3)).toBe('2025-10-15');
  });
});

describe.each(modes)('feedback store on $name', ({name, config}) => {
  it('applies the versioned migrations once; opening again changes nothing', async () => {
    const cfg = await config();
    const first = await openStore(cfg);
    expect(first.kind).toBe(name);
    expect(first.migrated).toEqual(migrations.map((m) => m.version));
    await first.close();
    const again = await openStore(cfg);
    expect(again.migrated).toEqual([]);
    const versions = await again.db.selectFrom('feedback_schema_version').select('version').orderBy('version').execute();
    expect(versions.map((v) => Number(v.version))).toEqual(migrations.map((m) => m.version));
    await again.close();
  });

  it('two processes starting at once on a new store (server and editor) apply each migration exactly once', async () => {
    const cfg = await config();
    const env = {...process.env, DATA_DIR: cfg.dataDir, DATABASE_URL: cfg.databaseUrl ?? ''};
    const cli = () => run(process.execPath, [tsx, 'app/_lib/feedback/cli.ts', 'purge'], env);
    const results = await Promise.all([cli(), cli()]);
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    const store = await openStore(cfg);
    expect(store.migrated).toEqual([]);
    const versions = await store.db.selectFrom('feedback_schema_version').select('version').orderBy('version').execute();
    expect(versions.map((v) => Number(v.version))).toEqual(migrations.map((m) => m.version));
    await store.close();
  }, 120_000);

  it('stores only page, locale, answer, comment and day: no address, agent or time', async () => {
    const store = await openStore(await config());
    const tables = await store.db.introspection.getTables();
    const feedback = tables.find((t) => t.name === 'feedback')!;
    expect(feedback.columns.map((c) => c.name).sort()).toEqual(['answer', 'comment', 'day', 'id', 'locale', 'page_id']);
    await store.close();
  });

  it('refuses an answer other than yes or no at the database level too', async () => {
    const store = await openStore(await config());
    await expect(sql`insert into feedback (page_id, locale, answer, comment, day) values ('faq', 'fr', 'maybe', null, '2026-12-01')`.execute(store.db)).rejects.toThrow();
    await store.close();
  });

  it('group-commits concurrent submissions: each caller resolves once its row is stored, none lost or doubled', async () => {
    const store = await openStore(await config());
    const n = 450; // more than one batch of 200
    await Promise.all(Array.from({length: n}, (_, i) => addSubmission(store, {pageId: 'faq', locale: i % 2 ? 'fr' : 'en', answer: 'yes', comment: `c${i}`, day: '2026-12-01'})));
    const rows = await submissions(store);
    expect(rows.length).toBe(n);
    expect(new Set(rows.map((r) => r.comment)).size).toBe(n);
    await store.close();
  });

  it('rejects every submission of a batch that cannot be written, and keeps none of them', async () => {
    const store = await openStore(await config());
    const bad = {pageId: 'faq', locale: 'fr', answer: 'maybe' as 'yes', comment: null, day: '2026-12-01'};
    const results = await Promise.allSettled([addSubmission(store, bad), addSubmission(store, {...bad, answer: 'no'})]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect((await submissions(store)).length).toBe(0);
    // The writer goes on after a failed batch.
    await addSubmission(store, {...bad, answer: 'yes'});
    expect((await submissions(store)).length).toBe(1);
    await store.close();
  });

  it('reports per page and locale: counts, share of "no", comments newest first, within the range', async () => {
    const store = await openStore(await config(), new Date('2026-12-02T12:00:00Z'));
    const add = (pageId: string, locale: string, answer: 'yes' | 'no', comment: string | null, day: string) => addSubmission(store, {pageId, locale, answer, comment, day});
    await add('faq', 'fr', 'yes', null, '2026-11-01');
    await add('faq', 'fr', 'no', 'Il manque le prix', '2026-11-02');
    await add('faq', 'fr', 'no', 'Plus tard', '2026-11-20');
    await add('faq', 'fr', 'no', null, '2026-11-20');
    await add('faq', 'en', 'yes', '<script>alert(1)</script> & <b>bold</b>', '2026-11-03');
    await add('session', 'fr', 'yes', null, '2026-10-01');
    const all = await report(store);
    expect(all.map((r) => `${r.pageId}/${r.locale}`)).toEqual(['faq/en', 'faq/fr', 'session/fr']);
    const faqFr = all.find((r) => r.pageId === 'faq' && r.locale === 'fr')!;
    expect([faqFr.yes, faqFr.no, faqFr.noShare]).toEqual([1, 3, 0.75]);
    expect(faqFr.comments.map((c) => c.comment)).toEqual(['Plus tard', 'Il manque le prix']);
    // Stored as text, exactly as typed.
    expect(all.find((r) => r.locale === 'en')!.comments[0].comment).toBe('<script>alert(1)</script> & <b>bold</b>');
    const november = await report(store, {from: '2026-11-02', to: '2026-11-19'});
    expect(november.map((r) => [r.pageId, r.locale, r.yes, r.no])).toEqual([['faq', 'en', 1, 0], ['faq', 'fr', 0, 1]]);
    expect((await submissions(store, {from: '2026-11-20'})).length).toBe(2);
    await store.close();
  });

  it('purges submissions older than the retention period, at start-up and on demand', async () => {
    const cfg = await config();
    const store = await openStore(cfg, new Date('2026-12-02T12:00:00Z'));
    for (const day of ['2025-11-30', '2025-12-01', '2025-12-02', '2026-06-01']) await addSubmission(store, {pageId: 'faq', locale: 'fr', answer: 'no', comment: 'x', day});
    expect(await purge(store, '2026-12-02', 12)).toBe(2);
    expect((await submissions(store)).map((s) => s.day).sort()).toEqual(['2025-12-02', '2026-06-01']);
    await store.close();
    // Start-up a year later applies the purge itself.
    const later = await openStore(cfg, new Date('2027-07-01T12:00:00Z'));
    expect(later.purged).toBe(2);
    expect((await submissions(later)).map((s) => s.day)).toEqual([]);
    await later.close();
  });
});

describe('the embedded store', () => {
  it('is in WAL mode with full sync: a commit is on disk before the answer', async () => {
    const store = await openStore(await modes[0].config());
    const journal = await sql<{journal_mode: string}>`pragma journal_mode`.execute(store.db);
    expect(journal.rows[0].journal_mode).toBe('wal');
    const sync = await sql<{synchronous: number}>`pragma synchronous`.execute(store.db);
    expect(Number(sync.rows[0].synchronous)).toBe(2);
    await store.close();
  });
});
