// The privacy pages say how long feedback is kept as the store is configured (FEEDBACK_RETENTION_MONTHS,
// read at build time), never a figure written by hand.
import {readFileSync} from 'node:fs';
import {renderToStaticMarkup} from 'react-dom/server';
import {afterEach, describe, expect, it} from 'vitest';
import {locales} from '@/app/_i18n/pages';
import {loadPage} from '@/content/load';
import {mdxComponents} from '@/components/mdx/registry';
import {RetentionPeriod} from '@/components/content/RetentionPeriod';
import {buildDocuments} from '@/app/_lib/search/documents';

const saved = process.env.FEEDBACK_RETENTION_MONTHS;
afterEach(() => {
  if (saved === undefined) delete process.env.FEEDBACK_RETENTION_MONTHS;
  else process.env.FEEDBACK_RETENTION_MONTHS = saved;
});

describe('the retention period on the privacy pages', () => {
  it('is the configured number of months, in each language (default 12)', () => {
    delete process.env.FEEDBACK_RETENTION_MONTHS;
    expect(renderToStaticMarkup(<RetentionPeriod locale="fr" />)).toBe('<span data-retention-months="12">12 mois</span>');
    expect(renderToStaticMarkup(<RetentionPeriod locale="en" />)).toBe('<span data-retention-months="12">12 months</span>');
    process.env.FEEDBACK_RETENTION_MONTHS = '1';
    expect(renderToStaticMarkup(<RetentionPeriod locale="en" />)).toContain('>1 month<');
    expect(renderToStaticMarkup(<RetentionPeriod locale="fr" />)).toContain('>1 mois<');
    process.env.FEEDBACK_RETENTION_MONTHS = '6';
    expect(renderToStaticMarkup(<RetentionPeriod locale="fr" />)).toContain('>6 mois<');
  });

  it.each(locales)('privacy (%s) shows the tag, not a figure written by hand, and the page built says the configured period', async (locale) => {
    const source = readFileSync(`content/${locale}/privacy.mdx`, 'utf8');
    expect(source).toContain('<RetentionPeriod />');
    expect(source).not.toMatch(/\b12 (mois|months)\b/);
    process.env.FEEDBACK_RETENTION_MONTHS = '18';
    const page = await loadPage(locale, 'privacy');
    const out = renderToStaticMarkup(<page.Content components={mdxComponents(locale, page.citations ?? [], 'privacy')} />);
    expect(out).toContain(locale === 'fr' ? 'gardées <span data-retention-months="18">18 mois</span>, puis effacées' : 'kept for <span data-retention-months="18">18 months</span>, then deleted');
  });

  it('the search finds the period in the privacy section', () => {
    delete process.env.FEEDBACK_RETENTION_MONTHS;
    const docs = buildDocuments().filter((d) => d.page === 'privacy');
    expect(docs.some((d) => d.locale === 'fr' && d.body.includes('gardées 12\u00a0mois, puis effacées'))).toBe(true);
    expect(docs.some((d) => d.locale === 'en' && d.body.includes('kept for 12 months, then deleted'))).toBe(true);
  });
});
