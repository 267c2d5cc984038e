import {describe, expect, it} from 'vitest';
import {renderToStaticMarkup} from 'react-dom/server';
import {readFileSync} from 'node:fs';
import {locales, type Locale} from '@/app/_i18n/pages';
import {messages} from '@/app/_i18n/messages';
import {SpraySteps} from '@/components/content/SpraySteps';
import {EsketamineSchedule} from '@/components/content/EsketamineSchedule';
import {WhenToCall} from '@/components/content/WhenToCall';
import {spraySteps} from '@/content/data/spray-steps';
import {esketamineSchedule} from '@/content/data/esketamine-schedule';
import {safetyFacts} from '@/content/data/safety-facts';
import {whenToCall, callLevels} from '@/content/data/when-to-call';
import {crisisLinesByCountry} from '@/content/data/crisis-summary';

// Issue 19 item 5: pictures where they help act. Each is a <figure> with a caption; its drawings are hidden
// from assistive technology and the HTML beside them says the same, which these tests read.

/** Text as a reader hears it: tags out, entities and no-break spaces back to plain characters. */
const plain = (html: string) =>
  html.replace(/<svg[\s\S]*?<\/svg>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&#x27;|&#39;/g, '\'').replace(/&quot;/g, '"').replace(/&amp;/g, '&')
    .replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
/** Expected text the way plain() gives it (no-break spaces as plain spaces). */
const sp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const norm = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').toLowerCase();

/** The lines of one `##`/`###` section of a page (from its heading to the next heading). */
function section(locale: Locale, page: string, id: string): string[] {
  const lines = readFileSync(`content/${locale}/${page}.mdx`, 'utf8').split('\n');
  const start = lines.findIndex((l) => /^#{2,3} /.test(l) && l.includes(`{/*${id}*/}`));
  if (start < 0) return [];
  const end = lines.findIndex((l, i) => i > start && /^#{2,3} /.test(l));
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

/** Every <svg> is hidden from assistive technology and drawn in the text colour, with no text inside. */
function expectQuietDrawings(html: string) {
  const svgs = html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
  expect(svgs.length).toBeGreaterThan(0);
  for (const svg of svgs) {
    expect(svg).toMatch(/^<svg[^>]*aria-hidden="true"/);
    expect(svg).toContain('currentColor');
    expect(svg).not.toMatch(/<text|<image|href=/);
  }
}

describe.each(locales)('pictures in %s', (locale) => {
  it('SpraySteps: a captioned figure, one panel per numbered step of the text, each panel saying its step', () => {
    const html = renderToStaticMarkup(<SpraySteps locale={locale} />);
    expect(html).toMatch(/^<figure[^>]*data-picture="spray-steps"/);
    const caption = /<figcaption[^>]*>([\s\S]*?)<\/figcaption>/.exec(html)?.[1];
    expect(caption).toBe(locale === 'fr' ? 'Dessin : les 7 étapes du spray nasal' : 'Drawing: the 7 steps of the nasal spray');
    expectQuietDrawings(html);
    // The text's numbered list, and the drawing's panels: as many, in the same order, saying the same step.
    const textSteps = section(locale, 'session', 'nasal-spray-steps').filter((l) => /^\d+\. /.test(l));
    expect(textSteps.length).toBe(7);
    const panels = html.match(/<li[^>]*data-step="[^"]+"[\s\S]*?<\/li>/g) ?? [];
    expect(panels).toHaveLength(textSteps.length);
    expect(spraySteps).toHaveLength(textSteps.length);
    spraySteps.forEach((s, i) => {
      expect(norm(textSteps[i]), `text step ${i + 1}`).toContain(norm(s.match[locale]));
      expect(plain(panels[i])).toBe(sp(`${i + 1}. ${s.label[locale]}`));
      expect(panels[i]).toContain('<svg');
    });
    expect(section(locale, 'session', 'nasal-spray-steps').join('\n')).toContain('<SpraySteps />');
  });

  it('EsketamineSchedule: every period of the label in words and as weeks with a dot per session, and the 2-hour watch', () => {
    const html = renderToStaticMarkup(<EsketamineSchedule locale={locale} />);
    expect(html).toMatch(/^<figure[^>]*data-picture="esketamine-schedule"/);
    expect(html).toMatch(/<figcaption[^>]*>[^<]+<\/figcaption>/);
    expectQuietDrawings(html);
    const text = plain(html);
    const rows = html.match(/<li[\s\S]*?<\/li>/g) ?? [];
    expect(rows).toHaveLength(esketamineSchedule.rows.length);
    // The page's own list says the same periods.
    const pageText = norm(section(locale, 'maintenance', 'esketamine-schedule').join(' '));
    esketamineSchedule.rows.forEach((r, i) => {
      expect(pageText).toContain(norm(r.match[locale]));
      expect(plain(rows[i])).toContain(sp(r.weeks[locale]));
      for (const rh of r.rhythms) expect(plain(rows[i])).toContain(sp(rh.text[locale]));
      // One strip of four weeks per rhythm; dots: 2 a week, 1 a week, or 1 every 2 weeks.
      const strips = rows[i].match(/<svg[\s\S]*?<\/svg>/g) ?? [];
      expect(strips).toHaveLength(r.rhythms.length);
      r.rhythms.forEach((rh, j) => {
        expect(strips[j].match(/<rect/g)).toHaveLength(4);
        expect(strips[j].match(/<circle/g)).toHaveLength(rh.perWeek * 4);
        expect(strips[j].includes('<path')).toBe(Boolean(r.ongoing));
      });
    });
    expect(text).toContain(sp(esketamineSchedule.observation[locale]));
    expect(pageText).toMatch(locale === 'fr' ? /au moins 2 heures/ : /at least 2 hours/);
    expect(text).toContain(sp(messages[locale].EsketamineSchedule.legend));
  });

  it('WhenToCall: three levels in rising urgency, each named, with every item as text, and emergency numbers to tap', () => {
    const html = renderToStaticMarkup(<WhenToCall locale={locale} levels={whenToCall} />);
    expect(html).toMatch(/^<figure[^>]*data-picture="when-to-call"/);
    expect(html).toMatch(/<figcaption[^>]*>[^<]+<\/figcaption>/);
    expectQuietDrawings(html);
    expect(whenToCall.map((l) => l.level)).toEqual(callLevels);
    const names = messages[locale].WhenToCall.levels;
    expect(Object.keys(names).sort()).toEqual([...callLevels].sort());
    const levels = html.split(/(?=<li[^>]*data-level=)/).slice(1);
    expect(levels).toHaveLength(3);
    whenToCall.forEach((l, i) => {
      const t = plain(levels[i]);
      expect(t.startsWith(sp(`${i + 1}. ${names[l.level]}`))).toBe(true);
      expect(l.items.length).toBeGreaterThan(0);
      for (const it of l.items) expect(t).toContain(sp(it[locale]));
    });
    // The last level carries each country's emergency numbers as tel: links, from the crisis-line data.
    for (const c of ['fr', 'ca', 'us', 'uk-ie'] as const) {
      for (const line of crisisLinesByCountry(c).emergency) expect(levels[2]).toContain(`href="tel:${line.tel}"`);
    }
    expect(levels[0]).not.toContain('tel:');
    expect(levels[1]).not.toContain('tel:');
  });

  it('WhenToCall items are a safety record\'s key point or say what a section of the guide says; the risks page shows the visual under "When to get help"', () => {
    const keyPoints = new Set(safetyFacts.map((f) => f.keyPoint[locale]));
    for (const l of whenToCall) for (const it of l.items) {
      if (keyPoints.has(it[locale])) continue;
      expect(it.from, it.en).toBeDefined();
      expect(section(locale, it.from!.page, it.from!.section).length, `${it.from!.page}#${it.from!.section}`).toBeGreaterThan(0);
    }
    expect(section(locale, 'risks-and-safety', 'when-to-call').join('\n')).toContain('<WhenToCall />');
    expect(section(locale, 'maintenance', 'esketamine-schedule').join('\n')).toContain('<EsketamineSchedule />');
  });
});

it('WhenToCall renders whatever levels it is given (so its items can come from other records)', () => {
  const html = renderToStaticMarkup(<WhenToCall locale="en" levels={[{level: 'tell-team', items: [{fr: 'Un signe.', en: 'A sign.'}]}]} />);
  expect(plain(html)).toContain('1. Tell the clinic team A sign.');
  expect(html).not.toContain('tel:');
});
