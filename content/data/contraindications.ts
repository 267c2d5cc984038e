import type {Localized} from './types';

/**
 * Who should not have ketamine or esketamine, and who needs great care: the ONE list of the site, rendered by
 * <Contraindications /> wherever a page lists them (a content test keeps these words out of page prose).
 * Sources: evidence.md §3C (labels, ASRA 2018 guideline, Swiss information) and §17A.
 */
export type ContraindicationItem = {
  id: string;
  /** 'rule-out': a label rules the treatment out. 'care': not recommended, or only with a specialist's view. */
  level: 'rule-out' | 'care';
  label: Localized;
  text: Localized;
  refs: string[];
};

export const contraindications: ContraindicationItem[] = [
  {id: 'aneurysm', level: 'rule-out', refs: ['spravato-us-label'],
    label: {fr: 'Anévrisme', en: 'Aneurysm'},
    text: {fr: 'Une zone faible et gonflée de la paroi d’une artère (aorte, cerveau, bras ou jambes). La notice de l’eskétamine l’exclut.', en: 'A weak, bulging spot in the wall of an artery (the aorta, the brain, the arms or legs). The esketamine label rules it out.'}},
  {id: 'avm', level: 'rule-out', refs: ['spravato-us-label'],
    label: {fr: 'Malformation artério-veineuse', en: 'Arteriovenous malformation'},
    text: {fr: 'Un amas anormal d’artères et de veines. La notice de l’eskétamine l’exclut.', en: 'An abnormal tangle of arteries and veins. The esketamine label rules it out.'}},
  {id: 'brain-bleed', level: 'rule-out', refs: ['spravato-us-label'],
    label: {fr: 'Saignement dans le cerveau', en: 'Bleeding in the brain'},
    text: {fr: 'Un saignement dans le cerveau dans le passé. La notice de l’eskétamine l’exclut.', en: 'Bleeding in the brain in the past. The esketamine label rules it out.'}},
  {id: 'allergy', level: 'rule-out', refs: ['spravato-us-label'],
    label: {fr: 'Allergie', en: 'Allergy'},
    text: {fr: 'Une allergie à l’eskétamine ou à la kétamine.', en: 'An allergy to esketamine or ketamine.'}},
  {id: 'blood-pressure-danger', level: 'rule-out', refs: ['ketalar-label'],
    label: {fr: 'Quand une hausse de tension serait dangereuse', en: 'When a rise in blood pressure would be dangerous'},
    text: {fr: 'La notice de la kétamine (Ketalar) l’exclut. Par exemple : maladie grave des artères du cœur ou du muscle du cœur, AVC, choc à la tête, éclampsie ou prééclampsie (tension bien trop haute pendant la grossesse).', en: 'The ketamine label (Ketalar) rules it out. For example: severe disease of the heart’s arteries or heart muscle, stroke, head injury, or eclampsia or pre-eclampsia (blood pressure far too high in pregnancy).'}},
  {id: 'uncontrolled-blood-pressure', level: 'rule-out', refs: ['swiss-ketamine-info'],
    label: {fr: 'Tension non contrôlée', en: 'Blood pressure not under control'},
    text: {fr: 'Une tension au-dessus de 180/100 au repos (information suisse sur la kétamine).', en: 'Blood pressure above 180/100 at rest (Swiss ketamine information).'}},
  {id: 'thyroid', level: 'rule-out', refs: ['swiss-ketamine-info'],
    label: {fr: 'Thyroïde trop active', en: 'Overactive thyroid'},
    text: {fr: 'Une hyperthyroïdie qui n’est pas traitée (information suisse sur la kétamine).', en: 'Hyperthyroidism that is not treated (Swiss ketamine information).'}},
  {id: 'pregnancy', level: 'care', refs: ['spravato-us-label', 'asra2018'],
    label: {fr: 'Grossesse et allaitement', en: 'Pregnancy and breastfeeding'},
    text: {fr: 'L’eskétamine n’est pas recommandée pendant la grossesse ni pendant l’allaitement. Pour la perfusion, la grossesse est une raison d’éviter le traitement, sauf avis contraire du spécialiste (contre-indication relative).', en: 'Esketamine is not recommended during pregnancy or breastfeeding. For a drip, pregnancy is a reason to avoid the treatment unless a specialist decides otherwise (a relative contraindication).'}},
  {id: 'liver', level: 'care', refs: ['spravato-us-label', 'asra2018'],
    label: {fr: 'Foie', en: 'Liver'},
    text: {fr: 'Avec une maladie grave du foie, l’eskétamine n’est pas recommandée, et la perfusion est à éviter. Une maladie du foie modérée demande de la prudence.', en: 'With severe liver disease, esketamine is not recommended and a drip should be avoided. Moderate liver disease calls for care.'}},
  {id: 'heart', level: 'care', refs: ['asra2018'],
    label: {fr: 'Cœur et vaisseaux', en: 'Heart and blood vessels'},
    text: {fr: 'Une maladie du cœur ou des vaisseaux mal contrôlée demande de la prudence.', en: 'Heart or blood vessel disease that is poorly controlled calls for care.'}},
  {id: 'pressure-skull-eye', level: 'care', refs: ['asra2018'],
    label: {fr: 'Crâne et œil', en: 'Skull and eye'},
    text: {fr: 'Une pression trop haute dans le crâne ou dans l’œil demande de la prudence.', en: 'Raised pressure inside the skull or the eye calls for care.'}},
  {id: 'psychosis', level: 'care', refs: ['asra2018', 'spravato-us-label'],
    label: {fr: 'Psychose', en: 'Psychosis'},
    text: {fr: 'Une psychose en cours (perte de contact avec la réalité, par exemple entendre des voix) est une raison d’éviter la perfusion. Une psychose passée demande de la prudence.', en: 'Psychosis now (losing touch with reality, for example hearing voices) is a reason to avoid a drip. Psychosis in the past calls for care.'}},
  {id: 'substance-use', level: 'care', refs: ['asra2018', 'spravato-us-label'],
    label: {fr: 'Alcool et drogues', en: 'Alcohol and drugs'},
    text: {fr: 'Un usage problématique d’alcool ou de drogues en ce moment est une raison de prudence, et un tel usage passé aussi. L’eskétamine porte un avertissement officiel sur l’abus et le mésusage.', en: 'Problem use of alcohol or drugs now is a reason for care, and so is such use in the past. Esketamine carries an official warning about abuse and misuse.'}},
];

/** Every reference the list cites, in order of first use (the page's reference list includes them). */
export const contraindicationRefs: string[] = [...new Set(contraindications.flatMap((c) => c.refs))];
