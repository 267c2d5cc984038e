import type {PageId} from '@/app/_i18n/pages';
import type {Localized, SideEffectRow} from './types';
import {safetyFactById, type SafetyFactId} from './safety-facts';

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

/** A safety record's one-sentence key point (content/data/safety-facts.ts): the one copy of that advice. */
const fact = (id: SafetyFactId): WhenToCallItem => {
  const record = safetyFactById.get(id);
  if (!record) throw new Error(`when-to-call: no safety fact "${id}"`);
  return {fr: record.keyPoint.fr, en: record.keyPoint.en};
};

/**
 * The risks page's "When to get help", sorted by level. The advice a patient acts on (driving, when to call
 * the clinic, bladder, liver, the emergency signs) is read from the safety records, never restated here; the
 * other items restate a sentence of the page named by `from` (checked by a test).
 */
export const whenToCall: WhenToCallLevel[] = [
  {level: 'wait', items: [
    {fr: 'Somnolence ou sensation d’être détaché juste après la dose : l’équipe vous surveille jusqu’à ce que vous soyez stable.',
      en: 'Sleepy or feeling detached just after the dose: the team watches you until you are stable.', from: session('nasal-spray-steps')},
    {fr: 'De retour chez vous, reposez-vous. Évitez les grandes décisions ce jour-là.',
      en: 'Once home, rest. Avoid big decisions that day.', from: session('what-you-can-do')},
    fact('driving'),
  ]},
  {level: 'tell-team', items: [
    {fr: 'Pendant ou juste après la séance, si vous vous sentez mal : dites-le tout de suite.',
      en: 'During or just after the session, if you feel unwell: say so at once.', from: risks('during-session')},
    fact('call-clinic'),
    fact('bladder'),
    fact('liver'),
  ]},
  {level: 'call-help', items: [
    fact('emergency-signs'),
    {fr: 'Des idées de suicide, ou un proche s’inquiète pour vous : appelez une ligne d’écoute tout de suite.',
      en: 'Thoughts of suicide, or someone close is worried about you: call a crisis line now.', from: risks('suicidal-thoughts')},
  ]},
];
