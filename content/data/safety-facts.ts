import type {Localized} from './types';

/**
 * Safety facts a patient acts on, each written ONCE here and shown by <SafetyFact id="..." /> wherever a page
 * needs it (issue 20): a page never restates them in prose, and a key point on a handout writes
 * `{safety:id}` to get the record's `keyPoint` (content/frontmatter.ts). tests/content/safety-facts.test.ts fails
 * when a page's MDX source says one of them outside the tag (the `prose` patterns below, in both languages).
 * Crisis and emergency numbers live in crisis-lines.ts; cost and cover by country in cost-cover.ts.
 */
export type SafetyFactId = 'emergency-signs' | 'call-clinic' | 'bladder' | 'liver' | 'eating-drinking' | 'driving';

/** One paragraph of a fact, with an optional list under it; its references are cited at its end. */
export type SafetyPart = {text: Localized; items?: Localized[]; refs: string[]};

export type SafetyFact = {
  id: SafetyFactId;
  title: Localized;
  parts: SafetyPart[];
  /** The same fact in one sentence: handout key points (`{safety:id}`) and referral emails. */
  keyPoint: Localized;
  /** Sections of the evidence sheet (/work/shared/content-brief/evidence.md) each part traces to. */
  evidence: string[];
  /** Show every country's emergency numbers (from crisis-lines.ts) under the fact. */
  emergencyNumbers?: boolean;
  /** Link to the urgent-help page under the fact. */
  urgentHelpLink?: boolean;
  /**
   * How a page would restate this fact in prose (the content test): each entry is a group of patterns; a
   * block of text (a paragraph, a list, a key point) outside the tag that matches `min` patterns of one group
   * repeats the fact.
   */
  prose: {fr: {patterns: RegExp[]; min: number}[]; en: {patterns: RegExp[]; min: number}[]};
};

export const safetyFacts: SafetyFact[] = [
  {
    id: 'emergency-signs',
    evidence: ['§12A (EU leaflet: tell staff at once)', '§3B (slowed breathing)', '§5 and §20 (emergency numbers)'],
    title: {fr: 'Après une séance : les signes qui demandent les urgences', en: 'After a session: signs that need the emergency number'},
    parts: [
      {refs: [],
        text: {fr: 'Appelez tout de suite le numéro d’urgence en cas de :', en: 'Call the emergency number at once for any of these:'},
        items: [
          {fr: 'douleur dans la poitrine', en: 'chest pain'},
          {fr: 'essoufflement', en: 'shortness of breath'},
          {fr: 'mal de tête soudain et violent', en: 'a sudden, severe headache'},
          {fr: 'changement de la vue', en: 'a change in vision'},
          {fr: 'crise convulsive', en: 'a fit (seizure)'},
          {fr: 'respiration lente ou faible', en: 'slow or weak breathing'},
        ]},
      {refs: ['spravato-eu-leaflet', 'ketalar-label'],
        text: {fr: 'Les cinq premiers signes sont ceux de la notice européenne du spray nasal (Spravato). La kétamine peut aussi ralentir la respiration.', en: 'The first five signs come from the European leaflet of the nasal spray (Spravato). Ketamine can also slow breathing.'}},
      {refs: [],
        text: {fr: 'Pendant la séance, dites-le tout de suite à l’équipe. Une fois chez vous, appelez les urgences, puis prévenez la clinique.', en: 'During the session, tell the team at once. At home, call the emergency number, then tell the clinic.'}},
    ],
    emergencyNumbers: true,
    keyPoint: {
      fr: 'Après une séance, appelez les urgences en cas de douleur dans la poitrine, d’essoufflement, de mal de tête soudain et violent, de changement de la vue, de crise convulsive, ou de respiration lente ou faible.',
      en: 'After a session, call the emergency number for chest pain, shortness of breath, a sudden severe headache, a change in vision, a fit, or slow or weak breathing.',
    },
    prose: {
      fr: [{min: 2, patterns: [/douleurs? (forte )?dans la poitrine/i, /essouffl|mal à respirer|respiration (lente|faible|ralentie)/i, /mal de t[êe]te (soudain|violent)/i, /changement de (la )?vue|troubles? de (la )?vue/i, /crise convulsive|convulsion/i, /confusion qui/i]}],
      en: [{min: 2, patterns: [/chest pain/i, /short(ness)? of breath|trouble breathing|(slow|weak) breathing|breathing (seems )?(slow|weak)/i, /(severe|bad|sudden) headache/i, /change in (your )?vision/i, /\bfits?\b \(seizure|a fit\b/i, /confusion that/i]}],
    },
  },
  {
    id: 'call-clinic',
    evidence: ['§18B (watch for worsening mood)', '§3B (effects that can last days to weeks)', '§16A, §16B (bladder)'],
    title: {fr: 'Quand appeler la clinique', en: 'When to call the clinic'},
    parts: [
      {refs: ['spravato-us-label', 'ketalar-label'],
        text: {fr: 'Appelez vite la clinique ou votre médecin si :', en: 'Call the clinic or your doctor soon if:'},
        items: [
          {fr: 'votre humeur s’aggrave, ou des idées de suicide apparaissent', en: 'your mood gets worse, or thoughts of suicide appear'},
          {fr: 'des changements de l’humeur ou de la pensée durent après le jour de la séance', en: 'changes in mood or thinking last beyond the day of the session'},
          {fr: 'vous avez un signe de problème de vessie ou de foie', en: 'you notice a sign of bladder or liver trouble'},
          {fr: 'un effet indésirable vous inquiète ou ne passe pas', en: 'a side effect worries you or does not pass'},
        ]},
      {refs: [],
        text: {fr: 'Si vous êtes en danger, n’attendez pas la clinique : appelez une ligne de crise ou le numéro d’urgence.', en: 'If you are in danger, do not wait for the clinic: call a crisis line or the emergency number.'}},
    ],
    urgentHelpLink: true,
    keyPoint: {
      fr: 'Appelez vite la clinique si votre humeur s’aggrave, si un effet indésirable vous inquiète ou ne passe pas, ou en cas de signe de problème de vessie ou de foie.',
      en: 'Call the clinic soon if your mood gets worse, if a side effect worries you or does not pass, or if you notice a sign of bladder or liver trouble.',
    },
    prose: {
      fr: [{min: 1, patterns: [/(^|[.:!;]\s+|\*\*\s*)appelez (vite )?(la clinique|le centre)\b/i, /inquiétude moins urgente|souci moins urgent/i]}],
      en: [{min: 1, patterns: [/(^|[.:!;]\s+|\*\*\s*)call the clinic\b/i, /less urgent worry/i]}],
    },
  },
  {
    id: 'bladder',
    evidence: ['§16A (EU leaflet: tell the doctor; US label: monitor throughout)', '§10 and §16B (ANSM: report, consider stopping)', '§3A (frequent urination 3% vs 0.5%)', '§3B (stopping early helps)'],
    title: {fr: 'Vessie : ce qu’il faut signaler', en: 'Bladder: what to report'},
    parts: [
      {refs: ['spravato-eu-leaflet'],
        text: {fr: 'Une douleur en urinant ou du sang dans les urines peuvent être des signes d’un problème de vessie. Dites-le à votre médecin.', en: 'Pain when passing urine, or blood in the urine, can be signs of a bladder problem. Tell your doctor.'}},
      {refs: ['ansm2023'],
        text: {fr: 'Après des prises répétées de kétamine, l’agence française du médicament (ANSM) demande de signaler vite du sang dans les urines ou une douleur dans le bas du ventre. Le médecin envisage alors d’arrêter la kétamine.', en: 'After repeated ketamine, the French medicines agency (ANSM) asks people to report blood in the urine or pain low in the belly quickly. The doctor then considers stopping ketamine.'}},
      {refs: ['spravato-label', 'spravato-us-label'],
        text: {fr: 'Uriner souvent est aussi un effet indésirable fréquent du spray nasal (Spravato) : 3 personnes sur 100, contre 1 sur 200 sous placebo. Parlez-en à l’équipe : elle doit vous poser des questions sur la vessie tout au long du traitement.', en: 'Needing to pass urine often is also a common side effect of the nasal spray (Spravato): 3 in 100 people, against 1 in 200 on placebo. Mention it to the team: they should ask about your bladder all through the treatment.'}},
      {refs: ['venyo2012'],
        text: {fr: 'Arrêter la kétamine tôt, avant que les lésions ne deviennent définitives, aide en général.', en: 'Stopping ketamine early, before the damage becomes permanent, usually helps.'}},
    ],
    keyPoint: {
      fr: 'Douleur en urinant, sang dans les urines ou douleur dans le bas du ventre : dites-le vite à votre médecin, qui peut envisager d’arrêter la kétamine.',
      en: 'Pain when passing urine, blood in the urine or pain low in the belly: tell your doctor quickly, who may consider stopping ketamine.',
    },
    prose: {
      fr: [{min: 2, patterns: [/\burin|vessie|bas du ventre|pelvien/i, /\b(dites|prévenez|signalez|sautez|appelez|parlez|arrêtez et)\b/i]}],
      en: [{min: 2, patterns: [/\burin|bladder|pelvic|low in (your|the) belly/i, /\b(tell|report|skip)\b|stop and|call (your|the) (doctor|clinic)/i]}],
    },
  },
  {
    id: 'liver',
    evidence: ['§16B (liver signs: drug compendium, secondary)', '§10 and §16B (ANSM 2018 and 2023: check liver tests closely, consider stopping)'],
    title: {fr: 'Foie : ce qu’il faut signaler', en: 'Liver: what to report'},
    parts: [
      {refs: ['micromedex-ketamine'],
        text: {fr: 'Un guide des médicaments, selon ce qui en est rapporté, cite ces signes d’un problème de foie. Dites-le vite à votre médecin :', en: 'A drug guide, as reported, lists these signs of liver trouble. Tell your doctor quickly:'},
        items: [
          {fr: 'urines foncées, selles claires', en: 'dark urine, pale stools'},
          {fr: 'peau ou yeux jaunes', en: 'yellow skin or eyes'},
          {fr: 'douleur au ventre, nausées ou vomissements, ventre gonflé', en: 'stomach pain, nausea or vomiting, bloating'},
        ]},
      {refs: ['ansm2023', 'ansm2018-letter'],
        text: {fr: 'Quand les doses de kétamine sont répétées, le médecin surveille le foie par des prises de sang. Si elles deviennent anormales, il doit envisager d’arrêter la kétamine.', en: 'When ketamine doses are repeated, the doctor checks the liver with blood tests. If they become abnormal, the doctor should consider stopping ketamine.'}},
    ],
    keyPoint: {
      fr: 'Urines foncées, selles claires, peau ou yeux jaunes : dites-le vite à votre médecin.',
      en: 'Dark urine, pale stools, yellow skin or eyes: tell your doctor quickly.',
    },
    prose: {
      fr: [{min: 1, patterns: [/urines? fonc[ée]es?/i, /(peau|yeux) (ou (les )?(yeux|peau) )?jaunes/i, /selles claires/i]}],
      en: [{min: 1, patterns: [/dark urine/i, /yellow (skin|eyes)/i, /pale stools/i]}],
    },
  },
  {
    id: 'eating-drinking',
    evidence: ['§13A (US label §2, EU leaflet §3: no food 2 hours, no drink 30 minutes, nasal sprays 1 hour before)'],
    title: {fr: 'Manger et boire avant une séance', en: 'Eating and drinking before a session'},
    parts: [
      {refs: ['spravato-us-label', 'spravato-eu-leaflet'],
        text: {fr: 'Spray d’eskétamine : ne mangez pas pendant au moins 2 heures avant la dose, et ne buvez pas pendant au moins 30 minutes avant. Le spray peut donner la nausée et faire vomir.', en: 'Esketamine spray: do not eat for at least 2 hours before the dose, and do not drink for at least 30 minutes before. The spray can make you feel sick or vomit.'}},
      {refs: ['spravato-us-label', 'spravato-eu-leaflet'],
        text: {fr: 'Si vous avez besoin ce jour-là d’un spray nasal à la cortisone ou d’un décongestionnant, prenez-le au moins 1 heure avant l’eskétamine.', en: 'If you need a steroid nasal spray or a decongestant that day, use it at least 1 hour before esketamine.'}},
      {refs: [],
        text: {fr: 'Perfusion de kétamine : les sources que nous avons lues ne donnent pas de règle. Suivez les consignes écrites de la clinique, et demandez-les si vous ne les avez pas quelques jours avant.', en: 'Ketamine drip: the sources we read give no rule. Follow the clinic’s written advice, and ask for it if you do not have it a few days before.'}},
    ],
    keyPoint: {
      fr: 'Spray d’eskétamine : rien à manger dans les 2 heures avant la dose, rien à boire dans les 30 minutes avant. Perfusion : suivez les consignes écrites de la clinique.',
      en: 'Esketamine spray: no food in the 2 hours before the dose, no drink in the 30 minutes before. Drip: follow the clinic’s written advice.',
    },
    prose: {
      fr: [{min: 1, patterns: [/mang[^.\n]{0,50}2 heures/i, /2 heures[^.\n]{0,50}mang/i, /\bbu(vez|re)\b[^.\n]{0,50}30 minutes/i, /(à jeun|jeûn)[^\n?]{0,120}(consigne|conseil|suivez|dira)/i]}],
      en: [{min: 1, patterns: [/\b(eat|food)\b[^.\n]{0,50}\b2 hours\b/i, /\b2 hours\b[^.\n]{0,50}\b(eat|food)\b/i, /\bdrink\b[^.\n]{0,50}\b30 minutes\b/i, /\bfast(ing)?\b[^\n?]{0,120}\b(advice|follow|tell you)\b/i]}],
    },
  },
  {
    id: 'driving',
    evidence: ['§2F and §18A (US label: no driving until the next day after a restful sleep; someone drives you home)', '§18A (Ketalar: accompanied by a responsible adult; compendium: 24 hours, secondary)'],
    title: {fr: 'Conduire et rentrer chez soi', en: 'Driving and getting home'},
    parts: [
      {refs: ['spravato-us-label'],
        text: {fr: 'Après l’eskétamine, ne conduisez pas et n’utilisez pas de machine avant le lendemain, après une nuit de sommeil réparateur. Quelqu’un d’autre doit vous raccompagner.', en: 'After esketamine, do not drive or use machines until the next day, after a restful night’s sleep. Someone else must take you home.'}},
      {refs: ['ketalar-label', 'micromedex-ketamine'],
        text: {fr: 'Après une perfusion de kétamine, la notice américaine (Ketalar) dit de ne partir qu’une fois bien remis, avec un adulte responsable. Un guide sur les médicaments conseille de ne pas conduire dans les 24 heures, selon ce qui en est rapporté.', en: 'After a ketamine drip, the US ketamine label (Ketalar) says to leave only once fully recovered, with a responsible adult. A drug guide, as reported, advises no driving for 24 hours.'}},
      {refs: [],
        text: {fr: 'Demandez à la clinique sa règle, et prévoyez votre retour avant la séance.', en: 'Ask the clinic for its rule, and plan your trip home before the session.'}},
    ],
    keyPoint: {
      fr: 'Après l’eskétamine, pas de volant ni de machine avant le lendemain, après une nuit de sommeil. Quelqu’un doit vous raccompagner.',
      en: 'After esketamine, no driving or machines until the next day, after a night’s sleep. Someone must take you home.',
    },
    prose: {
      fr: [{min: 1, patterns: [/(ne|pas|ni)( pas)? (de )?(conduire|conduisez|conduira|volant)/i, /doit (vous |la |le )?(raccompagner|ramener)/i]}],
      en: [{min: 1, patterns: [/\b(not|no|never) (to )?driv/i, /\bdo not drive\b/i, /(must|has to|needs? to) (take|drive) (you|them|me|the person) home\b/i]}],
    },
  },
];

export const safetyFactById = new Map(safetyFacts.map((f) => [f.id, f]));

/** Every reference a fact cites, in order of first use (the page's reference list includes them). */
export function safetyFactRefs(id: string): string[] {
  const f = safetyFactById.get(id as SafetyFactId);
  return f ? [...new Set(f.parts.flatMap((p) => p.refs))] : [];
}
