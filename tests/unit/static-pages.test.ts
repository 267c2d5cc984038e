import {describe, expect, it} from 'vitest';
import {stripNextRuntime, usesClientComponents} from '@/app/_build/static-pages.mjs';

const page = (flight: string) =>
  `<!DOCTYPE html><html lang="en"><head><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-1.js"/>` +
  `<script src="/_next/static/chunks/polyfills-2.js" noModule=""></script></head><body><main><h1>Title</h1></main>` +
  `<script>document.addEventListener('click',function(){})</script><script type="application/ld+json">{"a":1}</script>` +
  `<script src="/_next/static/chunks/main-app-3.js" async=""></script>` +
  `<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"${flight}"])</script></body></html>`;

describe('the post-build step that drops Next’s client runtime from pages without client components', () => {
  it('removes script files, their preloads and the inline flight data, and keeps our own scripts', () => {
    const out = stripNextRuntime(page('2:I[7121,[]'))!;
    expect(out).not.toMatch(/_next\/static|__next_f/);
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
});
