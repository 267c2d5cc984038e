import {readFileSync, readdirSync, statSync, existsSync} from 'node:fs';
import path from 'node:path';
import {compile, run} from '@mdx-js/mdx';
import * as runtime from 'react/jsx-runtime';
import remarkGfm from 'remark-gfm';
import {VFile} from 'vfile';
import type {MDXContent} from 'mdx/types';
import type {Frontmatter} from './schema';
import remarkSite, {ContentError, type SiteData} from './remark-site';
import {contentRoot, parseFrontmatter, rel} from './frontmatter';
import {locales, pageIds, type Locale, type PageId} from '../app/_i18n/pages';

export {contentRoot, parseFrontmatter};

/** Everything the page template needs from one content file. */
export type LoadedPage = SiteData & {
  id: PageId;
  locale: Locale;
  file: string;
  frontmatter: Frontmatter;
  Content: MDXContent;
};

/** Check that content/<locale>/ holds exactly one file per page id and locale. */
export function checkContentTree(root = contentRoot()): void {
  const problems: string[] = [];
  for (const locale of locales) {
    const dir = path.join(root, locale);
    const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.mdx')) : [];
    for (const f of files) {
      const id = f.replace(/\.mdx$/, '');
      if (!pageIds.includes(id as PageId)) problems.push(`${rel(path.join(dir, f))}: unknown page id "${id}" (add it to app/_i18n/pages.ts or rename the file)`);
    }
    for (const id of pageIds) {
      if (!files.includes(`${id}.mdx`)) {
        const other = locales.find((l) => l !== locale)!;
        problems.push(`${rel(path.join(dir, id + '.mdx'))}: missing (the ${locale} version of content/${other}/${id}.mdx)`);
      }
    }
  }
  if (problems.length) throw new ContentError(problems.join('\n'));
}

const cache = new Map<string, {mtime: number; page: Promise<LoadedPage>}>();

/** Load, validate and compile one page. Cached per file version, so metadata and page share one compile. */
export function loadPage(locale: Locale, id: PageId, root = contentRoot()): Promise<LoadedPage> {
  const file = path.join(root, locale, `${id}.mdx`);
  if (!existsSync(file)) {
    return Promise.reject(new ContentError(`${rel(file)}: missing (every page needs a file in each locale)`));
  }
  const mtime = statSync(file).mtimeMs;
  const hit = cache.get(file);
  if (hit && hit.mtime === mtime) return hit.page;
  const page = compilePage(locale, id, file);
  cache.set(file, {mtime, page});
  page.catch(() => cache.delete(file));
  return page;
}

async function compilePage(locale: Locale, id: PageId, file: string): Promise<LoadedPage> {
  return compileSource(readFileSync(file, 'utf8'), rel(file), locale, id);
}

/** Validate and compile MDX source; `name` is the file name used in error messages. */
export async function compileSource(source: string, name: string, locale: Locale, id: PageId): Promise<LoadedPage> {
  const {frontmatter, body, offset} = parseFrontmatter(source, name, id);
  // Pad with blank lines so error line numbers match the file.
  const vfile = new VFile({value: '\n'.repeat(offset) + body, path: name});
  vfile.data.locale = locale;
  let code;
  try {
    code = await compile(vfile, {outputFormat: 'function-body', remarkPlugins: [remarkGfm, remarkSite], development: false});
  } catch (e) {
    if (e instanceof ContentError) throw e;
    const err = e as {line?: number; reason?: string; message: string};
    throw new ContentError(`${name}${err.line ? ':' + err.line : ''}: MDX syntax error: ${err.reason ?? err.message}`);
  }
  const mod = await run(code, {...runtime, baseUrl: import.meta.url});
  const site = (vfile.data as {site: SiteData}).site;
  return {id, locale, file: name, frontmatter, Content: mod.default, ...site};
}
