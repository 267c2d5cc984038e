import type {CrisisLine} from './types';

/** Name and use of a country's general emergency number (911, 999). */
const emergencyServices = {
  name: {fr: 'Urgences', en: 'Emergency services'},
  when: {fr: 'Si une vie est en danger immédiat.', en: 'If a life is in immediate danger.'},
};

/** Crisis and emergency lines, verified in the evidence sheet (§5) and the content brief. */
export const crisisLines: CrisisLine[] = [
  {country: 'fr', display: '3114', tel: '3114', refs: ['fr3114'],
    name: {fr: 'Numéro national de prévention du suicide', en: 'National suicide prevention line'},
    when: {fr: 'Si vous pensez au suicide ou si vous vous inquiétez pour un proche. Gratuit, confidentiel, jour et nuit, avec des soignants formés.', en: 'If you are thinking about suicide or are worried about someone. Free, confidential, day and night, answered by trained health professionals.'}},
  {country: 'fr', display: '15', tel: '15', refs: ['fr-emergency-numbers'],
    name: {fr: 'SAMU, urgence médicale', en: 'SAMU, medical emergency'},
    when: {fr: 'Pour une urgence médicale : malaise, difficulté à respirer, douleur forte dans la poitrine, perte de connaissance.', en: 'For a medical emergency: collapse, trouble breathing, strong chest pain, fainting.'}},
  {country: 'fr', display: '112', tel: '112', refs: ['fr-emergency-numbers'],
    name: {fr: 'Numéro d’urgence européen', en: 'European emergency number'},
    when: {fr: 'Depuis n’importe quel pays de l’Union européenne. Votre appel est dirigé vers le bon service.', en: 'From any country of the European Union. Your call goes to the right service.'}},
  {country: 'fr', display: '114', tel: '114', sms: true, refs: ['fr-emergency-numbers'],
    name: {fr: 'Urgence par SMS ou visio', en: 'Emergency by text or video'},
    when: {fr: 'Pour les personnes sourdes, malentendantes ou qui ne peuvent pas parler.', en: 'For people who are deaf, hard of hearing or unable to speak.'}},
  {country: 'ca', display: '9-8-8', tel: '988', sms: true, refs: ['ca988'],
    name: {fr: 'Ligne d’aide en cas de crise de suicide', en: 'Suicide Crisis Helpline'},
    when: {fr: 'Par appel ou par texto, en français ou en anglais, jour et nuit.', en: 'Call or text, in English or French, day and night.'}},
  {country: 'ca', display: '911', tel: '911', refs: [], ...emergencyServices},
  {country: 'us', display: '988', tel: '988', sms: true, refs: ['us988'],
    name: {fr: '988 Suicide & Crisis Lifeline', en: '988 Suicide & Crisis Lifeline'}, nameLang: 'en',
    when: {fr: 'Par appel, texto ou chat, jour et nuit. Touche 1 : ligne des anciens combattants ; touche 2 : en espagnol.', en: 'Call, text or chat, day and night. Press 1 for the Veterans Crisis Line, 2 for Spanish.'}},
  {country: 'us', display: '911', tel: '911', refs: [], ...emergencyServices},
  {country: 'uk-ie', display: '116 123', tel: '116123', refs: ['samaritans'],
    name: {fr: 'Samaritans, écoute', en: 'Samaritans, listening support'},
    when: {fr: 'Des bénévoles formés vous écoutent, jour et nuit. Appel gratuit, absent de la facture.', en: 'Trained volunteers listen, day and night. Free to call and not shown on your bill.'}},
  {country: 'uk-ie', display: '999', tel: '999', refs: [], ...emergencyServices},
  {country: 'uk-ie', display: '112', tel: '112', refs: [],
    name: {fr: 'Urgences (numéro européen)', en: 'Emergency services (European number)'},
    when: {fr: 'Fonctionne aussi au Royaume-Uni et en Irlande.', en: 'Also works in the UK and Ireland.'}},
];
