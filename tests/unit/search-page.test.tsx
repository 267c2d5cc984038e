// The results page as the search handler builds it: the real shell component, cut at its slots, filled from
// the real index, for every state and every hostile query of issue 10. No server: the browser tests check
// the same pages served (tests/e2e/search.spec.ts).
import {beforeAll, describe, expect, it} from 'vitest';
import {renderToStaticMarkup} from 'react-dom/server';
import {escapeHtml, html, SafeHtml} from '@/app/_lib/html';
import {parseShell, type Shell} from '@/app/_lib/search/shell';
import {slots} from '@/app/_lib/search/slots';
import {renderSearchPage} from '@/app/_lib/search/render';
import {resultsView} from '@/app/_lib/search/results';
import {buildDocuments} from '@/app/_lib/search/documents';
import {SearchIndex} from '@/app/_lib/search/engine';
import {MAX_QUERY_CHARS, MAX_RESULTS} from '@/app/_lib/search/limits';
import {SearchShell} from '@/components/layout/SearchShell';
import type {Locale} from '@/app/_i18n/pages';
import {frenchHtml} from '@/app/_build/french-typography.mjs';
import {frCases} from './search-cases';

/** A shell as the build leaves it: the component's markup in a page with its one inlined stylesheet. */
const shellHtml = (locale: Locale) =>
  `<!DOCTYPE html><html lang="${locale}"><head><style>p{}</style><title>${slots.title}</title></head><body>${renderToStaticMarkup(<SearchShell locale={locale} />)}</body></html>`;

let index: SearchIndex;
const shells = {} as Record<Locale, Shell>;
beforeAll(() => {
  index = SearchIndex.build(buildDocuments());
  for (const l of ['fr', 'en'] as const) shells[l] = parseShell(shellHtml(l));
}, 120_000);

const page = (locale: Locale, q: string | string[] | undefined) => renderSearchPage(shells[locale], locale, resultsView(index, locale, q));
const between = (h: string, start: string, end: string) => h.slice(h.indexOf(start), h.indexOf(end, h.indexOf(start)) + end.length);
const main = (h: string) => between(h, '<main', '</main>');
const title = (h: string) => /<title>([^<]*)<\/title>/.exec(h)![1];
const h1 = (h: string) => /<h1>([\s\S]*?)<\/h1>/.exec(h)![1];
const fieldValue = (h: string) => /<input id="search-page-q"[^>]*\svalue="([^"]*)"/.exec(h)?.[1];
const languageHref = (h: string) => /<a href="([^"]*)"[^>]*data-language-link/.exec(h)![1];

describe('the escaping HTML builder', () => {
  it('escapes every interpolated string, in text and in attributes', () => {
    const evil = `"><script>alert('x')</script>&`;
    expect(html`<a href="${evil}">${evil}</a>`.value).toBe(
      '<a href="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;">&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;</a>');
  });
  it('inserts only its own SafeHtml unescaped, lists joined', () => {
    expect(html`<ol>${['<a>', html`<li>b</li>`]}</ol>`.value).toBe('<ol>&lt;a&gt;<li>b</li></ol>');
    expect(html`${null}${undefined}${false}${0}`.value).toBe('0');
    // A SafeHtml turned into a string by mistake is escaped again, never trusted.
    expect(html`${String(html`<b>x</b>`)}`.value).toBe('&lt;b&gt;x&lt;/b&gt;');
    expect(new SafeHtml('<i>').toString()).toBe('<i>');
  });
  it('turns null bytes, other control characters and lone surrogates into U+FFFD; keeps emoji and right-to-left text', () => {
    expect(escapeHtml('a\u0000b\u0007c\ud800d\udfffe\u0085')).toBe('a\ufffdb\ufffdc\ufffdd\ufffde\ufffd');
    expect(escapeHtml('tab\tand\nnewline')).toBe('tab\tand\nnewline');
    expect(escapeHtml('🙂💊 مرحبا שלום')).toBe('🙂💊 مرحبا שלום');
  });
});

describe('the search shell', () => {
  it('has every slot exactly once, in the real component', () => {
    for (const l of ['fr', 'en'] as const) expect(shells[l].parts.filter((p) => typeof p !== 'string')).toHaveLength(Object.keys(slots).length);
  });
  it('is refused when a slot is missing or repeated, or when the post-build step has not run', () => {
    const good = shellHtml('fr');
    expect(() => parseShell(good.replace(slots.results, ''))).toThrow(/results/);
    expect(() => parseShell(good.replace(slots.query, slots.query + slots.query))).toThrow(/query/);
    expect(() => parseShell(good.replace('</body>', '<script src="/_next/static/chunks/main.js"></script></body>'))).toThrow(/post-build/);
    expect(() => parseShell(good.replace('<style>p{}</style>', ''))).toThrow(/post-build/);
    expect(() => parseShell(good.replace('[[search:title]]', '[[search:nope]]'))).toThrow(/unknown slot/);
  });
});

describe('the results page in each state', () => {
  it('results: its own title and h1 with the query, the count, an <ol> of page#section links with marked snippets', () => {
    const h = page('fr', 'conduire');
    expect(title(h)).toBe('Résultats pour «\u202f\u2068conduire\u2069\u202f» | Kétamine, le guide patient');
    expect(h1(h)).toBe('Résultats pour «\u202f<bdi>conduire</bdi>\u202f»');
    const total = resultsView(index, 'fr', 'conduire').total;
    expect(total).toBeGreaterThan(MAX_RESULTS);
    expect(main(h)).toContain(`<p id="search-count" class="search-count">${total} résultats. Voici les ${MAX_RESULTS} plus pertinents.</p><ol class="search-results" aria-labelledby="search-count">`);
    expect(main(h).match(/<li class="search-result">/g)).toHaveLength(MAX_RESULTS);
    const links = [...main(h).matchAll(/<li class="search-result"><a href="([^"]+)"/g)].map((m) => m[1]);
    expect(links[0]).toBe('/fr/questions-frequentes#driving');
    expect(links.every((l) => /^\/fr(\/|#|$)/.test(l)), links.join(' ')).toBe(true);
    expect(main(h)).toContain('<mark>');
    expect(fieldValue(h)).toBe('conduire');
    expect(languageHref(h)).toBe('/en/search?q=conduire');
    expect(h).not.toContain('urgent-help not-prose');
    expect(h).not.toContain('[[');
  });
  it('empty or blank: the form with a hint, no list', () => {
    for (const q of [undefined, '', '   ', [] as string[]]) {
      const h = page('en', q);
      expect(h1(h)).toBe('Search the guide');
      expect(title(h)).toBe('Search the guide | Ketamine: a patient guide');
      expect(main(h)).toContain('class="search-note">Type a word or a question');
      expect(main(h)).not.toContain('<ol');
      expect(fieldValue(h)).toBe('');
      expect(languageHref(h)).toBe('/fr/recherche');
    }
  });
  it('no result: says so kindly with the query, offers the FAQ, urgent help and every page', () => {
    const h = main(page('fr', 'zqxjwv'));
    expect(h).toContain('Aucun résultat');
    expect(h).toContain('Nous n’avons rien trouvé pour «\u202f<bdi>zqxjwv</bdi>\u202f»');
    expect([...h.matchAll(/<ul class="search-suggestions">.*?<\/ul>/g)][0][0]).toMatch(/href="\/fr\/questions-frequentes".*href="\/fr\/aide-urgente".*href="\/fr#all-pages"/);
    expect(h).not.toContain('hreflang=');
  });
  it('fewer matches than the limit: the count alone', () => {
    const view = resultsView(index, 'fr', 'amitriptylline');
    expect(view.total).toBeLessThanOrEqual(MAX_RESULTS);
    expect(main(page('fr', 'amitriptylline'))).toMatch(new RegExp(`<p id="search-count" class="search-count">${view.total} résultats?</p>`));
  });
  it('no result here but some in the other language: offers that search', () => {
    const h = main(page('en', 'grossesse'));
    expect(h).toMatch(/in the French version of the guide\. <a href="\/fr\/recherche\?q=grossesse" hreflang="fr">See the results in French<\/a>/);
  });
  it('a query that expresses danger opens with the urgent-help numbers, before the form and any result', () => {
    for (const [l, q] of [['fr', 'je veux mourir'], ['fr', 'me tuer'], ['en', 'kill myself'], ['en', 'I can’t go on'], ['en', 'overdose'], ['fr', '3114'], ['en', '988']] as const) {
      const h = main(page(l, q));
      const help = h.indexOf('urgent-help not-prose');
      expect(help, q).toBeGreaterThan(h.indexOf('</h1>'));
      expect(help, q).toBeLessThan(h.indexOf('<form'));
      expect(h, q).toContain('href="tel:');
    }
  });
  it('in distress: the numbers, then a kind sentence and the sections that help, then other results; never "nothing found"', () => {
    for (const [l, q] of [['fr', 'mourir'], ['fr', 'je veux mourir'], ['en', 'die'], ['en', 'I want to die'], ['en', 'no reason to live'], ['fr', 'suicidaire']] as const) {
      const h = main(page(l, q));
      const block = h.indexOf('urgent-help not-prose');
      const intro = h.indexOf('class="search-crisis-intro"');
      expect(block, q).toBeGreaterThan(0);
      expect(intro, q).toBeGreaterThan(block);
      expect(h, q).toContain(l === 'fr' ? 'Ce que vous vivez compte.' : 'What you are going through matters.');
      const help = /<ul class="search-suggestions search-help">(.*?)<\/ul>/.exec(h)![1];
      expect(help.match(/<li>/g), q).toHaveLength(4);
      expect(help, q).toMatch(l === 'fr'
        ? /href="\/fr\/aide-urgente#if-you-are-in-danger".*href="\/fr\/risques-et-securite#suicidal-thoughts".*href="\/fr\/pour-les-proches#asking-about-suicide".*href="\/fr\/pour-les-proches#lines-for-relatives"/
        : /href="\/en\/urgent-help#if-you-are-in-danger".*href="\/en\/risks-and-safety#suicidal-thoughts".*href="\/en\/family-and-friends#asking-about-suicide".*href="\/en\/family-and-friends#lines-for-relatives"/);
      expect(h, q).not.toMatch(/Aucun résultat|Nous n’avons rien trouvé|autre orthographe|No results|We found nothing|another spelling|Aucun mot de cette recherche|no word precise enough/);
      const others = h.indexOf('<ol class="search-results"');
      if (others >= 0) expect(others, q).toBeGreaterThan(intro);
    }
    expect(main(page('fr', 'suicidaire'))).toMatch(/autres? passages? du guide pour votre recherche/);
  });
  it('only stop words or symbols: a hint to use a precise word', () => {
    for (const q of ['est-ce que le', '%', '!!!']) expect(main(page('fr', q)), q).toContain('Aucun mot de cette recherche n’est assez précis');
  });
});

describe('French spacing on a results page', () => {
  it('is already in every French results page: spacing it again changes nothing (the sections were spaced when the index was built)', () => {
    const queries = [...frCases.map((c) => c.q), 'puis je conduire apres une seance', '40 mg', 'combien ça coûte ?', 'effets : vessie', 'mourir', 'zzzz'];
    let lists = 0;
    for (const q of queries) {
      const h = page('fr', q);
      // What the request adds after the form (the shell is spaced by the build, not in this test's shells).
      const body = h.slice(h.search(/<p (id="search-count"|class="search-)/), h.indexOf('</main>'));
      if (body.includes('class="search-results"')) lists++;
      expect(frenchHtml(body), q).toBe(body);
      expect(frenchHtml(`<title>${title(h)}</title><h1>${h1(h)}</h1>`), q).toBe(`<title>${title(h)}</title><h1>${h1(h)}</h1>`);
    }
    expect(lists).toBeGreaterThan(frCases.length / 2);
    // A snippet keeps a number with its unit even where the number is a matched word.
    expect(main(page('fr', '56 mg'))).toMatch(/<mark>56<\/mark>\u00a0(<mark>)?mg/);
  });
});

describe('bad input: never an error, nothing reflected unescaped', () => {
  const reflected = (h: string) => [title(h), h1(h), fieldValue(h) ?? '', languageHref(h), main(h)].join('\n');
  it.each([
    ['<script>', '<script>alert(1)</script>'],
    ['quotes', `"onmouseover="alert(1)" x='y'`],
    ['SQL', "' OR 1=1; DROP TABLE pages; --"],
    ['regex characters', '.*+?^${}()|[]\\'],
    ['HTML entities', '&lt;b&gt; &amp;'],
    ['a slot token', '[[search:results]] [[search:crisis]]'],
  ])('%s', (_name, q) => {
    const h = page('fr', q);
    expect(reflected(h)).not.toMatch(/<script>alert|"onmouseover=|<b>/);
    expect(fieldValue(h)).toBe(escapeHtml(q));
    expect(h1(h)).toContain(`<bdi>${escapeHtml(q)}</bdi>`);
    expect(languageHref(h)).toBe(`/en/search?q=${escapeHtml(encodeURIComponent(q))}`);
    // Slots are filled once, from the shell: a query that looks like one stays text.
    expect(h.split('urgent-help not-prose').length).toBe(1);
  });
  it('emoji and right-to-left text are kept and isolated', () => {
    const h = page('fr', '🙂💊 مرحبا كيتامين');
    expect(h1(h)).toBe('Résultats pour «\u202f<bdi>🙂💊 مرحبا كيتامين</bdi>\u202f»');
    expect(title(h)).toContain('\u2068🙂💊 مرحبا كيتامين\u2069');
    expect(main(h)).toContain('Aucun résultat');
  });
  it('null bytes and control characters are dropped from the query', () => {
    const h = page('fr', 'vessie\u0000\u0001 foie');
    expect(fieldValue(h)).toBe('vessie foie');
    expect(h).not.toMatch(/[\u0000\u0001]/);
  });
  it('text from bad percent-encoding (already decoded by the URL parser) is searched as text', () => {
    for (const q of ['\ufffd%A', '%ZZ', '%', '%E0%A4%A']) {
      const h = page('fr', q);
      expect(fieldValue(h), q).toBe(escapeHtml(q));
    }
  });
  it(`a 10,000-character query is cut to ${MAX_QUERY_CHARS} characters, and the page says so`, () => {
    const h = page('en', 'driving '.repeat(1250));
    expect(main(h)).toContain(`only its first ${MAX_QUERY_CHARS} characters were used`);
    expect([...fieldValue(h)!].length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
    expect(h.length).toBeLessThan(100_000);
  });
  it('a repeated q: the first one', () => {
    const h = page('en', ['driving', 'bladder']);
    expect(fieldValue(h)).toBe('driving');
    expect(h1(h)).toBe('Results for “<bdi>driving</bdi>”');
  });
  it('one or two letters are not matched as a prefix of every word', () => {
    for (const q of ['b', 'xy']) expect(resultsView(index, 'en', q).items.length, q).toBeLessThan(5);
  });
});
