import type {Localized, SideEffectRow} from './types';
import {safetyFactById, safetyFactRefs, type SafetyFactId} from './safety-facts';

/** An action read from a safety fact (content/data/safety-facts.ts), never typed a second time. */
const fact = (id: SafetyFactId, part?: number): {text: Localized; refs: string[]} => {
  const f = safetyFactById.get(id)!;
  return part === undefined ? {text: f.keyPoint, refs: safetyFactRefs(id)} : {text: f.parts[part].text, refs: f.parts[part].refs};
};

/** Group sizes of the pooled esketamine trials in treatment-resistant depression (Spravato label). */
export const sideEffectsTrial = {esketamineN: 346, placeboN: 222, ref: 'spravato-label'} as const;

/** Common side effects in those trials: % with esketamine + antidepressant vs placebo + antidepressant. */
export const sideEffects: SideEffectRow[] = [
  {id: 'dissociation', effect: {fr: 'Dissociation (se sentir détaché de soi ou du monde)', en: 'Dissociation (feeling detached from yourself or the world)'}, esketamine: 41, placebo: 9,
    action: {kind: 'wait', text: {fr: 'L’équipe vous surveille jusqu’à ce que vous soyez stable.', en: 'The team watches you until you are stable.'}, refs: ['spravato-uk-pi']}},
  {effect: {fr: 'Étourdissements', en: 'Dizziness'}, esketamine: 29, placebo: 8,
    action: {kind: 'wait', ...fact('driving', 0)}},
  {effect: {fr: 'Nausées', en: 'Nausea'}, esketamine: 28, placebo: 9,
    action: {kind: 'tell-team', ...fact('eating-drinking', 0)}},
  {effect: {fr: 'Somnolence', en: 'Sleepiness (sedation)'}, esketamine: 23, placebo: 9,
    action: {kind: 'wait', text: {fr: 'L’équipe vous surveille. Ne conduisez pas avant le lendemain, après une nuit de sommeil.', en: 'The team watches you. Do not drive until the next day, after a restful sleep.'}, refs: ['spravato-us-label']}},
  {effect: {fr: 'Vertiges (tout tourne)', en: 'Vertigo (the room spins)'}, esketamine: 23, placebo: 3,
    action: {kind: 'wait', text: {fr: 'L’équipe vous surveille. Après 65 ans, la surveillance est plus étroite : le risque de chute est plus grand au moment de se lever.', en: 'The team watches you. People over 65 are watched closely: they may fall more easily when they start moving.'}, refs: ['spravato-eu-leaflet']}},
  {effect: {fr: 'Maux de tête', en: 'Headache'}, esketamine: 20, placebo: 17,
    action: {kind: 'call-help', text: {fr: 'Mal de tête soudain et très fort : prévenez l’équipe tout de suite, ou appelez les urgences si vous êtes parti.', en: 'A sudden, severe headache: tell the staff at once, or call the emergency number if you have left.'}, refs: ['spravato-eu-leaflet']}},
  {effect: {fr: 'Goût modifié', en: 'Changed taste'}, esketamine: 19, placebo: 14},
  {effect: {fr: 'Engourdissement', en: 'Numbness'}, esketamine: 18, placebo: 2},
  {effect: {fr: 'Anxiété', en: 'Anxiety'}, esketamine: 13, placebo: 6},
  {effect: {fr: 'Grande fatigue', en: 'Lethargy'}, esketamine: 11, placebo: 5},
  {effect: {fr: 'Tension artérielle en hausse', en: 'Raised blood pressure'}, esketamine: 10, placebo: 3,
    action: {kind: 'call-help', ...fact('emergency-signs')}},
  {effect: {fr: 'Vomissements', en: 'Vomiting'}, esketamine: 9, placebo: 2,
    action: {kind: 'tell-team', ...fact('eating-drinking', 0)}},
  {effect: {fr: 'Impression d’ivresse', en: 'Feeling drunk'}, esketamine: 5, placebo: 0.5,
    action: {kind: 'wait', text: {fr: 'Ne conduisez pas avant le lendemain, après une nuit de sommeil.', en: 'Do not drive until the next day, after a restful sleep.'}, refs: ['spravato-us-label']}},
  {effect: {fr: 'Envies fréquentes d’uriner', en: 'Passing urine often'}, esketamine: 3, placebo: 0.5,
    action: {kind: 'tell-team', ...fact('bladder')}},
];

/** Rows whose advice asks the reader to act (tell the team, call for help). The table shows them first and folds
 *  the others (the team watches you, or no specific advice) under "Read more" (issue 19: shorter on a phone). */
const actsOn = (s: SideEffectRow) => s.action?.kind === 'tell-team' || s.action?.kind === 'call-help';
export const sideEffectsToAct: SideEffectRow[] = sideEffects.filter(actsOn);
export const sideEffectsOther: SideEffectRow[] = sideEffects.filter((s) => !actsOn(s));

/** Every reference the table's advice column cites, in the order the page shows them. */
export const sideEffectRefs: string[] = [...new Set([...sideEffectsToAct, ...sideEffectsOther].flatMap((s) => s.action?.refs ?? []))];
