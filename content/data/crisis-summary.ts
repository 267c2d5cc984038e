import type {Locale} from '@/app/_i18n/pages';
import {crisisLines} from './crisis-lines';
import type {CrisisLine} from './types';

/** Country order for each language: the reader's likely country first, every country always present. */
export const crisisCountryOrder: Record<Locale, CrisisLine['country'][]> = {
  fr: ['fr', 'be', 'ch', 'ca', 'us', 'uk-ie'],
  en: ['ca', 'us', 'uk-ie', 'fr', 'be', 'ch'],
};

export const countryName: Record<CrisisLine['country'], {fr: string; en: string}> = {
  fr: {fr: 'France', en: 'France'},
  be: {fr: 'Belgique', en: 'Belgium'},
  ch: {fr: 'Suisse', en: 'Switzerland'},
  ca: {fr: 'Canada', en: 'Canada'},
  us: {fr: 'États-Unis', en: 'US'},
  'uk-ie': {fr: 'Royaume-Uni et Irlande', en: 'UK and Ireland'},
};

/** A country's suicide and crisis lines, and its emergency numbers (ambulance, police, 112...). */
export function crisisLinesByCountry(country: CrisisLine['country']) {
  const lines = crisisLines.filter((l) => l.country === country);
  return {crisis: lines.filter((l) => l.role === 'crisis'), emergency: lines.filter((l) => l.role === 'emergency')};
}

const or = (lang: Locale) => (lang === 'fr' ? ' ou ' : ' or ');

/**
 * The crisis numbers of every country as plain text, for referral emails (every email carries them, in its
 * language).
 */
export function crisisSummary(lang: Locale): string {
  const parts = crisisCountryOrder[lang].map((c) => {
    const {crisis, emergency} = crisisLinesByCountry(c);
    const cr = crisis.map((l) => (crisis.length > 1 ? `${l.display} (${l.name[lang]})` : l.display)).join(or(lang));
    const emer = emergency.map((l) => l.display).join(or(lang));
    return lang === 'fr'
      ? `${countryName[c].fr} : ${cr} (idées suicidaires, inquiétude pour un proche), urgences ${emer}`
      : `${countryName[c].en}: ${cr} (thoughts of suicide, or worried about someone), emergency ${emer}`;
  });
  const head = lang === 'fr' ? 'Besoin d’aide maintenant ? Ces lignes répondent jour et nuit.' : 'Need help now? These lines answer day and night.';
  return `${head}\n${parts.map((p) => `- ${p}`).join('\n')}`;
}

/** The emergency numbers of every country as one line of text ("France: 15 or 112; ..."), e.g. for the handout. */
export function emergencyNumbers(lang: Locale) {
  return crisisCountryOrder[lang].map((c) => ({country: c, name: countryName[c][lang], lines: crisisLinesByCountry(c).emergency}));
}
