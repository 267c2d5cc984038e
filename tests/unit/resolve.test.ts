import {describe, expect, it} from 'vitest';
import {canonicalPath, negotiateLocale} from '@/app/_i18n/resolve';
import {pageIds, pages, pathFor, locales} from '@/app/_i18n/pages';
import {localizedHref} from '@/app/_i18n/navigation';

describe('negotiateLocale', () => {
  it.each([
    ['fr-FR,fr;q=0.9,en;q=0.8', 'fr'],
    ['en-US,en;q=0.9', 'en'],
    ['en-GB', 'en'],
    ['de-DE,de;q=0.9', 'fr'],
    ['de-DE,de;q=0.9,en;q=0.8', 'en'],
    ['fr;q=0.5,en;q=0.8', 'en'],
    ['', 'fr'],
    ['*', 'fr'],
    ['en;q=0', 'fr'],
  ])('sends "%s" to %s', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });

  it('answers quickly and sensibly to a huge header', () => {
    expect(negotiateLocale('xx,'.repeat(100_000) + 'en')).toBe('fr');
  });
});

describe('canonicalPath', () => {
  it('keeps canonical paths as they are', () => {
    for (const id of pageIds) for (const l of locales) expect(canonicalPath(pathFor(l, id))).toBe(pathFor(l, id));
  });
  it('adds the locale from the slug language', () => {
    expect(canonicalPath('/risks-and-safety')).toBe('/en/risks-and-safety');
    expect(canonicalPath('/fibromyalgie')).toBe('/fr/fibromyalgie');
    expect(canonicalPath('/parcours-de-soins/seance')).toBe('/fr/parcours-de-soins/seance');
  });
  it('uses Accept-Language for a slug both languages share, and for the root', () => {
    expect(canonicalPath('/sources', 'en-US')).toBe('/en/sources');
    expect(canonicalPath('/sources', 'fr')).toBe('/fr/sources');
    expect(canonicalPath('/', 'en')).toBe('/en');
    expect(canonicalPath('/', null)).toBe('/fr');
  });
  it('maps the other language slug, upper case and extra slashes to the canonical page', () => {
    expect(canonicalPath('/en/risques-et-securite')).toBe('/en/risks-and-safety');
    expect(canonicalPath('/FR/Fibromyalgie/')).toBe('/fr/fibromyalgie');
    expect(canonicalPath('//en//faq//')).toBe('/en/faq');
    expect(canonicalPath('/fr/treatment-journey/session')).toBe('/fr/parcours-de-soins/seance');
  });
  it('gives null for unknown, malformed or oversized paths', () => {
    expect(canonicalPath('/fr/nope')).toBeNull();
    expect(canonicalPath('/%E0%A4%A')).toBeNull();
    expect(canonicalPath('/' + 'a'.repeat(3000))).toBeNull();
    expect(canonicalPath('/..%2f..%2fetc%2fpasswd')).toBeNull();
  });
});

describe('URL contract', () => {
  it('has unique slugs per locale', () => {
    for (const l of locales) {
      const slugs = pageIds.map((id) => pages[id][l]);
      expect(new Set(slugs).size).toBe(slugs.length);
    }
  });
  it('next-intl builds the same localized URL as pages.ts for every page', () => {
    for (const id of pageIds) for (const l of locales) {
      expect(localizedHref(l, pages[id].en || '/')).toBe(pathFor(l, id));
    }
    expect(localizedHref('fr', '/risks-and-safety#bladder')).toBe('/fr/risques-et-securite#bladder');
    expect(localizedHref('fr', '/nope')).toBeNull();
  });
});
