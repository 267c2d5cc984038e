// In-process cost of one search answer (issue 23): `searchAnswer` (index, results, render, French spacing) over
// the reader queries of tests/unit/search-cases.ts and the bench's three queries, after a warm-up; and the cost
// of compressing the answers with the server's settings. Needs a finished build (the index and the shells).
// Run: npx esbuild tests/tools/search-timing.ts --bundle --platform=node --format=esm --packages=external \
//        --outfile=/tmp/search-timing.mjs && node /tmp/search-timing.mjs
import {brotliCompressSync, constants as zlib, deflateRawSync, gzipSync} from 'node:zlib';
import {searchAnswer, searchPageAnswer} from '../../app/_lib/search/respond';
import {getSearchIndex} from '../../app/_lib/search/store';
import * as render from '../../app/_lib/search/render';
import {frCases, enCases} from '../unit/search-cases';

const bench = [['fr', 'puis je conduire apres une seance'], ['en', 'is it addictive'], ['en', 'fibromyalga pain']] as const;
const queries: [string, string][] = [...frCases.map((c) => ['fr', c.q] as [string, string]), ...enCases.map((c) => ['en', c.q] as [string, string])];
const index = getSearchIndex();
// As the server starts (start.ts): the results' messages formatted in advance, where this version has that step.
(render as {warmSearchTexts?: (n: number) => void}).warmSearchTexts?.(Math.max(index.sections('fr'), index.sections('en')));

// Wall time per answer (median, p90, p99: other processes on the machine show there) and the process's CPU
// time per answer over the whole run (what a shared machine disturbs least).
function time(label: string, list: readonly (readonly [string, string])[], rounds: number, answer: (l: string, q: string[]) => unknown = searchAnswer) {
  for (const [l, q] of list) answer(l, [q]);
  const per: number[] = [];
  const cpu = process.cpuUsage();
  for (let r = 0; r < rounds; r++) {
    for (const [l, q] of list) {
      const t = process.hrtime.bigint();
      answer(l, [q]);
      per.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
  }
  const used = process.cpuUsage(cpu);
  per.sort((a, b) => a - b);
  const at = (p: number) => per[Math.min(per.length - 1, Math.floor(p * per.length))];
  console.log(`${label}: ${per.length} answers, CPU ${((used.user + used.system) / 1e3 / per.length).toFixed(3)} ms each; wall median ${at(0.5).toFixed(3)}, p90 ${at(0.9).toFixed(3)}, p99 ${at(0.99).toFixed(3)} ms`);
}

time('reader queries (fr+en), whole page', queries, 20);
time('bench queries, whole page', bench, 300);
// What the server calls: the page after the shell's constant start (its first part, sent as it is).
time('reader queries (fr+en), as the server', queries, 20, searchPageAnswer);
time('bench queries, as the server', bench, 300, searchPageAnswer);

// Compression of the three bench answers, with each setting (what the server does per request).
const bodies = bench.map(([l, q]) => Buffer.from(searchAnswer(l, [q]).body));
const settings: [string, (b: Buffer) => Uint8Array][] = [
  ['gzip 1', (b) => gzipSync(b, {level: 1})],
  ['gzip 4', (b) => gzipSync(b, {level: 4})],
  ['brotli 1', (b) => brotliCompressSync(b, {params: {[zlib.BROTLI_PARAM_QUALITY]: 1, [zlib.BROTLI_PARAM_SIZE_HINT]: b.length}})],
  ['brotli 3', (b) => brotliCompressSync(b, {params: {[zlib.BROTLI_PARAM_QUALITY]: 3, [zlib.BROTLI_PARAM_SIZE_HINT]: b.length}})],
  ['brotli 4', (b) => brotliCompressSync(b, {params: {[zlib.BROTLI_PARAM_QUALITY]: 4, [zlib.BROTLI_PARAM_SIZE_HINT]: b.length}})],
];
const tails = bench.map(([l, q]) => {
  const {body} = searchPageAnswer(l, [q]);
  return Buffer.from(typeof body === 'string' ? body : body.tail);
});
console.log(`answers: ${bodies.map((b) => b.length).join(', ')} bytes; after the shell's constant start: ${tails.map((b) => b.length).join(', ')}`);
settings.push(['gzip 4, tail only (the start compressed once)', (b) => deflateRawSync(tails[bodies.findIndex((x) => x === b)], {level: 4})]);
for (const [name, fn] of settings) {
  for (const b of bodies) fn(b);
  const n = 200;
  const t = process.cpuUsage();
  let size = 0;
  for (let i = 0; i < n; i++) for (const b of bodies) size += fn(b).length;
  const used = process.cpuUsage(t);
  const ms = (used.user + used.system) / 1e3 / (n * bodies.length);
  console.log(`${name}: ${ms.toFixed(3)} ms CPU per answer, ${Math.round(size / (n * bodies.length))} bytes${name.includes('tail') ? ' (+ the start\'s 6,019 B made once)' : ''}`);
}
