// The visible text of one page in one locale, for the text lock (text-lock.test.ts) and the spelling check
// (spelling.test.ts). The page is loaded by the loader the site uses (content/load.ts) and rendered with
// react-dom/server, as the page template renders it: title, summary, key points, the handout's questions, the
// MDX body with every data tag's component (tables, crisis lines, contraindications...) and the numbered
// references. The site's chrome (header, footer, dates, change log, feedback form) is left out: it is not
// the page's own text, and its dates change when the change log does.
import {renderToStaticMarkup} from 'react-dom/server';
import {loadPage} from '@/content/load';
import {mdxComponents} from '@/components/mdx/registry';
import {KeyPoints} from '@/components/content/KeyPoints';
import {References} from '@/components/content/References';
import type {Locale, PageId} from '@/app/_i18n/pages';
import type {Frontmatter} from '@/content/schema';

export type PageText = {
  /** Path of the MDX file, relative to the working folder. */
  file: string;
  /** One line per block (paragraph, list item, table cell, heading...), whitespace collapsed. */
  text: string;
  changes: NonNullable<Frontmatter['changes']>;
};

const blocks = /^<\/?(p|li|ul|ol|h[1-6]|div|section|aside|nav|header|footer|main|table|caption|thead|tbody|tr|td|th|dl|dt|dd|figure|figcaption|details|summary|blockquote|pre|br|hr|form|label|button|fieldset|legend)\b/i;
const entities: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0'};

/** Text of rendered HTML: scripts and styles dropped, one line per block, entities decoded. */
export function htmlText(html: string): string {
  const out: string[] = [];
  for (const m of html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, '').matchAll(/<[^>]*>|[^<]+/g)) {
    const tok = m[0];
    if (tok.startsWith('<')) {
      if (blocks.test(tok)) out.push('\n');
      continue;
    }
    out.push(tok.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) =>
      e[0] === '#' ? String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : entities[e.toLowerCase()] ?? all));
  }
  return out.join('').normalize('NFC').split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');
}

/** Load and render one page; `root` is a content folder (default: the project's). */
export async function pageText(locale: Locale, id: PageId, root?: string): Promise<PageText> {
  const page = await loadPage(locale, id, root);
  const {frontmatter: fm, Content, citations} = page;
  const html = renderToStaticMarkup(
    <>
      <h1>{fm.title}</h1>
      <p>{fm.summary}</p>
      <KeyPoints locale={locale} points={fm.keyPoints} />
      {fm.questions?.length ? <ul>{fm.questions.map((q) => <li key={q}>{q}</li>)}</ul> : null}
      <Content components={mdxComponents(locale, citations, id)} />
      <References locale={locale} citations={citations} />
    </>,
  );
  return {file: page.file, text: htmlText(html), changes: fm.changes ?? []};
}
