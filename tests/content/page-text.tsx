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
import {siteUrl} from '@/app/_lib/site';

export type PageText = {
  /** Path of the MDX file, relative to the working folder. */
  file: string;
  /** One line per block (paragraph, list item, table cell, heading...), whitespace collapsed. */
  text: string;
  /**
   * The same in runs of one language (a page can quote the other one, e.g. the referral emails), without the
   * reference lists (the page's numbered references and the sources page's bibliography), whose titles and
   * authors are quoted as published. For the spelling check.
   */
  prose: () => {lang: string; text: string}[];
  changes: NonNullable<Frontmatter['changes']>;
};

const blocks = /^(p|li|ul|ol|h[1-6]|div|section|aside|nav|header|footer|main|table|caption|thead|tbody|tr|td|th|dl|dt|dd|figure|figcaption|details|summary|blockquote|pre|br|hr|form|label|button|fieldset|legend|select|option|optgroup)$/;
const voids = /^(area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/;
const entities: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0'};
const decode = (s: string) => s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) =>
  e[0] === '#' ? String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : entities[e.toLowerCase()] ?? all);
// A word joiner (U+2060, the glue before a citation mark) is typography, not text.
const tidy = (s: string) => s.normalize('NFC').replace(/\u2060/g, '').split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');

/**
 * The text of rendered HTML in runs of one language (the nearest `lang` attribute, else `locale`): scripts and
 * styles dropped, one line per block, entities decoded. Elements shown as blocks by a class, and icons hidden
 * from screen readers, are kept apart from the words around them.
 */
export function htmlSegments(html: string, locale: string): {lang: string; text: string}[] {
  const runs: {lang: string; text: string}[] = [];
  const stack: {name: string; lang: string; apart: string}[] = [];
  const add = (lang: string, text: string) => {
    const last = runs.at(-1);
    if (last && last.lang === lang) last.text += text;
    else runs.push({lang, text});
  };
  const langNow = () => stack.at(-1)?.lang ?? locale;
  for (const m of html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, '').matchAll(/<[^>]*>|[^<]+/g)) {
    const tok = m[0];
    if (!tok.startsWith('<')) { add(langNow(), decode(tok)); continue; }
    const tag = /^<(\/?)([a-zA-Z][\w-]*)/.exec(tok);
    if (!tag) continue;
    const [, closing, name] = tag;
    if (closing) {
      const i = stack.map((e) => e.name).lastIndexOf(name);
      const apart = i >= 0 ? stack[i].apart : blocks.test(name.toLowerCase()) ? '\n' : '';
      if (i >= 0) stack.length = i;
      add(langNow(), apart);
      continue;
    }
    const apart = blocks.test(name.toLowerCase()) ? '\n' : /\baria-hidden="true"|\bclass="[^"]*\bblock\b/.test(tok) ? ' ' : '';
    add(langNow(), apart);
    if (!voids.test(name.toLowerCase()) && !tok.endsWith('/>')) stack.push({name, lang: /\blang="([^"]+)"/.exec(tok)?.[1] ?? langNow(), apart});
  }
  return runs.map((r) => ({lang: r.lang, text: tidy(r.text)})).filter((r) => r.text);
}

/** The text of rendered HTML, all languages together (see htmlSegments). */
export function htmlText(html: string): string {
  return htmlSegments(html, '').map((r) => r.text).join('\n');
}

/** Load and render one page; `root` is a content folder (default: the project's). */
export async function pageText(locale: Locale, id: PageId, root?: string): Promise<PageText> {
  const page = await loadPage(locale, id, root);
  const {frontmatter: fm, Content, citations} = page;
  const components = mdxComponents(locale, citations, id);
  const body = (withReferences: boolean) => renderToStaticMarkup(
    <>
      <h1>{fm.title}</h1>
      <p>{fm.summary}</p>
      <KeyPoints locale={locale} points={fm.keyPoints} />
      {fm.questions?.length ? <ul>{fm.questions.map((q) => <li key={q}>{q}</li>)}</ul> : null}
      <Content components={withReferences ? components : {...components, Bibliography: () => null}} />
      {withReferences && <References locale={locale} citations={citations} />}
    </>,
  );
  // The site's own address (SITE_URL) is written out in full on some pages: it counts as one placeholder, so
  // the fingerprint does not depend on where the tests run.
  const anywhere = (t: string) => t.split(siteUrl).join('{site}');
  return {
    file: page.file,
    text: anywhere(htmlText(body(true))),
    prose: () => htmlSegments(body(false), locale).map((r) => ({...r, text: anywhere(r.text)})),
    changes: fm.changes ?? [],
  };
}
