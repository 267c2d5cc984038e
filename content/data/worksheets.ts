import type {Localized} from './types';

/** One part of a worksheet: a short title, the prompts to write under, and one short prompt for the handout. */
export type WorksheetPart = {title: Localized; items: Localized[]; prompt: Localized};

/**
 * The "what matters most to me" values exercises of the two decision aids, written once: the options page
 * shows them (<Worksheet id="…" />) and the printed handout of the same page carries them too
 * (components/layout/HandoutTemplate.tsx), each ending with "Take this sheet to your appointment".
 */
export const worksheets = {
  'depression-options': [
    {title: {fr: 'Ce qui m’inquiète', en: 'What worries me'}, prompt: {fr: 'Ce qui m’inquiète le plus', en: 'What worries me most'}, items: [
      {fr: 'Ce qui m’inquiète le plus dans ma dépression en ce moment', en: 'What worries me most about my depression right now'},
      {fr: 'Ce qui m’inquiète le plus dans un nouveau traitement', en: 'What worries me most about a new treatment'},
    ]},
    {title: {fr: 'Ce que je peux donner en temps et en trajets', en: 'What I can give in time and travel'}, prompt: {fr: 'Le temps que je peux donner chaque semaine', en: 'The time and travel I can give each week'}, items: [
      {fr: 'Combien d’heures par semaine je peux donner aux séances, aux trajets et au repos', en: 'How many hours a week I can give to sessions, travel and rest'},
      {fr: 'Jusqu’où je peux me déplacer, et qui peut me raccompagner après une séance', en: 'How far I can travel, and who can take me home after a session'},
    ]},
    {title: {fr: 'Comment je pèse les effets indésirables', en: 'How I weigh the side effects'}, prompt: {fr: 'L’effet indésirable que je veux le plus éviter', en: 'The side effect I most want to avoid'}, items: [
      {fr: 'Des troubles de la mémoire avec l’ECT, ou un sentiment de détachement pendant un court moment avec la kétamine : qu’est-ce qui m’inquiète le plus, et pourquoi', en: 'Memory problems with ECT, or feeling cut off for a short time with ketamine: which worries me more, and why'},
      {fr: 'Les autres effets que je ne pourrais pas accepter', en: 'Other side effects I could not accept'},
    ]},
    {title: {fr: 'Où j’en suis', en: 'Where I stand'}, prompt: {fr: 'L’option vers laquelle je penche, et pourquoi', en: 'The option I lean towards, and why'}, items: [
      {fr: 'L’option vers laquelle je penche aujourd’hui, et pourquoi', en: 'The option I lean towards today, and why'},
      {fr: 'Ma question la plus importante pour mon psychiatre', en: 'My most important question for my psychiatrist'},
    ]},
  ],
  'fibromyalgia-options': [
    {title: {fr: 'Ce qui me pèse', en: 'What weighs on me'}, prompt: {fr: 'Ce qui me gêne le plus au quotidien', en: 'What bothers me most day to day'}, items: [
      {fr: 'Ce qui me gêne le plus au quotidien en ce moment : la douleur, la fatigue, le sommeil ou autre chose', en: 'What bothers me most in daily life right now: pain, tiredness, sleep or something else'},
      {fr: 'Ce qui m’inquiète le plus dans un nouveau traitement', en: 'What worries me most about a new treatment'},
    ]},
    {title: {fr: 'Ce que je peux donner en temps et en effort', en: 'What I can give in time and effort'}, prompt: {fr: 'Le temps que je peux donner chaque semaine', en: 'The time and effort I can give each week'}, items: [
      {fr: 'Combien d’heures par semaine je peux donner à l’activité physique ou à des séances, trajets compris', en: 'How many hours a week I can give to exercise or sessions, travel included'},
      {fr: 'Si je préfère commencer par l’activité physique, une thérapie par la parole ou un médicament, et pourquoi', en: 'Whether I would rather start with exercise, a talking therapy or a medicine, and why'},
    ]},
    {title: {fr: 'Comment je pèse les effets indésirables', en: 'How I weigh the side effects'}, prompt: {fr: 'L’effet indésirable que je veux le plus éviter', en: 'The side effect I most want to avoid'}, items: [
      {fr: 'Des étourdissements ou de la somnolence avec un médicament : à quel point cela me gênerait au travail et au quotidien', en: 'Dizziness or sleepiness with a medicine: how much it would bother me at work and in daily life'},
      {fr: 'Ce que j’attends d’un traitement, et comment je saurai qu’il ne marche pas', en: 'What I expect from a treatment, and how I will know it is not working'},
    ]},
    {title: {fr: 'Où j’en suis', en: 'Where I stand'}, prompt: {fr: 'L’option vers laquelle je penche, et pourquoi', en: 'The option I lean towards, and why'}, items: [
      {fr: 'L’option vers laquelle je penche aujourd’hui, et pourquoi', en: 'The option I lean towards today, and why'},
      {fr: 'Ma question la plus importante pour mon médecin', en: 'My most important question for my doctor'},
    ]},
  ],
} satisfies Record<string, WorksheetPart[]>;

export type WorksheetId = keyof typeof worksheets;
export const worksheetFor = (id: string): WorksheetPart[] | undefined => (worksheets as Record<string, WorksheetPart[]>)[id];
