// The search's fast path in the site's server takes its headers from the build's routes manifest, as Next
// applies them (app/_server/search.ts); the end-to-end comparison with Next is tests/e2e/site-server.spec.ts.
import {describe, expect, it} from 'vitest';
import {configHeadersFor} from '@/app/_server/search';

const rules = [
  {source: '/:path*', regex: '^(?:/((?:[^/]+?)(?:/(?:[^/]+?))*))?(?:/)?$', headers: [{key: 'X-Frame-Options', value: 'DENY'}, {key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin'}]},
  {source: '/fr/recherche', regex: '^/fr/recherche(?:/)?$', headers: [{key: 'Referrer-Policy', value: 'no-referrer'}]},
  {source: '/en/search', regex: '^/en/search(?:/)?$', headers: [{key: 'referrer-policy', value: 'same-origin'}]},
];

describe('the search fast path’s headers', () => {
  it('applies every rule whose path matches, in order, a later rule winning (any letter case)', () => {
    expect(configHeadersFor('/fr/recherche', rules)).toEqual([['X-Frame-Options', 'DENY'], ['Referrer-Policy', 'no-referrer']]);
    expect(configHeadersFor('/en/search', rules)).toEqual([['X-Frame-Options', 'DENY'], ['referrer-policy', 'same-origin']]);
    expect(configHeadersFor('/en/other', rules)).toEqual([['X-Frame-Options', 'DENY'], ['Referrer-Policy', 'strict-origin-when-cross-origin']]);
  });
  it('refuses a matching rule with conditions it cannot evaluate, rather than send other headers than Next', () => {
    const conditional = [...rules, {source: '/en/search', regex: '^/en/search(?:/)?$', headers: [{key: 'X-A', value: '1'}], has: [{type: 'header', key: 'x-b'}]}];
    expect(() => configHeadersFor('/en/search', conditional)).toThrow(/conditions/);
    expect(configHeadersFor('/fr/recherche', conditional)).toHaveLength(2);
  });
});
