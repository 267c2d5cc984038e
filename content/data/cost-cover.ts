import type {Localized} from './types';

/**
 * Cost and cover of esketamine and ketamine by country: the ONE copy, shown by <CostByCountry /> (the FAQ and
 * the depression options page). Evidence sheet §2A, §10, §11. `reported`: seen only in the press or on an
 * advocacy page ("(secondary)" in the evidence sheet), said as reported and shown with a "reported" mark.
 */
export type CostCountry = 'fr' | 'ca' | 'uk' | 'us';
export type CostPoint = {text: Localized; refs: string[]; reported?: boolean};
export type CostCover = {country: CostCountry; name: Localized; evidence: string[]; points: CostPoint[]};

export const costCover: CostCover[] = [
  {country: 'fr', name: {fr: 'France', en: 'France'}, evidence: ['§11 France', '§10 (HAS re-assessment)', '§7D, §10 (off-label racemic ketamine)'],
    points: [
      {refs: ['bdpm-spravato'],
        text: {fr: 'Le spray d’eskétamine (Spravato) est réservé à l’usage hospitalier.', en: 'Esketamine spray (Spravato) is restricted to hospital use.'}},
      {refs: ['encephale2023-cost'],
        text: {fr: 'L’hôpital l’achète environ 200 € hors taxes par pulvérisateur de 28 mg, et le paie sur son budget. Dans un hôpital de Toulouse, le spray de 7 patients a coûté 142 800 € : presque tout ce que l’hôpital avait reçu pour leurs soins.', en: 'The hospital buys it for about €200 before tax per 28 mg device, and pays for it from its own budget. In one hospital in Toulouse, the spray for 7 patients cost €142,800: almost all the money the hospital had received for their care.'}},
      {refs: ['has-reassessment'],
        text: {fr: 'La HAS est favorable au remboursement seulement pour les adultes de moins de 65 ans, avec un épisode sévère et résistant.', en: 'The HAS supports cover only for adults under 65 with a severe episode that resists treatment.'}},
      {refs: ['therapies2022ketamine', 'ansm2023'],
        text: {fr: 'La kétamine en perfusion contre la dépression ou la fibromyalgie est hors AMM. Les recommandations françaises ne soutiennent que deux usages hors AMM : la douleur après une opération et la douleur rebelle en soins palliatifs avancés. Demandez à l’hôpital ce qui sera pris en charge.', en: 'Ketamine by drip for depression or fibromyalgia is off-label. French recommendations back only two off-label uses: pain after an operation and severe pain in advanced palliative care. Ask the hospital what will be covered.'}},
    ]},
  {country: 'ca', name: {fr: 'Canada', en: 'Canada'}, evidence: ['§10 Canada (CADTH: do not reimburse; price cut)', '§2A (Health Canada approval)', '§11 Canada (provincial cover not seen)'],
    points: [
      {refs: ['hc2020spravato', 'cadth2020-esketamine'],
        text: {fr: 'Santé Canada a autorisé l’eskétamine en 2020. Mais en décembre 2020, l’ACMTS (CADTH), qui conseille les régimes publics d’assurance médicaments, leur a recommandé de ne pas la rembourser.', en: 'Health Canada approved esketamine in 2020. But in December 2020, CADTH, which advises the public drug plans, recommended that they do not reimburse it (“do not reimburse”).'}},
      {refs: ['cadth2020-esketamine-pe'],
        text: {fr: 'Selon sa réanalyse économique, le prix devrait baisser d’environ 60 % pour que le coût soit justifié.', en: 'Its economic reanalysis found that the price would need to fall by about 60% for the cost to be justified.'}},
      {refs: [],
        text: {fr: 'Nous n’avons pas vérifié ce que couvre chaque province aujourd’hui.', en: 'We have not checked what each province covers today.'}},
    ]},
  {country: 'uk', name: {fr: 'Royaume-Uni', en: 'UK'}, evidence: ['§2A (NICE, January 2020)'],
    points: [
      {refs: ['nice2020'],
        text: {fr: 'En janvier 2020, le NICE, qui évalue les traitements pour le NHS, n’a pas recommandé l’eskétamine. Il avait des doutes sur son bénéfice et sur son coût.', en: 'In January 2020, NICE, which reviews treatments for the NHS, did not recommend esketamine. It had doubts about its benefit and its cost.'}},
    ]},
  {country: 'us', name: {fr: 'États-Unis', en: 'US'}, evidence: ['§11 USA (secondary: news, advocacy group)'],
    points: [
      {refs: ['fda2023compounded', 'us-ketamine-fees-press'], reported: true,
        text: {fr: 'La kétamine en perfusion pour la santé mentale est hors autorisation. Les assurances peuvent donc refuser de la couvrir, et beaucoup de patients paient eux-mêmes.', en: 'Ketamine by drip for mental health is off-label. So insurers may refuse to cover it, and many patients pay for it themselves.'}},
      {refs: ['us-ketamine-fees-press', 'us-ketamine-fees-advocacy'], reported: true,
        text: {fr: 'Prix rapportés : 400 à 1 000 dollars la séance. Des cliniques de New York affichent 500 à 1 000 dollars, et une association de patients cite 400 à 800 dollars la perfusion.', en: 'Reported prices: $400 to $1,000 a session. New York clinics post $500 to $1,000, and a patient-advocacy group gives $400 to $800 an infusion.'}},
    ]},
];

/** One order in both languages, so that the citation numbers of both pages follow the text. */
export const costCoverRefs: string[] = [...new Set(costCover.flatMap((c) => c.points.flatMap((p) => p.refs)))];
