// The clinics' referral email builder (issue 22) as the server calls it: builderAnswer(locale, params) on the
// real shell component, cut at its slots, with the real letter items (frontmatter, QR codes). No server: the
// browser tests check the same pages served (tests/e2e/clinics-builder.spec.ts).
import {beforeAll, describe, expect, it, vi} from 'vitest';
import {renderToStaticMarkup} from 'react-dom/server';
import jsQR from 'jsqr';
import {builderAnswer, builderHeaders} from '@/app/_lib/clinics/respond';
import {parseBuilderShell, type BuilderShell} from '@/app/_lib/clinics/shell';
import {builderSlots} from '@/app/_lib/clinics/slots';
import {letterItems} from '@/app/_lib/clinics/items';
import {FIELD_LIMITS, MAX_MAILTO_CHARS, MAX_PAGES, MAX_QUERY_CHARS} from '@/app/_lib/clinics/input';
import {emailText, mailtoHref} from '@/app/_lib/clinics/render';
import {ClinicEmailShell} from '@/components/layout/ClinicEmailShell';
import {ReferralBuilder} from '@/components/content/ReferralBuilder';
import {clinicEmailPathFor, locales, pathFor, patientPages, type Locale} from '@/app/_i18n/pages';
import {availableBuilderCountries, builderCountryLines, builderPresets} from '@/content/data/clinic-builder';
import {crisisLines} from '@/content/data/crisis-lines';
import {siteUrl} from '@/app/_lib/site';

const shells = {} as Record<Locale, BuilderShell>;
beforeAll(async () => {
  const items = await letterItems();
  for (const l of locales) {
    shells[l] = parseBuilderShell(`<!DOCTYPE html><html lang="${l}"><head><style>p{}</style><title>${builderSlots.title}</title></head><body>${renderToStaticMarkup(<ClinicEmailShell locale={l} items={items} />)}</body></html>`);
  }
}, 120_000);

const answer = (locale: string, query: string | [string, string][], queryLength?: number) =>
  builderAnswer(locale, new URLSearchParams(query), {shell: (l) => shells[l], queryLength});
const text = (h: string, id: string) => {
  const m = new RegExp(`<pre id="${id}"[^>]*>([\\s\\S]*?)</pre>`).exec(h);
  return m ? m[1].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&') : null;
};
const main = (h: string) => h.slice(h.indexOf('<main'), h.indexOf('</main>'));
const letter = (h: string) => h.slice(h.indexOf('<article class="clinic-letter'), h.indexOf('</article>'));
const mailto = (h: string) => /<a class="builder-mailto" href="([^"]*)"/.exec(h)?.[1].replace(/&amp;/g, '&');

/** The dark modules of a QR code SVG as the qrcode package draws them (one horizontal run per "h"), decoded. */
function decodeSvg(svg: string): string | null {
  const size = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)![1]);
  const d = /<path stroke="[^"]*" d="([^"]*)"/.exec(svg)![1];
  const dark = new Set<string>();
  let x = 0, y = 0;
  for (const [, cmd, a, b] of d.matchAll(/([Mmh])(\d+(?:\.\d+)?)(?: (\d+(?:\.\d+)?))?/g)) {
    if (cmd === 'M') { x = Number(a); y = Math.floor(Number(b)); }
    else if (cmd === 'm') x += Number(a);
    else { for (let i = 0; i < Number(a); i++) dark.add(`${x + i},${y}`); x += Number(a); }
  }
  const scale = 8, w = size * scale;
  const data = new Uint8ClampedArray(w * w * 4);
  for (let py = 0; py < w; py++) for (let px = 0; px < w; px++) {
    const v = dark.has(`${Math.floor(px / scale)},${Math.floor(py / scale)}`) ? 0 : 255;
    data.set([v, v, v, 255], (py * w + px) * 4);
  }
  return jsQR(data, w, w)?.data ?? null;
}

describe('the form on the clinics pages', () => {
  it.each(locales)('%s: GET to the builder, every patient page, the available countries, limits, the privacy line and the presets', (locale) => {
    const h = renderToStaticMarkup(<ReferralBuilder locale={locale} />);
    expect(h).toContain(`<form method="get" action="${clinicEmailPathFor(locale)}"`);
    for (const id of patientPages) expect(h).toContain(`name="page" value="${id}"`);
    for (const c of availableBuilderCountries()) expect(h).toContain(`<option value="${c}"`);
    expect(h).toMatch(locale === 'fr' ? /Belgique, Suisse|Suisse/ : /Belgium, Switzerland|Switzerland/);
    expect(h).toContain(`name="clinic" type="text" maxlength="${FIELD_LIMITS.clinic}"`);
    expect(h).toContain(`name="phone" type="tel" maxlength="${FIELD_LIMITS.phone}"`);
    expect(h).toContain(`maxlength="${FIELD_LIMITS.note}"`);
    expect(h).toContain(`name="lang" value="${locale}" checked`);
    expect(h).toContain(locale === 'fr' ? 'N’écrivez ni le nom du patient' : 'Do not write the patient&#39;s name');
    for (const p of builderPresets) expect(h).toContain(`href="${clinicEmailPathFor(locale)}?lang=${locale}&amp;${p.pages.map((id) => `page=${id}`).join('&amp;')}&amp;country=`);
    // The test server's SITE_URL is localhost: the page says the links will not work for patients.
    expect(h).toContain(siteUrl.includes('localhost') ? 'SITE_URL' : '<form');
  });
  it('offers a country once the crisis lines have it (Belgium and Switzerland come with the safety data)', () => {
    for (const c of ['be', 'ch'] as const) expect(availableBuilderCountries().includes(c)).toBe(builderCountryLines(c).length > 0);
    expect(builderCountryLines('uk').map((l) => l.display)).toEqual(crisisLines.filter((l) => l.country === 'uk-ie').map((l) => l.display));
  });
});

describe.each(locales)('builderAnswer in %s', (locale) => {
  const other: Locale = locale === 'fr' ? 'en' : 'fr';
  it('with no query: the form with the locale’s defaults, status 200, private headers', () => {
    const a = answer(locale, '');
    expect(a.status).toBe(200);
    expect(a.headers).toEqual(builderHeaders);
    expect(a.headers['Cache-Control']).toBe('private, no-store');
    expect(a.headers['Referrer-Policy']).toBe('no-referrer');
    expect(a.headers['X-Robots-Tag']).toBe('noindex');
    expect(main(a.body)).toContain('<form method="get"');
    expect(a.body).not.toContain('clinic-letter');
    // The shell's items block is gone, and every slot is filled.
    expect(a.body).not.toContain('data-letter-item');
    expect(a.body).not.toMatch(/\[\[\/?builder:/);
  });
  it('two pages, in the other language: subject and body in the patient’s language, with absolute addresses, the clinic, the note and the country’s lines only', () => {
    const a = answer(locale, `lang=${other}&page=preparation&page=session&country=us&clinic=Clinique+du+Parc&phone=01+23+45+67+89&note=Venez+%C3%A0+jeun.`);
    expect(a.status).toBe(200);
    const body = text(a.body, 'builder-body')!;
    expect(text(a.body, 'builder-subject')).toBe(other === 'fr' ? 'Des pages à lire sur la thérapie assistée par la kétamine' : 'Some reading about ketamine-assisted therapy');
    expect(body).toContain(siteUrl + pathFor(other, 'preparation'));
    expect(body).toContain(siteUrl + pathFor(other, 'session'));
    expect(body.indexOf(pathFor(other, 'preparation'))).toBeLessThan(body.indexOf(pathFor(other, 'session')));
    expect(body).not.toContain(pathFor(other, 'integration'));
    expect(body).toContain('Clinique du Parc');
    expect(body).toContain('01 23 45 67 89');
    expect(body).toContain('Venez à jeun.');
    expect(body).toContain('988');
    expect(body).not.toMatch(/3114|116 123|9-8-8/);
    expect(body).toMatch(other === 'fr' ? /^Bonjour,/ : /^Hello,/);
    // The texts carry the patient's language; the copy buttons say what they copy.
    expect(a.body).toContain(`<pre id="builder-body" lang="${other}"`);
    expect(a.body).toContain(`>${locale === 'fr' ? 'Copier l’objet' : 'Copy the subject'}</button>`);
    expect(a.body).toContain(`>${locale === 'fr' ? 'Copier le texte du courriel' : 'Copy the email text'}</button>`);
    // The letter: the clinic, each page's title, summary and QR code, the country's lines.
    const l = letter(a.body);
    expect(l).toContain(`lang="${other}"`);
    expect(l).toContain('Clinique du Parc');
    expect((l.match(/class="letter-item"/g) ?? []).length).toBe(2);
    expect((l.match(/<svg/g) ?? []).length).toBe(2);
    expect(l).toContain('988');
    expect(l).not.toContain('3114');
    // The form below is filled in as asked; the language link keeps the request.
    expect(a.body).toMatch(/name="page" value="session" checked/);
    expect(a.body).toContain('value="Clinique du Parc"');
    expect(/<a href="([^"]*)"[^>]*data-language-link/.exec(a.body)![1]).toContain(`${clinicEmailPathFor(other)}?lang=${other}&amp;page=preparation`);
  });
  it('the letter’s QR codes decode to each page’s address', () => {
    const a = answer(locale, `page=risks-and-safety&page=urgent-help&page=family-and-friends`);
    const svgs = [...letter(a.body).matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => m[0]);
    expect(svgs.map(decodeSvg)).toEqual(['risks-and-safety', 'urgent-help', 'family-and-friends'].map((id) => siteUrl + pathFor(locale, id as never)));
  });
  it('a mailto: link with the subject and the body, CRLF line ends, within the length mail clients accept', () => {
    const a = answer(locale, `page=session&country=fr&clinic=A%26B&phone=1`);
    const href = mailto(a.body)!;
    expect(href.length).toBeLessThanOrEqual(MAX_MAILTO_CHARS);
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.searchParams.get('subject')).toBe(text(a.body, 'builder-subject'));
    expect(url.searchParams.get('body')).toBe(text(a.body, 'builder-body')!.replace(/\n/g, '\r\n'));
    expect(url.searchParams.get('body')).toContain('A&B');
  });
  it('too long for a mailto: link: no link, a message that says so, the copy route stays', () => {
    const pages = patientPages.slice(0, MAX_PAGES).map((id) => `page=${id}`).join('&');
    const a = answer(locale, `${pages}&country=fr&clinic=${'c'.repeat(120)}&note=${'n%C3%A9'.repeat(250)}`);
    expect(a.status).toBe(200);
    expect(mailto(a.body)).toBeUndefined();
    expect(a.body).toContain('class="builder-mailto-too-long"');
    expect(a.body).toContain(`${MAX_MAILTO_CHARS}`);
    expect(text(a.body, 'builder-body')).toContain('né');
    expect(mailtoHref(emailText({lang: locale, pages: [], country: 'fr', clinic: '', phone: '', note: 'x'.repeat(3000)}, [])).href).toBeNull();
  });
  it('HTML and script in any field are shown as text, in the form, the email and the letter', () => {
    const evil = `"><script>alert(1)</script><img src=x onerror=alert(2)>`;
    const q = new URLSearchParams({page: 'session', clinic: evil, phone: evil.slice(0, 40), note: evil});
    const a = builderAnswer(locale, q, {shell: (l) => shells[l]});
    expect(a.status).toBe(200);
    expect(a.body).not.toContain('<script>alert');
    expect(a.body).not.toContain('<img src=x');
    expect(a.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(text(a.body, 'builder-body')).toContain(evil);
    // The only scripts are the two inline ones the CSP allows by hash.
    expect((a.body.match(/<script>/g) ?? []).length).toBe(2 + (a.body.match(/<script>document\.addEventListener/g) ?? []).length);
  });
  it('over-long fields are cut at their limit, with a notice for each', () => {
    const a = answer(locale, `page=session&clinic=${'é'.repeat(200)}&phone=${'1'.repeat(60)}&note=${'n'.repeat(900)}`);
    expect(a.status).toBe(200);
    expect(a.body).toContain(`value="${'é'.repeat(FIELD_LIMITS.clinic)}"`);
    expect(a.body).not.toContain('é'.repeat(FIELD_LIMITS.clinic + 1));
    expect(a.body).toContain(`value="${'1'.repeat(FIELD_LIMITS.phone)}"`);
    expect(a.body).not.toContain('n'.repeat(FIELD_LIMITS.note + 1));
    expect((/<ul class="builder-notices[^"]*">([\s\S]*?)<\/ul>/.exec(a.body)![1].match(/<li>/g) ?? []).length).toBe(3);
  });
  it('more pages than a letter holds: the first ones are kept, with a notice', () => {
    const a = answer(locale, patientPages.map((id) => `page=${id}`).join('&'));
    expect(a.status).toBe(200);
    expect((letter(a.body).match(/class="letter-item"/g) ?? []).length).toBe(MAX_PAGES);
    expect(a.body).toContain(locale === 'fr' ? `seules les ${MAX_PAGES} premières` : `only the first ${MAX_PAGES}`);
  });
  it('repeated parameters: pages are a list without duplicates; the first lang, country and clinic count', () => {
    const a = answer(locale, `page=session&page=session&page=preparation&lang=${other}&lang=${locale}&country=us&country=fr&clinic=One&clinic=Two`);
    expect(a.status).toBe(200);
    const body = text(a.body, 'builder-body')!;
    expect(body.split(pathFor(other, 'session')).length).toBe(2);
    expect(body).toContain('988');
    expect(body).toContain('One');
    expect(body).not.toContain('Two');
  });
  it.each([
    ['an unknown page', 'page=session&page=nope%3Cb%3E', /nope&lt;b&gt;/],
    ['an unknown country', 'page=session&country=de', /«\u00a0?de\u00a0?»|“de”|de/],
    ['an unknown language', 'page=session&lang=es', /es/],
    ['no page at all', 'lang=fr&country=fr&clinic=X', null],
  ])('%s: a localized 400 with the form filled in as far as valid', (_, query, echo) => {
    const a = answer(locale, `${query}&phone=0102`);
    expect(a.status).toBe(400);
    expect(a.headers).toEqual(builderHeaders);
    expect(a.body).toContain('role="alert"');
    expect(a.body).toContain(locale === 'fr' ? 'Le formulaire est à corriger' : 'Please check the form');
    expect(a.body).not.toContain('clinic-letter');
    expect(a.body).toContain('value="0102"');
    if (query.includes('page=session')) expect(a.body).toMatch(/name="page" value="session" checked/);
    if (echo) expect(/<div class="builder-errors"[\s\S]*?<\/div>/.exec(a.body)![0]).toMatch(echo);
  });
  it('a country whose lines the data does not have yet: a 400 that names it', () => {
    const missing = (['be', 'ch'] as const).find((c) => !availableBuilderCountries().includes(c));
    if (!missing) return; // Both have landed: nothing left to refuse.
    const a = answer(locale, `page=session&country=${missing}`);
    expect(a.status).toBe(400);
    expect(a.body).toContain(locale === 'fr' ? 'pas encore les numéros' : 'do not have this country');
  });
  it('a huge query string: 414 with the empty form, nothing of it reflected', () => {
    const big = `page=session&note=${'x'.repeat(MAX_QUERY_CHARS)}`;
    const a = answer(locale, big);
    expect(a.status).toBe(414);
    expect(a.body).toContain('role="alert"');
    expect(a.body).not.toContain('xxxxxxxx');
    expect(a.body).toContain('<form method="get"');
    expect(answer(locale, 'page=session', MAX_QUERY_CHARS + 1).status).toBe(414);
  });
  it('null bytes, control characters and lone surrogates never break the page', () => {
    const a = builderAnswer(locale, new URLSearchParams([['page', 'session'], ['clinic', 'a\u0000b\ud800c'], ['note', 'x\u0007y\r\nz']]), {shell: (l) => shells[l]});
    expect(a.status).toBe(200);
    expect(a.body).not.toMatch(/[\u0000\u0007]/);
    expect(text(a.body, 'builder-body')).toContain('ab\ufffdc');
    expect(mailto(a.body)).toBeDefined();
  });
});

describe('builderAnswer without a page to fill', () => {
  it('an unknown locale: a bilingual 404', () => {
    const a = answer('de', 'page=session');
    expect(a.status).toBe(404);
    expect(a.body).toContain('Page introuvable');
  });
  it('no build (next dev): a bilingual 503 with the private headers, nothing of the request in it', () => {
    const a = builderAnswer('fr', new URLSearchParams('clinic=Secret'), {shell: () => null});
    expect(a.status).toBe(503);
    expect(a.headers['Cache-Control']).toBe('private, no-store');
    expect(a.body).not.toContain('Secret');
  });
  it('an unexpected error: the 503, and the log names its kind only', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const a = builderAnswer('fr', new URLSearchParams('clinic=Secret'), {shell: () => { throw new TypeError('Secret'); }});
    expect(a.status).toBe(503);
    expect(log.mock.calls.flat().join(' ')).toContain('TypeError');
    expect(log.mock.calls.flat().join(' ')).not.toContain('Secret');
    log.mockRestore();
  });
  it('refuses a shell with a slot missing or Next’s runtime left', () => {
    expect(() => parseBuilderShell('<style></style>[[builder:title]]')).toThrow(/slot/);
  });
});

describe('builderAnswer reading its shell from a file', () => {
  it('reads the finished shell where the server says (a static export), once, and answers from it', async () => {
    const {mkdtempSync, writeFileSync} = await import('node:fs');
    const {tmpdir} = await import('node:os');
    const {join} = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'builder-shell-'));
    const items = await letterItems();
    const file = join(dir, 'en.html');
    writeFileSync(file, `<!DOCTYPE html><html lang="en"><head><style>p{}</style><title>${builderSlots.title}</title></head><body>${renderToStaticMarkup(<ClinicEmailShell locale="en" items={items} />)}</body></html>`);
    const a = builderAnswer('en', new URLSearchParams('page=faq'), {shellFile: () => file});
    expect(a.status).toBe(200);
    expect(a.body).toContain(siteUrl + pathFor('en', 'faq'));
    expect(builderAnswer('en', new URLSearchParams('page=faq'), {shellFile: () => join(dir, 'none.html')}).status).toBe(503);
  });
});
