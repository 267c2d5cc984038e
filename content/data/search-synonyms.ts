/**
 * Words patients type that the pages say differently. A query word (or its stem) listed on the left is
 * searched together with the words on the right. Per language; keys and values are written as people
 * write them (accents optional, matching ignores them). Keep it short: only pairs that the pages really
 * need, checked against the pages' own words.
 */
export const searchSynonyms: {fr: Record<string, string[]>; en: Record<string, string[]>} = {
  fr: {
    'électrochocs': ['ECT', 'électroconvulsivothérapie'],
    'sismothérapie': ['ECT', 'électroconvulsivothérapie'],
    addiction: ['dépendance', 'dépendant', 'mésusage'],
    accro: ['dépendance', 'dépendant', 'mésusage'],
    'coût': ['prix', 'remboursé', 'remboursement'],
    prix: ['coût', 'remboursé', 'remboursement'],
    tarif: ['prix', 'coût', 'remboursement'],
    'sécu': ['remboursé', 'remboursement'],
    solution: ['options', 'alternatives'],
    mutuelle: ['remboursé', 'remboursement'],
    payer: ['prix', 'coût', 'remboursement'],
    voiture: ['conduire', 'conduite', 'volant'],
    'bébé': ['enceinte', 'grossesse', 'allaitement'],
    allaiter: ['allaitement', 'grossesse'],
    pipi: ['vessie', 'urinaires', 'uriner'],
    foie: ['foie', 'hépatique'],
    'déprime': ['dépression'],
    spray: ['spray', 'nasal', 'Spravato'],
    perf: ['perfusion'],
    drogue: ['drogue', 'stupéfiant', 'mésusage'],
    'effets secondaires': ['effets indésirables'],
    secondaires: ['indésirables'],
    // The family-and-friends page says « proche » where people name the person they help.
    mari: ['proche', 'proches'],
    'épouse': ['proche', 'proches'],
    conjoint: ['proche', 'proches'],
    conjointe: ['proche', 'proches'],
    compagnon: ['proche', 'proches'],
    compagne: ['proche', 'proches'],
    maman: ['proche', 'proches'],
    papa: ['proche', 'proches'],
    'mère': ['proche', 'proches'],
    'père': ['proche', 'proches'],
    aidant: ['proche', 'proches'],
    sport: ['exercice', 'activité physique'],
  },
  en: {
    'electroshock': ['ECT', 'electroconvulsive'],
    'electroshocks': ['ECT', 'electroconvulsive'],
    'shock therapy': ['ECT', 'electroconvulsive'],
    addiction: ['addicted', 'misuse', 'dependence'],
    addictive: ['addicted', 'misuse', 'dependence'],
    hooked: ['addicted', 'misuse'],
    cost: ['price', 'covered', 'cover', 'reimbursement', 'insurance', 'insurer', 'paid'],
    price: ['cost', 'covered', 'insurance'],
    insurance: ['insurer', 'covered', 'cost'],
    reimbursed: ['covered', 'cover', 'paid', 'cost'],
    reimbursement: ['covered', 'cover', 'paid', 'cost'],
    solution: ['options', 'alternatives'],
    pay: ['cost', 'price', 'covered'],
    expensive: ['cost', 'price'],
    car: ['drive', 'driving'],
    baby: ['pregnant', 'pregnancy', 'breastfeeding'],
    breastfeed: ['breastfeeding'],
    pee: ['bladder', 'urine', 'urinary'],
    peeing: ['bladder', 'urine', 'urinary'],
    depressed: ['depression'],
    drip: ['infusion', 'drip'],
    iv: ['infusion', 'drip'],
    'side effects': ['side effects'],
    'street drug': ['recreational'],
    // The family-and-friends page says "family", "friends" and "relatives" where people name the person.
    husband: ['family', 'friends', 'relatives'],
    wife: ['family', 'friends', 'relatives'],
    spouse: ['family', 'friends', 'relatives'],
    mum: ['family', 'friends', 'relatives'],
    mom: ['family', 'friends', 'relatives'],
    dad: ['family', 'friends', 'relatives'],
    mother: ['family', 'friends', 'relatives'],
    father: ['family', 'friends', 'relatives'],
    carer: ['family', 'friends', 'relatives', 'supporting'],
    caregiver: ['family', 'friends', 'relatives', 'supporting'],
    sport: ['exercise', 'physical activity'],
  },
};

/**
 * Topics a query can name, and the sections to rank first when it does (their score is multiplied by
 * `boost`). `words`: phrases of either language as people type them (accents optional, misspellings as
 * typed); matched whole, after stemming, in the query of either page language. `add`: words searched with
 * the query (the pages' own spelling, so that a misspelt or foreign name still finds them). `figures`: the
 * snippet prefers the part of a section with amounts (€, $, £). `unlessOther`: only when no other topic
 * is named ("prix France" is about money, "France" alone about the numbers to call there; a query that
 * names two countries boosts both).
 */
export type SearchTopic = {
  name: string;
  words: string[];
  sections: string[];
  add?: {fr: string[]; en: string[]};
  boost: number;
  figures?: boolean;
  unlessOther?: boolean;
};

export const searchTopics: SearchTopic[] = [
  {
    name: 'money',
    words: ['prix', 'coût', 'coûte', 'coûtent', 'tarif', 'tarifs', 'remboursé', 'remboursement', 'rembourser', 'payer', 'payant', 'mutuelle', 'sécu',
      'assurance', 'argent', 'cher', 'chère', 'price', 'prices', 'cost', 'costs', 'pay', 'paid', 'insurance', 'insurer', 'reimbursed',
      'reimbursement', 'expensive', 'money', 'fee', 'fees', 'afford'],
    sections: ['faq#cost-and-reimbursement', 'depression-options#cost'],
    add: {fr: ['prix', 'coût', 'remboursement'], en: ['cost', 'price', 'covered', 'insurance']},
    boost: 3,
    figures: true,
  },
  {
    name: 'fibromyalgia',
    words: ['fibromyalgie', 'fibromialgie', 'fibromyalgique', 'fibro', 'fibromyalgia', 'fibromialgia', 'fibromyalga', 'fibromyalgic'],
    sections: ['fibromyalgia#*', 'fibromyalgia-options#*', 'faq#fibromyalgia', 'ketamine-assisted-therapy#chronic-pain'],
    add: {fr: ['fibromyalgie'], en: ['fibromyalgia']},
    boost: 3,
  },
  // Countries: each one's name, in the words of either language, reaches its numbers on the urgent-help page
  // (`add` is the name as the page's block of numbers writes it, so the snippet shows that country's lines).
  ...([
    ['france', ['france', 'français', 'française'], ['France'], ['France']],
    ['belgium', ['belgique', 'belgium', 'belge', 'belgian'], ['Belgique'], ['Belgium']],
    ['switzerland', ['suisse', 'switzerland', 'swiss'], ['Suisse'], ['Switzerland']],
    ['canada', ['canada', 'québec', 'quebec', 'canadien', 'canadienne', 'canadian'], ['Canada'], ['Canada']],
    ['united-states', ['usa', 'états unis', 'etats unis', 'united states', 'america', 'amérique', 'american', 'américain'], ['États-Unis'], ['United States']],
    ['uk-ireland', ['uk', 'royaume uni', 'united kingdom', 'england', 'angleterre', 'britain', 'grande bretagne', 'ireland', 'irlande',
      'scotland', 'écosse', 'wales', 'pays de galles', 'british', 'irish'], ['Royaume-Uni', 'Irlande'], ['United Kingdom', 'Ireland']],
  ] as const).map(([name, words, fr, en]): SearchTopic => ({
    name, words: [...words], add: {fr: [...fr], en: [...en]}, sections: ['urgent-help#', 'urgent-help#if-you-are-in-danger'], boost: 6, unlessOther: true,
  })),
];
