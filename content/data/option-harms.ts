import type {Localized} from './types';

/**
 * Harms of the other options for treatment-resistant depression (evidence §21, §8E), written once so the
 * options table (issue 24) and the pages that discuss these options read the same facts. Rendered by
 * <OptionHarms option="rtms|ect" />. `reported`: seen only in a secondary summary, said as reported.
 */
export type OptionHarmId = 'rtms' | 'ect';
export type OptionHarm = {text: Localized; refs: string[]; reported?: boolean};
export type OptionHarms = {id: OptionHarmId; title: Localized; evidence: string[]; harms: OptionHarm[]};

export const optionHarms: OptionHarms[] = [
  {id: 'rtms', title: {fr: 'Effets indésirables de la rTMS', en: 'Side effects of rTMS'}, evidence: ['§21 rTMS (NICE IPG542, section 5 and information for the public)'],
    harms: [
      {refs: ['nice-ipg542-safety'],
        text: {fr: 'Dans une revue de 40 essais (1 592 personnes), la rTMS à haute fréquence a donné un mal de tête à 10 personnes sur 100, contre 3 sur 100 avec une fausse stimulation. Une gêne du cuir chevelu touchait 9 personnes sur 100, contre 2 sur 100. Des contractions du visage touchaient 2 personnes sur 100, et aucune avec la fausse stimulation.', en: 'In a review of 40 trials (1,592 people), high-frequency rTMS gave a headache to 10 in 100 people, against 3 in 100 with a sham. Scalp discomfort affected 9 in 100, against 2 in 100. Facial twitching affected 2 in 100, and no one with the sham.'}},
      {refs: ['nice-ipg542-safety'],
        text: {fr: 'Une crise convulsive qui a cessé d’elle-même et un épisode d’exaltation de l’humeur (hypomanie) ont été signalés, chacun chez une personne.', en: 'One seizure that stopped by itself and one episode of high mood (hypomania) were reported, each in one person.'}},
      {refs: ['nice-ipg542-safety'],
        text: {fr: 'Des spécialistes ont aussi signalé au NICE une gêne, des contractions désagréables, une confusion et des troubles de mémoire passagers, et une baisse passagère de l’audition.', en: 'Specialists also reported to NICE discomfort, unpleasant twitching, brief confusion and memory problems, and brief hearing loss.'}},
    ]},
  {id: 'ect', title: {fr: 'Effets indésirables de l’ECT', en: 'Side effects of ECT'}, evidence: ['§21 ECT (Beyond Blue; Watts 2011 and Kaster 2021 secondary)', '§8E (KetECT, ELEKT-D)'],
    harms: [
      {refs: ['beyondblue-ect'],
        text: {fr: 'Le plus grand risque vient de l’anesthésie générale : un risque de décès très faible, souvent cité comme 1 sur 100 000.', en: 'The greatest risk comes from the general anaesthetic: a very small risk of death, often quoted as 1 in 100,000.'}},
      {refs: ['beyondblue-ect'],
        text: {fr: 'Juste après : perte de mémoire des moments avant et après la séance, mal de tête, nausée, muscles ou mâchoire douloureux, confusion, changements du rythme du cœur ou tension basse. Cela passe en général en quelques heures.', en: 'Just after: loss of memory for the time just before and after the session, headache, nausea, sore muscles or jaw, confusion, heart rhythm changes or low blood pressure. These usually pass within hours.'}},
      {refs: ['beyondblue-ect', 'ketect2022', 'elektd2023'],
        text: {fr: 'Au moins 1 personne sur 3 signale des troubles de mémoire. Ils sont le plus souvent limités et passagers, mais peuvent durer des semaines, et quelques personnes perdent des souvenirs pour longtemps. Dans les essais face à la kétamine, les effets durables, dont la perte de mémoire, étaient plus fréquents avec l’ECT.', en: 'At least 1 in 3 people report memory problems. Most are limited and short-lived, but they can last weeks, and a few people lose memories for good. In the trials against ketamine, lasting side effects, including memory loss, were more common with ECT.'}},
      {refs: ['watts2011-ect', 'kaster2021-ect'], reported: true,
        text: {fr: 'Selon un résumé clinique, une revue américaine a compté moins d’un décès pour 73 440 séances, et une étude de 10 016 personnes en Ontario n’a pas trouvé plus de problèmes médicaux graves avec l’ECT.', en: 'A clinical summary reports that a US review counted fewer than 1 death per 73,440 treatments, and that a study of 10,016 people in Ontario found no more serious medical problems with ECT.'}},
    ]},
];

export const optionHarmsById = new Map(optionHarms.map((o) => [o.id, o]));

export function optionHarmRefs(id: string): string[] {
  const o = optionHarmsById.get(id as OptionHarmId);
  return o ? [...new Set(o.harms.flatMap((h) => h.refs))] : [];
}
