import type {CrisisLine, Localized} from './types';

/**
 * Help and information that is NOT for emergencies, by country: only services verified on their own page or a
 * government page (evidence.md Part 2, §9 and §19). Rendered by <OtherHelp /> on the urgent-help page.
 */
export type OtherHelpService = {
  id: string;
  country: CrisisLine['country'];
  name: Localized;
  /** See CrisisLine.nameLang: the language of a name kept as is on the other locale's pages. */
  nameLang?: 'fr' | 'en';
  /** Phone numbers as written, with the digits for a tel: link. */
  phones?: {display: string; tel: string}[];
  /** A text-message number, shown as text (not a tel: link). */
  sms?: string;
  /** A web address, written without https:// as people type it. */
  web?: string;
  what: Localized;
  refs: string[];
};

export const otherHelp: OtherHelpService[] = [
  {id: 'sos-amitie', country: 'fr', refs: ['sos-amitie'], web: 'sos-amitie.com',
    name: {fr: 'SOS Amitié', en: 'SOS Amitié'}, nameLang: 'fr',
    what: {fr: 'Écoute anonyme par des bénévoles. Au téléphone jour et nuit, par chat tous les jours de 13 h à 3 h, et par message (réponse sous 48 heures). Les numéros sont sur le site.', en: 'Anonymous listening by volunteers, in French. By phone day and night, by chat every day from 1 pm to 3 am, and by message (answer within 48 hours). The numbers are on the website.'}},
  {id: 'fil-sante-jeunes', country: 'fr', refs: ['fil-sante-jeunes'], phones: [{display: '0 800 235 236', tel: '0800235236'}], web: 'filsantejeunes.com',
    name: {fr: 'Fil Santé Jeunes', en: 'Fil Santé Jeunes'}, nameLang: 'fr',
    what: {fr: 'Un service gratuit et anonyme pour les jeunes, créé par les pouvoirs publics. Vérifiez les horaires actuels sur le site.', en: 'A free, anonymous phone service for young people, set up by the French public authorities. Check the current hours on the website.'}},
  {id: 'fibromyalgiesos', country: 'fr', refs: ['inserm2020-fibromyalgiesos'], phones: [{display: '0820 220 200', tel: '0820220200'}],
    name: {fr: 'FibromyalgieSOS (association de patients)', en: 'FibromyalgieSOS (patient association)'},
    what: {fr: 'Des bénévoles qui ont une fibromyalgie. En 2020, la ligne était ouverte en semaine et le samedi matin, avec rappel. Les horaires ont pu changer.', en: 'Volunteers who have fibromyalgia themselves. In 2020 the line was open on weekdays and Saturday mornings, and they call people back. Hours may have changed.'}},
  {id: 'fibromyalgie-france', country: 'fr', refs: ['fibromyalgie-france2014'], web: 'fibromyalgie-france.org',
    name: {fr: 'Fibromyalgie France (association de patients)', en: 'Fibromyalgie France (patient association)'},
    what: {fr: 'Une association agréée par le ministère de la Santé.', en: 'An association approved by the French Ministry of Health.'}},
  {id: 'canada-mental-health', country: 'ca', refs: ['hc2024-mental-health'], web: 'canada.ca/mental-health',
    name: {fr: 'Gouvernement du Canada : santé mentale', en: 'Government of Canada: mental health'},
    what: {fr: 'Les ressources en santé mentale, y compris celles de votre province. Espace mieux-être Canada a fermé en 2024.', en: 'Mental health resources, including those of your province. Wellness Together Canada closed in 2024.'}},
  {id: 'camh', country: 'ca', refs: ['camh-access'], phones: [{display: '416-535-8501', tel: '4165358501'}],
    name: {fr: 'Access CAMH (Toronto)', en: 'Access CAMH (Toronto)'}, nameLang: 'en',
    what: {fr: 'Touche 2 : informations, admission et rendez-vous. Les soins de santé mentale demandent l’orientation d’un soignant ; les services de dépendance acceptent les demandes directes.', en: 'Option 2: information, intake and appointments. Mental health care needs a referral from a health professional; addiction services accept self-referral.'}},
  {id: 'nami', country: 'us', refs: ['nami-helpline'], phones: [{display: '800-950-NAMI (6264)', tel: '8009506264'}], sms: '62640',
    name: {fr: 'NAMI HelpLine', en: 'NAMI HelpLine'}, nameLang: 'en',
    what: {fr: 'Soutien par des pairs, informations et orientation, pour les personnes et leurs proches. Du lundi au vendredi, de 10 h à 22 h (heure de l’Est). Texto « helpline » au 62640. Ce n’est pas une ligne de crise : en cas de crise, appelez le 988.', en: 'Peer support, information and referrals, for people and their families. Monday to Friday, 10 am to 10 pm Eastern time. Text “helpline” to 62640. Not a crisis line: in a crisis, call 988.'}},
  {id: 'samhsa', country: 'us', refs: ['samhsa-helpline'], phones: [{display: '1-800-662-HELP (4357)', tel: '18006624357'}],
    name: {fr: 'SAMHSA National Helpline', en: 'SAMHSA National Helpline'}, nameLang: 'en',
    what: {fr: 'Gratuit, confidentiel, jour et nuit, en anglais et en espagnol. Pour la santé mentale et l’usage de substances. Il oriente vers des services ; il ne donne pas de conseil psychologique.', en: 'Free, confidential, day and night, in English and Spanish. For mental health and substance use. It refers you to services; it does not give counselling.'}},
  {id: 'nhs-111', country: 'uk-ie', refs: ['nhs111-mental-health'], phones: [{display: '111', tel: '111'}],
    name: {fr: 'NHS 111, option santé mentale (Angleterre)', en: 'NHS 111, mental health option (England)'},
    what: {fr: 'En crise de santé mentale, en Angleterre : appelez le 111 et choisissez l’option santé mentale, jour et nuit. Si une vie est en danger, appelez le 999.', en: 'For a mental health crisis in England: call 111 and choose the mental health option, day and night. If a life is at risk, call 999.'}},
  {id: 'mind', country: 'uk-ie', refs: ['mind-text'], sms: '86463',
    name: {fr: 'Mind, service d’information par SMS', en: 'Mind, information text service'},
    what: {fr: 'Texto au 86463, du lundi au vendredi de 9 h à 18 h. Réponse sous 4 heures ouvrées. Information seulement, pas une ligne de crise.', en: 'Text 86463, Monday to Friday, 9 am to 6 pm. Answer within 4 working hours. Information only, not a crisis line.'}},
];

export const otherHelpRefs: string[] = [...new Set(otherHelp.flatMap((s) => s.refs))];
