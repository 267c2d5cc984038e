import {describe, expect, it} from 'vitest';
import {crisisMatch, isCrisisQuery, withoutCrisisContext} from '@/app/_lib/search/crisis';
import {crisisTerms} from '@/content/data/crisis-terms';

describe('crisis detection: a query that expresses danger opens with the urgent-help numbers', () => {
  it.each([
    'suicide', 'Suicide ?', 'idées suicidaires', 'je veux mourir', 'JE VEUX MOURIR', 'envie de mourir', 'me tuer',
    'je vais me tuer', 'je n’en peux plus', "j'en peux plus", 'en finir', 'idees noires', 'overdose kétamine', 'surdose',
    'me faire du mal', 'automutilation', '3114', 'numéro 3114',
    // Single words and short phrasings in patients' words (issue 21).
    'mourir', 'Mourir ?', 'mort', 'suicidaire', 'plus envie de vivre', 'je n’ai plus envie de vivre', 'marre de la vie', 'envie d’en finir',
    'je veux disparaître', 'aucune raison de vivre', 'je suis un fardeau', 'désespéré', 'tentative de suicide',
  ])('fr: %s', (q) => expect(isCrisisQuery(q)).toBe(true));
  it.each([
    'suicide', 'suicidal thoughts', 'I want to kill myself', 'kill myself', 'I want to die', "I can't go on", 'I can’t go on',
    'cant go on', 'overdose', 'self-harm', 'self harm', 'hurt myself', 'end my life', '988', '9-8-8', '116 123',
    'die', 'Die?', 'dying', 'dead', 'no reason to live', 'nothing to live for', "I don't want to live anymore", 'dont want to be here',
    'better off without me', 'tired of living', 'kms', 'unalive', 'hopeless', 'end it all',
  ])('en: %s', (q) => expect(isCrisisQuery(q)).toBe(true));
  it.each(['die-cast', 'mourir de rire', 'dead tired'])('over-triggers on an idiom, accepted (content/data/crisis-terms.ts says why): %s', (q) =>
    expect(isCrisisQuery(q)).toBe(true));
  it('is checked in both languages whatever the page (lists are not split by page language)', () => {
    expect(isCrisisQuery('kill myself')).toBe(true);
    expect(isCrisisQuery('me suicider')).toBe(true);
  });
  it.each([
    'conduire après une séance', 'driving', 'prix', 'combien de séances', '15 minutes', 'tuer le temps en salle d’attente'.replace('tuer', 'passer'),
    'dose', 'mourning', 'suitcase', '9880', '31145', 'goal', 'diet', 'diesel', 'studied', 'mortalité', 'deadline', 'finir le traitement',
    'vivre avec la fibromyalgie', 'end of treatment', 'live with pain',
  ])('not a crisis: %s', (q) => expect(isCrisisQuery(q)).toBe(false));
  it('keeps the lists as data in both languages', () => {
    expect(crisisTerms.fr.length).toBeGreaterThan(10);
    expect(crisisTerms.en.length).toBeGreaterThan(10);
    expect(crisisTerms.numbers).toEqual(expect.arrayContaining(['3114', '988']));
  });
});

describe('what is left to search after a crisis phrase', () => {
  it('drops the words that only framed the phrase and the everyday crisis words, keeps clinical ones and the rest', () => {
    const rest = (q: string) => withoutCrisisContext(q, crisisMatch(q));
    expect(rest('I want to die')).toBe('i');
    expect(rest('je veux mourir')).toBe('');
    expect(rest('mourir')).toBe('');
    expect(rest('suicidaire')).toBe('suicidaire');
    expect(rest('end my life')).toBe('');
    expect(rest('overdose kétamine')).toBe('overdose kétamine');
    expect(rest('plus envie de vivre après la kétamine')).toBe('apres la ketamine');
  });
});
