// The post-build step (app/_build/static-pages.ts) checked against the real output of `next build`: the
// session page as Next exported it (build/next) and as the step finished it (build/site), then as served.
import {test, expect} from '@playwright/test';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {brotliDecompressSync, gunzipSync} from 'node:zlib';
import {foreignScripts, stripNextRuntime, usesClientComponents} from '../../app/_build/static-pages';
import {nextDir, siteDir} from '../../app/_lib/build-output';
import {frenchHtml} from '../../app/_build/french-typography.mjs';

for (const rel of ['fr/parcours-de-soins/seance.html', 'en/treatment-journey/session.html']) {
  test(`the step strips Next's runtime from the real exported ${rel} and keeps the page whole`, async ({request}) => {
    const original = readFileSync(path.join(nextDir(), rel), 'utf8');
    // It is Next's own output: flight data and framework scripts, and no client component of ours.
    expect(original).toContain('self.__next_f');
    expect(original).toMatch(/<script[^>]*src="\/_next\/static\/chunks\//);
    expect(usesClientComponents(original)).toBe(false);
    expect(foreignScripts(original).length).toBeGreaterThan(0);
    const main = (html: string) => /<main[\s\S]*<\/main>/.exec(html)![0];
    const stripped = stripNextRuntime(original)!;
    expect(stripped).not.toMatch(/__next_f|\/_next\/static\/chunks\//);
    expect(stripped.length).toBeLessThan(original.length * 0.7);
    // What the step wrote: the same page, without the runtime, its stylesheet inlined, only our scripts.
    const written = readFileSync(path.join(siteDir(), rel), 'utf8');
    expect(written).not.toMatch(/__next_f|\/_next\/static\//);
    expect(written).toContain('<style>');
    expect(foreignScripts(written)).toEqual([]);
    // ... with French spacing on the French page, and nothing else changed in what the reader sees.
    expect(main(written)).toBe(rel.startsWith('fr/') ? frenchHtml(main(original)) : main(original));
    if (rel.startsWith('fr/')) expect(main(written)).not.toBe(main(original));
    // Everything a reader sees, the JSON-LD and our inline scripts survive.
    expect(written).toContain('application/ld+json');
    expect(written).toContain('data-language-link');
    // Its compressed forms are the same bytes, and the server sends exactly what the step wrote.
    expect(brotliDecompressSync(readFileSync(path.join(siteDir(), rel + '.br'))).toString('utf8')).toBe(written);
    expect(gunzipSync(readFileSync(path.join(siteDir(), rel + '.gz'))).toString('utf8')).toBe(written);
    expect(await (await request.get('/' + rel.replace(/\.html$/, ''))).text()).toBe(written);
  });
}

test('the site folder holds what the server serves, and nothing of Next\'s runtime or flight data', () => {
  expect(existsSync(path.join(siteDir(), 'build.json'))).toBe(true);
  expect(existsSync(path.join(siteDir(), '_next'))).toBe(false);
  expect(existsSync(path.join(siteDir(), 'fr.txt'))).toBe(false);
  expect(existsSync(path.join(nextDir(), 'fr.txt'))).toBe(true);
  for (const file of ['robots.txt', 'sitemap.xml', 'favicon.ico', 'og/fr-home.png', '404.html', 'fr/404.html']) expect(existsSync(path.join(siteDir(), file)), file).toBe(true);
});

test('rules only some pages use are inlined only there: the builder\'s on the clinics pages and the builder, the tables\', the worksheet\'s and the handout\'s where they are', () => {
  const build = JSON.parse(readFileSync(path.join(siteDir(), 'build.json'), 'utf8'));
  const partClasses = build.cssParts.map((p: {classes: string[]}) => p.classes.join(' '));
  expect(partClasses).toEqual(['card-table', 'worksheet', 'handout', 'referral-builder builder-page', 'builder-page', 'options-table', 'when-to-call contraindications side-effects', 'crisis-table', 'phase-timeline']);
  const styles = (rel: string) => [...readFileSync(path.join(siteDir(), rel), 'utf8').matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  const [common] = styles('en/faq.html');
  expect(common).toContain('.prose');
  expect(common).not.toMatch(/builder|clinic-letter|card-table|worksheet|\.handout|crisis-table|\.phase|--pages-with/);
  // Each part, found by a rule of its own on a page that has it.
  const [, cards] = styles('en/depression-options.html');
  const [, worksheet, handout] = styles('en/depression-options/handout.html');
  const [, form, letter] = styles('en/clinic-email-shell.html');
  const options = styles('en/depression-options.html').at(-2)!;
  const compact = styles('en/risks-and-safety.html').at(-2)!;
  const crisis = styles('en/urgent-help.html').at(-1)!;
  const steps = styles('en/treatment-journey.html').at(-1)!;
  for (const [css, rule] of [[cards, '.card-table thead'], [worksheet, '.worksheet li'], [handout, '.handout .qr-code'], [form, '.clinic-builder'], [letter, '.clinic-letter'], [options, '.options-table tbody tr'], [compact, '.when-to-call .crisis-lines'], [crisis, '.crisis-table caption'], [steps, '.phase-current']] as const) {
    expect(css, rule).toContain(rule);
  }
  const parts = [cards, worksheet, handout, form, letter, options, compact, crisis, steps];
  const html: string[] = [];
  const walk = (dir: string) => readdirSync(dir, {withFileTypes: true}).forEach((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.html') && html.push(path.relative(siteDir(), path.join(dir, e.name))));
  walk(siteDir());
  expect(html.length).toBeGreaterThan(100);
  const having = (css: string) => html.filter((rel) => styles(rel).includes(css)).sort();
  for (const rel of html) {
    // The site's stylesheet first on every page, then parts only, in the stylesheet's order (the cascade's).
    const [first, ...rest] = styles(rel);
    expect(first, rel).toBe(common);
    expect(rest.map((css) => parts.indexOf(css)), rel).toEqual(parts.map((_, i) => i).filter((i) => rest.includes(parts[i])));
  }
  expect(having(form)).toEqual(['en/clinic-email-shell.html', 'en/for-clinics.html', 'fr/clinic-email-shell.html', 'fr/pour-les-cliniques.html']);
  expect(having(letter)).toEqual(['en/clinic-email-shell.html', 'fr/clinic-email-shell.html']);
  // Every handout and only handouts; the worksheet on the options pages and their handouts.
  expect(having(handout)).toEqual(html.filter((rel) => /\/(handout|fiche)\.html$/.test(rel)).sort());
  expect(having(worksheet)).toEqual(expect.arrayContaining(['en/depression-options.html', 'fr/options-depression-resistante/fiche.html']));
  expect(having(worksheet).length).toBeLessThan(20);
  expect(having(cards)).toContain('fr/options-fibromyalgie.html');
  expect(having(cards)).not.toContain('en/urgent-help.html');
  // The options cards' rules on the two options pages in each language, nowhere else.
  expect(having(options)).toEqual(['en/depression-options.html', 'en/fibromyalgia-options.html', 'fr/options-depression-resistante.html', 'fr/options-fibromyalgie.html']);
  // The phone tightening of the when-to-call chart, side-effect cards and contraindications list: where they are.
  expect(having(compact)).toEqual(expect.arrayContaining(['en/risks-and-safety.html', 'fr/risques-et-securite.html', 'en/treatment-journey/preparation.html']));
  expect(having(compact)).not.toContain('en/urgent-help.html');
  // The crisis numbers' table: urgent help and the pages with a "Need help now?" box, not the handouts or the
  // pages about the site.
  expect(having(crisis)).toEqual(expect.arrayContaining(['en/urgent-help.html', 'fr/aide-urgente.html', 'en/faq.html', 'fr/parcours-de-soins/seance.html']));
  expect(having(crisis)).not.toContain('en/sources.html');
  expect(having(crisis).filter((rel) => /\/(handout|fiche)\.html$/.test(rel))).toEqual([]);
  // The journey's steps: home, the journey and its four phases, in each language.
  expect(having(steps)).toHaveLength(12);
  expect(having(steps)).toEqual(expect.arrayContaining(['en.html', 'fr.html', 'en/treatment-journey.html', 'fr/parcours-de-soins/entretien.html']));
});
