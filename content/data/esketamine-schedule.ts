import type {Localized} from './types';

/**
 * The esketamine nasal spray schedule from its label (evidence §13C, §2F), drawn as a timeline by
 * components/content/EsketamineSchedule.tsx on the maintenance page (section esketamine-schedule), beside the
 * list that says the same. `weeks` says which weeks the row covers and `rhythms` how many sessions a week
 * (0.5 = one every 2 weeks); a row with two rhythms offers a choice. `match` is the text's line for the row,
 * checked against the page by a test.
 */
export type ScheduleRow = {
  weeks: Localized;
  rhythms: {perWeek: 2 | 1 | 0.5; text: Localized}[];
  /** The row goes on after its last drawn week (from week 9). */
  ongoing?: boolean;
  match: Localized;
};

export const esketamineSchedule: {rows: ScheduleRow[]; observation: Localized; ref: string} = {
  rows: [
    {weeks: {fr: 'Semaines 1 à 4', en: 'Weeks 1 to 4'},
      rhythms: [{perWeek: 2, text: {fr: 'deux fois par semaine', en: 'twice a week'}}],
      match: {fr: 'semaines 1 à 4 : deux fois par semaine', en: 'weeks 1 to 4: twice a week'}},
    {weeks: {fr: 'Semaines 5 à 8', en: 'Weeks 5 to 8'},
      rhythms: [{perWeek: 1, text: {fr: 'une fois par semaine', en: 'once a week'}}],
      match: {fr: 'semaines 5 à 8 : une fois par semaine', en: 'weeks 5 to 8: once a week'}},
    {weeks: {fr: 'À partir de la semaine 9', en: 'From week 9'}, ongoing: true,
      rhythms: [
        {perWeek: 1, text: {fr: 'une fois par semaine', en: 'once a week'}},
        {perWeek: 0.5, text: {fr: 'ou une fois toutes les 2 semaines', en: 'or once every 2 weeks'}},
      ],
      match: {fr: 'à partir de la semaine 9 : une fois par semaine ou une fois toutes les 2 semaines', en: 'from week 9: once a week or once every 2 weeks'}},
  ],
  observation: {fr: 'Après chaque dose : au moins 2 heures sous surveillance.', en: 'After each dose: at least 2 hours under watch.'},
  ref: 'spravato-label',
};
