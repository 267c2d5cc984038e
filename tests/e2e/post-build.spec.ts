// The post-build step (app/_build/static-pages.mjs) checked against the real output of `next build`: the
// session page as Next wrote it (kept by the step) and as the step left it.
import {test, expect} from '@playwright/test';
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';

// Loaded by URL: the step is plain ESM for Node, which Playwright's TypeScript transform would turn into CommonJS.
type Step = typeof import('../../app/_build/static-pages.mjs');
const step = (): Promise<Step> => import(pathToFileURL(path.join(process.cwd(), 'app/_build/static-pages.mjs')).href);

const built = (rel: string) => path.join(process.cwd(), '.next', 'server', 'app', rel);

for (const rel of ['fr/parcours-de-soins/seance.html', 'en/treatment-journey/session.html']) {
  test(`the step strips Next's runtime from the real built ${rel} and keeps the page whole`, async ({request}) => {
    const {originalsDir, stripNextRuntime, usesClientComponents} = await step();
    const {frenchHtml} = await import(pathToFileURL(path.join(process.cwd(), 'app/_build/french-typography.mjs')).href);
    const original = readFileSync(path.join(originalsDir, rel), 'utf8');
    // It is Next's own output: flight data and framework scripts, and no client component of ours.
    expect(original).toContain('self.__next_f');
    expect(original).toMatch(/<script[^>]*src="\/_next\/static\/chunks\//);
    expect(usesClientComponents(original)).toBe(false);
    const main = (html: string) => /<main[\s\S]*<\/main>/.exec(html)![0];
    const stripped = stripNextRuntime(original)!;
    expect(stripped).not.toMatch(/__next_f|\/_next\/static\/chunks\//);
    // What the step wrote: the same page, without the runtime, its stylesheet inlined.
    const written = readFileSync(built(rel), 'utf8');
    expect(written).not.toMatch(/__next_f|\/_next\/static\//);
    expect(written).toContain('<style');
    // ... with French spacing on the French page (the step's third part).
    expect(main(written)).toBe(rel.startsWith('fr/') ? frenchHtml(main(original)) : main(original));
    if (rel.startsWith('fr/')) expect(main(written)).not.toBe(main(original));
    expect(stripped.length).toBeLessThan(original.length * 0.7);
    // Everything a reader sees, the JSON-LD and our inline scripts survive.
    expect(main(stripped)).toBe(main(original));
    expect(stripped).toContain('application/ld+json');
    expect(stripped).toContain('data-language-link');
    const served = await (await request.get('/' + rel.replace(/\.html$/, ''))).text();
    expect(served).not.toMatch(/__next_f|\/_next\/static\/chunks\//);
    expect(existsSync(built(rel))).toBe(true);
  });
}
