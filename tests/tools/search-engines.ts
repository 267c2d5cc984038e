// One-off comparison of the two candidate engines on our content and our reader queries (issue 10).
// Run: npx esbuild tests/tools/search-engines.ts --bundle --platform=node --format=esm --packages=external \
//        --outfile=node_modules/.cache/search-engines.mjs && node --expose-gc node_modules/.cache/search-engines.mjs
import {create, insertMultiple, search, save} from '@orama/orama';
import {stemmer as frStemmer, language as frLanguage} from '@orama/stemmers/french';
import {stemmer as enStemmer, language as enLanguage} from '@orama/stemmers/english';
import {stopwords as frStop} from '@orama/stopwords/french';
import {stopwords as enStop} from '@orama/stopwords/english';
import {buildDocuments} from '../../app/_lib/search/documents';
import {SearchIndex, fieldBoost, queryTerms} from '../../app/_lib/search/engine';
import {frCases, enCases, type SearchCase} from '../unit/search-cases';

const docs = buildDocuments();
const cases = {fr: frCases, en: enCases} as const;
const heap = () => { (globalThis as {gc?: () => void}).gc?.(); return process.memoryUsage().heapUsed; };
const score = (name: string, run: (locale: 'fr' | 'en', q: string) => string[]) => {
  for (const locale of ['fr', 'en'] as const) {
    let top1 = 0, top3 = 0;
    const misses: string[] = [];
    const t = performance.now();
    for (const c of cases[locale] as SearchCase[]) {
      const hits = run(locale, c.q);
      if (c.expect.includes(hits[0])) top1++;
      if (hits.slice(0, 3).some((h) => c.expect.includes(h))) top3++; else misses.push(c.q);
    }
    const ms = (performance.now() - t) / cases[locale].length;
    console.log(`${name} ${locale}: top1 ${top1}/${cases[locale].length}, top3 ${top3}/${cases[locale].length}, ${ms.toFixed(2)} ms/query; misses: ${misses.join(' · ') || 'none'}`);
  }
};

// MiniSearch, as shipped.
let h0 = heap(); let t0 = performance.now();
const mini = SearchIndex.build(docs);
console.log(`MiniSearch: built in ${Math.round(performance.now() - t0)} ms, heap +${((heap() - h0) / 1048576).toFixed(1)} MB, JSON ${(JSON.stringify(mini.toJSON()).length / 1024).toFixed(0)} KB`);
score('MiniSearch', (l, q) => mini.search(l, q).map((h) => `${h.doc.page}#${h.doc.anchor}`));

// Orama, configured as close as it allows: same stemmers and stop words, same field weights, one typo.
h0 = heap(); t0 = performance.now();
const schema = {title: 'string', heading: 'string', question: 'string', body: 'string', ref: 'string'} as const;
const orama = {
  fr: create({schema, components: {tokenizer: {language: frLanguage, stemming: true, stemmer: frStemmer, stopWords: frStop}}}),
  en: create({schema, components: {tokenizer: {language: enLanguage, stemming: true, stemmer: enStemmer, stopWords: enStop}}}),
};
for (const l of ['fr', 'en'] as const) {
  insertMultiple(orama[l], docs.filter((d) => d.locale === l).map((d) => ({title: d.anchor ? '' : d.title, heading: d.heading, question: d.question, body: d.body, ref: `${d.page}#${d.anchor}`})));
}
const oramaSize = JSON.stringify({fr: save(orama.fr), en: save(orama.en)}).length;
console.log(`Orama: built in ${Math.round(performance.now() - t0)} ms, heap +${((heap() - h0) / 1048576).toFixed(1)} MB, JSON ${(oramaSize / 1024).toFixed(0)} KB`);
const runOrama = (l: 'fr' | 'en', q: string, withSynonyms: boolean) => {
  // Orama takes raw text; give it the synonyms as extra words (the same lists).
  const extra = withSynonyms ? queryTerms(l, q).synonyms.join(' ') : '';
  const r = search(orama[l], {term: `${extra} ${q}`.trim(), properties: ['title', 'heading', 'question', 'body'], boost: {...fieldBoost}, tolerance: 1, limit: 3}) as {hits: {document: {ref: string}}[]};
  return r.hits.map((h) => h.document.ref);
};
score('Orama', (l, q) => runOrama(l, q, true));
score('Orama without synonyms', (l, q) => runOrama(l, q, false));
