import type {Localized} from './types';
import {sideEffects, sideEffectsTrial} from './side-effects';

/** One group of a key comparison: its name and the share of people with the outcome, in %. */
export type FigureGroup = {label: Localized; percent: number};

/**
 * A key comparison drawn as two icon arrays (components/content/IconArray.tsx): how many in 100 people
 * had the outcome with the treatment and with its comparator. Numbers come from the evidence sheet, and
 * from the side-effect table's own data where the table shows them, so nothing is typed twice.
 */
export type KeyFigure = {
  /** What is counted, as a caption: "Dissociation in the esketamine trials". */
  title: Localized;
  /** The outcome in a few words, for the text alternative: "had dissociation". */
  outcome: Localized;
  groups: [FigureGroup, FigureGroup];
  /** Reference key of the source (content/data/references.ts). */
  ref: string;
  /** One short sentence of context: who, when, how sure. */
  note?: Localized;
};

const row = (id: string) => {
  const r = sideEffects.find((s) => s.id === id);
  if (!r) throw new Error(`key-figures: no side-effect row "${id}"`);
  return r;
};
const dissociation = row('dissociation');

export const keyFigures = {
  dissociation: {
    title: {fr: 'Dissociation dans les essais de l’eskétamine (dépression résistante)', en: 'Dissociation in the esketamine trials (treatment-resistant depression)'},
    outcome: {fr: 'ont ressenti une dissociation', en: 'felt dissociation'},
    groups: [
      {label: {fr: 'Eskétamine + antidépresseur', en: 'Esketamine + antidepressant'}, percent: dissociation.esketamine},
      {label: {fr: 'Placebo + antidépresseur', en: 'Placebo + antidepressant'}, percent: dissociation.placebo},
    ],
    ref: sideEffectsTrial.ref,
    note: {fr: `Essais regroupés : ${sideEffectsTrial.esketamineN} personnes sous eskétamine, ${sideEffectsTrial.placeboN} sous placebo.`, en: `Pooled trials: ${sideEffectsTrial.esketamineN} people on esketamine, ${sideEffectsTrial.placeboN} on placebo.`},
  },
  response: {
    title: {fr: 'Réponse au 28e jour dans les essais TRANSFORM (eskétamine)', en: 'Response at day 28 in the TRANSFORM trials (esketamine)'},
    outcome: {fr: 'ont répondu au traitement', en: 'responded to treatment'},
    groups: [
      {label: {fr: 'Eskétamine + antidépresseur', en: 'Esketamine + antidepressant'}, percent: 58.7},
      {label: {fr: 'Placebo + antidépresseur', en: 'Placebo + antidepressant'}, percent: 45.2},
    ],
    ref: 'turkoz2021',
    note: {fr: 'Données regroupées de deux essais, analysées après coup.', en: 'Pooled data from two trials, analysed afterwards.'},
  },
  relapse: {
    title: {fr: 'Rechute après une rémission stable : continuer ou arrêter l’eskétamine (essai SUSTAIN-1)', en: 'Relapse after stable remission: continuing or stopping esketamine (SUSTAIN-1 trial)'},
    outcome: {fr: 'ont rechuté', en: 'relapsed'},
    groups: [
      {label: {fr: 'Eskétamine continuée', en: 'Esketamine continued'}, percent: 26.7},
      {label: {fr: 'Passage au placebo', en: 'Switched to placebo'}, percent: 45.3},
    ],
    ref: 'daly2019',
    note: {fr: '176 personnes en rémission stable après 16 semaines d’eskétamine ; toutes gardaient leur antidépresseur.', en: '176 people in stable remission after 16 weeks of esketamine; all kept their antidepressant.'},
  },
  'ect-ketamine-remission': {
    title: {fr: 'Rémission : électroconvulsivothérapie (ECT) contre kétamine (essai KetECT, patients hospitalisés)', en: 'Remission: electroconvulsive therapy (ECT) against ketamine (KetECT trial, hospital inpatients)'},
    outcome: {fr: 'sont entrés en rémission', en: 'reached remission'},
    groups: [
      {label: {fr: 'ECT', en: 'ECT'}, percent: 63},
      {label: {fr: 'Kétamine en perfusion', en: 'Ketamine drip'}, percent: 46},
    ],
    ref: 'ekstrand2022',
    note: {fr: '186 personnes hospitalisées, jusqu’à 12 séances. Dans un autre essai (ELEKT-D), la kétamine a fait aussi bien que l’ECT.', en: '186 hospital inpatients, up to 12 sessions. In another trial (ELEKT-D), ketamine did as well as ECT.'},
  },
  'ect-ketamine-response': {
    title: {fr: 'Réponse : kétamine contre électroconvulsivothérapie (ECT) (essai ELEKT-D, personnes adressées pour une ECT)', en: 'Response: ketamine against electroconvulsive therapy (ECT) (ELEKT-D trial, people referred for ECT)'},
    outcome: {fr: 'ont répondu au traitement', en: 'responded to treatment'},
    groups: [
      {label: {fr: 'Kétamine en perfusion', en: 'Ketamine drip'}, percent: 55.4},
      {label: {fr: 'ECT', en: 'ECT'}, percent: 41.2},
    ],
    ref: 'anand2023',
    note: {fr: '365 personnes traitées pendant 3 semaines, dépression résistante sans symptômes psychotiques.', en: '365 people treated for 3 weeks, treatment-resistant depression without psychotic symptoms.'},
  },
  amitriptyline: {
    title: {fr: 'Fibromyalgie : nette baisse de la douleur avec l’amitriptyline contre placebo', en: 'Fibromyalgia: substantial pain relief with amitriptyline against placebo'},
    outcome: {fr: 'ont eu une nette baisse de la douleur', en: 'had substantial pain relief'},
    groups: [
      {label: {fr: 'Amitriptyline (faible dose)', en: 'Amitriptyline (low dose)'}, percent: 36},
      {label: {fr: 'Placebo', en: 'Placebo'}, percent: 11},
    ],
    ref: 'moore2015amitriptyline',
    note: {fr: 'Revue Cochrane : 4 études, 275 personnes. Preuves de qualité très faible.', en: 'Cochrane review: 4 studies, 275 people. Very low quality evidence.'},
  },
} satisfies Record<string, KeyFigure>;

export type FigureId = keyof typeof keyFigures;
export const keyFigureById = new Map<string, KeyFigure>(Object.entries(keyFigures));
