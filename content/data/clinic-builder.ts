import type {PageId} from '@/app/_i18n/pages';
import {referralEmails} from './referral-emails';
import {crisisLines} from './crisis-lines';
import type {CrisisLine, Localized} from './types';

/**
 * The referral email builder's ready-made sets of pages (README, For clinics): the fixed example emails'
 * pages, plus one set for the people close to the patient. Each is a link to the builder with these pages.
 */
export const builderPresets: {id: string; label: Localized; pages: PageId[]}[] = [
  ...referralEmails.map(({id, label, pages}) => ({id, label, pages})),
  {id: 'relatives', label: {fr: 'Pour les proches', en: 'For relatives and friends'}, pages: ['family-and-friends', 'risks-and-safety', 'urgent-help']},
];

/**
 * The countries a clinic can pick for the email's crisis lines: the builder's `country` value, and the
 * country of content/data/crisis-lines.ts it stands for. A country is offered once that file has its lines
 * (Belgium and Switzerland come with the safety facts): nothing else to change here.
 */
export const builderCountries = [
  {id: 'fr', data: 'fr'},
  {id: 'be', data: 'be'},
  {id: 'ch', data: 'ch'},
  {id: 'ca', data: 'ca'},
  {id: 'us', data: 'us'},
  {id: 'uk', data: 'uk-ie'},
] as const;
export type BuilderCountry = (typeof builderCountries)[number]['id'];

/** A country's lines in the data's order (its crisis line first), or none yet. */
export function builderCountryLines(country: BuilderCountry): CrisisLine[] {
  const data = builderCountries.find((c) => c.id === country)!.data as string;
  return crisisLines.filter((l) => (l.country as string) === data);
}

/** The countries whose lines the data has, in the builder's order. */
export const availableBuilderCountries = (): BuilderCountry[] => builderCountries.map((c) => c.id).filter((c) => builderCountryLines(c).length > 0);
