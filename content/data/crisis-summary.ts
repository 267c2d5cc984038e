import type {Locale} from '@/app/_i18n/pages';
import {crisisLines} from './crisis-lines';
import type {CrisisLine} from './types';

/** Country order for each language: the reader's likely country first, every country always present. */
export const crisisCountryOrder: Record<Locale, CrisisLine['country'][]> = {fr: ['fr', 'ca', 'us', 'uk-ie'], en: ['ca', 'us', 'uk-ie', 'fr']};

const countryName: Record<CrisisLine['country'], {fr: string; en: string}> = {
  fr: {fr: 'France', en: 'France'},
  ca: {fr: 'Canada', en: 'Canada'},
  us: {fr: 'États-Unis', en: 'US'},
  'uk-ie': {fr: 'Royaume-Uni et Irlande', en: 'UK and Ireland'},
};

/** The first line of each country in crisis-lines.ts is its suicide and crisis line; the others are emergency numbers. */
export function crisisLinesByCountry(country: CrisisLine['country']) {
  const lines = crisisLines.filter((l) => l.country === country);
  return {crisis: lines[0], emergency: lines.slice(1).filter((l) => !l.sms)};
}

/**
 * The crisis numbers of France, Canada, the US and the UK/Ireland as plain text, for referral emails
 * (every email carries them, in its language).
 */
export function crisisSummary(lang: Locale): string {
  const parts = crisisCountryOrder[lang].map((c) => {
    const {crisis, emergency} = crisisLinesByCountry(c);
    const emer = emergency.map((l) => l.display).join(lang === 'fr' ? ' ou ' : ' or ');
    return lang === 'fr'
      ? `${countryName[c].fr} : ${crisis.display} (idées suicidaires, inquiétude pour un proche), urgences ${emer}`
      : `${countryName[c].en}: ${crisis.display} (thoughts of suicide, or worried about someone), emergency ${emer}`;
  });
  const head = lang === 'fr' ? 'Besoin d’aide maintenant ? Ces lignes répondent jour et nuit.' : 'Need help now? These lines answer day and night.';
  return `${head}\n${parts.map((p) => `- ${p}`).join('\n')}`;
}
