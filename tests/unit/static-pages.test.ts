import {mkdtempSync, mkdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {assertPostBuilt, cspWithStyleHashes, inlineStylesheets, sha256, stripNextRuntime, styleHashes, usesClientComponents} from '@/app/_build/static-pages.mjs';

const page = (flight: string) =>
  `<!DOCTYPE html><html lang="en"><head><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-1.js"/>` +
  `<link rel="stylesheet" href="/_next/static/css/abc.css" data-precedence="next"/>` +
  `<script src="/_next/static/chunks/polyfills-2.js" noModule=""></script></head><body><main><h1>Title</h1></main>` +
  `<script>document.addEventListener('click',function(){})</script><script type="application/ld+json">{"a":1}</script>` +
  `<script src="/_next/static/chunks/main-app-3.js" async=""></script>` +
  `<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"${flight}"])</script></body></html>`;

describe('the post-build step that makes every page one plain HTML response', () => {
  it('removes script files, their preloads and the inline flight data, and keeps our own scripts', () => {
    const out = stripNextRuntime(page('2:I[7121,[]'))!;
    expect(out).not.toMatch(/_next\/static\/chunks|__next_f/);
    expect(out).toContain(`document.addEventListener('click'`);
    expect(out).toContain('application/ld+json');
    expect(out).toContain('<h1>Title</h1>');
  });
  it('recognises a page with a client component of ours (a client reference with its own chunks)', () => {
    expect(usesClientComponents(page('8:I[884,[\\"355\\",\\"$18\\"]'))).toBe(true);
    expect(usesClientComponents(page('2:I[7121,[]'))).toBe(false);
  });
  it('leaves a page with nothing to strip alone', () => {
    expect(stripNextRuntime('<html><body><main>x</main></body></html>')).toBeNull();
  });
  it('replaces the stylesheet link by a <style> holding the file, whose hash is what the CSP allows', () => {
    const css = 'body{color:red}';
    const out = inlineStylesheets(page('x'), (href: string) => (href === '/_next/static/css/abc.css' ? css : ''));
    expect(out).not.toContain('rel="stylesheet"');
    expect(out).toContain(`<head><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-1.js"/><style>${css}</style>`);
    expect(styleHashes(out)).toEqual([sha256(css)]);
    expect(sha256('a')).toBe(`'sha256-ypeBEsobvcr6wjGzmiPcTaeG7/gUfE5yuYB3ha/uSLs='`);
    expect(() => inlineStylesheets(page('x'), () => 'a{}</style><script>')).toThrow(/<\/style/);
  });
  it("adds the hashes to style-src 'self' and refuses a policy it does not recognise", () => {
    expect(cspWithStyleHashes("default-src 'self'; style-src 'self'; img-src 'self'", ["'sha256-x'"]))
      .toBe("default-src 'self'; style-src 'self' 'sha256-x'; img-src 'self'");
    expect(() => cspWithStyleHashes("default-src 'self'; style-src 'self' 'unsafe-inline'", ["'sha256-x'"])).toThrow(/style-src/);
  });
  it('lets next start serve only a build the step has finished (same build id)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'static-pages-'));
    mkdirSync(path.join(dir, '.next'));
    expect(() => assertPostBuilt(dir)).not.toThrow(); // nothing built: Next reports that itself
    writeFileSync(path.join(dir, '.next', 'BUILD_ID'), 'b2');
    expect(() => assertPostBuilt(dir)).toThrow(/npm run build/);
    writeFileSync(path.join(dir, '.next', 'static-pages.json'), JSON.stringify({buildId: 'b1'}));
    expect(() => assertPostBuilt(dir)).toThrow(/npm run build/);
    writeFileSync(path.join(dir, '.next', 'static-pages.json'), JSON.stringify({buildId: 'b2'}));
    expect(() => assertPostBuilt(dir)).not.toThrow();
  });
});
