// Spelling: every word of every page's visible text (tests/content/page-text.tsx, reference lists left out)
// is known to the locale's Hunspell dictionary or to the project's word list, content/words.txt.
import {beforeAll, describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import {locales, pageIds, type Locale} from '@/app/_i18n/pages';
import {references} from '@/content/data/references';
import fr from '@/messages/fr.json';
import en from '@/messages/en.json';
import {pageText} from './page-text';
import {inWordList, parseWordList, readings, tokens, unknownWords, wordsFile} from './spelling';

describe('spelling: the rules', () => {
  it('reads words, leaving out addresses, tokens with digits and single letters', () => {
    expect(tokens('See https://example.org/a-b and www.x.fr, doi 10.1000/xyz-1, SUSTAIN-1, le 1er, 24 h/24: l’équipe’s co-op.'))
      .toEqual(['See', 'and', 'doi', 'le', 'l’équipe’s', 'co-op']);
    expect(tokens('site : sos-amitie.com, canada.ca/mental-health, /fr/risques#who-should-not, ?utm_source=x (/handout), mg/kg, et/ou'))
      .toEqual(['site', 'mg', 'kg', 'et', 'ou']);
  });

  it('elision, possessive and hyphen give other readings', () => {
    expect(readings('l’eskétamine', 'fr')).toEqual([['l’eskétamine'], ['eskétamine']]);
    expect(readings('qu’elle', 'fr')).toEqual([['qu’elle'], ['elle']]);
    expect(readings('ketamine’s', 'en')).toEqual([['ketamine’s'], ['ketamine']]);
    expect(readings('artério-veineuse', 'fr')).toEqual([['artério-veineuse'], ['artério', 'veineuse']]);
    expect(readings('l’art', 'en')).toEqual([['l’art']]);
  });

  it('the word list: comments, words kept to one language, and lower-case entries that also match capitalised', () => {
    const text = '# names\nSpravato\nmidazolam # a drug\n\nfr: Lifeline\nen: arrêté\n';
    expect([...parseWordList(text, 'fr')]).toEqual(['Spravato', 'midazolam', 'Lifeline']);
    const list = parseWordList(text, 'en');
    expect([...list]).toEqual(['Spravato', 'midazolam', 'arrêté']);
    expect(inWordList('Midazolam', list)).toBe(true);
    expect(inWordList('MIDAZOLAM', list)).toBe(false);
    expect(inWordList('spravato', list)).toBe(false);
  });

  it('finds misspellings in each language, and accepts the word list', async () => {
    const [fr] = await unknownWords('fr', ['Les personnes sont entréés dans l’étude ; l’eskétamine aujourd’hui, c’est-à-dire quelqu’un.'], new Set(['eskétamine']));
    expect(fr).toEqual(['entréés']);
    const [en] = await unknownWords('en', ['The esketamine’s effect was recieved by people on a well-known anaesthetic.'], new Set(['esketamine']));
    expect(en).toEqual(['recieved']);
  }, 120_000);
});

describe('spelling: every page', () => {
  const words = readFileSync(wordsFile(), 'utf8');
  const files = new Map<string, string>();
  /** Each page's text in runs of one language, by `${locale}/${id}`. */
  const prose = new Map<string, {lang: string; text: string}[]>();
  /** Unknown words per page, each run checked in its own language. */
  const unknown = new Map<string, string[]>();
  beforeAll(async () => {
    for (const locale of locales) {
      for (const id of pageIds) {
        const page = await pageText(locale, id);
        files.set(`${locale}/${id}`, page.file);
        prose.set(`${locale}/${id}`, page.prose());
      }
    }
    for (const lang of locales) {
      const runs = [...prose].flatMap(([key, segments]) => segments.filter((r) => r.lang === lang).map((r) => ({key, text: r.text})));
      const found = await unknownWords(lang, runs.map((r) => r.text), parseWordList(words, lang));
      runs.forEach((r, i) => unknown.set(r.key, [...new Set([...(unknown.get(r.key) ?? []), ...found[i]])]));
    }
  }, 180_000);

  describe.each(locales)('%s', (locale) => {
    it.each(pageIds)('%s', (id) => {
      const key = `${locale}/${id}`;
      const file = files.get(key)!;
      expect(prose.get(key)!.map((r) => r.lang).filter((l) => !(locales as readonly string[]).includes(l)), `${file}: text in a language the check has no dictionary for`).toEqual([]);
      expect(unknown.get(key) ?? [], `${file}: unknown words. Fix the spelling, or add a real word (a name, a drug, an acronym) to content/words.txt`).toEqual([]);
    });
  });
});

describe("spelling: the references' own words", () => {
  // The reference lists are left out of the pages' text (authors and titles are quoted as published), but a
  // plain description standing in for an unverified title, and a note, are ours: checked here in each language.
  it.each(locales)('%s', async (locale) => {
    const list = parseWordList(readFileSync(wordsFile(), 'utf8'), locale);
    const texts = references.flatMap((r) => [
      ...(typeof r.title === 'string' ? [] : [{key: r.key, text: r.title[locale]}]),
      ...(r.note ? [{key: r.key, text: r.note[locale]}] : []),
    ]);
    expect(texts.length).toBeGreaterThan(0);
    const found = await unknownWords(locale, texts.map((t) => t.text), list);
    const problems = texts.flatMap((t, i) => (found[i].length ? [`${t.key}: ${found[i].join(', ')}`] : []));
    expect(problems, 'content/data/references.ts: unknown words. Fix the spelling, or add a real word to content/words.txt').toEqual([]);
  }, 120_000);
});

describe('spelling: the interface messages (messages/*.json)', () => {
  /** Every string of a messages file with its key, ICU arguments and rich-text tags taken out. */
  const strings = (o: unknown, key = ''): {key: string; text: string}[] =>
    typeof o === 'string'
      ? [{key, text: o.replace(/<\/?\w+>/g, ' ').replace(/\{\s*\w+\s*,\s*(?:plural|select|selectordinal)\s*,/g, ' ').replace(/(?:=\d+|\b(?:zero|one|two|few|many|other))\s*\{/g, ' ').replace(/\{\s*\w+\s*\}/g, ' ').replace(/[{}#]/g, ' ')}]
      : o && typeof o === 'object' ? Object.entries(o).flatMap(([k, v]) => strings(v, key ? `${key}.${k}` : k)) : [];

  it('reads the text of an ICU message', () => {
    expect(strings({a: {b: 'Version : <time>{date}</time> · {count, plural, =0 {aucune modification} one {# modification} other {# modifications}}'}}))
      .toEqual([{key: 'a.b', text: expect.stringMatching(/^Version : \s+ · \s+aucune modification\s+modification\s+modifications\s+$/)}]);
  });

  it.each([['fr', fr], ['en', en]] as const)('%s', async (locale, messages) => {
    // The link to the other language is written in that language, on purpose.
    const texts = strings(messages).filter((t) => !t.key.startsWith('Header.languageLink'));
    const found = await unknownWords(locale, texts.map((t) => t.text), parseWordList(readFileSync(wordsFile(), 'utf8'), locale));
    const problems = texts.flatMap((t, i) => (found[i].length ? [`${t.key}: ${found[i].join(', ')}`] : []));
    expect(problems, `messages/${locale}.json: unknown words. Fix the spelling, or add a real word to content/words.txt`).toEqual([]);
  }, 120_000);
});
