import type {Root, Heading, Link, PhrasingContent, Parent, Paragraph, Table} from 'mdast';
import type {VFile} from 'vfile';
import {visit} from 'unist-util-visit';
import {allowedTags, headingIdPattern, localizedProps} from './schema';
import {referenceByKey} from './data/references';
import {contraindicationItems, tagCitations, tagPropsError, type TagProps} from './tag-citations';
import {glossaryById} from './data/glossary';
import {keyFigureById} from './data/key-figures';
import {pageForInternalPath} from '../app/_i18n/pages';

export type HeadingInfo = {depth: number; id: string; text: string};
export type LinkInfo = {path: string; fragment?: string};
/** A tag as used on a page: its name and its props that are not words (a Callout's kind, not its title). */
export type TagUse = {name: string; props: Record<string, unknown>};
export type SiteData = {headings: HeadingInfo[]; citations: string[]; links: LinkInfo[]; tags: TagUse[]};

type JsxNode = {type: string; name: string | null; attributes: {type: string; name?: string; value?: unknown}[]; position?: {start: {line: number}}};

/** An error that names the file, the line and what is wrong, so a broken MDX file is easy to fix. */
export class ContentError extends Error {}

function fail(file: VFile, node: {position?: {start: {line: number}}} | undefined, message: string): never {
  const line = node?.position ? `:${node.position.start.line}` : '';
  throw new ContentError(`${file.path}${line}: ${message}`);
}

function plainText(nodes: PhrasingContent[]): string {
  return nodes.map((n) => ('value' in n ? String(n.value) : 'children' in n ? plainText(n.children as PhrasingContent[]) : '')).join('').trim();
}

/** A paragraph written just before a table as "Table: ..." (en) or "Tableau : ..." (fr) is its caption. */
const captionLine = /^(?:Table|Tableau)\s?:\s*/;

/**
 * Markdown tables read as labelled cards on phones (issue 19; app/globals.css, .card-table): each body cell
 * carries its column's header as data-label ("Force des preuves : "), and the first cell of a row is its
 * header (th scope="row"), the card's title.
 */
function labelCells(table: Table, file: VFile) {
  const [head, ...rows] = table.children;
  const sep = file.data.locale === 'fr' ? ' : ' : ': ';
  const labels = head.children.map((c) => plainText(c.children));
  for (const row of rows) {
    row.children.forEach((cell, i) => {
      cell.data = i === 0
        ? {...cell.data, hName: 'th', hProperties: {scope: 'row'}}
        : {...cell.data, hProperties: {dataLabel: labels[i] + sep}};
    });
  }
}

/**
 * Every markdown table needs a caption that says what it shows: the paragraph just before it, starting
 * with "Table:" / "Tableau :", becomes the table's <caption> (components/mdx/Table.tsx) and leaves the text.
 */
function captionTables(tree: Root, file: VFile) {
  const walk = (parent: Parent) => {
    for (let i = 0; i < parent.children.length; i++) {
      const node = parent.children[i];
      if (node.type === 'table') {
        const prev = parent.children[i - 1] as Paragraph | undefined;
        const text = prev?.type === 'paragraph' ? plainText(prev.children) : '';
        if (!captionLine.test(text)) fail(file, node, 'a table needs a caption: write "Table: what it shows" (fr: "Tableau : ...") on the line just before it, then a blank line');
        const t = node as Table;
        t.data = {...t.data, hProperties: {...(t.data as {hProperties?: object})?.hProperties, dataCaption: text.replace(captionLine, '').replace(/^\p{Ll}/u, (c) => c.toUpperCase())}} as Table['data'];
        labelCells(t, file);
        parent.children.splice(i - 1, 1);
        i--;
      } else if ('children' in node) walk(node as Parent);
    }
  };
  walk(tree);
}

/**
 * A citation mark never starts a line alone: the space between a word and its mark becomes a no-break space
 * ("word [3]"), and a mark right after the text or a tag (<Term>...) gets a word joiner ("word.[3]"). Between two
 * marks nothing changes, so that a run of them can still wrap in a narrow cell. Run twice, it changes nothing.
 */
function glueToText(siblings: unknown[] | undefined, index: number | undefined) {
  if (!siblings || !index) return;
  type Node = {type: string; value?: string; name?: string | null};
  const isCite = (n: Node | undefined) => n?.type === 'mdxJsxTextElement' && n.name === 'Cite';
  const before = siblings[index - 1] as Node;
  if (isCite(before)) return;
  if (before.type !== 'text') {
    siblings.splice(index, 0, {type: 'text', value: '\u2060'});
    return;
  }
  const text = before.value ?? '';
  if (/[\u00a0\u2060]$/.test(text)) return;
  if (!/\S/.test(text)) {
    if (index > 1 && !isCite(siblings[index - 2] as Node)) before.value = '\u00a0';
  } else {
    before.value = /[ \t\n]+$/.test(text) ? text.replace(/[ \t\n]+$/, '\u00a0') : `${text}\u2060`;
  }
}

/**
 * Site rules for MDX, checked while compiling: explicit heading ids ({/*id*\/} at the end of a heading),
 * registered tags only, known reference keys, internal links that name a page. Collects what the page
 * template needs (headings, citations in order of first use, internal links) into file.data.site.
 */
export default function remarkSite() {
  return (tree: Root, file: VFile) => {
    const data: SiteData = {headings: [], citations: [], links: [], tags: []};
    const seen = new Set<string>();
    captionTables(tree, file);
    visit(tree, (node, index, parent) => {
      if (node.type === 'heading') {
        const h = node as Heading;
        if (h.depth === 1) fail(file, h, 'a "#" heading: the page title comes from frontmatter "title"; use "##"');
        const last = h.children[h.children.length - 1] as unknown as {type: string; value?: string} | undefined;
        const m = last?.type === 'mdxTextExpression' ? /^\/\*\s*([^*]*?)\s*\*\/$/.exec(last.value ?? '') : null;
        if (!m) fail(file, h, `heading "${plainText(h.children)}" has no id: end it with {/*an-id*/}`);
        const id = m[1];
        if (!headingIdPattern.test(id)) fail(file, h, `heading id "${id}" must be lowercase kebab-case`);
        if (seen.has(id)) fail(file, h, `heading id "${id}" is used twice`);
        seen.add(id);
        h.children.pop();
        h.data = {...h.data, hProperties: {id}};
        data.headings.push({depth: h.depth, id, text: plainText(h.children)});
      } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        const el = node as unknown as JsxNode;
        if (!el.name || !(allowedTags as readonly string[]).includes(el.name)) fail(file, el, `unknown tag <${el.name ?? ''}>; allowed: ${allowedTags.join(', ')}`);
        const props = Object.fromEntries(el.attributes.filter((a) => a.name && !localizedProps.includes(a.name)).map((a) => [a.name, a.value ?? true]));
        data.tags.push({name: el.name, props});
        if (el.name === 'Cite') {
          const id = el.attributes.find((a) => a.name === 'id')?.value;
          if (typeof id !== 'string') fail(file, el, '<Cite> needs id="reference-key"');
          if (!referenceByKey.has(id)) fail(file, el, `<Cite id="${id}">: unknown reference key (see content/data/references.ts)`);
          if (!data.citations.includes(id)) data.citations.push(id);
          glueToText(parent?.children, index);
        } else if (el.name === 'Term') {
          const id = el.attributes.find((a) => a.name === 'id')?.value;
          if (typeof id !== 'string') fail(file, el, '<Term> needs id="glossary-id"');
          if (!glossaryById.has(id)) fail(file, el, `<Term id="${id}">: unknown glossary id (see content/data/glossary.ts)`);
        } else if (el.name === 'IconArray') {
          const id = el.attributes.find((a) => a.name === 'figure')?.value;
          if (typeof id !== 'string') fail(file, el, '<IconArray> needs figure="figure-id"');
          if (!keyFigureById.has(id)) fail(file, el, `<IconArray figure="${id}">: unknown figure (see content/data/key-figures.ts)`);
        } else {
          const props: TagProps = Object.fromEntries(el.attributes.filter((a) => a.name).map((a) => [a.name!, typeof a.value === 'string' ? a.value : a.value == null ? true : undefined]));
          if (el.name === 'Contraindications' && typeof props.only === 'string' && contraindicationItems(props.only).length !== props.only.split(',').length) {
            fail(file, el, `<Contraindications only="${props.only}">: unknown item id (see content/data/contraindications.ts)`);
          }
          const propsError = tagPropsError(el.name, props);
          if (propsError) fail(file, el, propsError);
          for (const key of tagCitations(el.name, props)) if (!data.citations.includes(key)) data.citations.push(key);
        }
      } else if (node.type === 'link') {
        const url = (node as Link).url;
        if (url.startsWith('/')) {
          const [path, fragment] = url.split('#');
          if (path.includes('?') || !pageForInternalPath(path)) fail(file, node as Link, `link to "${url}": not the internal path of a page (see app/_i18n/pages.ts)`);
          data.links.push({path, fragment});
        } else if (url.startsWith('#')) {
          data.links.push({path: '', fragment: url.slice(1)});
        } else if (!/^(https:|mailto:|tel:)/.test(url)) {
          fail(file, node as Link, `link to "${url}": use an internal path (/page#id), https:, mailto: or tel:`);
        }
      } else if (node.type === 'mdxjsEsm') {
        fail(file, node as {position?: {start: {line: number}}}, 'import/export is not allowed in content: tags are available without import');
      }
    });
    file.data.site = data;
  };
}
