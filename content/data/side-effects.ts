import type {SideEffectRow} from './types';

/** Group sizes of the pooled esketamine trials in treatment-resistant depression (Spravato label). */
export const sideEffectsTrial = {esketamineN: 346, placeboN: 222, ref: 'spravato-label'} as const;

/** Common side effects in those trials: % with esketamine + antidepressant vs placebo + antidepressant. */
export const sideEffects: SideEffectRow[] = [
  {id: 'dissociation', effect: {fr: 'Dissociation (se sentir détaché de soi ou du monde)', en: 'Dissociation (feeling detached from yourself or the world)'}, esketamine: 41, placebo: 9},
  {effect: {fr: 'Étourdissements', en: 'Dizziness'}, esketamine: 29, placebo: 8},
  {effect: {fr: 'Nausées', en: 'Nausea'}, esketamine: 28, placebo: 9},
  {effect: {fr: 'Somnolence', en: 'Sleepiness (sedation)'}, esketamine: 23, placebo: 9},
  {effect: {fr: 'Vertiges (tout tourne)', en: 'Vertigo (the room spins)'}, esketamine: 23, placebo: 3},
  {effect: {fr: 'Maux de tête', en: 'Headache'}, esketamine: 20, placebo: 17},
  {effect: {fr: 'Goût modifié', en: 'Changed taste'}, esketamine: 19, placebo: 14},
  {effect: {fr: 'Engourdissement', en: 'Numbness'}, esketamine: 18, placebo: 2},
  {effect: {fr: 'Anxiété', en: 'Anxiety'}, esketamine: 13, placebo: 6},
  {effect: {fr: 'Grande fatigue', en: 'Lethargy'}, esketamine: 11, placebo: 5},
  {effect: {fr: 'Tension artérielle en hausse', en: 'Raised blood pressure'}, esketamine: 10, placebo: 3},
  {effect: {fr: 'Vomissements', en: 'Vomiting'}, esketamine: 9, placebo: 2},
  {effect: {fr: 'Impression d’ivresse', en: 'Feeling drunk'}, esketamine: 5, placebo: 0.5},
  {effect: {fr: 'Envies fréquentes d’uriner', en: 'Passing urine often'}, esketamine: 3, placebo: 0.5},
];
