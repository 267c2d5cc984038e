import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {loadPage} from '@/content/load';
import {locales, pageIds, patientPages, type PageId} from '@/app/_i18n/pages';
import {referenceByKey} from '@/content/data/references';
import {referenceGroups} from '@/content/data/reference-groups';
import {treatmentOptions} from '@/content/data/treatment-options';

const newPages: PageId[] = ['depression-options', 'fibromyalgia-options', 'family-and-friends'];
const source = (locale: string, id: string) => readFileSync(path.join('content', locale, `${id}.mdx`), 'utf8');

/** The MDX tags of a page in order, with their props; text props (a Callout title) are compared by name only. */
function tagSequence(mdx: string): string[] {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  return [...body.matchAll(/<([A-Z][A-Za-z]*)((?:\s+[a-z]+(?:="[^"]*")?)*)\s*\/?>/g)]
    .filter((m) => m[1] !== 'Cite')
    .map((m) => {
      const props = [...m[2].matchAll(/([a-z]+)(?:="([^"]*)")?/g)].map(([, name, value]) => (name === 'title' ? name : `${name}=${value ?? 'true'}`));
      return `${m[1]}(${props.sort().join(',')})`;
    });
}

describe('every page uses the same MDX tags, in the same order, with the same props in both languages', () => {
  it.each(pageIds)('%s', (id) => {
    expect(tagSequence(source('en', id))).toEqual(tagSequence(source('fr', id)));
  });
});

describe('the three pages of issue 8 (options and family)', () => {
  it('are patient pages with a handout: key points and questions in both languages', async () => {
    for (const id of newPages) {
      expect(patientPages).toContain(id);
      for (const locale of locales) {
        const {frontmatter} = await loadPage(locale, id);
        expect(frontmatter.keyPoints?.length, `${locale}/${id}`).toBeGreaterThanOrEqual(3);
        expect(frontmatter.questions?.length, `${locale}/${id}`).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('the family page shows the crisis lines that also answer relatives, and the UrgentHelp block', () => {
    // The numbers themselves come from <UrgentHelp /> (issue 20: never written in prose).
    for (const locale of locales) {
      const mdx = source(locale, 'family-and-friends');
      for (const key of ['fr3114-site', 'ca988-2025', 'oregon988', 'samaritans-worried']) expect(mdx, `${locale}: ${key}`).toContain(`<Cite id="${key}" />`);
      expect(mdx).toContain('<UrgentHelp />');
      expect(mdx.replace(/<Cite id="[^"]*" \/>/g, '')).not.toMatch(/3114|9-8-8|116 123/);
    }
  });

  it('the fibromyalgia page links to the options page instead of saying it does not describe them', async () => {
    for (const locale of locales) {
      const page = await loadPage(locale, 'fibromyalgia');
      expect(page.links.map((l) => l.path)).toContain('/fibromyalgia-options');
    }
    expect(source('en', 'fibromyalgia')).not.toContain('does not describe them');
    expect(source('fr', 'fibromyalgia')).not.toContain('il ne les décrit pas');
  });

  it('every reference added for them has a source type and a group', () => {
    const ids = ['depression-options', 'fibromyalgia-care', 'family'];
    const keys = referenceGroups.filter((g) => ids.includes(g.id)).flatMap((g) => [...g.keys] as string[]);
    expect(keys.length).toBeGreaterThan(30);
    for (const key of keys) expect(referenceByKey.get(key)?.sourceType, key).toBeTruthy();
  });
});

describe('the treatment options table (depression-options)', () => {
  it('has one row per option with every field in both languages', () => {
    expect(new Set(treatmentOptions.map((o) => o.id)).size).toBe(treatmentOptions.length);
    expect(treatmentOptions.map((o) => o.id)).toEqual(['current-care', 'medicine', 'psychotherapy', 'rtms', 'ect', 'esketamine', 'iv-ketamine']);
    for (const o of treatmentOptions) {
      for (const f of ['name', 'how', 'involves', 'helps', 'risks', 'certainty', 'france'] as const) {
        for (const l of locales) expect(o[f]?.[l].trim(), `${o.id}.${f}.${l}`).toBeTruthy();
      }
    }
  });

  it('says how often each option helps as “N in 100” or says there is no reliable figure', () => {
    for (const o of treatmentOptions) {
      expect(o.helps.en, o.id).toMatch(/\d+ in 100|No reliable/);
      expect(o.helps.fr, o.id).toMatch(/\d+ (personnes )?sur 100|Pas de chiffre/);
    }
  });

  it('cites only known references, each of them also cited in the page text in both languages', async () => {
    for (const locale of locales) {
      const page = await loadPage(locale, 'depression-options');
      for (const o of treatmentOptions) {
        expect(o.refs.length, o.id).toBeGreaterThan(0);
        for (const r of o.refs) {
          expect(referenceByKey.has(r), r).toBe(true);
          expect(page.citations, `${locale}: ${o.id} cites ${r}`).toContain(r);
        }
      }
    }
  });
});
