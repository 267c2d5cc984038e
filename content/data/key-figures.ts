import type {Localized} from './types';
import {sideEffects, sideEffectsTrial} from './side-effects';
import {trialResults as r} from './trial-results';

/** One group of a key comparison: its name and the share of people with the outcome, in %. `atLeast`: the
 *  source gives a lower bound ("at least 1 in 3"), said as "at least N in 100", without a percentage. */
export type FigureGroup = {label: Localized; percent: number; atLeast?: boolean};

/**
 * A key comparison drawn as two icon arrays (components/content/IconArray.tsx): how many in 100 people
 * had the outcome with the treatment and with its comparator. The numbers are read from the data the tables
 * use (the side-effect table's rows, and trial-results.ts, which the options table reads too), never typed here.
 */
export type KeyFigure = {
  /** What is counted, as a caption: "Dissociation in the esketamine trials". */
  title: Localized;
  /** The outcome in a few words, for the text alternative: "had dissociation". */
  outcome: Localized;
  /** Two groups (treatment and comparator), or one where the source gives no comparator (say so in `note`). */
  groups: [FigureGroup, FigureGroup] | [FigureGroup];
  /** Reference key of the source (content/data/references.ts). */
  ref: string;
  /** One short sentence of context: who, when, how sure. */
  note?: Localized;
};

const row = (id: string) => {
  const found = sideEffects.find((s) => s.id === id);
  if (!found) throw new Error(`key-figures: no side-effect row "${id}"`);
  return found;
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
      {label: {fr: 'Eskétamine + antidépresseur', en: 'Esketamine + antidepressant'}, percent: r.transformResponse.esketamine},
      {label: {fr: 'Placebo + antidépresseur', en: 'Placebo + antidepressant'}, percent: r.transformResponse.placebo},
    ],
    ref: r.transformResponse.ref,
    note: {fr: 'Données regroupées de deux essais, analysées après coup.', en: 'Pooled data from two trials, analysed afterwards.'},
  },
  relapse: {
    title: {fr: 'Rechute après une rémission stable : continuer ou arrêter l’eskétamine (essai SUSTAIN-1)', en: 'Relapse after stable remission: continuing or stopping esketamine (SUSTAIN-1 trial)'},
    outcome: {fr: 'ont rechuté', en: 'relapsed'},
    groups: [
      {label: {fr: 'Eskétamine continuée', en: 'Esketamine continued'}, percent: r.sustain1Relapse.esketamine},
      {label: {fr: 'Passage au placebo', en: 'Switched to placebo'}, percent: r.sustain1Relapse.placebo},
    ],
    ref: r.sustain1Relapse.ref,
    note: {fr: `${r.sustain1Relapse.people} personnes en rémission stable après 16 semaines d’eskétamine ; toutes gardaient leur antidépresseur.`, en: `${r.sustain1Relapse.people} people in stable remission after 16 weeks of esketamine; all kept their antidepressant.`},
  },
  'ect-ketamine-remission': {
    title: {fr: 'Rémission : électroconvulsivothérapie (ECT) contre kétamine (essai KetECT, patients hospitalisés)', en: 'Remission: electroconvulsive therapy (ECT) against ketamine (KetECT trial, hospital inpatients)'},
    outcome: {fr: 'sont entrées en rémission', en: 'reached remission'},
    groups: [
      {label: {fr: 'ECT', en: 'ECT'}, percent: r.ketectRemission.ect},
      {label: {fr: 'Kétamine en perfusion', en: 'Ketamine drip'}, percent: r.ketectRemission.ketamine},
    ],
    ref: r.ketectRemission.ref,
    note: {fr: `${r.ketectRemission.people} personnes hospitalisées, jusqu’à 12 séances. Dans un autre essai (ELEKT-D), la kétamine a fait au moins aussi bien que l’ECT.`, en: `${r.ketectRemission.people} hospital inpatients, up to 12 sessions. In another trial (ELEKT-D), ketamine did at least as well as ECT.`},
  },
  'ect-ketamine-response': {
    title: {fr: 'Réponse : kétamine contre électroconvulsivothérapie (ECT) (essai ELEKT-D, personnes adressées pour une ECT)', en: 'Response: ketamine against electroconvulsive therapy (ECT) (ELEKT-D trial, people referred for ECT)'},
    outcome: {fr: 'ont répondu au traitement', en: 'responded to treatment'},
    groups: [
      {label: {fr: 'Kétamine en perfusion', en: 'Ketamine drip'}, percent: r.elektdResponse.ketamine},
      {label: {fr: 'ECT', en: 'ECT'}, percent: r.elektdResponse.ect},
    ],
    ref: r.elektdResponse.ref,
    note: {fr: `${r.elektdResponse.randomised} personnes tirées au sort, ${r.elektdResponse.treated} traitées pendant 3 semaines ; dépression résistante sans symptômes psychotiques.`, en: `${r.elektdResponse.randomised} people randomised, ${r.elektdResponse.treated} treated for 3 weeks; treatment-resistant depression without psychotic symptoms.`},
  },
  amitriptyline: {
    title: {fr: 'Fibromyalgie : douleur réduite de moitié avec l’amitriptyline contre placebo', en: 'Fibromyalgia: pain halved with amitriptyline against placebo'},
    outcome: {fr: 'ont vu leur douleur réduite de moitié', en: 'had their pain halved'},
    groups: [
      {label: {fr: 'Amitriptyline (faible dose)', en: 'Amitriptyline (low dose)'}, percent: r.amitriptylineRelief.amitriptyline},
      {label: {fr: 'Placebo', en: 'Placebo'}, percent: r.amitriptylineRelief.placebo},
    ],
    ref: r.amitriptylineRelief.ref,
    note: {fr: `Revue Cochrane : ${r.amitriptylineRelief.studies} études, ${r.amitriptylineRelief.people} personnes. Preuves de qualité très faible.`, en: `Cochrane review: ${r.amitriptylineRelief.studies} studies, ${r.amitriptylineRelief.people} people. Very low quality evidence.`},
  },
  'rtms-headache': {
    title: {fr: 'Mal de tête avec la rTMS contre une fausse stimulation', en: 'Headache with rTMS against a sham'},
    outcome: {fr: 'ont eu mal à la tête', en: 'had a headache'},
    groups: [
      {label: {fr: 'rTMS (haute fréquence)', en: 'rTMS (high frequency)'}, percent: r.rtmsHarms.headache.rtms},
      {label: {fr: 'Fausse stimulation', en: 'Sham'}, percent: r.rtmsHarms.headache.sham},
    ],
    ref: r.rtmsHarms.ref,
    note: {fr: `Revue de ${r.rtmsHarms.trials} essais, ${r.rtmsHarms.people.toLocaleString('fr-FR')} personnes, citée par le NICE.`, en: `Review of ${r.rtmsHarms.trials} trials, ${r.rtmsHarms.people.toLocaleString('en-GB')} people, cited by NICE.`},
  },
  'ect-memory': {
    title: {fr: 'Troubles de la mémoire signalés après une électroconvulsivothérapie (ECT)', en: 'Memory difficulties reported after electroconvulsive therapy (ECT)'},
    outcome: {fr: 'signalent des troubles de la mémoire', en: 'report memory difficulties'},
    groups: [{label: {fr: 'ECT', en: 'ECT'}, percent: 100 / r.ectMemory.atLeastOneIn, atLeast: true}],
    ref: r.ectMemory.ref,
    note: {fr: `Au moins 1 personne sur ${r.ectMemory.atLeastOneIn}, selon une source d’information pour le public. Le plus souvent, ces troubles sont limités et passagers. Pas de groupe de comparaison.`, en: `At least 1 in ${r.ectMemory.atLeastOneIn} people, according to a public information source. Mostly, these difficulties are limited and temporary. No comparison group.`},
  },
  'iv-ketamine-common': {
    title: {fr: 'Effets fréquents d’une perfusion de kétamine contre la dépression', en: 'Common effects of a ketamine drip for depression'},
    outcome: {fr: 'ont eu chacun de ces effets : mal de tête, anxiété, dissociation, nausées, étourdissements', en: 'had each of these: headache, anxiety, dissociation, nausea, dizziness'},
    groups: [{label: {fr: 'Kétamine en perfusion', en: 'Ketamine drip'}, percent: r.ivKetamineCommon.atLeast, atLeast: true}],
    ref: r.ivKetamineCommon.ref,
    note: {fr: 'Un essai sur la fréquence des perfusions. La dissociation était brève, et moindre aux doses suivantes. Pas de chiffre pour un groupe témoin ici.', en: 'One trial of how often to give the drips. Dissociation was short-lived, and less with later doses. No figure for a control group here.'},
  },
  'amitriptyline-adverse': {
    title: {fr: 'Fibromyalgie : au moins un effet indésirable avec l’amitriptyline contre placebo', en: 'Fibromyalgia: at least one side effect with amitriptyline against placebo'},
    outcome: {fr: 'ont eu au moins un effet indésirable', en: 'had at least one side effect'},
    groups: [
      {label: {fr: 'Amitriptyline (faible dose)', en: 'Amitriptyline (low dose)'}, percent: r.amitriptylineAdverse.amitriptyline},
      {label: {fr: 'Placebo', en: 'Placebo'}, percent: r.amitriptylineAdverse.placebo},
    ],
    ref: r.amitriptylineAdverse.ref,
    note: {fr: 'Revue Cochrane. Preuves de qualité très faible.', en: 'Cochrane review. Very low quality evidence.'},
  },
  'pregabalin-dizziness': {
    title: {fr: 'Fibromyalgie : étourdissements avec la prégabaline (450 mg par jour) contre placebo', en: 'Fibromyalgia: dizziness with pregabalin (450 mg a day) against placebo'},
    outcome: {fr: 'ont eu des étourdissements', en: 'had dizziness'},
    groups: [
      {label: {fr: 'Prégabaline', en: 'Pregabalin'}, percent: r.pregabalinHarms.dizziness.pregabalin},
      {label: {fr: 'Placebo', en: 'Placebo'}, percent: r.pregabalinHarms.dizziness.placebo},
    ],
    ref: r.pregabalinHarms.ref,
    note: {fr: 'Revue Cochrane : 5 essais, suivis 2 à 3 mois.', en: 'Cochrane review: 5 trials, followed for 2 to 3 months.'},
  },
  'okapi-adverse': {
    title: {fr: 'Kétamine en centre de la douleur : effets indésirables la première semaine', en: 'Ketamine in pain clinics: side effects in the first week'},
    outcome: {fr: 'ont eu un effet indésirable', en: 'had a side effect'},
    groups: [{label: {fr: 'Kétamine', en: 'Ketamine'}, percent: r.okapiAdverse.percent}],
    ref: r.okapiAdverse.ref,
    note: {fr: `${r.okapiAdverse.events} personnes sur ${r.okapiAdverse.people}, dans 30 centres français, pour des douleurs chroniques rebelles. Pas de groupe de comparaison.`, en: `${r.okapiAdverse.events} of ${r.okapiAdverse.people} people, in 30 French pain clinics, for hard-to-treat chronic pain. No comparison group.`},
  },
} satisfies Record<string, KeyFigure>;

export type FigureId = keyof typeof keyFigures;
export const keyFigureById = new Map<string, KeyFigure>(Object.entries(keyFigures));
