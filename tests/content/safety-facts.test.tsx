import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {parse as parseYaml} from 'yaml';
import {renderToStaticMarkup} from 'react-dom/server';
import {locales, pageIds, type Locale} from '@/app/_i18n/pages';
import {crisisLines} from '@/content/data/crisis-lines';
import {safetyFacts, safetyFactRefs} from '@/content/data/safety-facts';
import {costCover, costCoverRefs} from '@/content/data/cost-cover';
import {optionHarms, optionHarmRefs} from '@/content/data/option-harms';
import {referenceByKey} from '@/content/data/references';
import {crisisSummary} from '@/content/data/crisis-summary';
import {SafetyFact} from '@/components/content/SafetyFact';
import {CostByCountry} from '@/components/content/CostByCountry';
import {OptionHarms} from '@/components/content/OptionHarms';
import {UrgentHelp} from '@/components/content/UrgentHelp';
import {loadPage} from '@/content/load';
import {referralText} from '@/components/content/ReferralEmails';
import {isCrisisQuery} from '@/app/_lib/search/crisis';

/*
 * Issue 20: a fact a patient acts on lives once, as data, and pages show it through its tag. This test reads
 * each page's MDX source (frontmatter title, description, summary and key points, then the body) as blocks of
 * text (a paragraph, a list, a key point), with tags, citations, heading ids and link targets removed (so text
 * rendered by a tag never counts), and fails when a block
 *  - writes a crisis or emergency number of content/data/crisis-lines.ts: the distinctive numbers (3114, 9-8-8,
 *    116 123...) anywhere, the short ones (15, 112, 144...) in a block that speaks of calling or emergencies,
 *    unless a unit follows ("15 minutes", "112 patients"); or a tel: link;
 *  - says one of the safety facts: the `prose` patterns of each record in content/data/safety-facts.ts.
 * Questions to ask the clinic (frontmatter `questions`) and the change log are not read: they instruct no one.
 */
const source = (locale: Locale, id: string) => readFileSync(path.join('content', locale, `${id}.mdx`), 'utf8');

function blocks(text: string): string[] {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text)!;
  const fm = parseYaml(m[1]) as {title: string; description: string; summary: string; keyPoints?: string[]};
  const body = text.slice(m[0].length)
    .replace(/<(\w+)[^>]*\/>/g, ' ') // self-closing tags: their text is data
    .replace(/\{\/\*[^*]*\*\/\}/g, '') // heading ids
    .replace(/\]\((?!tel:)[^)]*\)/g, ']'); // link targets (tel: links stay, to be caught)
  // A paragraph is one block, each list item is one block; headings and questions (ending with "?") instruct no one.
  const paragraphs = body.split(/\r?\n\s*\r?\n/).flatMap((b) => b.split(/\r?\n(?=\s*(?:[-*]|\d+\.)\s)/))
    .map((b) => b.replace(/\s+/g, ' ').trim()).filter((b) => b && !b.startsWith('#') && !/\?\**$/.test(b));
  return [fm.title, fm.description, fm.summary, ...(fm.keyPoints ?? []).filter((k) => !/^\{safety:/.test(k)), ...paragraphs];
}

const distinctive = [...new Set(crisisLines.map((l) => l.display).filter((d) => d.replace(/\D/g, '').length >= 4 || /^(911|988|999)$/.test(d)))];
const short = [...new Set(crisisLines.map((l) => l.display).filter((d) => !distinctive.includes(d)))];
const digitsPattern = (d: string) => d.replace(/\D/g, '').split('').join('[\\s-]?');
const distinctiveRe = distinctive.map((d) => ({d, re: new RegExp(`(?<![\\d.,])${digitsPattern(d)}(?![\\d.,]?\\d)`)}));
const unit = '(?!\\s*(%|‰|mg|ml|mm|min|minutes?|h\\b|heures?|hours?|jours?|days?|semaines?|weeks?|mois|months?|ans|years?|patients?|personnes?|people|sur|in\\s+\\d|études|studies|essais|trials|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|January|February|March|April|May|June|July|August|September|October|November|December))';
const shortRe = short.map((d) => ({d, re: new RegExp(`(?<![\\d.,/-])${d}(?![\\d.,/-]?\\d)${unit}`)}));
const callContext = /urgen|emergenc|SAMU|ambulance|police|appel|call|dial|compos|\btel:/i;

function crisisNumbersIn(block: string): string[] {
  const found = distinctiveRe.filter(({re}) => re.test(block)).map(({d}) => d);
  if (callContext.test(block)) found.push(...shortRe.filter(({re}) => re.test(block)).map(({d}) => d));
  if (/\(tel:/.test(block)) found.push('tel: link');
  return found;
}

function factsIn(block: string, locale: Locale): string[] {
  return safetyFacts.filter((f) => f.prose[locale].some((g) => g.patterns.filter((p) => p.test(block)).length >= g.min)).map((f) => f.id);
}

describe('safety facts and crisis numbers are never written in page prose', () => {
  it.each(pageIds.flatMap((id) => locales.map((l) => [l, id] as const)))('%s/%s', (locale, id) => {
    const problems: string[] = [];
    for (const b of blocks(source(locale, id))) {
      for (const n of crisisNumbersIn(b)) problems.push(`crisis number ${n} in: "${b.slice(0, 120)}" (use <UrgentHelp /> or <SafetyFact id="emergency-signs" />)`);
      for (const f of factsIn(b, locale)) problems.push(`safety fact "${f}" in prose: "${b.slice(0, 120)}" (use <SafetyFact id="${f}" />)`);
    }
    expect(problems, `content/${locale}/${id}.mdx`).toEqual([]);
  });

  it('the detector catches the slips the issue found (so the test can fail)', () => {
    expect(crisisNumbersIn('In France, call 15 or 112. In Canada and the US, call 911.')).toEqual(expect.arrayContaining(['911', '15', '112']));
    expect(crisisNumbersIn('Appelez le 0800 32 123 ou le 143.')).toEqual(expect.arrayContaining(['0800 32 123', '143']));
    expect(crisisNumbersIn('A drip lasts about 40 minutes; 15 minutes later, 112 patients were seen.')).toEqual([]);
    expect(factsIn('Pain when you pass urine, blood in your urine: skip the next session and tell your doctor.', 'en')).toContain('bladder');
    expect(factsIn('Douleur en urinant : arrêtez et prévenez votre médecin.', 'fr')).toContain('bladder');
    expect(factsIn('Call the emergency number if you have chest pain, a very bad headache or trouble breathing.', 'en')).toContain('emergency-signs');
    expect(factsIn('Appelez les urgences : douleur dans la poitrine, mal de tête violent, confusion qui ne passe pas.', 'fr')).toContain('emergency-signs');
    expect(factsIn('Do not eat for at least 2 hours before, and do not drink for at least 30 minutes before.', 'en')).toContain('eating-drinking');
    expect(factsIn('Vous ne pourrez pas conduire avant le lendemain.', 'fr')).toContain('driving');
    expect(factsIn('For a less urgent worry, call the clinic.', 'en')).toContain('call-clinic');
    expect(factsIn('Exercise is the option with the best evidence.', 'en')).toEqual([]);
  });
});

describe('each safety fact is one sourced record, shown by its tag on the pages that need it', () => {
  const tagOn = (locale: Locale, id: string, fact: string) => source(locale, id).includes(`<SafetyFact id="${fact}" />`) || source(locale, id).includes(`"{safety:${fact}}"`);
  it.each(safetyFacts.map((f) => f.id))('%s: both languages, known references, evidence sections, on several pages', (fact) => {
    const f = safetyFacts.find((x) => x.id === fact)!;
    expect(f.evidence.length).toBeGreaterThan(0);
    for (const key of safetyFactRefs(fact)) expect(referenceByKey.has(key), key).toBe(true);
    for (const l of locales) {
      expect(f.title[l].trim() && f.keyPoint[l].trim()).toBeTruthy();
      for (const p of f.parts) expect(p.text[l].trim()).not.toBe('');
    }
    const pages = {fr: pageIds.filter((id) => tagOn('fr', id, fact)), en: pageIds.filter((id) => tagOn('en', id, fact))};
    expect(pages.fr).toEqual(pages.en);
    expect(pages.fr.length, `${fact} is shown on ${pages.fr.join(', ')}`).toBeGreaterThan(1);
  });

  it.each(locales)('renders each fact with its citations in %s; the emergency signs carry every emergency number as tel: links', (locale) => {
    for (const f of safetyFacts) {
      const citations = safetyFactRefs(f.id);
      const out = renderToStaticMarkup(<SafetyFact locale={locale} id={f.id} citations={citations} />);
      expect(out).toContain(`data-safety-fact="${f.id}"`);
      for (const p of f.parts) for (const i of p.items ?? []) expect(out).toContain(i[locale].replace(/'/g, '&#x27;'));
      expect(out).not.toContain('href="#ref-0"');
    }
    const signs = renderToStaticMarkup(<SafetyFact locale={locale} id="emergency-signs" citations={safetyFactRefs('emergency-signs')} />);
    for (const l of crisisLines.filter((x) => x.role === 'emergency')) expect(signs).toContain(`href="tel:${l.tel}"`);
    expect(signs).toContain(locale === 'fr' ? 'changement de la vue' : 'a change in vision');
    expect(signs).not.toMatch(/confusion/i);
    // Names in brackets after their number, never brackets inside brackets ("(Urgences (numéro européen))").
    const text = signs.replace(/<[^>]+>/g, '');
    expect(text).not.toMatch(/\([^()]*\(/);
    expect(text).toContain(locale === 'fr' ? '112 (Urgences, numéro européen)' : '112 (');
    // Each number's label says its name after the language's separator ("Appeler le 15 : SAMU").
    expect(signs).toContain(locale === 'fr' ? 'aria-label="Appeler le 15 : SAMU' : 'aria-label="Call 999: ');
  });

  it('the bladder advice says tell the doctor and never "skip the next session"; frequent urination is a side effect', () => {
    const f = safetyFacts.find((x) => x.id === 'bladder')!;
    const en = f.parts.map((p) => p.text.en).join(' ');
    const fr = f.parts.map((p) => p.text.fr).join(' ');
    expect(en).toMatch(/Tell your doctor/);
    expect(en).toMatch(/considers stopping/);
    expect(en).toMatch(/3 in 100 people, against 1 in 200/);
    expect(`${en} ${fr}`).not.toMatch(/skip|sautez|prochaine séance/i);
  });

  it('loads a {safety:id} key point as the fact’s sentence', async () => {
    for (const locale of locales) {
      const page = await loadPage(locale, 'session');
      expect(page.frontmatter.keyPoints).toContain(safetyFacts.find((f) => f.id === 'driving')!.keyPoint[locale]);
    }
  });
});

describe('crisis lines for Belgium and Switzerland (evidence §20)', () => {
  const expected = {be: ['080032123', '1813', '112'], ch: ['143', '147', '144', '117']};
  it.each(locales)('urgent help lists them as tel: links, in %s', (locale) => {
    const out = renderToStaticMarkup(<UrgentHelp locale={locale} all />);
    for (const tels of Object.values(expected)) for (const tel of tels) expect(out).toContain(`href="tel:${tel}"`);
    expect(out).toContain('data-country="be"');
    expect(out).toContain('data-country="ch"');
    expect(out).not.toMatch(/988<\/a> <span>988/);
    expect(out).not.toMatch(/SMS ou visio \(SMS/);
  });
  it.each(locales)('the referral emails carry them, in %s', (locale) => {
    const text = crisisSummary(locale);
    for (const n of ['0800 32 123', '1813', '143', '147', '144', '117']) expect(text).toContain(n);
    expect(text).toContain(locale === 'fr' ? 'Belgique' : 'Belgium');
    expect(text).toContain(locale === 'fr' ? 'Suisse' : 'Switzerland');
  });
  it('the search treats their numbers as crisis queries (the crisis block then shows every line)', () => {
    for (const q of ['0800 32 123', '080032123', '1813', '143', '147']) expect(isCrisisQuery(q), q).toBe(true);
    expect(isCrisisQuery('1430')).toBe(false);
  });
  it.each(locales)('the email before the first session gives the driving rule from its record, in %s', (locale) => {
    expect(referralText('before-first-session', locale).body).toContain(safetyFacts.find((f) => f.id === 'driving')!.keyPoint[locale]);
  });
  it('every line has known references, in both languages', () => {
    for (const l of crisisLines) {
      for (const r of l.refs) expect(referenceByKey.has(r), r).toBe(true);
      for (const loc of locales) expect(l.name[loc].trim() && l.when[loc].trim()).toBeTruthy();
    }
  });
});

describe('cost and cover by country; harms of the other options', () => {
  it.each(locales)('cost: every country, reported figures marked, in %s', (locale) => {
    const out = renderToStaticMarkup(<CostByCountry locale={locale} citations={costCoverRefs} />);
    for (const c of costCover) expect(out).toContain(`data-country="${c.country}"`);
    expect(out).toContain(locale === 'fr' ? '200 € hors taxes' : '€200 before tax');
    expect(out.match(/class="reported"/g)?.length).toBe(costCover.flatMap((c) => c.points).filter((p) => p.reported).length);
    for (const key of costCoverRefs) expect(referenceByKey.has(key), key).toBe(true);
  });
  it('the FAQ and the depression options page show it', () => {
    for (const l of locales) for (const id of ['faq', 'depression-options']) expect(source(l, id)).toContain('<CostByCountry />');
  });
  it.each(locales)('harms of rTMS and ECT render in %s', (locale) => {
    for (const o of optionHarms) {
      const out = renderToStaticMarkup(<OptionHarms locale={locale} option={o.id} citations={optionHarmRefs(o.id)} />);
      expect(out).toContain(`data-option-harms="${o.id}"`);
      for (const key of optionHarmRefs(o.id)) expect(referenceByKey.has(key), key).toBe(true);
    }
  });
});
