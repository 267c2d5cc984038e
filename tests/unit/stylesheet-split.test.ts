// The post-build step's split of the site's stylesheet (app/_build/static-pages.ts): rules only some pages use,
// in "@supports (--pages-with: CLASSES)" blocks at the end of app/globals.css, are inlined only on those pages.
// tests/e2e/post-build.spec.ts checks the same on the real build.
import {describe, expect, it} from 'vitest';
import {inlineStylesheets, pageClasses, splitStylesheet} from '../../app/_build/static-pages';

const head = '/*! banner */@layer theme,base;@layer base{a{color:red}}.x{content:"}{"}@media print{.y{color:#000}}';
const form = '@supports (--pages-with:referral-builder builder-page){.f{margin:0}@media screen and (prefers-color-scheme:dark){.f{color:#fff}}}';
const letter = '@supports (--pages-with:builder-page){.l{padding:0}}';
const tail = '@property --tw-x{syntax:"*";inherits:false}';

describe('splitStylesheet', () => {
  it('takes the marked blocks out, unwrapped, with their classes, and keeps everything else in order', () => {
    const {common, parts} = splitStylesheet(head + form + letter + tail);
    expect(common).toBe(head + tail);
    expect(parts).toEqual([
      {classes: ['referral-builder', 'builder-page'], css: '.f{margin:0}@media screen and (prefers-color-scheme:dark){.f{color:#fff}}'},
      {classes: ['builder-page'], css: '.l{padding:0}'},
    ]);
  });

  it('leaves a stylesheet without blocks whole', () => {
    expect(splitStylesheet(head + tail)).toEqual({common: head + tail, parts: []});
    expect(splitStylesheet(head + '\n')).toEqual({common: head + '\n', parts: []});
  });

  it('refuses a block followed by a rule whose place matters (the cascade would change)', () => {
    expect(() => splitStylesheet(head + form + '.z{color:red}')).toThrow(/end of app\/globals\.css/);
    expect(() => splitStylesheet(head + form + '@media print{.z{color:red}}' + letter)).toThrow(/followed by other rules/);
  });

  it('does not take a block nested in another rule, nor any other @supports', () => {
    const nested = '@media screen{@supports (--pages-with:a){.n{color:red}}}@supports (display:grid){.g{display:grid}}';
    expect(splitStylesheet(nested)).toEqual({common: nested, parts: []});
  });

  it('refuses a stylesheet that ends inside a rule', () => {
    expect(() => splitStylesheet('.a{color:red')).toThrow(/unbalanced/);
  });
});

describe('inlineStylesheets', () => {
  const sheet = splitStylesheet(head + form + letter + tail);
  const page = (body: string) => `<html><head><link rel="stylesheet" href="/_next/static/css/abc.css" data-precedence="next"/></head><body>${body}</body></html>`;
  const styles = (html: string) => [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);

  it('inlines the common part on every page, and a block only where an element has one of its classes', () => {
    const used = new Set<string>();
    expect(styles(inlineStylesheets(page('<main class="prose"><p class="builder-pages-x">x</p></main>'), () => sheet, used))).toEqual([sheet.common]);
    expect(used.size).toBe(0);
    expect(styles(inlineStylesheets(page('<div class="referral-builder not-prose my-6"></div>'), () => sheet, used))).toEqual([sheet.common, sheet.parts[0].css]);
    expect(styles(inlineStylesheets(page('<main class="builder-page prose">'), () => sheet, used))).toEqual([sheet.common, sheet.parts[0].css, sheet.parts[1].css]);
    expect(used).toEqual(new Set(sheet.parts.map((p) => p.css)));
  });

  it('refuses CSS that would close the <style> element', () => {
    expect(() => inlineStylesheets(page(''), () => ({common: 'a{content:"</style>"}', parts: []}))).toThrow(/cannot inline/);
  });

  it('reads class names from class attributes only', () => {
    expect(pageClasses('<p class="a  b">builder-page</p><i data-class="c" class="d"></i>')).toEqual(new Set(['a', 'b', 'd']));
  });
});
