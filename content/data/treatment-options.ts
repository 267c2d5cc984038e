import type {Localized} from './types';
import {sideEffects} from './side-effects';
import {trialResults as r, inHundred as n} from './trial-results';

const dissociation = n(sideEffects.find((s) => s.id === 'dissociation')!.esketamine);

/**
 * One option for depression that has not responded to treatment, as a row of the comparison table on
 * the depression-options page (components/content/OptionsTable.tsx). Every field is written in both
 * languages; `refs` are reference keys of references.ts that support the row, and the page cites each
 * of them in its text too (a content test checks it), so the row's numbered citations exist.
 */
export type TreatmentOption = {
  id: string;
  name: Localized;
  /** How it works, in one or two sentences. */
  how: Localized;
  /** What it involves: time, place, sessions. */
  involves: Localized;
  /** How often it helps: "about N in 100" where a verified figure exists, otherwise "no reliable figure". */
  helps: Localized;
  risks: Localized;
  /** Whether it is available and paid for in France, where verified. */
  france: Localized;
  refs: string[];
};

export const treatmentOptions: TreatmentOption[] = [
  {
    id: 'current-care',
    name: {fr: 'Garder les soins actuels', en: 'Staying on current care'},
    how: {
      fr: 'Vous gardez votre traitement et votre suivi, sans rien ajouter de nouveau.',
      en: 'You keep your current treatment and follow-up, and add nothing new.',
    },
    involves: {
      fr: 'Vos rendez-vous habituels.',
      en: 'Your usual appointments.',
    },
    helps: {
      fr: 'Pas de chiffre fiable pour une dépression résistante.',
      en: 'No reliable figure for depression that has not responded.',
    },
    risks: {
      fr: 'Pas de nouvel effet indésirable. La dépression peut durer.',
      en: 'No new side effects. The depression may go on.',
    },
    france: {
      fr: 'Oui.',
      en: 'Yes.',
    },
    refs: ['whiteford2013'],
  },
  {
    id: 'medicine',
    name: {fr: 'Changer de médicament ou en ajouter un', en: 'Switching or adding a medicine'},
    how: {
      fr: 'On ajuste la dose, on change d’antidépresseur, ou on en ajoute un second. On peut aussi ajouter du lithium, une hormone thyroïdienne ou un antipsychotique.',
      en: 'The dose is adjusted, the antidepressant is changed, or a second one is added. Lithium, a thyroid hormone or an antipsychotic can also be added.',
    },
    involves: {
      fr: 'Des comprimés chaque jour, et des rendez-vous pour suivre l’effet.',
      en: 'Tablets every day, and appointments to check the effect.',
    },
    helps: {
      fr: 'Dans une grande étude, environ 14 personnes sur 100 sont entrées en rémission au 3e essai, et 13 sur 100 au 4e.',
      en: 'In a large study, about 14 in 100 people reached remission at the 3rd step, and 13 in 100 at the 4th.',
    },
    risks: {
      fr: 'Selon le médicament. Avec un antipsychotique ajouté, plus de personnes arrêtent à cause des effets indésirables.',
      en: 'Depends on the medicine. With an added antipsychotic, more people stop because of side effects.',
    },
    france: {
      fr: 'C’est la première étape selon la HAS. Ajouter lithium, hormone thyroïdienne ou antipsychotique se fait hors autorisation de mise sur le marché.',
      en: 'The first step, according to HAS. Adding lithium, thyroid hormone or an antipsychotic is off-label.',
    },
    refs: ['stard2006', 'zhou2015', 'has2020spravato'],
  },
  {
    id: 'psychotherapy',
    name: {fr: 'Psychothérapie', en: 'Psychotherapy'},
    how: {
      fr: 'Des rendez-vous avec un thérapeute, par exemple une thérapie cognitive et comportementale (TCC), en plus des médicaments.',
      en: 'Talking sessions with a therapist, for example cognitive behavioural therapy (CBT), on top of medicines.',
    },
    involves: {
      fr: 'Dans l’essai CoBalT : 12 à 18 séances de TCC.',
      en: 'In the CoBalT trial: 12 to 18 CBT sessions.',
    },
    helps: {
      fr: 'Pas de chiffre fiable ici. Ajoutée aux soins habituels, la TCC a réduit les symptômes plus que ces soins seuls.',
      en: 'No reliable figure here. Added to usual care, CBT reduced symptoms more than usual care alone.',
    },
    risks: {
      fr: 'Les études citées ici ne décrivent pas ses risques.',
      en: 'The studies cited here do not describe its risks.',
    },
    france: {
      fr: 'Non vérifié ici.',
      en: 'Not checked here.',
    },
    refs: ['cobalt2013'],
  },
  {
    id: 'rtms',
    name: {fr: 'Stimulation magnétique transcrânienne répétitive (rTMS)', en: 'Repetitive transcranial magnetic stimulation (rTMS)'},
    how: {
      fr: 'Un aimant posé contre la tête envoie de brèves impulsions vers le cerveau.',
      en: 'A magnet held against the head sends short pulses into the brain.',
    },
    involves: {
      fr: 'Une série de séances. Le nombre n’est pas vérifié ici.',
      en: 'A series of sessions. The number is not checked here.',
    },
    helps: {
      fr: 'Pas de chiffre « sur 100 » fiable. Après au moins 2 échecs, environ 2 fois plus de personnes répondent qu’avec une fausse stimulation.',
      en: 'No reliable “in 100” figure. After 2 or more failed treatments, about twice as many people respond as with a sham.',
    },
    risks: {
      fr: 'Pas de problème majeur de sécurité selon le NICE. L’effet varie d’une personne à l’autre.',
      en: 'No major safety concerns, according to NICE. The effect varies from person to person.',
    },
    france: {
      fr: 'Non vérifié ici.',
      en: 'Not checked here.',
    },
    refs: ['nice-ipg542', 'vida2023'],
  },
  {
    id: 'ect',
    name: {fr: 'Électroconvulsivothérapie (ECT, sismothérapie)', en: 'Electroconvulsive therapy (ECT)'},
    how: {
      fr: 'Un courant électrique bref, envoyé au cerveau, provoque une courte crise convulsive.',
      en: 'A brief electric current sent to the brain causes a short seizure.',
    },
    involves: {
      fr: 'Dans les essais : 3 séances par semaine. Dans l’un d’eux, la moitié des personnes en a eu 6 ou moins.',
      en: 'In the trials: 3 sessions a week. In one of them, half the people had 6 sessions or fewer.',
    },
    helps: {
      fr: 'Environ 48 personnes sur 100 entrent en rémission quand un antidépresseur a déjà échoué.',
      en: 'About 48 in 100 people reach remission when an antidepressant has already failed.',
    },
    risks: {
      fr: 'Troubles de la mémoire, parfois durables, et douleurs des muscles.',
      en: 'Memory problems, sometimes lasting, and aching muscles.',
    },
    france: {
      fr: 'La HAS la cite comme option. Sa disponibilité près de chez vous n’est pas vérifiée ici.',
      en: 'HAS refers to it as an option. Whether it is offered near you is not checked here.',
    },
    refs: ['heijnen2010', 'ketect2022', 'elektd2023', 'has2020spravato'],
  },
  {
    id: 'esketamine',
    name: {fr: 'Eskétamine en spray nasal (Spravato)', en: 'Esketamine nasal spray (Spravato)'},
    how: {
      fr: 'L’une des deux formes « en miroir » de la kétamine, en spray dans le nez, avec un antidépresseur en comprimés.',
      en: 'One of ketamine’s two mirror-image forms, sprayed into the nose, taken with an antidepressant tablet.',
    },
    involves: {
      fr: 'Deux séances par semaine le premier mois, puis moins. Au moins 2 heures de surveillance à chaque fois.',
      en: 'Two sessions a week in the first month, then fewer. At least 2 hours of monitoring each time.',
    },
    helps: {
      fr: `Après 4 semaines, environ ${n(r.transformResponse.esketamine)} personnes sur 100 ont répondu, contre ${n(r.transformResponse.placebo)} sur 100 avec un placebo.`,
      en: `After 4 weeks, about ${n(r.transformResponse.esketamine)} in 100 people responded, against ${n(r.transformResponse.placebo)} in 100 on a placebo.`,
    },
    risks: {
      fr: `Dissociation (${dissociation} sur 100), tension en hausse, nausées, risque de mésusage.`,
      en: `Dissociation (${dissociation} in 100), raised blood pressure, nausea, risk of misuse.`,
    },
    france: {
      fr: 'À l’hôpital seulement. La HAS recommande le remboursement seulement avant 65 ans, pour un épisode sévère et résistant.',
      en: 'Hospital only. HAS recommends cost cover only under 65, for a severe episode that has not responded.',
    },
    refs: ['turkoz2021', 'spravato-label', 'has2020spravato', 'has-reassessment'],
  },
  {
    id: 'iv-ketamine',
    name: {fr: 'Kétamine en perfusion', en: 'Ketamine drip (IV)'},
    how: {
      fr: 'La kétamine passe dans une veine, goutte à goutte, à faible dose.',
      en: 'Ketamine goes into a vein through a drip, at a low dose.',
    },
    involves: {
      fr: 'Une perfusion d’environ 40 minutes, deux ou trois fois par semaine, pendant quelques semaines.',
      en: 'A drip of about 40 minutes, two or three times a week, for a few weeks.',
    },
    helps: {
      fr: `Face à l’ECT : environ ${n(r.elektdResponse.ketamine)} personnes sur 100 ont répondu dans un essai, et ${n(r.ketectRemission.ketamine)} sur 100 sont entrées en rémission dans un autre.`,
      en: `Against ECT: about ${n(r.elektdResponse.ketamine)} in 100 people responded in one trial, and ${n(r.ketectRemission.ketamine)} in 100 reached remission in another.`,
    },
    risks: {
      fr: 'Dissociation, maux de tête, anxiété, nausées. Plus d’arrêts pour effets indésirables qu’avec l’ECT.',
      en: 'Dissociation, headache, anxiety, nausea. More people stop because of side effects than with ECT.',
    },
    france: {
      fr: 'Hors autorisation de mise sur le marché, ou dans une étude. Le remboursement n’est pas vérifié ici.',
      en: 'Off-label, or within a study. Cost cover is not checked here.',
    },
    refs: ['elektd2023', 'ketect2022', 'ajp2016frequency', 'medscape2020fr'],
  },
];
