// The searchable units: one per section of every page (## and ### headings with their ids, and the text
// before the first heading), in each locale. Read with the loader the pages use (content/load.ts: same
// files, same frontmatter checks) and the same MDX parser; the tables' text comes from content/data.
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {createProcessor} from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import {toString} from 'mdast-util-to-string';
import {translator} from '../../_i18n/messages';
import {retentionText} from '../feedback/retention';
import type {RootContent, Root} from 'mdast';
import {checkContentTree, contentRoot, parseFrontmatter} from '../../../content/load';
import {sideEffects} from '../../../content/data/side-effects';
import {fibromyalgiaEvidence} from '../../../content/data/fibromyalgia-evidence';
import {crisisLines} from '../../../content/data/crisis-lines';
import {optionSets, type OptionSet} from '../../../content/data/treatment-options';
import {otherHelp} from '../../../content/data/other-help';
import {glossary} from '../../../content/data/glossary';
import {contraindicationItems, dataTagText} from '../../../content/tag-citations';
import {locales, pageIds, type Locale, type PageId} from '../../_i18n/pages';
import {frenchSpacing} from '../../_build/french-typography.mjs';

/** One section of one page in one locale. */
export type SearchDoc = {
  /** `${locale}:${page}#${anchor}`, unique. */
  id: string;
  locale: Locale;
  page: PageId;
  /** The heading id ('' for the text before the first heading). */
  anchor: string;
  /** Page title (frontmatter). */
  title: string;
  /** Section heading; for a ### section, its ## parent first ("Sécurité › Peut-on devenir dépendant ?"). */
  heading: string;
  /** FAQ questions (### headings of the FAQ page) and glossary terms, weighted above body text. */
  question: string;
  /** Plain text of the section, tables included. */
  body: string;
};

/** Text of the data-driven tags, so their rows are searchable in the section that shows them. */
function tagText(name: string | null, locale: Locale, only: string | undefined, props: Record<string, string | true | undefined> = {}): string {
  switch (name) {
    case 'Contraindications':
      return contraindicationItems(only).map((c) => `${c.label[locale]}. ${c.text[locale]}`).join(' ');
    case 'OptionsTable':
      return optionSets[(props.set as OptionSet) in optionSets ? (props.set as OptionSet) : 'depression']
        .map((o) => [o.name, o.how, o.involves, o.helps, o.risks, o.certainty, o.france].map((f) => f?.[locale] ?? '').join(' ')).join(' ');
    case 'OtherHelp':
      return otherHelp.map((s) => [s.name[locale], ...(s.phones ?? []).map((p) => p.display), s.web ?? '', s.what[locale]].join(' ')).join(' ');
    case 'SideEffectsTable':
      return sideEffects.map((r) => r.effect[locale]).join('. ');
    case 'EvidenceTable':
      return fibromyalgiaEvidence.map((r) => [r.design, r.patients, r.given, r.found, r.followUp].map((f) => f[locale]).join('. ')).join('. ');
    case 'RetentionPeriod':
      return retentionText(locale);
    case 'UrgentHelp': {
      // With each line's country as the block shows it, so that "Canada" or "Royaume-Uni" finds its numbers.
      const country = (c: string) => (translator(locale, 'UrgentHelp') as (key: string) => string)(`countries.${c}`);
      return crisisLines.map((l) => `${country(l.country)} ${l.display} ${l.name[locale]}`).join('. ');
    }
    default:
      return dataTagText(name, locale, props);
  }
}

/** Plain text of a block, with the text of the data tags and callout titles, citations left out. */
function blockText(node: RootContent, locale: Locale): string {
  const parts: string[] = [];
  const walk = (n: RootContent | Root) => {
    if (n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') {
      const el = n as unknown as {name: string | null; attributes: {name?: string; value?: unknown}[]; children: RootContent[]};
      if (el.name === 'Cite') return;
      const title = el.attributes.find((a) => a.name === 'title')?.value;
      if (typeof title === 'string') parts.push(title + '.');
      const only = el.attributes.find((a) => a.name === 'only')?.value;
      const props = Object.fromEntries(el.attributes.filter((a) => a.name && typeof a.value === 'string').map((a) => [a.name!, a.value as string]));
      const data = tagText(el.name, locale, typeof only === 'string' ? only : undefined, props);
      if (data) parts.push(data);
      el.children.forEach(walk);
      return;
    }
    if (n.type === 'mdxFlowExpression' || n.type === 'mdxTextExpression' || n.type === 'mdxjsEsm') return;
    if ('value' in n && typeof n.value === 'string' && (n.type === 'text' || n.type === 'inlineCode')) parts.push(n.value);
    if ('children' in n) (n.children as RootContent[]).forEach(walk);
    if (n.type === 'paragraph' || n.type === 'listItem' || n.type === 'tableCell' || n.type === 'heading') parts.push(' ');
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').replace(/\s+([.,)])/g, '$1').trim();
}

const processor = createProcessor({remarkPlugins: [remarkGfm]});

/** The sections of one MDX source. */
export function sectionsOf(source: string, file: string, locale: Locale, page: PageId): SearchDoc[] {
  const {frontmatter, body} = parseFrontmatter(source, file, page);
  const tree = processor.parse(body) as Root;
  const docs: SearchDoc[] = [];
  let current: SearchDoc = {id: '', locale, page, anchor: '', title: frontmatter.title, heading: '', question: '', body: frontmatter.summary};
  let parentH2 = '';
  const push = () => {
    current.id = `${locale}:${page}#${current.anchor}`;
    current.body = current.body.trim();
    if (current.body || current.heading || current.question) docs.push(current);
  };
  // A fold-out (<details>) is read as if its content stood in the page: its headings open their own sections,
  // so a result links to the heading inside the fold-out, which the browser opens on arrival (issue 19).
  // Its label (<summary>, alone on its line: a paragraph holding the tag) is the site's words, not the page's.
  const isTag = (n: RootContent, name: string) => (n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && (n as unknown as {name: string | null}).name === name;
  const isLabel = (n: RootContent) => isTag(n, 'summary') || (n.type === 'paragraph' && n.children.every((c) => isTag(c as RootContent, 'summary') || (c.type === 'text' && !c.value.trim())));
  const nodes = tree.children.flatMap((n) => (isTag(n, 'details') ? (n as unknown as {children: RootContent[]}).children.filter((c) => !isLabel(c)) : [n]));
  for (const node of nodes) {
    if (node.type === 'heading' && (node.depth === 2 || node.depth === 3)) {
      const last = node.children[node.children.length - 1] as unknown as {type: string; value?: string};
      const m = last?.type === 'mdxTextExpression' ? /^\/\*\s*([^*]*?)\s*\*\/$/.exec(last.value ?? '') : null;
      if (!m) continue; // the loader rejects such a file when the pages build
      const text = toString({type: 'root', children: node.children.slice(0, -1)} as Root).trim();
      push();
      if (node.depth === 2) parentH2 = text;
      const isQuestion = page === 'faq' && node.depth === 3;
      const heading = node.depth === 3 && parentH2 ? `${parentH2} › ${text}` : text;
      current = {id: '', locale, page, anchor: m[1], title: frontmatter.title,
        heading: isQuestion ? parentH2 : heading, question: isQuestion ? text : '', body: ''};
      continue;
    }
    const text = blockText(node, locale);
    if (text) current.body += (current.body ? ' ' : '') + text;
  }
  push();
  return docs;
}

/**
 * One unit per glossary entry, at its own #id on the glossary page: the term weighted as a question, the
 * definition as body. The glossary page's last section, which holds <GlossaryList />, gives the heading.
 */
function glossaryDocs(locale: Locale, sections: SearchDoc[]): SearchDoc[] {
  const list = sections.filter((d) => d.page === 'glossary').at(-1);
  if (!list) return [];
  return glossary.map((e) => ({
    id: `${locale}:glossary#${e.id}`, locale, page: 'glossary' as PageId, anchor: e.id, title: list.title, heading: list.heading,
    question: e.term[locale], body: [e.expansion?.[locale], e.definition[locale]].filter(Boolean).join('. '),
  }));
}

/** Every section of every page in both locales, read from content/<locale>/<page>.mdx, and the glossary's entries. */
export function buildDocuments(root = contentRoot()): SearchDoc[] {
  checkContentTree(root);
  return locales.flatMap((locale) => {
    const sections = pageIds.flatMap((page) => {
      const file = path.join(root, locale, `${page}.mdx`);
      return sectionsOf(readFileSync(file, 'utf8'), path.relative(process.cwd(), file), locale, page);
    });
    const docs = [...sections, ...glossaryDocs(locale, sections)];
    // French text as the pages show it (no-break spaces before ? ! ; : » %, after «, in 40 mg...): applied once
    // here, so a results page only spaces the words it adds (render.ts), and a snippet cut between a number and
    // its unit keeps them together.
    return locale === 'fr'
      ? docs.map((d) => ({...d, title: frenchSpacing(d.title), heading: frenchSpacing(d.heading), question: frenchSpacing(d.question), body: frenchSpacing(d.body)}))
      : docs;
  });
}
