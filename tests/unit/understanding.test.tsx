import {describe, expect, it} from 'vitest';
import {renderToStaticMarkup} from 'react-dom/server';
import {locales} from '@/app/_i18n/pages';
import {KeyPoints} from '@/components/content/KeyPoints';
import {OnThisPage} from '@/components/content/OnThisPage';
import {Term} from '@/components/content/Term';
import {GlossaryList} from '@/components/content/GlossaryList';
import {IconArray, filledCount} from '@/components/content/IconArray';
import {glossary} from '@/content/data/glossary';
import {keyFigures, type FigureId, type FigureGroup} from '@/content/data/key-figures';
import {sideEffects} from '@/content/data/side-effects';
import {trialResults, inHundred} from '@/content/data/trial-results';
import {treatmentOptions} from '@/content/data/treatment-options';
import {readFileSync} from 'node:fs';
import {compileSource} from '@/content/load';
import {ContentError} from '@/content/remark-site';
import {mdxComponents} from '@/components/mdx/registry';

const html = (el: React.ReactElement) => renderToStaticMarkup(el);
const headings = (n: number) => Array.from({length: n}, (_, i) => ({depth: 2, id: `s${i}`, text: `Section ${i}`}));

describe.each(locales)('understanding components in %s', (locale) => {
  it('KeyPoints lists every point under a labelled heading, and renders nothing without points', () => {
    const out = html(<KeyPoints locale={locale} points={['One point.', 'Two points.', 'Three points.']} />);
    expect(out).toContain('aria-labelledby="key-points"');
    expect(out).toContain(locale === 'fr' ? 'L’essentiel' : 'Key points');
    expect(out.match(/<li>/g)).toHaveLength(3);
    expect(html(<KeyPoints locale={locale} />)).toBe('');
  });

  it('OnThisPage is a labelled nav of the ## headings from 4 sections, hidden in print', () => {
    expect(html(<OnThisPage locale={locale} headings={headings(3)} />)).toBe('');
    const out = html(<OnThisPage locale={locale} headings={[...headings(4), {depth: 3, id: 'sub', text: 'Sub'}]} />);
    expect(out).toMatch(/^<nav aria-labelledby="on-this-page"/);
    expect(out).toContain('no-print');
    expect(out).toContain(locale === 'fr' ? 'Sur cette page' : 'On this page');
    expect(out.match(/<li>/g)).toHaveLength(4);
    expect(out).toContain('href="#s3"');
    expect(out).not.toContain('#sub');
    // Folded, closed: a phone shows one line; links are blocks so a wrapped entry's bullet stays on its first line.
    expect(out).toMatch(/<details><summary[^>]*><h2 id="on-this-page"/);
    expect(out).toMatch(/<a href="#s0" class="block /);
    // A long section (3+ subsections) lists them under it.
    const subs = [1, 2, 3].map((i) => ({depth: 3, id: `s3-${i}`, text: `Sub ${i}`}));
    const long = html(<OnThisPage locale={locale} headings={[...headings(4), ...subs]} />);
    expect(long.match(/<li>/g)).toHaveLength(7);
    expect(long).toContain('href="#s3-3"');
  });

  it('Term renders a dfn, or an abbr with its expansion, inside a link to the glossary entry', () => {
    const glossaryPath = locale === 'fr' ? '/fr/glossaire' : '/en/glossary';
    const dfn = html(<Term locale={locale} id="remission">rémission</Term>);
    expect(dfn).toContain(`href="${glossaryPath}#remission"`);
    expect(dfn).toMatch(/<dfn data-term="remission">rémission<\/dfn>/);
    const abbr = html(<Term locale={locale} id="nnt">NNT</Term>);
    expect(abbr).toMatch(/<abbr title="[^"]+" data-term="nnt">NNT<\/abbr>/);
    expect(() => html(<Term locale={locale} id="no-such-term">x</Term>)).toThrow(/unknown glossary id/);
  });

  it('GlossaryList gives every entry an anchor, its term and its definition', () => {
    const out = html(<GlossaryList locale={locale} />);
    for (const g of glossary) {
      expect(out).toContain(`id="${g.id}"`);
      expect(out).toContain(g.definition[locale].replace(/"/g, '&quot;'));
    }
  });

  it.each(Object.keys(keyFigures) as FigureId[])('IconArray %s: 100 figures per group, N filled, the same numbers in words', (figure) => {
    const f = keyFigures[figure];
    const out = html(<IconArray locale={locale} figure={figure} />);
    const groups = f.groups as readonly FigureGroup[];
    expect(out.match(/<svg/g)).toHaveLength(groups.length);
    expect(out).toContain('aria-hidden="true"');
    const filled = [...out.matchAll(/class="ia-filled"[^>]*? d="([^"]*)"/g)].map((m) => m[1].split('z').filter(Boolean).length / 2);
    const empty = [...out.matchAll(/class="ia-empty"[^>]*? d="([^"]*)"/g)].map((m) => m[1].split('z').filter(Boolean).length / 2);
    // A lower bound ("at least 1 in 3") fills only the whole figures it guarantees, and says "at least".
    const count = (g: FigureGroup) => (g.atLeast ? Math.floor(g.percent) : filledCount(g.percent));
    expect(filled).toEqual(groups.map(count));
    expect(filled.map((n, i) => n + empty[i])).toEqual(groups.map(() => 100));
    for (const g of groups) {
      const n = count(g);
      expect(out).toContain(g.atLeast ? (locale === 'fr' ? `au moins ${n} personnes sur 100` : `at least ${n} people in 100`) : locale === 'fr' ? `${n} personnes sur 100` : `${n} people in 100`);
    }
  });
});

describe.each(locales)('evidence table in %s', (locale) => {
  it('has no ARIA roles on table parts, and shows per row one plain result with the rest behind details', async () => {
    const {EvidenceTable} = await import('@/components/content/EvidenceTable');
    const {fibromyalgiaEvidence} = await import('@/content/data/fibromyalgia-evidence');
    const out = html(<EvidenceTable locale={locale} />);
    expect(out).not.toMatch(/<(table|thead|tbody|tr|th|td)\b[^>]*\srole=/);
    expect(out.match(/<details>/g)).toHaveLength(fibromyalgiaEvidence.length);
    for (const row of fibromyalgiaEvidence) {
      // What shows on a phone without opening the details: at most two sentences per part.
      for (const f of ['design', 'patients', 'result'] as const) {
        const sentences = row[f][locale].split(/(?<=[.!?])\s+/).filter(Boolean);
        expect(sentences.length, `${row.ref}.${f}.${locale}`).toBeLessThanOrEqual(f === 'result' ? 2 : 1);
      }
      const cells = new RegExp(`data-ref="${row.ref}"[\\s\\S]*?<details>[\\s\\S]*?</details>`).exec(out)![0];
      const [visible, hidden] = cells.split('<details>');
      expect(visible).toContain(row.result[locale].replace(/'/g, '&#x27;'));
      expect(hidden).toContain(row.followUp[locale].replace(/'/g, '&#x27;').replace(/"/g, '&quot;'));
    }
  });
});

describe('key figures and glossary data', () => {
  it('the dissociation figure is the side-effect table’s own row, not a copy', () => {
    const row = sideEffects.find((s) => s.id === 'dissociation')!;
    expect(keyFigures.dissociation.groups.map((g) => g.percent)).toEqual([row.esketamine, row.placebo]);
  });
  it('the options table and the icon arrays read the same trial results', () => {
    const option = (id: string) => treatmentOptions.find((o) => o.id === id)!;
    expect(keyFigures.response.groups.map((g) => g.percent)).toEqual([trialResults.transformResponse.esketamine, trialResults.transformResponse.placebo]);
    expect(keyFigures['ect-ketamine-response'].groups[0].percent).toBe(trialResults.elektdResponse.ketamine);
    expect(keyFigures['ect-ketamine-remission'].groups[1].percent).toBe(trialResults.ketectRemission.ketamine);
    expect(option('esketamine').helps.en).toContain(`about ${inHundred(trialResults.transformResponse.esketamine)} in 100`);
    expect(option('esketamine').helps.en).toContain(`${inHundred(trialResults.transformResponse.placebo)} in 100`);
    expect(option('esketamine').risks.fr).toContain(`${inHundred(sideEffects.find((s) => s.id === 'dissociation')!.esketamine)} personnes sur 100`);
    expect(option('iv-ketamine').helps.en).toContain(`about ${inHundred(trialResults.elektdResponse.ketamine)} in 100`);
    expect(option('iv-ketamine').helps.en).toContain(`${inHundred(trialResults.ketectRemission.ketamine)} in 100 reached remission`);
  });
  it('each of the five key comparisons of the issue is drawn on a page, in both languages', () => {
    const required: Record<string, string> = {
      dissociation: 'risks-and-safety', response: 'ketamine-assisted-therapy', relapse: 'maintenance',
      'ect-ketamine-remission': 'depression-options', 'ect-ketamine-response': 'depression-options', amitriptyline: 'fibromyalgia-options',
      // The harms of the options pages, drawn in the same form as the benefits (issue 24).
      'rtms-headache': 'depression-options', 'ect-memory': 'depression-options', 'iv-ketamine-common': 'depression-options',
      'amitriptyline-adverse': 'fibromyalgia-options', 'pregabalin-dizziness': 'fibromyalgia-options', 'okapi-adverse': 'fibromyalgia-options',
    };
    for (const [figure, page] of Object.entries(required)) {
      for (const l of locales) expect(readFileSync(`content/${l}/${page}.mdx`, 'utf8'), `${l}/${page}: ${figure}`).toContain(`<IconArray figure="${figure}" />`);
    }
    expect(Object.keys(keyFigures).sort()).toEqual(Object.keys(required).sort());
  });
  it('every glossary entry has an id, a term, a definition and word forms in both languages', () => {
    expect(new Set(glossary.map((g) => g.id)).size).toBe(glossary.length);
    for (const g of glossary) {
      expect(g.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      for (const l of locales) {
        expect(g.term[l].trim(), `${g.id}.term.${l}`).not.toBe('');
        expect(g.definition[l].trim(), `${g.id}.definition.${l}`).not.toBe('');
        expect(g.match[l].length, `${g.id}.match.${l}`).toBeGreaterThan(0);
      }
    }
  });
  it('defines every term the issue lists', () => {
    const ids = new Set(glossary.map((g) => g.id));
    for (const id of ['response', 'remission', 'relapse', 'placebo', 'randomised', 'double-blind', 'confidence-interval', 'relative-risk',
      's-ketamine', 'esketamine', 'racemic', 'ssri', 'cochrane-review', 'schedule-iii', 'stupefiant', 'off-label', 'nmda', 'dissociation',
      'rems', 'nnt', 'ect', 'rtms', 'treatment-resistant-depression', 'cbt', 'augmentation', 'natural-course']) expect(ids.has(id), id).toBe(true);
    expect(glossary.find((g) => g.id === 'nnt')!.definition.en).toContain('how many people need the treatment for one more'.replace(/^h/, 'H'));
  });
  it('a citation mark never starts a line: glued to the word before it, while a run of marks may still wrap', async () => {
    const fm = '---\ntitle: "Test"\ndescription: "' + 'd'.repeat(60) + '"\nsummary: "A summary."\nlastReviewed: 2026-01-01\nnextReview: 2027-01-01\n---\n';
    const page = await compileSource(fm + 'Word <Cite id="orhurhu2019" /> <Cite id="patil2012" /> and end.<Cite id="decarvalho2024" /><Cite id="patil2012" /> a <Term id="placebo">placebo</Term> <Cite id="orhurhu2019" /> <Term id="placebo">placebo</Term><Cite id="patil2012" />\n', 'content/en/x.mdx', 'en', 'sources');
    const out = renderToStaticMarkup(<page.Content components={mdxComponents('en', page.citations, 'sources')} />);
    const marks = out.replace(/<sup class="cite"><a [^>]*>(\[\d\])<\/a><\/sup>/g, '$1');
    expect(marks.replace(/<a [^>]*><dfn [^>]*>placebo<\/dfn><\/a>/g, 'placebo')).toContain('Word\u00a0[1] [2] and end.\u2060[3][2] a placebo\u00a0[1] placebo\u2060[2]');
  });

  it('an unknown Term id or IconArray figure fails the build, naming the file', async () => {
    const fm = '---\ntitle: "Test"\ndescription: "' + 'd'.repeat(60) + '"\nsummary: "A summary."\nlastReviewed: 2026-01-01\nnextReview: 2027-01-01\n---\n';
    await expect(compileSource(fm + 'A <Term id="nope">word</Term>.\n', 'content/en/x.mdx', 'en', 'sources')).rejects.toThrow(/content\/en\/x\.mdx:\d+: <Term id="nope">: unknown glossary id/);
    await expect(compileSource(fm + '<IconArray figure="nope" />\n', 'content/en/x.mdx', 'en', 'sources')).rejects.toThrow(ContentError);
    await expect(compileSource(fm + 'A <Term id="placebo">placebo</Term>.\n', 'content/en/x.mdx', 'en', 'sources')).resolves.toBeTruthy();
  });
});
