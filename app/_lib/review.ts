// Review records of every page: the clock, the overdue rule, and the stylesheet that shows the overdue
// notice on pages that were prerendered before their review fell due.
//
// Why a stylesheet: pages are prerendered once per deployment and app/_build/static-pages.ts strips Next's
// client runtime from them. Regenerating pages daily (ISR) would bring them back with that runtime (130 KB of
// script, inline bootstrap scripts the strict Content-Security-Policy blocks) and change their caching. So
// each page carries its overdue notice in the HTML, hidden, with its due date (data-due). The small
// stylesheet /review-notices.css, computed from today's date on each request, reveals the notices whose
// due date has passed. No rebuild, no script, works with JavaScript off; if the stylesheet cannot load,
// the notice simply stays hidden.
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {locales, pageIds, patientPages, type Locale, type PageId} from '@/app/_i18n/pages';
import {contentRoot, parseFrontmatter} from '@/content/frontmatter';
import type {Frontmatter} from '@/content/schema';

export {today, reviewState, overdueCss, type ReviewState} from './review-dates';

export type PageRecord = {id: PageId; locale: Locale; file: string; patient: boolean; frontmatter: Frontmatter};

/** Every page's frontmatter in every locale (validated; no MDX compile), for reports and site-wide claims. */
export function pageRecords(root = contentRoot()): PageRecord[] {
  return locales.flatMap((locale) =>
    pageIds.map((id) => {
      const file = path.join(root, locale, `${id}.mdx`);
      const name = path.relative(process.cwd(), file) || file;
      const {frontmatter} = parseFrontmatter(readFileSync(file, 'utf8'), name, id);
      return {id, locale, file: name, patient: patientPages.includes(id), frontmatter};
    }),
  );
}
