import type {Localized} from './types';

/** What one panel of the nasal spray drawing shows (components/content/SpraySteps.tsx draws each). */
export type SprayStepPicture = 'blow' | 'dots-full' | 'tilt' | 'spray' | 'sniff' | 'dots-empty' | 'rest';

/**
 * The nasal spray steps as a drawing: one panel per numbered step of the session page's list
 * (content/{fr,en}/session.mdx, section nasal-spray-steps; manufacturer's instructions for use, evidence §13B).
 * `label` is what the panel says under its drawing (its text equivalent); `match` is a phrase of the text's
 * step with the same number, so a test fails when the list and the drawing drift apart.
 */
export type SprayStep = {picture: SprayStepPicture; label: Localized; match: Localized};

export const spraySteps: SprayStep[] = [
  {picture: 'blow',
    label: {fr: 'Mouchez-vous, avant le premier dispositif seulement.', en: 'Blow your nose, before the first device only.'},
    match: {fr: 'Mouchez-vous', en: 'Blow your nose'}},
  {picture: 'dots-full',
    label: {fr: 'Le soignant vérifie les 2 points verts. Pas de pulvérisation d’essai.', en: 'The staff member checks for 2 green dots. No test spray.'},
    match: {fr: '2 points verts', en: '2 green dots'}},
  {picture: 'tilt',
    label: {fr: 'Penchez la tête en arrière.', en: 'Tilt your head back.'},
    match: {fr: 'Penchez la tête en arrière', en: 'Tilt your head back'}},
  {picture: 'spray',
    label: {fr: 'Embout dans une narine, l’autre bouchée. Inspirez en poussant le piston jusqu’au bout.', en: 'Tip in one nostril, the other closed. Breathe in as you push the plunger all the way.'},
    match: {fr: 'poussant le piston', en: 'push the plunger'}},
  {picture: 'sniff',
    label: {fr: 'Reniflez doucement. Puis l’autre narine.', en: 'Sniff gently. Then the other nostril.'},
    match: {fr: 'Reniflez doucement', en: 'Sniff gently'}},
  {picture: 'dots-empty',
    label: {fr: 'Le soignant vérifie qu’il ne reste aucun point vert.', en: 'The staff member checks that no green dot is left.'},
    match: {fr: 'aucun point vert', en: 'no green dot'}},
  {picture: 'rest',
    label: {fr: 'Reposez-vous 5 minutes avant le dispositif suivant. Ne vous mouchez pas.', en: 'Rest for 5 minutes before the next device. Do not blow your nose.'},
    match: {fr: '5 minutes', en: '5 minutes'}},
];
