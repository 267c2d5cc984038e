import {describe, expect, it} from 'vitest';
import {renderToStaticMarkup} from 'react-dom/server';
import {loadPage} from '@/content/load';
import {mdxComponents} from '@/components/mdx/registry';
import {locales, pageIds, type PageId} from '@/app/_i18n/pages';
import {glossary} from '@/content/data/glossary';
import {proseWithTerms, firstUse} from './glossary-check';

const checked = pageIds.filter((id) => id !== 'glossary');

describe('glossary terms are marked at their first use', () => {
  it('finds the first use and its mark in rendered text', () => {
    const entry = glossary.find((g) => g.id === 'placebo')!;
    const marked = proseWithTerms('<h2>Placebo</h2><p>A <a href="/x"><dfn data-term="placebo">placebo</dfn></a>, then placebo.</p>');
    expect(firstUse(entry, 'en', marked)?.marked).toBe(true);
    const unmarked = proseWithTerms('<p>A <a href="/x">placebo link</a> and a placebo, then <a href="/g"><dfn data-term="placebo">placebo</dfn></a>.</p>');
    expect(firstUse(entry, 'en', unmarked)?.marked).toBe(false);
    expect(firstUse(glossary.find((g) => g.id === 'ect')!, 'en', proseWithTerms('<p>The effect of it.</p>'))).toBeUndefined();
  });

  describe.each(locales)('%s', (locale) => {
    it.each(checked)('%s', async (id: PageId) => {
      const page = await loadPage(locale, id);
      const html = renderToStaticMarkup(<page.Content components={mdxComponents(locale, page.citations)} />);
      const prose = proseWithTerms(html);
      const problems: string[] = [];
      for (const entry of glossary) {
        const use = firstUse(entry, locale, prose);
        if (use && !use.marked) problems.push(`${entry.id}: first use not in <Term id="${entry.id}">: "…${use.context}…"`);
      }
      expect(problems, `content/${locale}/${id}.mdx`).toEqual([]);
    });
  });
});
