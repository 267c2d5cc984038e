import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {renderToStaticMarkup} from 'react-dom/server';
import {loadPage} from '@/content/load';
import {directoryPages, locales, pageForInternalPath, pageIds, patientPages} from '@/app/_i18n/pages';
import {HandoutTemplate} from '@/components/layout/HandoutTemplate';
import {Contraindications} from '@/components/content/Contraindications';
import {OtherHelp} from '@/components/content/OtherHelp';
import {ReferenceText} from '@/components/content/ReferenceText';
import {referralEmails} from '@/content/data/referral-emails';
import {referralText} from '@/components/content/ReferralEmails';
import {contraindications} from '@/content/data/contraindications';
import {otherHelp} from '@/content/data/other-help';
import {references} from '@/content/data/references';
import fr from '@/messages/fr.json';
import en from '@/messages/en.json';

const source = (locale: string, id: string) => readFileSync(path.join('content', locale, `${id}.mdx`), 'utf8');
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');

/** The crisis lines every handout and email must carry, whatever its language: France, Belgium, Switzerland, Canada, the US, the UK/Ireland. */
const crisisTel = ['3114', '15', '112', '988', '911', '116123', '999', '080032123', '1813', '143', '147', '144', '117'];
const crisisText = ['3114', '9-8-8', '988', '116 123', '911', '999', '112', '15', '0800 32 123', '1813', '143', '147', '144', '117'];

describe('contraindications come from one data list, rendered by <Contraindications />', () => {
  // Words that only the data list may say: a page that lists contraindications in prose would repeat them.
  const listOnly = [/an[ée]vrism/i, /art[ée]rio-?veineu/i, /arteriovenous/i, /180\/100/, /hyperthyro/i, /pr[ée]-?[ée]clampsi/i, /eclampsia/i];
  const mentions = /contraindicat|contre-indic/i;
  const pregnancyRule = /(pregnan|breastfeed|grossesse|enceinte|allait)[^.\n]{0,80}(not (recommended|advised)|d[ée]conseill|pas (recommand|conseill)|avoid|[ée]viter)|(not (recommended|advised)|d[ée]conseill|pas (recommand|conseill))[^.\n]{0,80}(pregnan|breastfeed|grossesse|enceinte|allait)/i;

  it.each(pageIds)('page %s: no contraindication listed in prose; the tag is used wherever they are discussed', (id) => {
    for (const locale of locales) {
      const text = source(locale, id);
      for (const re of listOnly) expect(text, `content/${locale}/${id}.mdx says ${re} in prose: use <Contraindications />`).not.toMatch(re);
      const body = text.replace(/^---[\s\S]*?---/, '');
      const prose = body.replace(/<Contraindications[^>]*\/>/g, '');
      if (mentions.test(prose.replace(/\]\([^)]*\)/g, ']')) || pregnancyRule.test(prose)) {
        expect(body, `content/${locale}/${id}.mdx discusses contraindications or pregnancy: render <Contraindications />`).toMatch(/<Contraindications( only="[a-z,-]+")? \/>/);
      }
      expect(prose, `content/${locale}/${id}.mdx states a pregnancy rule in prose`).not.toMatch(pregnancyRule);
    }
  });

  it('the risks and preparation pages render the whole list', () => {
    for (const locale of locales) for (const id of ['risks-and-safety', 'preparation']) expect(source(locale, id)).toContain('<Contraindications />');
  });

  it.each(locales)('the tag renders every item, in %s, with its citations', (locale) => {
    const citations = [...new Set(contraindications.flatMap((c) => c.refs))];
    const out = renderToStaticMarkup(<Contraindications locale={locale} citations={citations} />);
    for (const c of contraindications) {
      expect(out).toContain(`data-item="${c.id}"`);
      expect(out).toContain(esc(c.text[locale]));
      for (const l of locales) expect(c.label[l].trim() && c.text[l].trim()).toBeTruthy();
    }
    expect(out).not.toContain('href="#ref-0"');
    const only = renderToStaticMarkup(<Contraindications locale={locale} citations={citations} only="pregnancy" />);
    expect(only.match(/data-item=/g)).toHaveLength(1);
  });
});

describe('crisis numbers of every country on every handout and referral email', () => {
  it.each(patientPages.flatMap((id) => locales.map((l) => [l, id] as const)))('handout %s/%s', async (locale, id) => {
    const page = await loadPage(locale, id);
    const out = renderToStaticMarkup(<HandoutTemplate page={page} qrSvg="<svg></svg>" buildDay="2026-12-02" />);
    for (const tel of crisisTel) expect(out, `${locale}/${id} handout lacks tel:${tel}`).toContain(`href="tel:${tel}"`);
    for (const c of ['fr', 'be', 'ch', 'ca', 'us', 'uk-ie']) expect(out).toContain(`data-country="${c}"`);
  });
  it.each(referralEmails.flatMap((e) => locales.map((l) => [e.id, l] as const)))('email %s in %s', (id, lang) => {
    const {body} = referralText(id, lang);
    for (const n of crisisText) expect(body, `${id} (${lang}) lacks ${n}`).toContain(n);
    expect(body).not.toMatch(/\{\w+\}/);
  });
});

describe('references say what kind of document they are', () => {
  const types = Object.keys(en.References.types);
  it('every reference has a known source type, labelled in both languages', () => {
    expect(Object.keys(fr.References.types).sort()).toEqual([...types].sort());
    for (const r of references) expect(types, r.key).toContain(r.sourceType);
  });
  it('no placeholder authors and no bracketed English paraphrase as a title', () => {
    for (const r of references) {
      if (r.authors !== undefined) expect(r.authors, r.key).not.toMatch(/investigators|authors$|^\s*$/i);
      const titles = typeof r.title === 'string' ? [r.title] : [r.title.fr, r.title.en];
      for (const t of titles) expect(t, r.key).not.toMatch(/^\[|\]$/);
    }
  });
  it.each(locales)('the reference text shows the type in %s', (locale) => {
    const r = references.find((x) => x.sourceType === 'news')!;
    const out = renderToStaticMarkup(<ReferenceText locale={locale} reference={r} />);
    expect(out).toContain(locale === 'fr' ? 'Article de presse' : 'News report');
    expect(out).toContain('data-source-type="news"');
  });
});

describe('other help (not for emergencies)', () => {
  it.each(locales)('lists every service by country in %s, phones as tel: links', (locale) => {
    const out = renderToStaticMarkup(<OtherHelp locale={locale} citations={[...new Set(otherHelp.flatMap((s) => s.refs))]} />);
    for (const s of otherHelp) {
      expect(out).toContain(`data-service="${s.id}"`);
      for (const p of s.phones ?? []) expect(out).toContain(`href="tel:${p.tel}"`);
      for (const l of locales) expect(s.what[l].trim()).not.toBe('');
    }
  });
});

describe('the home page\'s "All pages" list is the route model\'s (directoryPages)', () => {
  it.each(locales)('%s: each listed page once, every page of the list, nothing else', (locale) => {
    const section = /\{\/\*all-pages\*\/\}([\s\S]*?)(?:\n## |<UrgentHelp)/.exec(source(locale, 'home'))?.[1] ?? '';
    const listed = [...section.matchAll(/^- \[[^\]]+\]\(([^)#]+)\)/gm)].map((m) => pageForInternalPath(m[1]) ?? m[1]);
    expect(listed.length).toBeGreaterThan(5);
    expect(new Set(listed).size, 'a page listed twice').toBe(listed.length);
    expect([...listed].sort()).toEqual([...directoryPages].sort());
  });
});
