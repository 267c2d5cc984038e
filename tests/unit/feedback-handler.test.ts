// POST /feedback: every answer of the handler, with a store in memory (and one that fails).
import {describe, expect, it} from 'vitest';
import {createFeedbackHandler} from '@/app/_lib/feedback/handler';
import {RateLimiter} from '@/app/_lib/feedback/rate-limit';
import type {Db} from '@/app/_lib/feedback/db';
import {addSubmission, openStore, submissions} from '@/app/_lib/feedback/store';
import {freshDataDir} from '../helpers/feedback-stores';

const form = 'application/x-www-form-urlencoded';

function setup({limit = 1000, failing = false} = {}) {
  const rows: unknown[] = [];
  const fakeDb = {db: {insertInto: () => ({values: (v: unknown) => ({execute: async () => { rows.push(...(Array.isArray(v) ? v : [v])); }})})}} as unknown as Db;
  const store = async () => { if (failing) throw new Error('connect ECONNREFUSED'); return fakeDb; };
  let clock = 0;
  const limiter = new RateLimiter(limit, 60_000, () => clock);
  const POST = createFeedbackHandler({store, limiter, now: () => new Date('2026-12-02T15:04:05Z'), siteOrigin: 'https://guide.example'});
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

  it('answers 413 to a body over 4 KB, announced or not', async () => {
    const {POST, rows} = setup();
    const big = new URLSearchParams({...ok, comment: 'x'.repeat(5000)}).toString();
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
    const from = (ip: string, body = ok) => POST(post(body, {'x-forwarded-for': ip}));
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
  it('keeps only a salted hash, and the salt changes when the window rolls', () => {
    let t = 0;
    const l = new RateLimiter(5, 1000, () => t);
    const h1 = l.hash('203.0.113.7');
    expect(h1).not.toContain('203.0.113.7');
    expect(h1).not.toBe(new RateLimiter(5, 1000, () => t).hash('203.0.113.7'));
    l.check('203.0.113.7');
    t = 1000;
    expect(l.size).toBe(0);
    expect(l.hash('203.0.113.7')).not.toBe(h1);
  });
});
