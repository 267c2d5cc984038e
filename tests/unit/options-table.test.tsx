import {describe, expect, it} from 'vitest';
import {renderToStaticMarkup} from 'react-dom/server';
import {locales} from '@/app/_i18n/pages';
import {OptionsTable} from '@/components/content/OptionsTable';
import {Worksheet} from '@/components/content/Worksheet';
import {SiteHeader} from '@/components/layout/SiteHeader';
import {treatmentOptions} from '@/content/data/treatment-options';

const html = (el: React.ReactElement) => renderToStaticMarkup(el);
const allRefs = [...new Set(treatmentOptions.flatMap((o) => o.refs))];

describe.each(locales)('the options components in %s', (locale) => {
  it('OptionsTable is a real table: caption, scoped headers, one row per option, a label on every cell', () => {
    const out = html(<OptionsTable locale={locale} citations={allRefs} />);
    expect(out).toContain('<caption');
    expect(out.match(/scope="col"/g)).toHaveLength(7);
    expect(out.match(/scope="row"/g)).toHaveLength(treatmentOptions.length);
    expect(out.match(/<td /g)).toHaveLength(treatmentOptions.length * 6);
    expect(out.match(/<td data-label="[^"]+"/g)).toHaveLength(treatmentOptions.length * 6);
    for (const o of treatmentOptions) expect(out).toContain(`id="option-${o.id}"`);
  });

  it('OptionsTable puts no ARIA role on table parts (the card layout is CSS only)', () => {
    const out = html(<OptionsTable locale={locale} citations={allRefs} />);
    expect(out).not.toMatch(/<(table|thead|tbody|tr|th|td)\b[^>]*\brole=/);
  });

  it('OptionsTable numbers a row’s references like the page’s citations, and skips any the page does not cite', () => {
    const first = treatmentOptions[0].refs[0];
    const out = html(<OptionsTable locale={locale} citations={[first]} />);
    expect(out).toContain('href="#ref-1"');
    expect(out.match(/class="cite"/g)).toHaveLength(treatmentOptions.filter((o) => o.refs.includes(first)).length);
    expect(html(<OptionsTable locale={locale} citations={[]} />)).not.toContain('class="cite"');
  });

  it('Worksheet is a labelled section around the author’s lists, with no form controls', () => {
    const out = html(<Worksheet locale={locale}><ul><li>Q</li></ul></Worksheet>);
    expect(out).toMatch(/<section aria-label="[^"]+" class="worksheet/);
    expect(out).toContain('<li>Q</li>');
    expect(out).not.toMatch(/<(input|textarea|form)/);
  });

  it('the main navigation links the two options pages and the family page', () => {
    const out = html(<SiteHeader locale={locale} alternateHref="/" />);
    const paths = locale === 'fr'
      ? ['/fr/options-depression-resistante', '/fr/options-fibromyalgie', '/fr/pour-les-proches']
      : ['/en/depression-options', '/en/fibromyalgia-options', '/en/family-and-friends'];
    for (const p of paths) expect(out).toContain(`href="${p}"`);
  });
});
