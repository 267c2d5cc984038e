// The index of the running server: read once per process from the file `npm run build` writes
// (build/search/index.json, built by app/_build/search-index.ts from the content loader), then kept in memory.
// Unit tests build their own from the content (documents.ts); the server never reads MDX.
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {SearchIndex, type SerializedIndex} from './engine';
import {searchDir} from '../build-output';

/** Where the build writes the index; derived from content/, so not committed (.gitignore). */
export const indexFile = (dir = process.cwd()) => path.join(searchDir(dir), 'index.json');

let loaded: SearchIndex | undefined;

/** The search index, loaded once per process (throws when the build wrote none: run npm run build). */
export function getSearchIndex(): SearchIndex {
  loaded ??= SearchIndex.fromJSON(JSON.parse(readFileSync(indexFile(), 'utf8')) as SerializedIndex);
  return loaded;
}
