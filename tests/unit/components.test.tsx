import {describe, expect, it} from 'vitest';
import {renderToStaticMarkup} from 'react-dom/server';
import {locales} from '@/app/_i18n/pages';
import {Callout} from '@/components/content/Callout';
import {UrgentHelp} from '@/components/content/UrgentHelp';
import {PhaseTimeline} from '@/components/content/PhaseTimeline';
import {EvidenceTable} from '@/components/content/EvidenceTable';
import {SideEffectsTable} from '@/components/content/SideEffectsTable';
import {Cite} from '@/components/content/Cite';
import {References} from '@/components/content/References';
import {PageDirectory} from '@/components/content/PageDirectory';
import {ReferralEmails} from '@/components/content/ReferralEmails';
import {PublisherDetails} from '@/components/content/PublisherDetails';
import {PageMeta} from '@/components/content/PageMeta';
import {Bibliography} from '@/components/content/Bibliography';
import {SiteHeader} from '@/components/layout/SiteHeader';
import {SiteFooter} from '@/components/layout/SiteFooter';
import {Breadcrumbs} from '@/components/layout/Breadcrumbs';
import {SkipLink} from '@/components/layout/SkipLink';
import {copyScript} from '@/app/_lib/inline-scripts';
import {crisisLines} from '@/content/data/crisis-lines';
import {crisisCountryOrder, crisisLinesByCountry} from '@/content/data/crisis-summary';
import {fibromyalgiaEvidence} from '@/content/data/fibromyalgia-evidence';
import {references} from '@/content/data/references';
import {sideEffects} from '@/content/data/side-effects';

const html = (el: React.ReactElement) => renderToStaticMarkup(el);

describe.each(locales)('components in %s', (locale) => {
  it('Callout says its kind in words, not only by colour', () => {
    for (const kind of ['info', 'warning', 'urgent'] as const) {
      const out = html(<Callout locale={locale} kind={kind} title="T">Body</Callout>);
      expect(out).toContain('role="note"');
      expect(out).toMatch(/class="sr-only">[^<]+/);
      expect(out).toContain('Body');
    }
    expect(html(<Callout locale={locale} kind="warning">x</Callout>)).toContain(locale === 'fr' ? 'Attention' : 'Warning');
  });

  it('UrgentHelp renders every verified line as a tel: link when asked for all', () => {
    const out = html(<UrgentHelp locale={locale} all />);
    for (const line of crisisLines) expect(out).toContain(`href="tel:${line.tel}"`);
    expect(html(<UrgentHelp locale={locale} />)).toContain(locale === 'fr' ? '/fr/aide-urgente' : '/en/urgent-help');
  });

  it('UrgentHelp compact and box: a table, a row group per country, its crisis lines and emergency numbers under two column headers', () => {
    for (const variant of [{compact: true}, {box: true}]) {
      const out = html(<UrgentHelp locale={locale} {...variant} />);
      expect(out).toContain('<caption>');
      expect(out.match(/<th scope="col">/g)).toHaveLength(2);
      const groups = [...out.matchAll(/<tbody data-country="([a-z-]+)">([\s\S]*?)<\/tbody>/g)];
      expect(groups.map((g) => g[1])).toEqual(crisisCountryOrder[locale]);
      for (const [, country, body] of groups) {
        expect(body).toMatch(/^<tr><th scope="rowgroup" colSpan="2">[^<]+<\/th><\/tr>/i);
        const [crisisCell, emergencyCell] = [...body.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((m) => m[1]);
        const {crisis, emergency} = crisisLinesByCountry(country as (typeof crisisLines)[number]['country']);
        expect([...crisisCell.matchAll(/href="tel:(\d+)"/g)].map((m) => m[1])).toEqual(crisis.map((l) => l.tel));
        expect([...emergencyCell.matchAll(/href="tel:(\d+)"/g)].map((m) => m[1])).toEqual(emergency.map((l) => l.tel));
        // "or" goes down with the number after it: a line never ends with "or" (one "or" between two numbers).
        for (const cell of [crisisCell, emergencyCell]) {
          const ors = [...cell.matchAll(/>(ou|or) <a /g)];
          expect(ors).toHaveLength(cell.match(/href="tel:/g)!.length - 1);
          for (const m of ors) expect(cell.slice(0, m.index! + 1)).toMatch(/<span class="whitespace-nowrap">$/);
        }
      }
    }
  });

  it('PhaseTimeline links the four phases and marks the current one', () => {
    const out = html(<PhaseTimeline locale={locale} current="integration" />);
    expect(out.match(/<li/g)).toHaveLength(4);
    expect(out).toContain('aria-current="step"');
    expect(out).toContain(locale === 'fr' ? 'href="/fr/parcours-de-soins/entretien"' : 'href="/en/treatment-journey/maintenance"');
    expect(out).toContain(locale === 'fr' ? 'étape actuelle' : 'current step');
  });

  it('EvidenceTable has a caption, scoped headers, and every row with its link', () => {
    const out = html(<EvidenceTable locale={locale} />);
    expect(out).toContain('<caption');
    expect(out).toContain('scope="col"');
    expect(out.match(/scope="row"/g)).toHaveLength(fibromyalgiaEvidence.length);
    for (const row of fibromyalgiaEvidence) {
      expect(out).toContain(`data-ref="${row.ref}"`);
      expect(out).toContain(row.found[locale].replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;'));
    }
  });

  it('SideEffectsTable shows each effect with locale-formatted percentages: those that call for action, then the others', () => {
    const act = html(<SideEffectsTable locale={locale} />);
    const other = html(<SideEffectsTable locale={locale} rows="other" />);
    expect((act + other).match(/scope="row"/g)).toHaveLength(sideEffects.length);
    expect(act.match(/data-action="([^"]+)"/g)!.every((a) => /tell-team|call-help/.test(a))).toBe(true);
    expect(other).not.toMatch(/data-action="(tell-team|call-help)"/);
    expect(other).toContain(locale === 'fr' ? '41\u00a0%' : '41%');
  });

  it('Cite and References agree on numbering and anchors', () => {
    const citations = [references[0].key, references[1].key];
    expect(html(<Cite locale={locale} id={references[1].key} citations={citations} />)).toContain('href="#ref-2"');
    const list = html(<References locale={locale} citations={citations} />);
    expect(list).toContain('id="ref-1"');
    expect(list).toContain('id="ref-2"');
    expect(list).toContain(locale === 'fr' ? 'Références' : 'References');
  });

  it('Bibliography lists every reference once', () => {
    const out = html(<Bibliography locale={locale} />);
    for (const r of references) expect(out.split(`id="source-${r.key}"`).length - 1).toBe(1);
  });

  it('PageDirectory shows both full URLs of every page as text', () => {
    const out = html(<PageDirectory locale={locale} />);
    expect(out).toContain('http://localhost:3000/fr/pour-les-cliniques');
    expect(out).toContain('http://localhost:3000/en/for-clinics');
    // "en anglais" is written in the page's language: the handout links name their target with hreflang only.
    expect(out).toMatch(/<a class="handout-url[^"]*" href="[^"]+" hrefLang="en">/i);
    expect(out).not.toMatch(/<a class="handout-url[^>]* lang=/);
  });

  it('ReferralEmails gives each email in both languages with full links', () => {
    const out = html(<ReferralEmails locale={locale} />);
    // The email text carries its language; the label above it ("Version anglaise") is in the page's.
    expect(out).toMatch(/<pre lang="fr"[^>]*>/);
    expect(out).toMatch(/<pre lang="en"[^>]*>/);
    expect(out.match(/ lang="/g)).toHaveLength(out.match(/<pre /g)!.length);
    expect(out).toContain('http://localhost:3000/fr/parcours-de-soins/preparation');
    expect(out).not.toContain('{links}');
  });

  it('copy buttons need no framework: hidden until the inline script runs, each followed by a live region, the script once per component', () => {
    for (const out of [html(<PageDirectory locale={locale} />), html(<ReferralEmails locale={locale} />)]) {
      const buttons = out.match(/<button [^>]*>/g)!;
      expect(buttons.length).toBeGreaterThan(0);
      for (const b of buttons) expect(b).toMatch(/ hidden=""/);
      expect(out.match(/<\/button><span role="status" aria-live="polite"/g)).toHaveLength(buttons.length);
      expect(out.split(copyScript)).toHaveLength(2);
    }
    // The emails' buttons copy the <pre> just before them rather than carry the text twice.
    expect(html(<ReferralEmails locale={locale} />)).toMatch(/<\/pre><button type="button" hidden="" data-done=/);
  });

  it('PublisherDetails says a field is not configured rather than invent it', () => {
    expect(html(<PublisherDetails locale={locale} />)).toContain(locale === 'fr' ? 'Pas encore renseigné' : 'Not yet filled in');
  });

  it('PageMeta formats review dates for the locale and carries the disclaimer', () => {
    const out = html(<PageMeta locale={locale} lastReviewed="2026-11-24" nextReview="2027-11-24" />);
    expect(out).toContain(locale === 'fr' ? '24 novembre 2026' : '24 November 2026');
    expect(out).toContain('dateTime="2026-11-24"');
    // The next review date lives in the page record at the foot (and the overdue notice).
    expect(out).toContain('data-due="2027-11-24"');
    expect(out).toContain(locale === 'fr' ? 'médecin' : 'doctor');
  });

  it('site chrome: skip link, header with help and language link, breadcrumbs, footer', () => {
    expect(html(<SkipLink locale={locale} />)).toContain('href="#main"');
    const header = html(<SiteHeader locale={locale} current="faq" alternateHref="/x" />);
    expect(header).toContain(locale === 'fr' ? 'Aide urgente' : 'Need help now?');
    expect(header).toContain(`hrefLang="${locale === 'fr' ? 'en' : 'fr'}"`);
    expect(header).toContain('<details');
    expect(header).toContain('aria-current="page"');
    const crumbs = html(<Breadcrumbs locale={locale} id="session" />);
    expect(crumbs.match(/<li/g)).toHaveLength(3);
    expect(html(<Breadcrumbs locale={locale} id="home" />)).toBe('');
    expect(html(<SiteFooter locale={locale} />)).toContain(locale === 'fr' ? 'Pas de cookies' : 'No cookies');
  });
});
