// POST /feedback: every answer of the handler, with a store in memory (and one that fails).
import {describe, expect, it} from 'vitest';
import {createFeedbackHandler} from '@/app/_lib/feedback/handler';
import {GlobalBound, RateLimiter} from '@/app/_lib/feedback/rate-limit';
import {clientAddress} from '@/app/_lib/feedback/client-address';
import {reportCsv, reportText} from '@/app/_lib/feedback/report-format';
import type {Db} from '@/app/_lib/feedback/db';
import {addSubmission, openStore, submissions} from '@/app/_lib/feedback/store';
import {freshDataDir} from '../helpers/feedback-stores';

const form = 'application/x-www-form-urlencoded';

function setup({limit = 1000, failing = false, trustProxy = 0, bound = undefined as GlobalBound | undefined} = {}) {
  const rows: unknown[] = [];
  const fakeDb = {db: {insertInto: () => ({values: (v: unknown) => ({execute: async () => { rows.push(...(Array.isArray(v) ? v : [v])); }})})}} as unknown as Db;
  const store = async () => { if (failing) throw new Error('connect ECONNREFUSED'); return fakeDb; };
  let clock = 0;
  const limiter = new RateLimiter(limit, 60_000, () => clock);
  const POST = createFeedbackHandler({store, limiter, bound, trustProxy, now: () => new Date('2026-12-02T15:04:05Z'), siteOrigin: 'https://guide.example'});
  return {rows, POST, limiter, tick: (ms: number) => { clock += ms; }};
}

function post(body: string | Record<string, string>, headers: Record<string, string> = {}) {
  const text = typeof body === 'string' ? body : new URLSearchParams(body).toString();
  return new Request('http://localhost:3000/feedback', {method: 'POST', body: text, headers: {'content-type': form, host: 'localhost:3000', ...headers}});
}
const ok = {page: 'faq', locale: 'fr', answer: 'no', comment: 'Il manque le prix'};

describe('POST /feedback', () => {
  it('stores a submission (page, locale, answer, comment, day only) and answers 303 to the thank-you page', async () => {
    const {POST, rows} = setup();
    const res = await POST(post(ok, {origin: 'http://localhost:3000', 'sec-fetch-site': 'same-origin'}));
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/fr/questions-frequentes/merci');
    expect(rows).toEqual([{page_id: 'faq', locale: 'fr', answer: 'no', comment: 'Il manque le prix', day: '2026-12-02'}]);
    const en = await POST(post({page: 'home', locale: 'en', answer: 'yes'}));
    expect(en.headers.get('location')).toBe('/en/thank-you');
    expect(rows[1]).toEqual({page_id: 'home', locale: 'en', answer: 'yes', comment: null, day: '2026-12-02'});
  });

  it('accepts the public origin (SITE_URL) behind a reverse proxy', async () => {
    const {POST} = setup();
    expect((await POST(post(ok, {origin: 'https://guide.example', host: '127.0.0.1:3000'}))).status).toBe(303);
  });

  it.each([
    ['another site’s Origin', {origin: 'https://evil.example'}],
    ['a null Origin', {origin: 'null'}],
    ['Sec-Fetch-Site cross-site', {'sec-fetch-site': 'cross-site'}],
    ['Sec-Fetch-Site same-site', {'sec-fetch-site': 'same-site', origin: 'https://sub.localhost:3000'}],
  ])('refuses a cross-site POST (%s) with a localized 403', async (_name, headers) => {
    const {POST, rows} = setup();
    const res = await POST(post({...ok, locale: 'en'}, headers));
    expect(res.status).toBe(403);
    const html = await res.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('only be sent from a page of the guide');
    expect(rows).toEqual([]);
  });

  it.each([
    ['unknown page', {...ok, page: 'nope'}],
    ['urgent help (no form there)', {...ok, page: 'urgent-help'}],
    ['unknown locale', {...ok, locale: 'de'}],
    ['no answer', {page: 'faq', locale: 'fr'}],
    ['another answer', {...ok, answer: 'maybe'}],
  ])('answers 400 to %s, never storing it', async (_name, body) => {
    const {POST, rows} = setup();
    const res = await POST(post(body as Record<string, string>));
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(await res.text()).toMatch(/ne correspond à aucune page|does not match any page/);
    expect(rows).toEqual([]);
  });

  it('answers 400 when a field is sent twice', async () => {
    const {POST} = setup();
    expect((await POST(post('page=faq&locale=fr&answer=yes&answer=no'))).status).toBe(400);
  });

  it('answers 415 to another content type, in the language the browser asks for', async () => {
    const {POST} = setup();
    for (const type of ['application/json', 'multipart/form-data; boundary=x', 'text/plain', '']) {
      const res = await POST(post(JSON.stringify(ok), {'content-type': type, 'accept-language': 'en-GB'}));
      expect(res.status, type).toBe(415);
      expect(await res.text()).toContain('unexpected format');
    }
    expect((await POST(post(ok, {'content-type': 'application/x-www-form-urlencoded; charset=UTF-8'}))).status).toBe(303);
  });

  it('answers 413 to a body over 8 KB, announced or not', async () => {
    const {POST, rows} = setup();
    const big = new URLSearchParams({...ok, comment: 'x'.repeat(9000)}).toString();
    const announced = await POST(post(big, {'content-length': String(big.length)}));
    expect(announced.status).toBe(413);
    const stream = new ReadableStream({start(c) { c.enqueue(new TextEncoder().encode(big)); c.close(); }});
    const streamed = await POST(new Request('http://localhost:3000/feedback', {method: 'POST', body: stream, headers: {'content-type': form}, duplex: 'half'} as RequestInit));
    expect(streamed.status).toBe(413);
    expect(await streamed.text()).toContain('500');
    expect(rows).toEqual([]);
  });

  it('cuts a comment over 500 characters at 500', async () => {
    const {POST, rows} = setup();
    const res = await POST(post({...ok, comment: 'é'.repeat(499) + '😀😀😀'}));
    expect(res.status).toBe(303);
    const comment = (rows[0] as {comment: string}).comment;
    expect(Array.from(comment).length).toBe(500);
    expect(comment.endsWith('é😀')).toBe(true);
  });

  it('keeps HTML and scripts in a comment as plain text', async () => {
    const {POST, rows} = setup();
    await POST(post({...ok, comment: '<script>alert(1)</script><img src=x onerror=alert(2)>'}));
    expect((rows[0] as {comment: string}).comment).toBe('<script>alert(1)</script><img src=x onerror=alert(2)>');
  });

  it('accepts a filled honeypot silently and stores nothing', async () => {
    const {POST, rows} = setup();
    const res = await POST(post({...ok, website: 'http://spam.example'}));
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/fr/questions-frequentes/merci');
    expect(rows).toEqual([]);
  });

  it('answers a burst from one client with a localized 429 and Retry-After; other clients go on; the window forgets', async () => {
    const {POST, rows, tick, limiter} = setup({limit: 3});
    const from = (ip: string, body = ok) => POST(post(body), {remoteAddress: ip});
    for (let i = 0; i < 3; i++) expect((await from('203.0.113.7')).status).toBe(303);
    const res = await from('203.0.113.7', {...ok, locale: 'en', page: 'session'});
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await res.text()).toContain('<a href="/en/treatment-journey/session">');
    expect((await from('198.51.100.1')).status).toBe(303);
    expect(rows).toHaveLength(4);
    tick(60_000);
    expect(limiter.size).toBe(0);
    expect((await from('203.0.113.7')).status).toBe(303);
  });

  it('answers 503 "could not be saved, try again later" in the form’s language when the store is down', async () => {
    const {POST} = setup({failing: true});
    const fr = await POST(post(ok));
    expect(fr.status).toBe(503);
    expect(await fr.text()).toContain('Merci de réessayer plus tard');
    const en = await POST(post({...ok, locale: 'en'}));
    expect(en.status).toBe(503);
    const html = await en.text();
    expect(html).toContain('Please try again later');
    expect(html).not.toMatch(/ECONNREFUSED|at .*\.ts/);
  });

  it('answers 503 when the embedded store cannot be opened (data directory is a file)', async () => {
    const dir = freshDataDir();
    const {writeFileSync} = await import('node:fs');
    writeFileSync(dir + '/not-a-dir', '');
    const POST = createFeedbackHandler({store: () => openStore({dataDir: dir + '/not-a-dir/sub'}), limiter: new RateLimiter(0, 1000)});
    expect((await POST(post(ok))).status).toBe(503);
  });

  it('stores into a real store', async () => {
    const store = await openStore({dataDir: freshDataDir()});
    const POST = createFeedbackHandler({store: async () => store, limiter: new RateLimiter(0, 1000)});
    expect((await POST(post(ok))).status).toBe(303);
    await addSubmission(store, {pageId: 'faq', locale: 'en', answer: 'yes', comment: null, day: '2026-12-01'});
    expect((await submissions(store)).map((s) => s.page_id + s.locale)).toEqual(['faqfr', 'faqen']);
    await store.close();
  });
});

describe('rate limiter', () => {
  it('keeps only a salted hash (a salt of its own per process), and forgets a client once its window has passed', () => {
    let t = 0;
    const l = new RateLimiter(5, 1000, () => t);
    const h1 = l.hash('203.0.113.7');
    expect(h1).not.toContain('203.0.113.7');
    expect(h1).not.toBe(new RateLimiter(5, 1000, () => t).hash('203.0.113.7'));
    l.check('203.0.113.7');
    t = 500;
    l.check('198.51.100.1');
    t = 1000;
    expect(l.size).toBe(1);
    t = 1500;
    expect(l.size).toBe(0);
  });

  it('is a sliding window: a client limited at the end of one window is not free at the start of the next', () => {
    let t = 0;
    const l = new RateLimiter(2, 1000, () => t);
    t = 900;
    expect(l.check('a').ok).toBe(true);
    expect(l.check('a').ok).toBe(true);
    t = 1100;
    const third = l.check('a');
    expect(third).toEqual({ok: false, retryAfterSeconds: 1});
    t = 1901;
    expect(l.check('a').ok).toBe(true);
  });

  it('when full, forgets the client idle longest, one at a time: a flood of new addresses frees nobody else', () => {
    let t = 0;
    const l = new RateLimiter(2, 60_000, () => t);
    expect(l.check('patient').ok).toBe(true);
    expect(l.check('patient').ok).toBe(true);
    expect(l.check('flooder').ok).toBe(true);
    expect(l.check('flooder').ok).toBe(true);
    const small = new RateLimiter(2, 60_000, () => t, 3);
    small.check('old');
    small.check('old');
    small.check('recent');
    small.check('recent');
    for (let i = 0; i < 5; i++) {
      t += 1;
      small.check('recent'); // refused, but used: stays the most recent
      small.check(`new ${i}`);
    }
    expect(small.size).toBe(3);
    expect(small.check('recent').ok).toBe(false);
    // 'old' was the one forgotten, first of all; nobody was forgotten all at once.
    expect(small.check('old').ok).toBe(true);
  });
});

describe('the client address (TRUST_PROXY)', () => {
  const headers = (xff?: string) => new Headers(xff ? {'x-forwarded-for': xff} : {});

  it('is the socket address by default, whatever X-Forwarded-For says', () => {
    expect(clientAddress(headers('198.51.100.9'), {remoteAddress: '203.0.113.7'}, 0)).toBe('203.0.113.7');
    expect(clientAddress(headers(), {}, 0)).toBe('unknown');
    expect(clientAddress(headers('198.51.100.9'), {}, 0)).toBe('unknown');
  });

  it('behind N trusted proxies, is the entry the outermost one added: the Nth from the end', () => {
    expect(clientAddress(headers('forged, 203.0.113.7'), {remoteAddress: '10.0.0.2'}, 1)).toBe('203.0.113.7');
    expect(clientAddress(headers('forged, 203.0.113.7, 10.0.0.1'), {remoteAddress: '10.0.0.2'}, 2)).toBe('203.0.113.7');
    expect(clientAddress(headers('203.0.113.7'), {remoteAddress: '10.0.0.2'}, 2)).toBe('203.0.113.7');
    expect(clientAddress(headers(), {remoteAddress: '10.0.0.2'}, 1)).toBe('10.0.0.2');
  });

  it('a forged X-Forwarded-For on each request does not dodge the limit (2,000 tries, 8 pass)', async () => {
    const {POST, rows} = setup({limit: 8});
    const statuses = new Map<number, number>();
    for (let i = 0; i < 2000; i++) {
      const res = await POST(post(ok, {'x-forwarded-for': `198.51.${i >> 8}.${i & 255}`}), {remoteAddress: '203.0.113.7'});
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    }
    expect(Object.fromEntries(statuses)).toEqual({303: 8, 429: 1992});
    expect(rows).toHaveLength(8);
  });

  it('with TRUST_PROXY=1, keys on the entry the proxy added, not on the ones the client wrote before it', async () => {
    const {POST} = setup({limit: 2, trustProxy: 1});
    const via = (forged: string) => POST(post(ok, {'x-forwarded-for': `${forged}, 203.0.113.7`}), {remoteAddress: '10.0.0.1'});
    expect((await via('1.1.1.1')).status).toBe(303);
    expect((await via('2.2.2.2')).status).toBe(303);
    expect((await via('3.3.3.3')).status).toBe(429);
    expect((await POST(post(ok, {'x-forwarded-for': '198.51.100.1'}), {remoteAddress: '10.0.0.1'})).status).toBe(303);
  });

  it('called without the socket address (Next’s route) and without TRUST_PROXY, counts everyone as one client', async () => {
    const {POST} = setup({limit: 2});
    expect((await POST(post(ok, {'x-forwarded-for': '1.1.1.1'}))).status).toBe(303);
    expect((await POST(post(ok, {'x-forwarded-for': '2.2.2.2'}))).status).toBe(303);
    expect((await POST(post(ok, {'x-forwarded-for': '3.3.3.3'}))).status).toBe(429);
  });
});

describe('the bound for everyone', () => {
  it('refuses past N stored submissions an hour, from any address, with a localized 429 and one log line without personal data', async () => {
    let t = 0;
    const lines: string[] = [];
    const bound = new GlobalBound(5, 100, () => t, (l) => lines.push(l));
    const {POST, rows} = setup({bound});
    for (let i = 0; i < 5; i++) expect((await POST(post({...ok, comment: 'secret words'}), {remoteAddress: `203.0.113.${i}`})).status).toBe(303);
    const fr = await POST(post({...ok, comment: 'secret words'}), {remoteAddress: '198.51.100.77'});
    expect(fr.status).toBe(429);
    expect(Number(fr.headers.get('retry-after'))).toBe(3600);
    expect(await fr.text()).toContain('beaucoup de réponses en peu de temps');
    const en = await POST(post({...ok, locale: 'en'}), {remoteAddress: '198.51.100.78'});
    expect(en.status).toBe(429);
    expect(await en.text()).toContain('is not saving more for now');
    expect(rows).toHaveLength(5);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/5 submissions stored in the last hour/);
    expect(lines[0]).not.toMatch(/198\.51|203\.0|secret|faq/);
    t = 3_600_001;
    expect((await POST(post(ok), {remoteAddress: '198.51.100.77'})).status).toBe(303);
  });

  it('bounds the day too, and a submission the store refused does not count', async () => {
    let t = 0;
    const bound = new GlobalBound(0, 3, () => t, () => {});
    expect(bound.take().ok).toBe(true);
    expect(bound.take().ok).toBe(true);
    bound.release();
    expect(bound.take().ok).toBe(true);
    expect(bound.take().ok).toBe(true);
    expect(bound.take().ok).toBe(false);
    t = 23 * 3_600_000;
    expect(bound.take()).toEqual({ok: false, retryAfterSeconds: 3600});
    t = 24 * 3_600_000 + 1;
    expect(bound.take().ok).toBe(true);
    const {POST} = setup({failing: true, bound: new GlobalBound(1, 0, () => 0, () => {})});
    expect((await POST(post(ok))).status).toBe(503);
    expect((await POST(post(ok))).status).toBe(503);
  });
});

describe('comments: characters, repeated fields, control and bidi characters', () => {
  it('accepts 500 characters of any script: CJK, emoji, accented letters with line breaks', async () => {
    const {POST, rows} = setup();
    for (const comment of ['药'.repeat(500), '😀'.repeat(500), 'é\r\n'.repeat(250)]) {
      const res = await POST(post({...ok, comment}));
      expect(res.status, comment.slice(0, 2)).toBe(303);
    }
    expect(rows.map((r) => Array.from((r as {comment: string}).comment).length)).toEqual([500, 500, 499]);
  });

  it('answers 400 to a repeated comment or honeypot, and stores nothing', async () => {
    const {POST, rows} = setup();
    expect((await POST(post('page=faq&locale=fr&answer=yes&comment=a&comment=b'))).status).toBe(400);
    expect((await POST(post('page=faq&locale=fr&answer=yes&comment=&comment='))).status).toBe(400);
    expect((await POST(post('page=faq&locale=fr&answer=yes&website=&website='))).status).toBe(400);
    expect(rows).toEqual([]);
  });

  it('removes C1 controls and bidi overrides and isolates at input; keeps letters of every script', async () => {
    const {POST, rows} = setup();
    const comment = 'a\u0085b\u009bc\u202ed\u2066e\u2069f\u202ag 中文 עברית\u0007';
    await POST(post({...ok, comment}));
    expect((rows[0] as {comment: string}).comment).toBe('abcdefg 中文 עברית');
  });

  it('shows them as visible codes in the editors’ report and CSV (rows stored before the rule)', () => {
    const rows = [{pageId: 'faq', locale: 'fr', yes: 0, no: 1, noShare: 1, comments: [{day: '2026-12-01', answer: 'no' as const, comment: '=cmd \u202eexe.txt\u009b31m'}]}];
    const text = reportText(rows, {});
    expect(text).toContain('\\u{202E}exe.txt\\u{009B}31m');
    expect(text).not.toMatch(/[\u0080-\u009f\u202a-\u202e\u2066-\u2069]/);
    const csv = reportCsv(rows);
    expect(csv).toContain("'=cmd \\u{202E}exe.txt\\u{009B}31m");
    expect(csv).not.toMatch(/[\u0080-\u009f\u202a-\u202e\u2066-\u2069]/);
  });
});
