// Before `next build`: build the search index from the content (the same loader as the pages) and write
// it to .search/index.json, which the server reads once per process. Prints the build time and size.
// Run by `npm run build` (bundled with esbuild first, because the MDX toolchain is ESM-only).
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {buildDocuments} from '../_lib/search/documents';
import {SearchIndex} from '../_lib/search/engine';
import {indexFile} from '../_lib/search/store';

const started = performance.now();
const docs = buildDocuments();
const parsed = performance.now();
const index = SearchIndex.build(docs);
const json = JSON.stringify(index.toJSON());
const built = performance.now();
mkdirSync(path.dirname(indexFile()), {recursive: true});
writeFileSync(indexFile(), json);
const ms = (n: number) => `${Math.round(n)} ms`;
console.log(
  `search-index: ${docs.length} sections (fr ${docs.filter((d) => d.locale === 'fr').length}, en ${docs.filter((d) => d.locale === 'en').length}); ` +
    `content read in ${ms(parsed - started)}, indexed in ${ms(built - parsed)}; ${(json.length / 1024).toFixed(0)} KB written to ${path.relative(process.cwd(), indexFile())}`,
);
