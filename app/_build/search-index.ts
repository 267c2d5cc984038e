// Before `next build`: build the search index from the content (the same loader as the pages) and write
// it to build/search/index.json, which the server reads once per process. Prints the build time and size, and
// writes them to build/search/stats.json for `npm run bench`.
// Run by `npm run build` (bundled with esbuild first, because the MDX toolchain is ESM-only).
import {execFileSync} from 'node:child_process';
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {buildDocuments} from '../_lib/search/documents';
import {SearchIndex} from '../_lib/search/engine';
import {getSearchIndex, indexFile} from '../_lib/search/store';

const MB = 1048576;

/**
 * Run in a fresh process (node --expose-gc <this bundle> --measure-heap): the heap the server pays once it
 * has loaded the index as it does (store.ts), the sections' words for the snippets included. Nothing grows
 * after that: queries are neither cached nor added to any table.
 */
function measureHeap() {
  const gc = (globalThis as {gc?: () => void}).gc;
  if (!gc) throw new Error('search-index: --measure-heap needs node --expose-gc');
  const heap = () => { gc(); gc(); return process.memoryUsage().heapUsed; };
  const before = heap();
  const index = getSearchIndex();
  const loaded = heap() - before;
  process.stdout.write(JSON.stringify({heapBytes: loaded, sections: index.size}));
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
    {heapBytes: number; sections: number};
  if (heap.sections !== docs.length) throw new Error('search-index: the saved index does not load back');
  const stats = {
    sections: docs.length, readMs: Math.round(parsed - started), indexMs: Math.round(built - parsed), jsonBytes: Buffer.byteLength(json),
    heapBytes: heap.heapBytes,
  };
  writeFileSync(path.join(path.dirname(indexFile()), 'stats.json'), JSON.stringify(stats));
  const count = (l: string) => docs.filter((d) => d.locale === l).length;
  console.log(
    `search-index: ${docs.length} sections (fr ${count('fr')}, en ${count('en')}) built in ${stats.readMs + stats.indexMs} ms ` +
      `(content ${stats.readMs} ms, index ${stats.indexMs} ms); ${(stats.jsonBytes / 1024).toFixed(0)} KB written to ${path.relative(process.cwd(), indexFile())}; ` +
      `${(stats.heapBytes / MB).toFixed(1)} MB of heap once loaded, snippets' words included`,
  );
}

if (process.argv.includes('--measure-heap')) measureHeap();
else main();
