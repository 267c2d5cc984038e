import {beforeAll, describe, expect, it} from 'vitest';
import {buildDocuments, type SearchDoc} from '@/app/_lib/search/documents';
import {SearchIndex, queryTerms, MAX_RESULTS} from '@/app/_lib/search/engine';
import {MAX_QUERY_CHARS, cleanQuery, fold, term, terms} from '@/app/_lib/search/normalize';
import {snippet, prepareText} from '@/app/_lib/search/snippet';
import {resultsView} from '@/app/_lib/search/results';
import {frCases, enCases} from './search-cases';

let docs: SearchDoc[];
let index: SearchIndex;
beforeAll(() => {
  docs = buildDocuments();
  index = SearchIndex.build(docs);
}, 120_000);

const top = (locale: 'fr' | 'en', q: string, n = 3) => index.search(locale, q).slice(0, n).map((h) => `${h.doc.page}#${h.doc.anchor}`);

describe('the index holds every section of every page, from the content loader', () => {
  it('has the same sections in both languages (same heading ids)', () => {
    const ids = (l: string) => docs.filter((d) => d.locale === l).map((d) => `${d.page}#${d.anchor}`).sort();
    expect(ids('fr').length).toBeGreaterThan(150);
    expect(ids('fr')).toEqual(ids('en'));
  });
  it('splits at ## and ### headings with their ids, FAQ questions apart', () => {
    const driving = docs.find((d) => d.id === 'fr:faq#driving')!;
    expect(driving.question).toMatch(/^Puis-je conduire après une séance\s\?$/u);
    expect(driving.body).toMatch(/lendemain/);
    const bladder = docs.find((d) => d.id === 'en:risks-and-safety#bladder')!;
    expect(bladder.heading).toBe('Serious harms › The bladder');
    expect(bladder.question).toBe('');
  });
  it('includes the tables’ text from content/data in the section that shows them', () => {
    expect(docs.find((d) => d.id === 'fr:risks-and-safety#nasal-spray')!.body).toMatch(/Vomissements/);
    expect(docs.find((d) => d.id === 'en:fibromyalgia#evidence')!.body).toMatch(/Cochrane review of 67 randomised trials/);
  });
  it('indexes folded text (<details>) in its own section, headings inside a fold-out included, the fold-out’s label left out (issue 19)', () => {
    // depression-options folds its head-to-head trials, ### headings and all, under one <details>.
    const ect = docs.find((d) => d.id === 'en:depression-options#ketamine-vs-ect')!;
    expect(ect.heading).toBe('Head-to-head trials › Ketamine against ECT');
    expect(ect.body).toMatch(/KetECT, in Sweden, included 186 people/);
    expect(top('fr', 'KetECT Suède 186')).toContain('depression-options#ketamine-vs-ect');
    // Folded text under a visible heading stays in that heading's section (the evidence table, the STAR*D study).
    expect(docs.find((d) => d.id === 'fr:depression-options#medicine')!.body).toMatch(/STAR\*D/);
    for (const d of docs) expect(d.body, d.id).not.toMatch(/Read more: |Pour en savoir plus : /);
  });
  it('leaves out citations and MDX comments', () => {
    for (const d of docs) expect(d.body, d.id).not.toMatch(/<Cite|\{\/\*|\*\/\}/);
  });
  it('survives a JSON round trip (the build writes it, the server reads it)', () => {
    const again = SearchIndex.fromJSON(JSON.parse(JSON.stringify(index.toJSON())));
    expect(again.size).toBe(index.size);
    expect(again.search('fr', 'conduire').map((h) => h.doc.id)).toEqual(index.search('fr', 'conduire').map((h) => h.doc.id));
  });
});

describe('reader queries land on the section that answers (first 3 results)', () => {
  it.each(frCases.map((c) => [c.q, c.expect, c.note ?? ''] as const))('fr %s', (q, expected) => {
    const hits = top('fr', q);
    expect(hits.some((h) => expected.includes(h)), `${q} -> ${hits.join(' | ')}`).toBe(true);
  });
  it.each(enCases.map((c) => [c.q, c.expect, c.note ?? ''] as const))('en %s', (q, expected) => {
    const hits = top('en', q);
    expect(hits.some((h) => expected.includes(h)), `${q} -> ${hits.join(' | ')}`).toBe(true);
  });
  it('has at least 30 cases per language', () => {
    expect(frCases.length).toBeGreaterThanOrEqual(30);
    expect(enCases.length).toBeGreaterThanOrEqual(30);
  });
});

describe('language handling', () => {
  it('ignores case and accents', () => {
    expect(fold('SÉANCE Œdème')).toBe('seance oedeme');
    expect(top('fr', 'SEANCE', 20)).toEqual(top('fr', 'séance', 20));
  });
  it('stems per language', () => {
    expect(term('fr', 'remboursé')).toBe(term('fr', 'remboursement'));
    expect(term('en', 'driving')).toBe(term('en', 'drive'));
    expect(term('en', 'pregnancy')).not.toBe(term('en', 'pregnancy') + 'x');
  });
  it('drops stop words per language', () => {
    expect(terms('fr', 'est-ce que je peux la prendre')).toEqual([term('fr', 'peux'), term('fr', 'prendre')]);
    expect(terms('en', 'can I take it')).toEqual([term('en', 'take')]);
  });
  it('tolerates one typo on words of 5 letters or more, none on shorter words', () => {
    expect(top('fr', 'fibromialgie', 1)[0]).toMatch(/fibromyalgia/);
    expect(top('en', 'fibromyalga', 1)[0]).toMatch(/fibromyalgia/);
    // "foie" (liver) is 4 letters: "foix" must not find it.
    expect(top('fr', 'foix', 20).filter((h) => /liver/.test(h))).toEqual([]);
  });
  it('matches a prefix on the last word only', () => {
    expect(top('fr', 'fibro', 1)[0]).toMatch(/fibromyalgia/);
    expect(top('en', 'fibro pain', 20).length).toBeGreaterThan(0);
  });
  it('adds the synonyms of a word or a phrase', () => {
    expect(queryTerms('fr', 'électrochocs').synonyms).toContain(term('fr', 'ECT'));
    expect(queryTerms('fr', 'addiction').synonyms).toContain(term('fr', 'dépendance'));
    expect(queryTerms('en', 'cost').synonyms).toEqual(expect.arrayContaining([term('en', 'price'), term('en', 'insurance')]));
    expect(queryTerms('fr', 'effets secondaires').synonyms).toContain(term('fr', 'indésirables'));
  });
  it('searches one language at a time', () => {
    expect(index.search('en', 'grossesse')).toEqual([]);
    expect(index.search('fr', 'conduire').every((h) => h.doc.locale === 'fr')).toBe(true);
  });
  it('ranks a heading match above a body match (field weights)', () => {
    expect(top('en', 'bladder', 1)[0]).toMatch(/bladder/);
  });
});

describe('snippets', () => {
  it('marks the matched words, keeps accents and punctuation, and cuts around the match', () => {
    const text = 'Un. Deux. Trois. Quatre. Cinq. Six. Sept. Huit. Ne conduisez pas avant le lendemain, après une nuit de sommeil. Fin.';
    const s = snippet('fr', text, [term('fr', 'conduisez')!], 10);
    expect(s.parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['conduisez']);
    expect(s.before).toBe(true);
    expect(s.parts.map((p) => p.text).join('')).toContain('lendemain, après');
  });
  it('cuts every section exactly as reading its words on each request did (prepared once at load)', () => {
    // The snippet before the words were prepared at load time, kept here as the reference.
    const reference = (locale: 'fr' | 'en', text: string, matched: string[], size = 28) => {
      const wanted = new Set(matched);
      const tokens: string[] = [];
      const wordAt: number[] = [];
      const hits: number[] = [];
      for (const m of text.matchAll(/([\p{L}\p{N}]+)|[^\p{L}\p{N}]+/gu)) {
        tokens.push(m[0]);
        if (m[1] === undefined) wordAt.push(-1);
        else {
          wordAt.push(hits.length);
          const t = term(locale, m[1]);
          hits.push(t !== null && wanted.has(t) ? 1 : 0);
        }
      }
      const within = (from: number) => hits.slice(from, from + size).reduce((a, b) => a + b, 0);
      let start = 0;
      let best = -1;
      for (let w = 0; w < hits.length; w++) {
        if (!hits[w]) continue;
        const from = Math.max(0, w - 4);
        const count = within(from);
        if (count > best) [best, start] = [count, from];
        if (count === size) break;
      }
      const end = Math.min(hits.length, start + size);
      const parts: {text: string; mark: boolean}[] = [];
      let inside = false;
      for (let i = 0; i < tokens.length; i++) {
        const w = wordAt[i];
        if (w === start) inside = true;
        if (!inside) continue;
        const mark = w >= 0 && hits[w] === 1;
        const prev = parts[parts.length - 1];
        if (prev && !prev.mark && !mark) prev.text += tokens[i];
        else parts.push({text: tokens[i], mark});
        if (w === end - 1) break;
      }
      return {parts, before: start > 0, after: end < hits.length};
    };
    let compared = 0;
    for (const [locale, cases] of [['fr', frCases], ['en', enCases]] as const) {
      for (const {q} of cases) {
        for (const hit of index.search(locale, q)) {
          expect(snippet(locale, hit.doc.body, hit.matched, undefined, hit.prepared)).toEqual(reference(locale, hit.doc.body, hit.matched));
          compared++;
        }
      }
    }
    // Sections with no matched word in their text, and the texts' edges, cut the same way too.
    for (const doc of docs.slice(0, 60)) {
      const ws = terms(doc.locale, doc.body);
      const matched = [ws[0], ws[ws.length - 1], 'zzzz'].filter(Boolean);
      expect(snippet(doc.locale, doc.body, matched)).toEqual(reference(doc.locale, doc.body, matched));
      expect(snippet(doc.locale, doc.body, [])).toEqual(reference(doc.locale, doc.body, []));
    }
    expect(compared).toBeGreaterThan(500);
  });
  it('marks words the engine matched in the results view', () => {
    const view = resultsView(index, 'fr', 'grossesse');
    expect(view.items[0].snippet.parts.some((p) => p.mark && /grossesse/i.test(p.text))).toBe(true);
  });
});

describe('bad input never breaks the search', () => {
  it('treats an empty or blank q as no query', () => {
    for (const q of [undefined, '', '   ', '\u0000\u0000', '\t\n']) expect(resultsView(index, 'fr', q).state).toBe('empty');
  });
  it('takes the first of repeated q', () => {
    expect(cleanQuery(['conduire', 'vessie']).query).toBe('conduire');
  });
  it(`cuts a 10,000-character q to ${MAX_QUERY_CHARS} characters and says so`, () => {
    const view = resultsView(index, 'en', 'driving '.repeat(1250));
    expect(view.truncated).toBe(true);
    expect([...view.query].length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
    expect(view.state).toBe('results');
  });
  it('searches <script>, SQL, regex characters, emoji, right-to-left text and null bytes as plain text', () => {
    const inputs = ['<script>alert(1)</script>', "' OR 1=1; DROP TABLE pages; --", '.*+?^${}()|[]\\', '(((', '🙂💊', 'مرحبا كيتامين', 'a\u0000b', '\ud800', '%E0%A4%A'];
    for (const q of inputs) {
      const view = resultsView(index, 'fr', q);
      // A lone surrogate is nothing once cleaned: the empty state.
      expect(['results', 'none', 'noWords', 'empty'], q).toContain(view.state);
      expect(view.query).not.toMatch(/\u0000/);
    }
    expect(resultsView(index, 'en', 'script alert').state).toBe('none');
  });
  it('says when only stop words were typed', () => {
    expect(resultsView(index, 'fr', 'est-ce que le').state).toBe('noWords');
    expect(resultsView(index, 'en', 'what is the').state).toBe('noWords');
  });
  it('offers the other language when only it matches', () => {
    const view = resultsView(index, 'en', 'grossesse');
    expect(view.state).toBe('none');
    expect(view.otherLanguageCount).toBeGreaterThan(0);
    expect(resultsView(index, 'fr', 'zzzxqw').otherLanguageCount).toBe(0);
  });
  it(`shows at most ${MAX_RESULTS} results, each linking to page#section in the current language`, () => {
    const view = resultsView(index, 'fr', 'kétamine séance perfusion');
    expect(view.items.length).toBeLessThanOrEqual(MAX_RESULTS);
    for (const item of view.items) expect(item.href).toMatch(/^\/fr(\/|$|#)/);
    expect(resultsView(index, 'fr', 'conduire').items.map((i) => i.href)).toContain('/fr/questions-frequentes#driving');
  });
});

describe('distress, money, conditions and countries (issue 21)', () => {
  const hrefs = (items: {href: string}[]) => items.map((i) => i.href);

  it.each([
    ['fr', 'mourir'], ['fr', 'je veux mourir'], ['fr', 'plus envie de vivre'], ['fr', 'en finir'], ['fr', 'suicidaire'],
    ['en', 'die'], ['en', 'I want to die'], ['en', 'end my life'], ['en', 'no reason to live'], ['en', 'suicidal'],
  ] as const)('%s "%s": the urgent-help block, then the sections that help, in order; never a spelling hint', (locale, q) => {
    const view = resultsView(index, locale, q);
    expect(view.crisis).toBe(true);
    expect(view.state).toBe('crisis');
    const paths = locale === 'fr'
      ? ['/fr/aide-urgente#if-you-are-in-danger', '/fr/risques-et-securite#suicidal-thoughts', '/fr/pour-les-proches#asking-about-suicide', '/fr/pour-les-proches#lines-for-relatives']
      : ['/en/urgent-help#if-you-are-in-danger', '/en/risks-and-safety#suicidal-thoughts', '/en/family-and-friends#asking-about-suicide', '/en/family-and-friends#lines-for-relatives'];
    expect(hrefs(view.help)).toEqual(paths);
    for (const h of view.help) expect(h.heading.length).toBeGreaterThan(3);
    // Other results never repeat a section already offered.
    for (const i of view.items) expect(paths).not.toContain(i.href);
  });

  it('"I want to die" lists no section matched only on "want"; "je veux mourir" none on "veux"', () => {
    const en = resultsView(index, 'en', 'I want to die');
    expect(en.items.filter((i) => i.snippet.parts.some((p) => p.mark && /^want/i.test(p.text)))).toEqual([]);
    const fr = resultsView(index, 'fr', 'je veux mourir');
    expect(fr.items.filter((i) => i.snippet.parts.some((p) => p.mark && /^veu/i.test(p.text)))).toEqual([]);
    // Nor on the everyday crisis word itself ("Die Dargebotene Hand", a Swiss line's name): only the sections that help.
    expect(en.items).toEqual([]);
    expect(fr.items).toEqual([]);
  });

  it('a crisis query keeps its other words: "overdose ketamine" also lists what the guide says on ketamine', () => {
    const view = resultsView(index, 'en', 'overdose ketamine');
    expect(view.state).toBe('crisis');
    expect(view.items.length).toBeGreaterThan(0);
  });

  it('every section offered to a person in distress exists in both languages', () => {
    for (const locale of ['fr', 'en'] as const) expect(resultsView(index, locale, 'suicide').help).toHaveLength(4);
  });

  it('money words of either language land on the cost answer, on either page', () => {
    expect(top('en', 'remboursement', 1)).toEqual(['faq#cost-and-reimbursement']);
    expect(top('fr', 'insurance', 1)).toEqual(['faq#cost-and-reimbursement']);
    expect(queryTerms('fr', 'prix').topics.figures).toBe(true);
    expect(queryTerms('fr', 'combien de seances').topics.figures).toBe(false);
  });

  it('the snippet of a money question shows the part of the section with amounts', () => {
    const text = 'Le remboursement dépend de votre pays et de votre caisse, et les règles changent souvent selon les cas. ' +
      'Il faut demander à l’hôpital ce qui sera pris en charge, par écrit, avant la première séance, et garder la réponse. ' +
      'Les règles sont longues à lire et nous les résumons ici en quelques mots simples pour vous aider. ' +
      'Aux États-Unis, les prix rapportés vont de 400 à 1 000 dollars la séance ; l’hôpital paie environ 200 € par pulvérisateur.';
    const matched = [term('fr', 'remboursement')!, term('fr', 'prix')!];
    const plain = snippet('fr', text, matched, undefined, prepareText('fr', text));
    const withFigures = snippet('fr', text, matched, undefined, prepareText('fr', text), true);
    const show = (sn: typeof plain) => sn.parts.map((p) => p.text).join('');
    expect(show(plain)).toMatch(/^Le remboursement/);
    expect(show(withFigures)).toMatch(/400 à 1 000 dollars/);
    expect(show(withFigures)).toMatch(/200 €/);
    expect(withFigures.parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['prix']);
  });

  it('a condition named ranks its pages above the general ones: "ketamin fibromialgie" on the English page', () => {
    const ranked = index.search('en', 'ketamin fibromialgie').map((h) => `${h.doc.page}#${h.doc.anchor}`);
    const firstFibro = ranked.findIndex((r) => r.startsWith('fibromyalgia'));
    const whatIs = ranked.indexOf('ketamine-assisted-therapy#what-is-ketamine');
    expect(firstFibro).toBeGreaterThanOrEqual(0);
    expect(firstFibro).toBeLessThan(whatIs < 0 ? Infinity : whatIs);
    expect(ranked.filter((r) => r.startsWith('fibromyalgia')).length).toBeGreaterThanOrEqual(2);
    expect(ranked.indexOf('fibromyalgia-options#ketamine')).toBeLessThan(whatIs < 0 ? Infinity : whatIs);
  });

  it('every country with crisis lines is reached by its name in its page language (Belgium and Switzerland once their lines are in)', async () => {
    const {crisisLines} = await import('@/content/data/crisis-lines');
    const names: Record<string, [string, string]> = {fr: ['France', 'France'], be: ['Belgique', 'Belgium'], ch: ['Suisse', 'Switzerland'],
      ca: ['Canada', 'Canada'], us: ['États-Unis', 'USA'], 'uk-ie': ['Royaume-Uni', 'UK']};
    const countries = [...new Set(crisisLines.map((l) => l.country as string))];
    expect(countries.length).toBeGreaterThanOrEqual(4);
    for (const c of countries) {
      const [fr, en] = names[c];
      expect(top('fr', fr), `${c} fr`).toEqual(expect.arrayContaining([expect.stringMatching(/^urgent-help#/)]));
      expect(top('en', en), `${c} en`).toEqual(expect.arrayContaining([expect.stringMatching(/^urgent-help#/)]));
    }
  });
});
