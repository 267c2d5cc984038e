import type {PageId} from '@/app/_i18n/pages';
import type {Localized, SideEffectRow} from './types';

/** The three levels, in rising urgency: wait and rest, tell the clinic team, call emergency services now.
 *  The same kinds as the side-effect table's "what to do" column. */
export type CallLevel = NonNullable<SideEffectRow['action']>['kind'];
export const callLevels: readonly CallLevel[] = ['wait', 'tell-team', 'call-help'];

/** One level of the "when to call whom" visual (components/content/WhenToCall.tsx) and what belongs to it. */
export type WhenToCallLevel = {level: CallLevel; items: WhenToCallItem[]};
/** One sign or situation, in both languages. `from` names the page section whose text says it (checked by a test). */
export type WhenToCallItem = Localized & {from?: {page: PageId; section: string}};

const risks = (section: string) => ({page: 'risks-and-safety' as const, section});
const session = (section: string) => ({page: 'session' as const, section});

/**
 * What the risks page's "When to get help" and the session page's "After the session" say, sorted by level.
 * Every item restates a sentence of that text (no new fact). When the safety records land in content/data,
 * this list can be built from them instead: the component only needs {level, items: {fr, en}[]}.
 */
export const whenToCall: WhenToCallLevel[] = [
  {level: 'wait', items: [
    {fr: 'Somnolence ou sensation d’être détaché juste après la dose : l’équipe vous surveille jusqu’à ce que vous soyez stable.',
      en: 'Sleepy or feeling detached just after the dose: the team watches you until you are stable.', from: session('nasal-spray-steps')},
    {fr: 'De retour chez vous, reposez-vous. Évitez les grandes décisions ce jour-là.',
      en: 'Once home, rest. Avoid big decisions that day.', from: session('what-you-can-do')},
    {fr: 'Ne conduisez pas avant le lendemain, après une nuit de sommeil.',
      en: 'Do not drive until the next day, after a night’s sleep.', from: risks('driving')},
  ]},
  {level: 'tell-team', items: [
    {fr: 'Pendant ou juste après la séance, si vous vous sentez mal : dites-le tout de suite.',
      en: 'During or just after the session, if you feel unwell: say so at once.', from: risks('during-session')},
    {fr: 'Chez vous, un souci moins urgent : des nausées qui durent, une sensation étrange qui ne passe pas.',
      en: 'At home, a less urgent worry: nausea that goes on, a strange feeling that does not pass.', from: risks('at-home')},
    {fr: 'Douleur ou sang en urinant, envie d’uriner très souvent : pas de séance suivante, prévenez votre médecin.',
      en: 'Pain or blood when you pass urine, or needing to go very often: skip the next session and tell your doctor.', from: risks('urinary-symptoms')},
  ]},
  {level: 'call-help', items: [
    {fr: 'Chez vous : douleur dans la poitrine, mal de tête très fort ou gêne pour respirer.',
      en: 'At home: chest pain, a very bad headache or trouble breathing.', from: risks('at-home')},
    {fr: 'Des idées de suicide, ou un proche s’inquiète pour vous : appelez une ligne d’écoute tout de suite.',
      en: 'Thoughts of suicide, or someone close is worried about you: call a crisis line now.', from: risks('suicidal-thoughts')},
  ]},
];
