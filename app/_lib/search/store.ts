// The index of the running server: read once per process from the file `npm run build` writes
// (.search/index.json, built by app/_build/search-index.ts from the content loader), then kept in memory.
// Without that file (next dev, unit tests) it is built from the content on first use, once.
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {SearchIndex, type SerializedIndex} from './engine';

/** Where the build writes the index; derived from content/, so not committed (.gitignore). */
export const indexFile = () => path.join(process.cwd(), '.search', 'index.json');

let loaded: Promise<SearchIndex> | undefined;

/** The search index, loaded or built once per process. */
export function getSearchIndex(): Promise<SearchIndex> {
  loaded ??= load();
  loaded.catch(() => (loaded = undefined));
  return loaded;
}

async function load(): Promise<SearchIndex> {
  const file = indexFile();
  if (process.env.NODE_ENV === 'production' && existsSync(file)) {
    return SearchIndex.fromJSON(JSON.parse(readFileSync(file, 'utf8')) as SerializedIndex);
  }
  // Development and tests read the content as it is now, so an edited page is searchable on restart.
  const {buildDocuments} = await import('./documents');
  return SearchIndex.build(buildDocuments());
}
