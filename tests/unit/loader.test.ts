import {describe, expect, it} from 'vitest';
import {mkdtempSync, mkdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {checkContentTree, compileSource, parseFrontmatter} from '@/content/load';

const fm = (extra = '') => `---
title: "Un titre"
description: "Une description assez longue pour passer la validation, vraiment assez longue."
summary: "Un résumé."
lastReviewed: 2026-11-24
nextReview: 2027-11-24
keyPoints:
  - "Un premier point"
  - "Un deuxième point"
  - "Un troisième point"
${extra}---
`;

describe('frontmatter is checked and errors name the file and the field', () => {
  it('accepts a complete frontmatter and keeps ISO dates as strings', () => {
    const {frontmatter} = parseFrontmatter(fm(), 'content/fr/faq.mdx', 'faq');
    expect(frontmatter.lastReviewed).toBe('2026-11-24');
  });
  it('names a missing field', () => {
    expect(() => parseFrontmatter(fm().replace(/summary:.*\n/, ''), 'content/fr/faq.mdx')).toThrow(/content\/fr\/faq\.mdx: frontmatter field "summary"/);
  });
  it('names a malformed date', () => {
    expect(() => parseFrontmatter(fm().replace('2027-11-24', '24/11/2027'), 'content/en/faq.mdx')).toThrow(/content\/en\/faq\.mdx: frontmatter field "nextReview": expected an ISO date/);
  });
  it('refuses a review date before the last review', () => {
    expect(() => parseFrontmatter(fm().replace('2027-11-24', '2025-01-01'), 'x.mdx')).toThrow(/"nextReview": must be after lastReviewed/);
  });
  it('refuses unknown fields and missing key points on patient pages', () => {
    expect(() => parseFrontmatter(fm('author: "Someone"\n'), 'x.mdx')).toThrow(/author/);
    expect(() => parseFrontmatter(fm().replace(/keyPoints:[\s\S]*?(?=---)/, ''), 'content/fr/preparation.mdx', 'preparation')).toThrow(/"keyPoints": required/);
  });
  it('refuses a file without frontmatter', () => {
    expect(() => parseFrontmatter('## Hello', 'content/fr/faq.mdx')).toThrow(/content\/fr\/faq\.mdx: missing YAML frontmatter/);
  });
});

describe('MDX body rules', () => {
  const compile = (body: string) => compileSource(fm() + body, 'content/fr/faq.mdx', 'fr', 'faq');

  it('collects explicit heading ids, citations in order and internal links', async () => {
    const page = await compile('## Une section {/*a-section*/}\n\nTexte <Cite id="karmadep2" /> et [lien](/risks-and-safety#bladder).\n\n### Sous {/*sub*/}\n\n<Cite id="abdallah2022" /> <Cite id="karmadep2" />\n');
    expect(page.headings).toEqual([{depth: 2, id: 'a-section', text: 'Une section'}, {depth: 3, id: 'sub', text: 'Sous'}]);
    expect(page.citations).toEqual(['karmadep2', 'abdallah2022']);
    expect(page.links).toEqual([{path: '/risks-and-safety', fragment: 'bladder'}]);
  });
  it.each([
    ['## Sans id', /faq\.mdx:\d+: heading "Sans id" has no id/],
    ['# Titre {/*t*/}', /a "#" heading/],
    ['## A {/*x*/}\n\n## B {/*x*/}', /heading id "x" is used twice/],
    ['## A {/*Bad_Id*/}', /must be lowercase kebab-case/],
    ['Texte <Cite id="nope2099" />', /<Cite id="nope2099">: unknown reference key/],
    ['<Script />', /unknown tag <Script>/],
    ['[x](/nowhere)', /link to "\/nowhere": not the internal path of a page/],
    ['[x](http://example.org)', /use an internal path/],
    ['import X from "y"', /import\/export is not allowed/],
    ['Texte <Callout kind="info">non fermé', /faq\.mdx:\d+: MDX syntax error/],
  ])('rejects %j', async (body, message) => {
    await expect(compile(body)).rejects.toThrow(message);
  });
});

describe('the content tree', () => {
  it('reports a missing translation and an unknown page id by file name', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'content-'));
    mkdirSync(path.join(root, 'fr'));
    mkdirSync(path.join(root, 'en'));
    writeFileSync(path.join(root, 'fr', 'faq.mdx'), fm());
    writeFileSync(path.join(root, 'en', 'surprise.mdx'), fm());
    expect(() => checkContentTree(root)).toThrow(/en\/faq\.mdx: missing \(the en version of content\/fr\/faq\.mdx\)/);
    expect(() => checkContentTree(root)).toThrow(/en\/surprise\.mdx: unknown page id "surprise"/);
  });
  it('holds exactly one file per page and locale in the real content folder', () => {
    expect(() => checkContentTree()).not.toThrow();
  });
});
