import type {CrisisLine} from './types';

/** Name and use of a country's general emergency number (911, 999). */
const emergencyServices = {
  name: {fr: 'Urgences', en: 'Emergency services'},
  when: {fr: 'Si une vie est en danger immédiat.', en: 'If a life is in immediate danger.'},
};

/**
 * Crisis and emergency lines, verified in the evidence sheet (§5; Belgium and Switzerland §20). The ONE copy of
 * every crisis number on the site: <UrgentHelp />, the handouts, the search's crisis block and the referral
 * emails read it, and a content test keeps these numbers out of page prose. Within a country: crisis lines
 * first, then emergency numbers.
 */
export const crisisLines: CrisisLine[] = [
  {country: 'fr', role: 'crisis', display: '3114', tel: '3114', refs: ['fr3114'],
    name: {fr: 'Numéro national de prévention du suicide', en: 'National suicide prevention line'},
    when: {fr: 'Si vous pensez au suicide ou si vous vous inquiétez pour un proche. Gratuit, confidentiel, jour et nuit, avec des soignants formés.', en: 'If you are thinking about suicide or are worried about someone. Free, confidential, day and night, answered by trained health professionals.'}},
  {country: 'fr', role: 'emergency', display: '15', tel: '15', refs: ['fr-emergency-numbers'],
    name: {fr: 'SAMU, urgence médicale', en: 'SAMU, medical emergency'},
    when: {fr: 'Pour une urgence médicale : malaise, difficulté à respirer, douleur forte dans la poitrine, perte de connaissance.', en: 'For a medical emergency: collapse, trouble breathing, severe chest pain, fainting.'}},
  {country: 'fr', role: 'emergency', display: '112', tel: '112', refs: ['fr-emergency-numbers'],
    name: {fr: 'Numéro d’urgence européen', en: 'European emergency number'},
    when: {fr: 'Depuis n’importe quel pays de l’Union européenne. Votre appel est dirigé vers le bon service.', en: 'From any country of the European Union. Your call goes to the right service.'}},
  {country: 'fr', role: 'access', display: '114', tel: '114', refs: ['fr-emergency-numbers'],
    name: {fr: 'Urgence par SMS ou visio', en: 'Emergency by text or video'},
    when: {fr: 'Pour les personnes sourdes, malentendantes ou qui ne peuvent pas parler.', en: 'For people who are deaf, hard of hearing or unable to speak.'}},
  {country: 'ca', role: 'crisis', display: '9-8-8', tel: '988', sms: true, refs: ['ca988'],
    name: {fr: 'Ligne d’aide en cas de crise de suicide', en: 'Suicide Crisis Helpline'},
    when: {fr: 'Par appel ou par texto, en français ou en anglais, jour et nuit.', en: 'Call or text, in English or French, day and night.'}},
  {country: 'ca', role: 'emergency', display: '911', tel: '911', refs: [], ...emergencyServices},
  {country: 'us', role: 'crisis', display: '988', tel: '988', sms: true, refs: ['us988'],
    name: {fr: 'Suicide & Crisis Lifeline', en: 'Suicide & Crisis Lifeline'}, nameLang: 'en',
    when: {fr: 'Par appel, texto ou chat, jour et nuit. Touche 1 : ligne des anciens combattants ; touche 2 : en espagnol.', en: 'Call, text or chat, day and night. Press 1 for the Veterans Crisis Line, 2 for Spanish.'}},
  {country: 'us', role: 'emergency', display: '911', tel: '911', refs: [], ...emergencyServices},
  {country: 'uk-ie', role: 'crisis', display: '116 123', tel: '116123', refs: ['samaritans'],
    name: {fr: 'Samaritans, écoute', en: 'Samaritans, listening support'},
    when: {fr: 'Des bénévoles formés vous écoutent, jour et nuit. Appel gratuit, absent de la facture.', en: 'Trained volunteers listen, day and night. Free to call and not shown on your bill.'}},
  {country: 'uk-ie', role: 'emergency', display: '999', tel: '999', refs: [], ...emergencyServices},
  {country: 'uk-ie', role: 'emergency', display: '112', tel: '112', refs: [],
    name: {fr: 'Urgences (numéro européen)', en: 'Emergency services (European number)'},
    when: {fr: 'Fonctionne aussi au Royaume-Uni et en Irlande.', en: 'Also works in the UK and Ireland.'}},
  {country: 'be', role: 'crisis', display: '0800 32 123', tel: '080032123', refs: ['be-cps', 'be-cps-press'],
    name: {fr: 'Centre de Prévention du Suicide', en: 'Centre de Prévention du Suicide'}, nameLang: 'fr',
    when: {fr: 'Ligne d’écoute en français, gratuite et anonyme, jour et nuit, avec des bénévoles formés.', en: 'A suicide prevention centre. Listening line in French, free and anonymous, day and night, answered by trained volunteers.'}},
  {country: 'be', role: 'crisis', display: '1813', tel: '1813', refs: ['be-1813-press'],
    name: {fr: 'Zelfmoordlijn, en néerlandais', en: 'Zelfmoordlijn, in Dutch'},
    when: {fr: 'Pour les néerlandophones. Au téléphone, jour et nuit.', en: 'For Dutch speakers. By phone, day and night.'}},
  {country: 'be', role: 'emergency', display: '112', tel: '112', refs: ['be-cps-press'],
    name: {fr: 'Urgences (numéro européen)', en: 'Emergency services (European number)'},
    when: {fr: 'Si une vie est en danger immédiat.', en: 'If a life is in immediate danger.'}},
  {country: 'ch', role: 'crisis', display: '143', tel: '143', refs: ['ch-143'],
    name: {fr: 'La Main Tendue', en: 'La Main Tendue'}, nameLang: 'fr',
    when: {fr: 'Écoute gratuite et anonyme, jour et nuit. Aussi par chat ou par e-mail sur 143.ch.', en: 'Free, anonymous listening, day and night. Also by chat or email at 143.ch.'}},
  {country: 'ch', role: 'crisis', display: '147', tel: '147', refs: ['ch-143', 'ch-147-press'],
    name: {fr: 'Pro Juventute, pour les jeunes', en: 'Pro Juventute, for young people'},
    when: {fr: 'Pour les enfants et les jeunes. Gratuit, anonyme, jour et nuit.', en: 'For children and young people. Free, anonymous, day and night.'}},
  {country: 'ch', role: 'emergency', display: '144', tel: '144', refs: ['ch-143'],
    name: {fr: 'Ambulance', en: 'Ambulance'},
    when: {fr: 'Si une vie est en danger immédiat.', en: 'If a life is in immediate danger.'}},
  {country: 'ch', role: 'emergency', display: '117', tel: '117', refs: ['ch-143'],
    name: {fr: 'Police', en: 'Police'},
    when: {fr: 'Si une vie est en danger immédiat.', en: 'If a life is in immediate danger.'}},
];
