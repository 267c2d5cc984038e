// Before `next build`: build the search index from the content (the same loader as the pages) and write
// it to build/search/index.json, which the server reads once per process. Prints the build time and size, and
// writes them to build/search/stats.json for `npm run bench`.
// Run by `npm run build` (bundled with esbuild first, because the MDX toolchain is ESM-only).
import {execFileSync} from 'node:child_process';
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {buildDocuments} from '../_lib/search/documents';
import {SearchIndex, type SerializedIndex} from '../_lib/search/engine';
import {forgetTermIds} from '../_lib/search/snippet';
import {indexFile} from '../_lib/search/store';

const MB = 1048576;

/**
 * Run in a fresh process (node --expose-gc <this bundle> --measure-heap): the memory the server pays for the
 * index once it has loaded it as it does (store.ts): the heap plus the array buffers (the sections' words for
 * the snippets live in typed arrays, outside the heap), term numbers included. The search code is compiled by a
 * first load, not counted: its bytecode and compiled expressions are paid once whatever the index holds, and
 * are kept or freed at V8's whim (they made this figure vary by 0.3 MB from one build to the next). Then the
 * median of three loads, each measured after collections given time to finish (one reading varies by about
 * 0.2 MB). Nothing grows after loading: queries are neither cached nor added to any table.
 */
async function measureHeap() {
  const gc = (globalThis as {gc?: () => void}).gc;
  if (!gc) throw new Error('search-index: --measure-heap needs node --expose-gc');
  const settle = async () => {
    for (let i = 0; i < 4; i++) { gc(); await new Promise((r) => setTimeout(r, 40)); }
    const m = process.memoryUsage();
    return {heap: m.heapUsed, buffers: m.arrayBuffers};
  };
  const load = () => SearchIndex.fromJSON(JSON.parse(readFileSync(indexFile(), 'utf8')) as SerializedIndex);
  load().search('fr', 'ketamine');
  const readings: {heapBytes: number; arrayBufferBytes: number; sections: number}[] = [];
  let index: SearchIndex | null = null;
  for (let i = 0; i < 3; i++) {
    index = null; // the previous load is let go before measuring the next
    forgetTermIds();
    const before = await settle();
    index = load();
    const after = await settle();
    readings.push({heapBytes: after.heap - before.heap + after.buffers - before.buffers, arrayBufferBytes: after.buffers - before.buffers, sections: index.size});
  }
  readings.sort((a, b) => a.heapBytes - b.heapBytes);
  process.stdout.write(JSON.stringify(readings[1]));
}

function main() {
  const started = performance.now();
  const docs = buildDocuments();
  const parsed = performance.now();
  const json = JSON.stringify(SearchIndex.build(docs).toJSON());
  const built = performance.now();
  mkdirSync(path.dirname(indexFile()), {recursive: true});
  writeFileSync(indexFile(), json);

  const self = process.argv[1];
  const heap = JSON.parse(execFileSync(process.execPath, ['--expose-gc', self, '--measure-heap'], {encoding: 'utf8'})) as
    {heapBytes: number; arrayBufferBytes: number; sections: number};
  if (heap.sections !== docs.length) throw new Error('search-index: the saved index does not load back');
  const stats = {
    sections: docs.length, readMs: Math.round(parsed - started), indexMs: Math.round(built - parsed), jsonBytes: Buffer.byteLength(json),
    heapBytes: heap.heapBytes, arrayBufferBytes: heap.arrayBufferBytes,
  };
  writeFileSync(path.join(path.dirname(indexFile()), 'stats.json'), JSON.stringify(stats));
  const count = (l: string) => docs.filter((d) => d.locale === l).length;
  console.log(
    `search-index: ${docs.length} sections (fr ${count('fr')}, en ${count('en')}) built in ${stats.readMs + stats.indexMs} ms ` +
      `(content ${stats.readMs} ms, index ${stats.indexMs} ms); ${(stats.jsonBytes / 1024).toFixed(0)} KB written to ${path.relative(process.cwd(), indexFile())}; ` +
      `${(stats.heapBytes / MB).toFixed(1)} MB in memory once loaded (heap and array buffers), snippets' words included`,
  );
}

if (process.argv.includes('--measure-heap')) await measureHeap();
else main();
