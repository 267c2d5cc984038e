// The two options pages as decision aids (issue 24): each IPDAS minimum-standard criterion that a test can see
// (Joseph-Williams et al., Med Decis Making 2014; README, "Decision aids", lists all 12 and where each is met).
import path from 'node:path';
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {renderToStaticMarkup} from 'react-dom/server';
import {locales, type Locale} from '@/app/_i18n/pages';
import {loadPage} from '@/content/load';
import {OptionsTable} from '@/components/content/OptionsTable';
import {DecisionAid} from '@/components/content/DecisionAid';
import {IconArray} from '@/components/content/IconArray';
import {Worksheet} from '@/components/content/Worksheet';
import {ReferenceText} from '@/components/content/ReferenceText';
import {HandoutTemplate} from '@/components/layout/HandoutTemplate';
import {optionSets, type OptionSet} from '@/content/data/treatment-options';
import {references, referenceByKey} from '@/content/data/references';
import {keyFigures, type FigureId} from '@/content/data/key-figures';
import {worksheets} from '@/content/data/worksheets';
import {withEnv} from '../helpers/env';

const html = (el: React.ReactElement) => renderToStaticMarkup(el);
const root = path.resolve(__dirname, '../..');
const pageOf: Record<OptionSet, 'depression-options' | 'fibromyalgia-options'> = {depression: 'depression-options', fibromyalgia: 'fibromyalgia-options'};
const sets = Object.keys(optionSets) as OptionSet[];
const mdx = (locale: Locale, set: OptionSet) => readFileSync(path.join(root, `content/${locale}/${pageOf[set]}.mdx`), 'utf8');
const allRefs = [...new Set(sets.flatMap((s) => optionSets[s].flatMap((o) => o.refs)))];
/** A figure said as "N in 100" (or "at least 1 in 3"), in either language. */
const figure = {en: /\d+ in 100|1 in \d/, fr: /\d+ (personnes )?sur 100|1 personne sur \d/};
const saysNoFigure = {en: /do not describe|No single “in 100” figure|No “in 100” figure|No new side effects/, fr: /ne décrivent pas|Pas de chiffre « sur 100 »|Pas de nouvel effet/};


describe.each(sets)('decision aid "%s": the options', (set) => {
  const options = optionSets[set];

  it('lists keeping your current care as an option (qualifying: the options, including doing nothing new)', () => {
    expect(options[0].name.en).toMatch(/current care/);
    expect(options[0].name.fr).toMatch(/soins actuels/);
  });

  it.each(locales)('every option, in %s, has how it works, what it is like, benefits, harms and certainty, all filled in', (locale) => {
    for (const o of options) {
      for (const f of ['name', 'how', 'involves', 'helps', 'risks', 'certainty'] as const) {
        expect(o[f]?.[locale].trim().length, `${o.id}.${f}.${locale}`).toBeGreaterThan(f === 'name' ? 2 : 20);
      }
    }
  });

  it.each(locales)('harms are given with equal detail, in %s: a figure where the benefit has one, or a plain "none given"', (locale) => {
    for (const o of options) {
      const helps = o.helps[locale];
      const risks = o.risks[locale];
      // Certifying: positive and negative features with equal detail.
      expect(risks.length, `${o.id}.risks.${locale} is much shorter than its benefits`).toBeGreaterThanOrEqual(helps.length * 0.6);
      if (figure[locale].test(helps)) expect(risks, `${o.id}.risks.${locale}`).toMatch(new RegExp(`${figure[locale].source}|${saysNoFigure[locale].source}`));
      if (!figure[locale].test(risks)) expect(risks, `${o.id}.risks.${locale}`).toMatch(saysNoFigure[locale]);
    }
  });

  it.each(locales)('every benefit and harm icon array of an option is drawn on its page, in %s', (locale) => {
    const source = mdx(locale, set);
    for (const o of options) {
      for (const id of [...(o.figures?.benefit ?? []), ...(o.figures?.harm ?? [])]) {
        expect(keyFigures[id as FigureId], id).toBeDefined();
        expect(source, `${locale}/${pageOf[set]}: ${id}`).toContain(`<IconArray figure="${id}" />`);
      }
    }
  });

  it('where a harm has a figure in the sources, it is drawn too, not only written', () => {
    const drawn = options.filter((o) => o.figures?.harm?.length).map((o) => o.id);
    expect(drawn).toEqual(set === 'depression' ? ['rtms', 'ect', 'esketamine', 'iv-ketamine'] : ['amitriptyline', 'pregabalin', 'fm-ketamine']);
  });

  it.each(locales)('the options table renders a non-empty "what it is like", harms and certainty cell in every row, in %s', (locale) => {
    const out = html(<OptionsTable locale={locale} citations={allRefs} set={set} />);
    expect(out).toContain(`data-set="${set}"`);
    for (const field of ['involves', 'risks', 'certainty', 'helps']) {
      const cells = [...out.matchAll(new RegExp(`<td data-label="[^"]+" data-field="${field}">([\\s\\S]*?)</td>`, 'g'))].map((m) => m[1].replace(/<[^>]+>/g, '').trim());
      expect(cells, field).toHaveLength(options.length);
      for (const c of cells) expect(c.length, field).toBeGreaterThan(20);
    }
    for (const o of options) expect(out).toContain(`id="option-${o.id}"`);
  });

  it.each(locales)('the page shows the table of this set and a values worksheet, in %s', (locale) => {
    const source = mdx(locale, set);
    expect(source).toContain(set === 'depression' ? '<OptionsTable />' : `<OptionsTable set="${set}" />`);
    expect(source).toContain(`<Worksheet id="${pageOf[set]}" />`);
  });
});

describe.each(locales)('decision aid pages in %s: the top of the page', (locale) => {
  it.each(Object.values(pageOf))('%s states the decision as a question in its frontmatter, and dates today’s change', async (id) => {
    const page = await loadPage(locale, id);
    expect(page.frontmatter.decision, id).toMatch(/\?$/);
    expect(page.frontmatter.decision!.length).toBeGreaterThan(40);
    expect(page.frontmatter.changes?.some((c) => c.date === '2026-12-03')).toBe(true);
  });

  it('DecisionAid shows the decision, the update policy linked to the sources page, and the funding line', () => {
    const out = html(<DecisionAid locale={locale} decision="Which option?" />);
    expect(out).toMatch(/^<section aria-label="[^"]+" class="decision-aid/);
    expect(out).toContain('Which option?');
    expect(out).toContain(locale === 'fr' ? 'au moins une fois par an, et plus tôt quand paraît une étude importante ou une décision d’une agence de santé' : 'at least once a year, and sooner when an important study or agency decision appears');
    expect(out).toContain(`href="/${locale}/sources#how-we-review"`);
  });

  it('the funding line says plainly when the operator has not filled it in, and shows it when filled in', () => {
    const shipped = path.join(root, 'content/publication.yaml');
    const fixture = path.join(root, 'tests/fixtures/publication.fixture.yaml');
    const missing = withEnv({PUBLICATION_FILE: shipped, PUBLICATION_FUNDING: undefined}, () => html(<DecisionAid locale={locale} decision="Which option?" />));
    expect(missing).toContain('data-funding="missing"');
    expect(missing).toContain(locale === 'fr' ? 'pas encore renseigné' : 'not yet filled in');
    const filled = withEnv({PUBLICATION_FILE: fixture, PUBLICATION_FUNDING: undefined}, () => html(<DecisionAid locale={locale} decision="Which option?" />));
    expect(filled).toContain('data-funding="filled"');
    expect(filled).toContain(locale === 'fr' ? 'Financement fictif' : 'Fictional funding');
  });
});

describe('manufacturer funding is flagged on every study the maker paid for', () => {
  // The studies evidence.md says the maker paid for: ESCAPE-TRD (§8F, "sponsored by Janssen EMEA") and
  // SUSTAIN-1 (§15B, "funded by Janssen"). A new one goes here and in references.ts `fundedBy`.
  const paidByMaker = ['escape-trd2023', 'sustain1-daly2019'];

  it('each of them carries fundedBy, and no other reference does', () => {
    expect(references.filter((r) => r.fundedBy).map((r) => r.key).sort()).toEqual([...paidByMaker].sort());
  });

  it.each(locales)('the reference lists, the options table and the icon arrays show the flag, in %s', (locale) => {
    for (const key of paidByMaker) {
      const out = html(<ReferenceText locale={locale} reference={referenceByKey.get(key)!} />);
      expect(out).toContain(`data-funded-by="${referenceByKey.get(key)!.fundedBy}"`);
    }
    const table = html(<OptionsTable locale={locale} citations={allRefs} />);
    const row = /<tr id="option-esketamine">[\s\S]*?<\/tr>/.exec(table)![0];
    expect(row).toContain('data-funded-by="Janssen EMEA"');
    expect(table.match(/class="funded-by/g)).toHaveLength(1);
    // Every icon array whose source the maker paid for says so (SUSTAIN-1's relapse figure).
    for (const id of Object.keys(keyFigures) as FigureId[]) {
      const funded = referenceByKey.get(keyFigures[id].ref)?.fundedBy;
      const out = html(<IconArray locale={locale} figure={id} />);
      if (funded) expect(out, id).toContain(`data-funded-by="${funded}"`);
      else expect(out, id).not.toContain('funded-by');
    }
  });
});

describe.each(locales)('worksheets in %s', (locale) => {
  it.each(Object.keys(worksheets))('%s: a values exercise that ends with "Take this sheet to your appointment", on the page and in the handout', async (id) => {
    const bring = locale === 'fr' ? 'Apportez cette feuille à votre rendez-vous.' : 'Take this sheet to your appointment.';
    const out = html(<Worksheet locale={locale} id={id} />);
    expect(out).toMatch(/<section aria-label="[^"]+" class="worksheet/);
    expect(out).not.toMatch(/<(input|textarea|form)/);
    expect(out.trim().endsWith(`${bring}</p></section>`)).toBe(true);
    expect(out.match(/<li>/g)!.length).toBeGreaterThanOrEqual(6);
    const handout = html(<HandoutTemplate page={await loadPage(locale, id as 'depression-options')} qrSvg="<svg></svg>" buildDay="2026-12-03" />);
    expect(handout).toContain(`data-worksheet="${id}"`);
    expect(handout).toContain('worksheet-compact');
    expect(handout).toContain(bring);
  });

  it('a page without a worksheet prints no worksheet on its handout', async () => {
    const handout = html(<HandoutTemplate page={await loadPage(locale, 'session')} qrSvg="<svg></svg>" buildDay="2026-12-03" />);
    expect(handout).not.toContain('data-worksheet');
  });
});
