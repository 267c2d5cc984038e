import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {loadPage, type LoadedPage} from '@/content/load';
import {locales, pageIds, pageForInternalPath, type PageId} from '@/app/_i18n/pages';
import {references, referenceByKey} from '@/content/data/references';
import {referenceGroups} from '@/content/data/reference-groups';
import {fibromyalgiaEvidence} from '@/content/data/fibromyalgia-evidence';
import {crisisLines} from '@/content/data/crisis-lines';
import {sideEffects} from '@/content/data/side-effects';
import {meetsTarget, MIN_WORDS, readability, TARGET} from '@/content/readability.mjs';
import fr from '@/messages/fr.json';
import en from '@/messages/en.json';

const pages = new Map<string, LoadedPage>();
const ogFontText = /^[\u0020-\u007e\u00a0-\u00ac\u00ae-\u0113\u2013\u2014\u2018-\u201a\u201c-\u201e\u2026\u2264\u2265]*$/;
const get = async (locale: 'fr' | 'en', id: PageId) => {
  const key = `${locale}/${id}`;
  if (!pages.has(key)) pages.set(key, await loadPage(locale, id));
  return pages.get(key)!;
};

describe.each(pageIds)('page %s', (id) => {
  it('exists in both locales with the same heading ids, in the same order', async () => {
    const [a, b] = await Promise.all([get('fr', id), get('en', id)]);
    expect(b.headings.map((h) => `${h.depth}:${h.id}`)).toEqual(a.headings.map((h) => `${h.depth}:${h.id}`));
  });
  it('uses the same tags in both locales, in the same order, with the same props (crisis boxes, tables, callouts)', async () => {
    const [a, b] = await Promise.all([get('fr', id), get('en', id)]);
    const sig = (p: LoadedPage) => p.tags.map((t) => `<${t.name} ${JSON.stringify(t.props)}>`);
    expect(sig(b)).toEqual(sig(a));
    expect(a.tags.length).toBeGreaterThan(0);
  });
  it('cites the same references in both locales', async () => {
    const [a, b] = await Promise.all([get('fr', id), get('en', id)]);
    expect([...b.citations].sort()).toEqual([...a.citations].sort());
  });
  it('links only to headings that exist on the target page', async () => {
    for (const locale of locales) {
      const page = await get(locale, id);
      for (const link of page.links) {
        if (!link.fragment) continue;
        const target = link.path ? await get(locale, pageForInternalPath(link.path)!) : page;
        const known = new Set([...target.headings.map((h) => h.id), 'references', 'urgent-help']);
        expect(known.has(link.fragment), `${page.file}: #${link.fragment} on ${link.path || 'this page'}`).toBe(true);
      }
    }
  });
  it.each(locales)('reads easily enough in %s (target 60)', (locale) => {
    const source = readFileSync(path.join('content', locale, `${id}.mdx`), 'utf8');
    const r = readability(source, locale);
    expect(r.words, `content/${locale}/${id}.mdx: ${r.words} words of prose`).toBeGreaterThanOrEqual(MIN_WORDS);
    expect(r.score, `content/${locale}/${id}.mdx: score ${r.score.toFixed(1)}`).toBeGreaterThanOrEqual(TARGET[locale]);
  });
  it.each(locales)('has clean text in %s (no mojibake), and link-preview text the shipped image font can draw', async (locale) => {
    const source = readFileSync(path.join('content', locale, `${id}.mdx`), 'utf8');
    expect(source, `content/${locale}/${id}.mdx`).not.toMatch(/[\u0080-\u009f]|Ã©|â€/);
    // Characters of next/og's bundled font: anything else would make the build fetch a font from the network.
    const {frontmatter} = await get(locale, id);
    for (const text of [frontmatter.title, frontmatter.description]) expect(text).toMatch(ogFontText);
  });
  it.each(locales)('carries no promotional superlatives in %s', (locale) => {
    const source = readFileSync(path.join('content', locale, `${id}.mdx`), 'utf8').toLowerCase();
    for (const word of ['révolutionnaire', 'miracle', 'breakthrough', 'revolutionary', 'guaranteed', 'garanti']) expect(source).not.toContain(word);
  });
});

describe('shared facts', () => {
  it('every reference has a unique key, a year, and a link only to a primary record', () => {
    expect(new Set(references.map((r) => r.key)).size).toBe(references.length);
    const mirrors = /ouci\.dntb|wilddata|curehunter|metajournal|painresearchforum|epocrates|illumina|maestrodatabase|oindpnews|zendy|usmedicine|medicinenet|butalbitalapap|rxlist|120ty|silive|erowid|lexichronic|scrippsnews|simhcottumwa|studylibfr|cscb\.ca|web\.archive|talmas|newswire|cmhakelowna|scribd|fdocuments|guidelinecentral|medcentral|betterucare|vdocuments|drdonline|distantreader|melakarnets|47\.251/;
    for (const r of references) {
      if (r.year !== undefined) expect(r.year, r.key).toBeGreaterThan(1900);
      if (r.url) expect(r.url, r.key).toMatch(/^https:\/\//);
      if (r.url) expect(r.url, r.key).not.toMatch(mirrors);
      if (r.doi) expect(r.doi, r.key).toMatch(/^10\.\d{4,}\//);
      if (r.pmid) expect(r.pmid, r.key).toMatch(/^\d{6,9}$/);
    }
  });
  it('every reference belongs to exactly one bibliography group', () => {
    const grouped = referenceGroups.flatMap((g) => [...g.keys] as string[]);
    expect([...grouped].sort()).toEqual(references.map((r) => r.key).sort());
  });
  it('every evidence row, side effect and crisis line has text in both languages and known references', () => {
    for (const row of fibromyalgiaEvidence) {
      expect(referenceByKey.has(row.ref), row.ref).toBe(true);
      const ref = referenceByKey.get(row.ref)!;
      expect(Boolean(ref.doi || ref.pmid || ref.url || ref.key === 'noppers2011fm'), `${row.ref} has a link`).toBe(true);
      for (const f of ['design', 'patients', 'given', 'found', 'followUp'] as const) for (const l of locales) expect(row[f][l].trim(), `${row.ref}.${f}.${l}`).not.toBe('');
    }
    for (const s of sideEffects) for (const l of locales) expect(s.effect[l].trim()).not.toBe('');
    for (const c of crisisLines) {
      expect(c.tel).toMatch(/^\+?\d{2,15}$/);
      for (const r of c.refs) expect(referenceByKey.has(r), r).toBe(true);
      for (const l of locales) expect(c.name[l] && c.when[l]).toBeTruthy();
    }
  });
  it('the site name and tagline, drawn on link-preview images, use only the image font’s characters', () => {
    for (const m of [fr, en]) for (const text of [m.Site.name, m.Site.tagline]) expect(text).toMatch(ogFontText);
  });
  it('the interface messages have the same keys in both languages and no empty value', () => {
    const flat = (o: object, p = ''): string[] => Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? flat(v, `${p}${k}.`) : [`${p}${k}`]));
    expect(flat(en).sort()).toEqual(flat(fr).sort());
    const values = (o: object): string[] => Object.values(o).flatMap((v) => (typeof v === 'object' ? values(v) : [v]));
    for (const v of [...values(fr), ...values(en)]) expect(String(v).trim()).not.toBe('');
  });
});
