// The search handler's answers when something is missing or fails: never a 500, never the query in a log.
import {afterEach, describe, expect, it, vi} from 'vitest';

const shell = vi.hoisted(() => ({value: null as null | {parts: (string | {slot: string})[]}}));
const failure = vi.hoisted(() => ({error: null as Error | null}));
vi.mock('@/app/_lib/search/shell', () => ({loadShell: () => shell.value, loadGlobalNotFound: () => null}));
vi.mock('@/app/_lib/search/store', () => ({
  getSearchIndex: () => {
    if (failure.error) throw failure.error;
    return {find: () => ({hits: [], total: 0})};
  },
}));

const {searchResponse, searchHeaders} = await import('@/app/_lib/search/respond');

afterEach(() => {
  shell.value = null;
  failure.error = null;
  vi.restoreAllMocks();
});

describe('the search handler', () => {
  it('answers an unknown locale with a bilingual 404, not a search', async () => {
    const res = await searchResponse('de', ['x']);
    expect(res.status).toBe(404);
    const body = await res.text();
    expect(body).toContain('Page introuvable');
    expect(body).toContain('Page not found');
  });
  it('without a finished build (next dev): a plain bilingual 503 that says so, with the private headers', async () => {
    const res = await searchResponse('fr', ['conduire']);
    expect(res.status).toBe(503);
    for (const [k, v] of Object.entries(searchHeaders)) expect(res.headers.get(k)).toBe(v);
    const body = await res.text();
    expect(body).toContain('La recherche n’est pas disponible');
    expect(body).toContain('Search is not available');
    expect(body).not.toContain('conduire');
  });
  it('on an unexpected error: the 503 page, and the log names the error’s kind, never its message or the query', async () => {
    shell.value = {parts: ['<html>', {slot: 'results'}, '</html>']};
    failure.error = new RangeError('could not parse “je veux mourir”');
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await searchResponse('fr', ['je veux mourir']);
    expect(res.status).toBe(503);
    expect(log).toHaveBeenCalledTimes(1);
    const logged = log.mock.calls.flat().map(String).join(' ');
    expect(logged).toContain('RangeError');
    expect(logged).not.toMatch(/mourir|parse/);
    expect(await res.text()).not.toContain('mourir');
  });
});
