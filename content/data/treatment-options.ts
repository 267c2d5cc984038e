import type {Localized} from './types';
import type {FigureId} from './key-figures';
import {sideEffects} from './side-effects';
import {trialResults as r, inHundred as n, spread} from './trial-results';

const effect = (id: string) => sideEffects.find((s) => s.id === id)!;
const dissociation = effect('dissociation');
const bloodPressure = sideEffects.find((s) => s.effect.en === 'Raised blood pressure')!;
const ectSpread = spread(r.ketectRemission.ect, r.elektdRemission.ect);
const ketamineSpread = spread(r.ketectRemission.ketamine, r.elektdRemission.ketamine);
const rt = r.rtmsHarms;
const pg = r.pregabalinHarms;

/**
 * One option of a decision, as a row of an options table (components/content/OptionsTable.tsx): the
 * depression-options page (`treatmentOptions`) and the fibromyalgia-options page (`fibromyalgiaOptions`).
 * Every field is written in both languages; `refs` are reference keys of references.ts that support the row,
 * and the page cites each of them in its text too (a content test checks it), so the row's numbered citations
 * exist. Benefits and harms are given in the same form ("N in 100", read from trial-results.ts or
 * side-effects.ts, never typed here); where the sources give no figure, the cell says so and names the
 * practical drawbacks as such (the IPDAS "equal detail" criterion, README "Decision aids").
 */
export type TreatmentOption = {
  id: string;
  name: Localized;
  /** How it works, in one or two sentences. */
  how: Localized;
  /** What it is like, day to day: where, how often, anaesthesia or monitoring, getting home, what you may feel. */
  involves: Localized;
  /** How often it helps: "about N in 100" where a verified figure exists, otherwise "no reliable figure". */
  helps: Localized;
  /** Harms and drawbacks, in the same form as `helps`; never empty. */
  risks: Localized;
  /** How sure the figures are: a range across studies, the quality of the evidence, or a certainty word. */
  certainty: Localized;
  /** Whether it is available and paid for in France, where verified (depression options only). */
  france?: Localized;
  /** Icon arrays of this option's benefit and harm, drawn on the page (a content test checks both are there). */
  figures?: {benefit?: FigureId[]; harm?: FigureId[]};
  refs: string[];
};

/** Keeping your current care, the same on both decision aids. */
const keepingCurrentCare = {
  how: {
    fr: 'Vous gardez votre traitement et votre suivi, sans rien ajouter de nouveau.',
    en: 'You keep your current treatment and follow-up, and add nothing new.',
  },
  involves: {
    fr: 'Vos rendez-vous et votre traitement habituels. Rien de nouveau à organiser.',
    en: 'Your usual appointments and treatment. Nothing new to arrange.',
  },
};

export const treatmentOptions: TreatmentOption[] = [
  {
    id: 'current-care',
    name: {fr: 'Garder les soins actuels', en: 'Staying on current care'},
    ...keepingCurrentCare,
    helps: {
      fr: 'Pas de chiffre fiable pour une dépression résistante.',
      en: 'No reliable figure for depression that has not responded.',
    },
    risks: {
      fr: 'Pas de nouvel effet indésirable. La dépression peut durer.',
      en: 'No new side effects. The depression may go on.',
    },
    certainty: {
      fr: `Aucun chiffre pour une dépression résistante. Sans traitement, dans des dépressions surtout légères, ${n(r.whiteford.months3)} à ${n(r.whiteford.months12)} personnes sur 100 étaient en rémission en 3 à 12 mois : cela ne vaut pas forcément pour vous.`,
      en: `No figure for depression that has not responded. Without treatment, in mostly mild depression, ${n(r.whiteford.months3)} to ${n(r.whiteford.months12)} in 100 people were in remission within 3 to 12 months: this may not apply to you.`,
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
      fr: 'Des comprimés chaque jour, chez vous, et des rendez-vous pour suivre l’effet et les effets indésirables.',
      en: 'Tablets every day at home, and appointments to check the effect and the side effects.',
    },
    helps: {
      fr: `Dans une grande étude, environ ${n(r.stard.step3)} personnes sur 100 sont entrées en rémission au 3e essai, et ${n(r.stard.step4)} sur 100 au 4e.`,
      en: `In a large study, about ${n(r.stard.step3)} in 100 people reached remission at the 3rd step, and ${n(r.stard.step4)} in 100 at the 4th.`,
    },
    risks: {
      fr: 'Pas de chiffre « sur 100 » unique : cela dépend du médicament. Avec la plupart des antipsychotiques ajoutés, plus de personnes arrêtent à cause des effets indésirables.',
      en: 'No single “in 100” figure: it depends on the medicine. With most added antipsychotics, more people stop because of side effects.',
    },
    certainty: {
      fr: `Une grande étude. Son total est discuté : ${r.stard.cumulativeReported} ou ${r.stard.cumulativeReanalysis} personnes sur 100 en rémission à la fin, selon le mode de calcul.`,
      en: `One large study. Its total is disputed: ${r.stard.cumulativeReported} or ${r.stard.cumulativeReanalysis} in 100 people in remission in the end, depending on how it is counted.`,
    },
    france: {
      fr: 'C’est la première étape selon la HAS. Ajouter lithium, hormone thyroïdienne ou antipsychotique se fait hors autorisation de mise sur le marché.',
      en: 'The first step, according to HAS. Adding lithium, thyroid hormone or an antipsychotic is off-label.',
    },
    refs: ['stard2006', 'pigott2023', 'zhou2015', 'has2020spravato'],
  },
  {
    id: 'psychotherapy',
    name: {fr: 'Psychothérapie', en: 'Psychotherapy'},
    how: {
      fr: 'Des rendez-vous avec un thérapeute, par exemple une thérapie cognitive et comportementale (TCC), en plus des médicaments.',
      en: 'Talking sessions with a therapist, for example cognitive behavioural therapy (CBT), on top of medicines.',
    },
    involves: {
      fr: 'Des rendez-vous réguliers chez un thérapeute. Dans l’essai CoBalT : 12 à 18 séances de TCC. Aucun médicament en plus.',
      en: 'Regular visits to a therapist. In the CoBalT trial: 12 to 18 CBT sessions. No extra medicine.',
    },
    helps: {
      fr: 'Pas de chiffre fiable ici. Ajoutée aux soins habituels, la TCC a réduit les symptômes plus que ces soins seuls.',
      en: 'No reliable figure here. Added to usual care, CBT reduced symptoms more than usual care alone.',
    },
    risks: {
      fr: 'Les études citées ici ne décrivent pas ses effets indésirables. Contraintes pratiques : le temps, les trajets et l’effort de chaque séance.',
      en: 'The studies cited here do not describe its harms. Practical drawbacks: the time, travel and effort of each session.',
    },
    certainty: {
      fr: 'Un essai de 469 personnes. Nous n’avons pas pu vérifier combien de personnes il a aidées.',
      en: 'One trial of 469 people. We could not check how many people it helped.',
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
      fr: 'Une série de séances dans un centre de soins : chacune demande un trajet. Leur nombre n’est pas vérifié ici. Vous pouvez sentir une gêne sur le crâne ou des secousses du visage.',
      en: 'A series of sessions at a clinic: each one means a trip. Their number is not checked here. You may feel discomfort on the scalp or twitching of the face.',
    },
    helps: {
      fr: 'Pas de chiffre « sur 100 » fiable. Après au moins 2 échecs, environ 2 fois plus de personnes répondent qu’avec une fausse stimulation.',
      en: 'No reliable “in 100” figure. After 2 or more failed treatments, about twice as many people respond as with a sham.',
    },
    risks: {
      fr: `Mal de tête : ${rt.headache.rtms} personnes sur 100, contre ${rt.headache.sham} avec une fausse stimulation. Gêne du cuir chevelu : ${rt.scalp.rtms} contre ${rt.scalp.sham}. Secousses du visage : ${rt.twitching.rtms} contre ${rt.twitching.sham}. Une crise convulsive et un épisode d’humeur trop haute ont été signalés, chacun chez une personne.`,
      en: `Headache: ${rt.headache.rtms} in 100 people, against ${rt.headache.sham} with a sham. Scalp discomfort: ${rt.scalp.rtms} against ${rt.scalp.sham}. Face twitching: ${rt.twitching.rtms} against ${rt.twitching.sham}. One seizure and one spell of abnormally high mood were reported, each in one person.`,
    },
    certainty: {
      fr: `L’effet varie d’une personne à l’autre, selon le NICE. Effets indésirables : ${rt.trials} essais, ${rt.people.toLocaleString('fr-FR')} personnes.`,
      en: `The effect varies from person to person, according to NICE. Harms: ${rt.trials} trials, ${rt.people.toLocaleString('en-GB')} people.`,
    },
    figures: {harm: ['rtms-headache']},
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
      fr: 'Dans les essais : 3 séances par semaine ; dans l’un d’eux, la moitié des personnes en a eu 6 ou moins. Chaque séance se fait sous anesthésie générale. Juste après : mal de tête, nausées, muscles ou mâchoire douloureux, confusion. Cela passe en général en quelques heures.',
      en: 'In the trials: 3 sessions a week; in one of them, half the people had 6 or fewer. Each session is under a general anaesthetic. Right after: headache, nausea, aching muscles or jaw, confusion. These usually pass within hours.',
    },
    helps: {
      fr: 'Environ 48 personnes sur 100 entrent en rémission quand un antidépresseur a déjà échoué.',
      en: 'About 48 in 100 people reach remission when an antidepressant has already failed.',
    },
    risks: {
      fr: `Troubles de la mémoire chez au moins 1 personne sur ${r.ectMemory.atLeastOneIn}. Le plus souvent limités et passagers ; quelques personnes disent avoir perdu des souvenirs pour de bon. L’anesthésie comporte un très petit risque de décès, souvent chiffré à 1 sur 100 000.`,
      en: `Memory difficulties in at least 1 in ${r.ectMemory.atLeastOneIn} people. Mostly limited and temporary; a few people report losing memories for good. The anaesthetic carries a very small risk of death, often quoted as 1 in 100,000.`,
    },
    certainty: {
      fr: `La rémission varie beaucoup d’un essai à l’autre : de ${ectSpread[0]} à ${ectSpread[1]} personnes sur 100 dans deux essais récents.`,
      en: `Remission varies a lot between trials: from ${ectSpread[0]} to ${ectSpread[1]} in 100 people in two recent trials.`,
    },
    figures: {benefit: ['ect-ketamine-remission'], harm: ['ect-memory']},
    france: {
      fr: 'La HAS la cite comme option. Sa disponibilité près de chez vous n’est pas vérifiée ici.',
      en: 'HAS refers to it as an option. Whether it is offered near you is not checked here.',
    },
    refs: ['heijnen2010', 'beyondblue-ect', 'ekstrand2024', 'ketect2022', 'elektd2023', 'has2020spravato'],
  },
  {
    id: 'esketamine',
    name: {fr: 'Eskétamine en spray nasal (Spravato)', en: 'Esketamine nasal spray (Spravato)'},
    how: {
      fr: 'L’une des deux formes « en miroir » de la kétamine, en spray dans le nez, avec un antidépresseur en comprimés.',
      en: 'One of ketamine’s two mirror-image forms, sprayed into the nose, taken with an antidepressant tablet.',
    },
    involves: {
      fr: 'En France, à l’hôpital. Deux séances par semaine le premier mois, puis moins. Vous vous mettez le spray vous-même, devant un soignant. Tension mesurée, puis au moins 2 heures sous surveillance. Quelqu’un d’autre vous ramène : ne conduisez pas avant le lendemain, après une nuit de sommeil.',
      en: 'In France, in hospital. Two sessions a week in the first month, then fewer. You use the spray yourself while staff watch. Blood pressure checks, then at least 2 hours under watch. Someone else takes you home: no driving until the next day, after a night’s sleep.',
    },
    helps: {
      fr: `Après 4 semaines, environ ${n(r.transformResponse.esketamine)} personnes sur 100 ont répondu, contre ${n(r.transformResponse.placebo)} sur 100 avec un placebo.`,
      en: `After 4 weeks, about ${n(r.transformResponse.esketamine)} in 100 people responded, against ${n(r.transformResponse.placebo)} in 100 on a placebo.`,
    },
    risks: {
      fr: `Dissociation : ${n(dissociation.esketamine)} personnes sur 100, contre ${n(dissociation.placebo)} avec un placebo. Tension en hausse : ${n(bloodPressure.esketamine)} contre ${n(bloodPressure.placebo)}. Nausées. Risque de mésusage.`,
      en: `Dissociation: ${n(dissociation.esketamine)} in 100 people, against ${n(dissociation.placebo)} on a placebo. Raised blood pressure: ${n(bloodPressure.esketamine)} against ${n(bloodPressure.placebo)}. Nausea. Risk of misuse.`,
    },
    certainty: {
      fr: 'Réponse : données de deux essais regroupées après coup. Face à la quétiapine : un essai ouvert, payé par le fabricant. La HAS juge l’effet faible.',
      en: 'Response: data from two trials pooled afterwards. Against quetiapine: one open-label trial, paid for by the maker. HAS judged the effect small.',
    },
    figures: {benefit: ['response'], harm: ['dissociation']},
    france: {
      fr: 'À l’hôpital seulement. La HAS recommande le remboursement seulement avant 65 ans, pour un épisode sévère et résistant.',
      en: 'Hospital only. HAS recommends cost cover only under 65, for a severe episode that has not responded.',
    },
    refs: ['turkoz2021', 'spravato-label', 'escape-trd2023', 'has2020spravato', 'has-reassessment'],
  },
  {
    id: 'iv-ketamine',
    name: {fr: 'Kétamine en perfusion', en: 'Ketamine drip (IV)'},
    how: {
      fr: 'La kétamine passe dans une veine, goutte à goutte, à faible dose.',
      en: 'Ketamine goes into a vein through a drip, at a low dose.',
    },
    involves: {
      fr: 'Une perfusion d’environ 40 minutes, deux ou trois fois par semaine, pendant quelques semaines, puis un temps de repos. Demandez au centre combien de temps vous restez, et prévoyez quelqu’un pour vous ramener.',
      en: 'A drip of about 40 minutes, two or three times a week, for a few weeks, then time to rest. Ask the clinic how long you stay, and plan for someone to take you home.',
    },
    helps: {
      fr: `Face à l’ECT : environ ${n(r.elektdResponse.ketamine)} personnes sur 100 ont répondu dans un essai, et ${n(r.ketectRemission.ketamine)} sur 100 sont entrées en rémission dans un autre.`,
      en: `Against ECT: about ${n(r.elektdResponse.ketamine)} in 100 people responded in one trial, and ${n(r.ketectRemission.ketamine)} in 100 reached remission in another.`,
    },
    risks: {
      fr: `Mal de tête, anxiété, dissociation, nausées et étourdissements : chacun chez au moins ${r.ivKetamineCommon.atLeast} personnes sur 100. Plus d’arrêts pour effets indésirables qu’avec l’ECT. En usage répété ou prolongé : dépendance, atteintes de la vessie et du foie.`,
      en: `Headache, anxiety, dissociation, nausea and dizziness: each in at least ${r.ivKetamineCommon.atLeast} in 100 people. More people stop because of side effects than with ECT. With repeated or long use: dependence, and harm to the bladder and liver.`,
    },
    certainty: {
      fr: `Deux essais face à l’ECT ne concordent pas : rémission chez ${ketamineSpread[0]} à ${ketamineSpread[1]} personnes sur 100. Dans un essai de 2025 à l’hôpital, pas de différence nette avec un médicament témoin.`,
      en: `Two trials against ECT disagree: remission in ${ketamineSpread[0]} to ${ketamineSpread[1]} in 100 people. In a 2025 trial in hospital, no clear difference from a control drug.`,
    },
    figures: {benefit: ['ect-ketamine-response'], harm: ['iv-ketamine-common']},
    france: {
      fr: 'Hors autorisation de mise sur le marché, ou dans une étude. Le remboursement n’est pas vérifié ici.',
      en: 'Off-label, or within a study. Cost cover is not checked here.',
    },
    refs: ['elektd2023', 'ketect2022', 'ajp2016frequency', 'karmadep2', 'ansm2023', 'medscape2020fr'],
  },
];

const wa = r.walitt;
const am = r.amitriptylineRelief;
const amAdverse = r.amitriptylineAdverse;
const amStop = r.amitriptylineWithdrawal;
const pgN = r.pregabalinNnt;
const frNumber = (x: number) => String(x).replace('.', ',');
const noHarmsFr = 'Les sources citées ici ne décrivent pas ses effets indésirables.';
const noHarmsEn = 'The sources cited here do not describe its harms.';

/** The options for fibromyalgia, as rows of the fibromyalgia-options page's table (same shape and rules). */
export const fibromyalgiaOptions: TreatmentOption[] = [
  {
    id: 'fm-current-care',
    name: {fr: 'Garder les soins actuels', en: 'Keeping your current care'},
    ...keepingCurrentCare,
    helps: {
      fr: `Sur environ 4 ans, selon un résumé : environ ${n(wa.substantial)} personnes sur 100 allaient beaucoup mieux, et ${n(wa.moderate)} sur 100 un peu mieux.`,
      en: `Over about 4 years, as reported: about ${n(wa.substantial)} in 100 people were much better, and ${n(wa.moderate)} in 100 somewhat better.`,
    },
    risks: {
      fr: `Pas de nouvel effet indésirable. Les symptômes durent souvent : environ ${n(wa.none)} personnes sur 100 n’allaient pas mieux, et ${n(wa.worse)} sur 100 allaient plus mal.`,
      en: `No new side effects. Symptoms often go on: about ${n(wa.none)} in 100 people were no better, and ${n(wa.worse)} in 100 were worse.`,
    },
    certainty: {
      fr: `Une étude de ${wa.people.toLocaleString('fr-FR')} personnes suivies en centre spécialisé, vue seulement dans un résumé de presse. Cela ne vaut pas forcément pour tout le monde.`,
      en: `One study of ${wa.people.toLocaleString('en-GB')} people seen in specialist clinics, seen only in a news summary. It may not apply to everyone.`,
    },
    refs: ['walitt2011'],
  },
  {
    id: 'exercise',
    name: {fr: 'Activité physique adaptée', en: 'Exercise and adapted physical activity'},
    how: {
      fr: 'De l’exercice aérobie et de renforcement, adapté à votre état. En France, la HAS la place en premier, guidée par un professionnel de l’activité physique adaptée, selon la presse.',
      en: 'Aerobic and strengthening exercise, fitted to your condition. In France, HAS puts it first, guided by a professional in adapted physical activity, as reported in the press.',
    },
    involves: {
      fr: 'Des séances régulières, qui demandent du temps chaque semaine. Contre la douleur, les meilleurs résultats venaient avec 21 à 40 séances, 3 par semaine.',
      en: 'Regular sessions, which take time each week. For pain, the best results came with 21 to 40 sessions, 3 a week.',
    },
    helps: {
      fr: 'Moins de douleur qu’avec d’autres traitements, une vie quotidienne moins gênée, une meilleure qualité de vie, moins d’anxiété. Pas de chiffre « sur 100 ».',
      en: 'Less pain than with other treatments, less impact on daily life, better quality of life, less anxiety. No “in 100” figure.',
    },
    risks: {
      fr: `${noHarmsFr} Contraintes pratiques : le temps, les trajets et l’effort, souvent 3 fois par semaine.`,
      en: `${noHarmsEn} Practical drawbacks: the time, travel and effort, often 3 times a week.`,
    },
    certainty: {
      fr: '68 essais, 5 474 personnes. Beaucoup d’essais avaient des défauts : la taille de l’effet est incertaine. Le seul traitement fortement recommandé par les experts européens.',
      en: '68 trials, 5,474 people. Many trials had flaws, so the size of the effect is uncertain. The only treatment European experts strongly recommend.',
    },
    refs: ['exercise2023fm', 'eular2017', 'has2025fibro'],
  },
  {
    id: 'education',
    name: {fr: 'Apprendre à gérer ses symptômes', en: 'Learning to manage your symptoms'},
    how: {
      fr: 'Comprendre la maladie et apprendre à vivre avec, au jour le jour.',
      en: 'Understanding the condition and learning to live with it, day to day.',
    },
    involves: {
      fr: 'Des informations et, parfois, un programme. Demandez à votre médecin ce qui existe près de chez vous.',
      en: 'Information and, at times, a programme. Ask your doctor what exists near you.',
    },
    helps: {
      fr: 'Pas de chiffre fiable sur ce qu’apporte l’éducation seule.',
      en: 'No reliable figure on how much education alone helps.',
    },
    risks: {
      fr: `${noHarmsFr} Contrainte pratique : le temps pour apprendre et pratiquer.`,
      en: `${noHarmsEn} Practical drawback: the time to learn and practise.`,
    },
    certainty: {
      fr: 'Un conseil d’experts (EULAR, et la HAS selon la presse), pas un effet mesuré.',
      en: 'Expert advice (EULAR, and HAS as reported), not a measured effect.',
    },
    refs: ['eular2017', 'has2025fibro'],
  },
  {
    id: 'fm-cbt',
    name: {fr: 'Thérapie cognitive et comportementale (TCC)', en: 'Cognitive behavioural therapy (CBT)'},
    how: {
      fr: 'Une thérapie par la parole, qui travaille sur les pensées et les habitudes.',
      en: 'A talking therapy that works on thoughts and habits.',
    },
    involves: {
      fr: 'Des rendez-vous réguliers chez un thérapeute. Leur nombre n’est pas vérifié ici. Aucun médicament en plus.',
      en: 'Regular visits to a therapist. Their number is not checked here. No extra medicine.',
    },
    helps: {
      fr: 'À la fin du traitement, douleur plus basse d’environ un demi-point sur une échelle de 0 à 10. Fatigue un peu moindre.',
      en: 'At the end of treatment, pain lower by about half a point on a scale from 0 to 10. Tiredness eased a little.',
    },
    risks: {
      fr: `${noHarmsFr} Contraintes pratiques : le temps, les trajets et l’effort de chaque séance.`,
      en: `${noHarmsEn} Practical drawbacks: the time, travel and effort of each session.`,
    },
    certainty: {
      fr: 'Preuves de faible qualité : 23 études, 2 031 personnes, 2 études seulement sans risque de biais.',
      en: 'Low quality evidence: 23 studies, 2,031 people, only 2 studies free of any risk of bias.',
    },
    refs: ['bernardy2013'],
  },
  {
    id: 'amitriptyline',
    name: {fr: 'Amitriptyline (faible dose)', en: 'Amitriptyline (low dose)'},
    how: {
      fr: 'Un antidépresseur, pris ici à faible dose : 25 à 50 mg par jour.',
      en: 'An antidepressant, taken here at a low dose: 25 to 50 mg a day.',
    },
    involves: {
      fr: 'Un comprimé chaque jour, chez vous, et des rendez-vous pour suivre l’effet.',
      en: 'A tablet every day at home, and appointments to check the effect.',
    },
    helps: {
      fr: `Douleur réduite de moitié chez environ ${n(am.amitriptyline)} personnes sur 100, contre ${n(am.placebo)} avec un placebo.`,
      en: `Pain halved in about ${n(am.amitriptyline)} in 100 people, against ${n(am.placebo)} on a placebo.`,
    },
    risks: {
      fr: `Au moins un effet indésirable chez environ ${n(amAdverse.amitriptyline)} personnes sur 100, contre ${n(amAdverse.placebo)} avec un placebo. Arrêt à cause des effets : ${n(amStop.amitriptyline)} contre ${n(amStop.placebo)}.`,
      en: `At least one side effect in about ${n(amAdverse.amitriptyline)} in 100 people, against ${n(amAdverse.placebo)} on a placebo. Stopped because of side effects: ${n(amStop.amitriptyline)} against ${n(amStop.placebo)}.`,
    },
    certainty: {
      fr: `Très faible : ${am.studies} études, ${am.people} personnes pour ce chiffre, aucune preuve de bonne qualité.`,
      en: `Very low: ${am.studies} studies, ${am.people} people for this figure, no good quality evidence.`,
    },
    figures: {benefit: ['amitriptyline'], harm: ['amitriptyline-adverse']},
    refs: ['moore2015amitriptyline'],
  },
  {
    id: 'snri',
    name: {fr: 'Duloxétine ou milnacipran', en: 'Duloxetine or milnacipran'},
    how: {
      fr: 'Des antidépresseurs d’une autre famille.',
      en: 'Antidepressants of another family.',
    },
    involves: {
      fr: 'Un comprimé chaque jour, chez vous, et des rendez-vous pour suivre l’effet.',
      en: 'A tablet every day at home, and appointments to check the effect.',
    },
    helps: {
      fr: 'Mieux qu’un placebo pour réduire la douleur de moitié et pour le bien-être. Pas de chiffre « sur 100 » ici.',
      en: 'Better than a placebo at halving pain and for well-being. No “in 100” figure here.',
    },
    risks: {
      fr: 'Nausées et somnolence fréquentes. Pas de chiffre « sur 100 » ici. Seule une minorité est soulagée sans effet indésirable.',
      en: 'Nausea and drowsiness were common. No “in 100” figure here. Only a minority get relief without side effects.',
    },
    certainty: {
      fr: 'Preuves de faible qualité : 18 études, 7 903 personnes, suivies 4 à 27 semaines.',
      en: 'Low quality evidence: 18 studies, 7,903 people, followed for 4 to 27 weeks.',
    },
    refs: ['welsch2018'],
  },
  {
    id: 'pregabalin',
    name: {fr: 'Prégabaline', en: 'Pregabalin'},
    how: {
      fr: 'Un médicament aussi utilisé contre l’épilepsie.',
      en: 'A medicine also used for epilepsy.',
    },
    involves: {
      fr: 'Des gélules chaque jour, chez vous, et des rendez-vous pour suivre l’effet.',
      en: 'Capsules every day at home, and appointments to check the effect.',
    },
    helps: {
      fr: `À 450 mg par jour, environ ${Math.round(pgN.nnt)} personnes doivent le prendre pour qu’une de plus voie sa douleur réduite de moitié (entre ${Math.round(pgN.low)} et ${pgN.high}).`,
      en: `At 450 mg a day, about ${Math.round(pgN.nnt)} people must take it for one more to have their pain halved (between ${Math.round(pgN.low)} and ${pgN.high}).`,
    },
    risks: {
      fr: `Étourdissements : ${n(pg.dizziness.pregabalin)} personnes sur 100, contre ${n(pg.dizziness.placebo)} avec un placebo. Somnolence : ${n(pg.sleepiness.pregabalin)} contre ${n(pg.sleepiness.placebo)}. Environ ${pgN.nnh} personnes doivent le prendre pour qu’une de plus l’arrête à cause des effets.`,
      en: `Dizziness: ${n(pg.dizziness.pregabalin)} in 100 people, against ${n(pg.dizziness.placebo)} on a placebo. Sleepiness: ${n(pg.sleepiness.pregabalin)} against ${n(pg.sleepiness.placebo)}. About ${pgN.nnh} people must take it for one more to stop because of side effects.`,
    },
    certainty: {
      fr: `Preuves jugées de bonne qualité, selon un résumé de la revue : 5 essais, 3 283 personnes, 2 à 3 mois. Le chiffre exact est ${frNumber(pgN.nnt)}.`,
      en: `Rated high quality evidence, in a summary of the review: 5 trials, 3,283 people, 2 to 3 months. The exact figure is ${pgN.nnt}.`,
    },
    figures: {harm: ['pregabalin-dizziness']},
    refs: ['derry2016pregabalin'],
  },
  {
    id: 'fm-ketamine',
    name: {fr: 'Kétamine en perfusion (centre de la douleur)', en: 'Ketamine drip (pain clinic)'},
    how: {
      fr: 'La kétamine passe dans une veine, goutte à goutte. Elle n’a pas d’autorisation pour la fibromyalgie.',
      en: 'Ketamine goes into a vein through a drip. It is not approved for fibromyalgia.',
    },
    involves: {
      fr: 'Selon des experts français de la douleur : une perfusion chaque jour pendant 4 jours, à l’hôpital (avec ou sans nuit sur place), refaite environ tous les 3 mois. L’effet est jugé 1 mois après. Ce schéma est un avis d’experts, pas un résultat d’essai.',
      en: 'As French pain experts describe it: a drip each day for 4 days, in hospital (staying overnight or not), repeated about every 3 months. The effect is judged 1 month later. This plan is expert opinion, not a trial result.',
    },
    helps: {
      fr: 'Moins de douleur pendant la perfusion et quelques heures après. Aucun effet durable montré : dans le seul essai avec un suivi, 2 personnes de chaque groupe avaient une douleur réduite de moitié à 8 semaines.',
      en: 'Less pain during the drip and for a few hours after. No lasting benefit shown: in the only trial with a follow-up, 2 people in each group had their pain halved at 8 weeks.',
    },
    risks: {
      fr: `Effets indésirables chez ${n(r.okapiAdverse.percent)} personnes sur 100 la première semaine, dans une étude française en centres de la douleur. Environ 3 fois plus d’effets indésirables qu’avec un placebo. En usage répété ou prolongé : dépendance, atteintes du foie, des voies biliaires et de la vessie.`,
      en: `Side effects in ${n(r.okapiAdverse.percent)} in 100 people in the first week, in a French study in pain clinics. About 3 times as many side effects as with a placebo. With repeated or long use: dependence, and harm to the liver, bile ducts and bladder.`,
    },
    certainty: {
      fr: 'Très faible : de petites études, une revue qui ne trouve pas de bénéfice net contre la douleur chronique. Usage expérimental, hors autorisation.',
      en: 'Very low: small studies, and a review that finds no clear benefit for chronic pain. Experimental, off-label use.',
    },
    figures: {harm: ['okapi-adverse']},
    refs: ['voute2022-delphi', 'noppers2011fm', 'decarvalho2024', 'okapi2022', 'cochrane2025', 'ansm2023'],
  },
];

/** The option sets by name, for <OptionsTable set="…" />. */
export const optionSets = {depression: treatmentOptions, fibromyalgia: fibromyalgiaOptions} as const;
export type OptionSet = keyof typeof optionSets;
