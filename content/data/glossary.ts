import type {Localized} from './types';

/**
 * One entry of the glossary: an id shared by both languages (the #fragment on the glossary page and the id
 * authors write in <Term id="...">), the term and a plain definition in each language, and the word forms
 * that count as a use of the term on a page (tests/content/glossary.test.ts checks that the first use on
 * every page is marked with <Term>). Forms with two or more capital letters (SSRI, rTMS) match case-sensitively.
 * Every medical fact in a definition traces to the project's evidence sheet (section in the comment).
 */
export type GlossaryEntry = {
  id: string;
  term: Localized;
  /** When the term is an abbreviation: what it stands for (shown as the abbr's title). */
  expansion?: Localized;
  definition: Localized;
  match: {fr: string[]; en: string[]};
};

export const glossary: GlossaryEntry[] = [
  {id: 'response',
    term: {fr: 'Réponse (au traitement)', en: 'Response (to treatment)'},
    definition: {
      fr: 'Une nette amélioration, mesurée avec un score fixé avant le début de l’étude : souvent, une baisse d’au moins la moitié du score de douleur ou de dépression. Une personne qui « répond » peut encore avoir des symptômes.',
      en: 'A clear improvement, measured with a score fixed before the study starts: often a drop of at least half in the pain or depression score. Someone who “responds” can still have symptoms.'},
    match: {fr: ['taux de réponse', 'réponse à 28 jours', 'réponse à 24 heures', 'ont répondu', 'avaient répondu', 'pas répondu', 'répondeur', 'répondeurs'], en: ['response rate', 'response at day', 'responded', 'responder', 'responders']}},
  {id: 'remission',
    term: {fr: 'Rémission', en: 'Remission'},
    definition: {
      fr: 'Les symptômes sont devenus si faibles que le score passe sous un seuil fixé à l’avance : la personne est considérée comme allant bien, au moins pour un temps. C’est plus qu’une réponse.',
      en: 'Symptoms have become so mild that the score falls below a threshold set in advance: the person counts as well, at least for now. It is more than a response.'},
    match: {fr: ['rémission', 'rémissions'], en: ['remission', 'remissions']}},
  {id: 'relapse',
    term: {fr: 'Rechute', en: 'Relapse'},
    definition: {
      fr: 'Le retour des symptômes après une période d’amélioration (réponse ou rémission).',
      en: 'Symptoms coming back after a period of improvement (response or remission).'},
    match: {fr: ['rechute', 'rechutes', 'rechuté', 'rechuter', 'rechutent', 'rechutaient'], en: ['relapse', 'relapsed', 'relapses']}},
  {id: 'placebo',
    term: {fr: 'Placebo', en: 'Placebo'},
    definition: {
      fr: 'Un faux traitement, qui ressemble au vrai mais sans le médicament actif, donné à un groupe pour comparer. Un « placebo actif » (comme le midazolam, un calmant) donne des effets que l’on sent, pour qu’il soit plus difficile de deviner son groupe.',
      en: 'A dummy treatment that looks like the real one but has no active medicine, given to one group for comparison. An “active placebo” (such as midazolam, a calming drug) has effects you can feel, so that it is harder to guess your group.'},
    match: {fr: ['placebo', 'placebos'], en: ['placebo', 'placebos']}},
  {id: 'randomised',
    term: {fr: 'Randomisé (essai)', en: 'Randomised (trial)'},
    definition: {
      fr: 'Les participants sont répartis entre les groupes par tirage au sort. Les groupes se ressemblent alors au départ, et une différence à la fin peut être attribuée au traitement.',
      en: 'Participants are put into the groups by chance, like drawing lots. The groups are then alike at the start, so a difference at the end can be put down to the treatment.'},
    match: {fr: ['randomisé', 'randomisés', 'randomisée', 'randomisées'], en: ['randomised', 'randomized']}},
  {id: 'double-blind',
    term: {fr: 'Double aveugle', en: 'Double-blind'},
    definition: {
      fr: 'Ni les participants ni l’équipe qui les évalue ne savent qui reçoit le traitement et qui reçoit le placebo. Avec la kétamine, c’est difficile : ses effets se sentent, et dans un essai récent le secret des groupes n’a en grande partie pas tenu.',
      en: 'Neither the participants nor the team assessing them know who gets the treatment and who gets the placebo. With ketamine this is hard: its effects can be felt, and in one recent trial the blinding largely failed.'},
    match: {fr: ['double aveugle'], en: ['double-blind', 'double blind']}},
  {id: 'confidence-interval',
    term: {fr: 'Intervalle de confiance', en: 'Confidence interval'},
    definition: {
      fr: 'La fourchette dans laquelle se trouve probablement le vrai résultat (à 95 % : la méthode habituelle tombe juste 95 fois sur 100). Une fourchette large veut dire un résultat incertain. Si elle contient « aucune différence », l’étude ne peut pas exclure que le traitement ne fasse rien.',
      en: 'The range in which the true result probably lies (95%: the usual method gets it right 95 times in 100). A wide range means an uncertain result. If the range includes “no difference”, the study cannot rule out that the treatment does nothing.'},
    match: {fr: ['intervalle de confiance', 'intervalles de confiance'], en: ['confidence interval', 'confidence intervals']}},
  {id: 'relative-risk',
    term: {fr: 'Risque relatif', en: 'Relative risk'},
    definition: {
      fr: 'Combien de fois plus (ou moins) souvent un événement arrive dans un groupe que dans l’autre. Un risque relatif de 3 veut dire trois fois plus souvent ; 1 veut dire aucune différence. Il ne dit pas si l’événement est fréquent ou rare.',
      en: 'How many times more (or less) often something happens in one group than in the other. A relative risk of 3 means three times as often; 1 means no difference. It does not say whether the event is common or rare. Also called a risk ratio.'},
    match: {fr: ['risque relatif', 'risques relatifs'], en: ['relative risk', 'risk ratio']}},
  {id: 'nnt',
    term: {fr: 'NNT (nombre de sujets à traiter)', en: 'NNT (number needed to treat)'},
    expansion: {fr: 'nombre de sujets à traiter', en: 'number needed to treat'},
    definition: {
      fr: 'Combien de personnes doivent recevoir le traitement pour qu’une de plus en tire un bénéfice, par rapport à l’autre option. Plus le nombre est petit, plus le traitement est utile. Un NNT de 8 veut dire : sur 8 personnes traitées, une de plus va mieux que sans ce traitement.',
      en: 'How many people need the treatment for one more of them to benefit, compared with the other option. The smaller the number, the more useful the treatment. An NNT of 8 means that out of 8 people treated, one more gets better than without it.'},
    match: {fr: ['NNT', 'nombre de sujets à traiter', 'nombre de personnes à traiter'], en: ['NNT', 'number needed to treat']}},
  {id: 'cochrane-review',
    term: {fr: 'Revue Cochrane', en: 'Cochrane review'},
    definition: {
      fr: 'Une revue systématique publiée par Cochrane, un réseau international indépendant. Elle rassemble tous les essais sur une question et les juge avec des méthodes strictes et publiées à l’avance.',
      en: 'A systematic review published by Cochrane, an independent international network. It gathers every trial on one question and weighs them with strict methods published in advance.'},
    match: {fr: ['revue Cochrane', 'Cochrane'], en: ['Cochrane review', 'Cochrane']}},
  {id: 'esketamine',
    term: {fr: 'Eskétamine', en: 'Esketamine'},
    definition: {
      fr: 'L’une des deux formes « en miroir » de la molécule de kétamine. C’est le médicament du spray nasal Spravato, autorisé pour la dépression résistante (aux États-Unis depuis 2019, dans l’Union européenne depuis fin 2019).',
      en: 'One of the two mirror-image forms of the ketamine molecule. It is the medicine in the Spravato nasal spray, approved for treatment-resistant depression (in the US since 2019, in the European Union since late 2019).'},
    match: {fr: ['eskétamine'], en: ['esketamine']}},
  {id: 's-ketamine',
    term: {fr: 'S-kétamine', en: 'S-ketamine'},
    definition: {
      fr: 'Un autre nom de l’eskétamine, souvent employé dans les articles de recherche.',
      en: 'Another name for esketamine, often used in research papers.'},
    match: {fr: ['S-kétamine'], en: ['S-ketamine']}},
  {id: 'racemic',
    term: {fr: 'Racémique (kétamine)', en: 'Racemic (ketamine)'},
    definition: {
      fr: 'La kétamine ordinaire : un mélange à parts égales de ses deux formes « en miroir », dont l’eskétamine. C’est elle qui est donnée en perfusion (IV), hors AMM pour la dépression.',
      en: 'Ordinary ketamine: an equal mix of its two mirror-image forms, one of which is esketamine. It is the form given as a drip (IV), off-label for depression.'},
    match: {fr: ['racémique', 'racémiques'], en: ['racemic']}},
  {id: 'nmda',
    term: {fr: 'NMDA (récepteur)', en: 'NMDA (receptor)'},
    expansion: {fr: 'N-méthyl-D-aspartate', en: 'N-methyl-D-aspartate'},
    definition: {
      fr: 'Une « serrure » à la surface des cellules nerveuses, sur laquelle agit le glutamate, un messager chimique du cerveau. La kétamine bloque ce récepteur ; on pense que cela explique une partie de ses effets, mais c’est encore une hypothèse.',
      en: 'A “lock” on the surface of nerve cells, worked by glutamate, one of the brain’s chemical messengers. Ketamine blocks this receptor; this is thought to explain part of its effects, but it is still a hypothesis.'},
    match: {fr: ['NMDA'], en: ['NMDA']}},
  {id: 'dissociation',
    term: {fr: 'Dissociation', en: 'Dissociation'},
    definition: {
      fr: 'Se sentir détaché de soi-même, de son corps ou du monde autour. Avec l’eskétamine, l’équipe surveille la dissociation après chaque dose, jusqu’à ce que vous soyez stable. Avec la kétamine en perfusion, elle est brève et diminue au fil des séances.',
      en: 'Feeling detached from yourself, your body or the world around you. With esketamine, the team watches for it after each dose until you are stable. With a ketamine drip, it is short-lived and lessens over the sessions.'},
    match: {fr: ['dissociation', 'dissociations', 'dissociatif', 'dissociatifs', 'dissociative', 'dissociatives'], en: ['dissociation', 'dissociative']}},
  {id: 'off-label',
    term: {fr: 'Hors AMM', en: 'Off-label'},
    definition: {
      fr: 'Employer un médicament pour une maladie, une dose ou une forme que son autorisation de mise sur le marché (AMM) ne prévoit pas. En France, la loi le permet sous conditions, mais aucune agence n’a vérifié les preuves pour cet usage.',
      en: 'Using a medicine for a condition, dose or form that its marketing authorisation does not cover. The law allows it under conditions (in France, the public health code), but no regulator has checked the evidence for that use.'},
    match: {fr: ['hors AMM'], en: ['off-label', 'off label']}},
  {id: 'ssri',
    term: {fr: 'ISRS', en: 'SSRI'},
    expansion: {fr: 'inhibiteur sélectif de la recapture de la sérotonine', en: 'selective serotonin reuptake inhibitor'},
    definition: {
      fr: 'Inhibiteur sélectif de la recapture de la sérotonine : une famille d’antidépresseurs. Les IRSN sont une famille voisine. En Europe et au Canada, l’eskétamine est donnée avec un ISRS ou un IRSN.',
      en: 'Selective serotonin reuptake inhibitor: a family of antidepressants. SNRIs are a closely related family. In Europe and Canada, esketamine is given together with an SSRI or an SNRI.'},
    match: {fr: ['ISRS'], en: ['SSRI', 'SSRIs']}},
  {id: 'rems',
    term: {fr: 'REMS (programme américain)', en: 'REMS'},
    expansion: {fr: 'Risk Evaluation and Mitigation Strategy (programme de maîtrise des risques)', en: 'Risk Evaluation and Mitigation Strategy'},
    definition: {
      fr: 'Aux États-Unis, un programme de sécurité imposé par la FDA. Pour l’eskétamine : seulement dans des lieux agréés, une surveillance d’au moins 2 heures après chaque dose, et jamais de spray à emporter chez soi.',
      en: 'In the US, a safety programme required by the FDA. For esketamine: only in certified settings, at least 2 hours of monitoring after each dose, and never a spray to take home.'},
    match: {fr: ['REMS'], en: ['REMS']}},
  {id: 'schedule-iii',
    term: {fr: 'Annexe III (Schedule III, États-Unis)', en: 'Schedule III (US)'},
    definition: {
      fr: 'Aux États-Unis, la catégorie légale de substances contrôlées où se trouve la kétamine depuis 1999 : elle peut être un médicament, avec des règles strictes à cause du risque de mésusage.',
      en: 'In the US, the legal category of controlled drugs that ketamine has been in since 1999: it can be used as a medicine, under strict rules because of the risk of misuse.'},
    match: {fr: ['annexe III', 'Schedule III'], en: ['Schedule III']}},
  {id: 'stupefiant',
    term: {fr: 'Stupéfiant', en: 'Narcotic (stupéfiant, France)'},
    definition: {
      fr: 'En France, la catégorie légale des produits les plus contrôlés. La kétamine y est inscrite depuis 1997. Depuis 2017, la kétamine injectable suit toutes les règles des stupéfiants : ordonnance sécurisée et registre spécial.',
      en: 'In France, the legal category of the most tightly controlled substances (stupéfiants). Ketamine has been on this list since 1997. Since 2017, injectable ketamine follows all the narcotic rules: a secure prescription and a special register.'},
    match: {fr: ['stupéfiant', 'stupéfiants'], en: ['narcotic', 'narcotics', 'stupéfiant', 'stupéfiants']}},
  {id: 'treatment-resistant-depression',
    term: {fr: 'Dépression résistante', en: 'Treatment-resistant depression'},
    definition: {
      fr: 'Une dépression qui ne s’est pas assez améliorée après au moins deux traitements antidépresseurs différents, chacun à dose et durée suffisantes, pendant l’épisode en cours. Les définitions exactes varient selon les pays et les experts.',
      en: 'Depression that has not improved enough after at least two different antidepressant treatments, each at an adequate dose and for long enough, in the current episode. The exact definitions vary between countries and experts.'},
    match: {fr: ['dépression résistante', 'dépressions résistantes', 'dépression qui résiste aux traitements'], en: ['treatment-resistant depression', 'depression that has not responded to treatment']}},
  {id: 'ect',
    term: {fr: 'Électroconvulsivothérapie (ECT)', en: 'Electroconvulsive therapy (ECT)'},
    expansion: {fr: 'électroconvulsivothérapie', en: 'electroconvulsive therapy'},
    definition: {
      fr: 'Un traitement de la dépression donné en une série de séances : un bref courant électrique, envoyé au cerveau, provoque une courte crise convulsive. Les essais l’ont comparé à la kétamine ; son principal inconvénient est la gêne de la mémoire.',
      en: 'A treatment for depression given as a series of sessions: a brief electric current sent to the brain causes a short seizure. Trials have compared it with ketamine; its main drawback is problems with memory.'},
    match: {fr: ['électroconvulsivothérapie', 'sismothérapie', 'ECT'], en: ['electroconvulsive therapy', 'ECT']}},
  {id: 'rtms',
    term: {fr: 'rTMS (stimulation magnétique transcrânienne répétitive)', en: 'rTMS (repetitive transcranial magnetic stimulation)'},
    expansion: {fr: 'stimulation magnétique transcrânienne répétitive', en: 'repetitive transcranial magnetic stimulation'},
    definition: {
      fr: 'Des impulsions magnétiques, émises par une bobine posée contre la tête, stimulent une zone du cerveau, en séances répétées. Au Royaume-Uni, le NICE ne voit pas de problème de sécurité majeur, mais l’effet varie d’une personne à l’autre.',
      en: 'Magnetic pulses from a coil held against the head stimulate an area of the brain, in repeated sessions. In the UK, NICE sees no major safety concerns, but how well it works varies from person to person.'},
    match: {fr: ['rTMS', 'stimulation magnétique transcrânienne'], en: ['rTMS', 'transcranial magnetic stimulation']}},
  {id: 'cbt',
    term: {fr: 'TCC (thérapie cognitive et comportementale)', en: 'CBT (cognitive behavioural therapy)'},
    expansion: {fr: 'thérapie cognitive et comportementale', en: 'cognitive behavioural therapy'},
    definition: {
      fr: 'Une psychothérapie qui travaille sur les pensées et les comportements, en un nombre limité de séances (12 à 18 dans un essai sur la dépression résistante).',
      en: 'A talking therapy that works on thoughts and behaviours, over a limited number of sessions (12 to 18 in one trial in treatment-resistant depression).'},
    match: {fr: ['TCC', 'thérapie cognitive et comportementale', 'thérapies cognitives et comportementales'], en: ['CBT', 'cognitive behavioural therapy', 'cognitive behavioral therapy']}},
  {id: 'augmentation',
    term: {fr: 'Potentialisation (stratégie d’augmentation)', en: 'Augmentation'},
    definition: {
      fr: 'Ajouter un second médicament à un antidépresseur qui n’agit pas assez, par exemple du lithium, une hormone thyroïdienne ou certains antipsychotiques. En France, c’est souvent hors AMM.',
      en: 'Adding a second medicine to an antidepressant that is not working well enough, for example lithium, a thyroid hormone or certain antipsychotics. In France this is often off-label.'},
    match: {fr: ['potentialisation', 'stratégie d’augmentation'], en: ['augmentation']}},
  {id: 'natural-course',
    term: {fr: 'Évolution naturelle', en: 'Natural course'},
    definition: {
      fr: 'La façon dont une maladie évolue avec le temps sans nouveau traitement.',
      en: 'How a condition usually changes over time without a new treatment.'},
    match: {fr: ['évolution naturelle'], en: ['natural course']}},
  {id: 'open-label',
    term: {fr: 'Essai ouvert (« en ouvert »)', en: 'Open-label (trial)'},
    definition: {
      fr: 'Un essai où les participants et l’équipe savent quel traitement chacun reçoit. C’est le contraire du double aveugle : ce que chacun attend du traitement peut alors peser sur les résultats.',
      en: 'A trial in which the participants and the team know which treatment each person gets. It is the opposite of double-blind: what people expect from a treatment can then colour the results.'},
    match: {fr: ['en ouvert'], en: ['open-label', 'open label']}},
  {id: 'sham',
    term: {fr: 'Fausse stimulation, fausse ECT', en: 'Sham (treatment)'},
    definition: {
      fr: 'Une imitation d’un traitement par un appareil, qui ne délivre pas le vrai traitement. Elle sert de comparaison, comme un placebo pour un médicament.',
      en: 'An imitation of a treatment given with a device, which does not deliver the real treatment. It is used for comparison, like a placebo for a medicine.'},
    match: {fr: ['fausse stimulation', 'fausse ECT'], en: ['sham']}},
  {id: 'antipsychotic',
    term: {fr: 'Antipsychotique', en: 'Antipsychotic'},
    definition: {
      fr: 'Une famille de médicaments d’abord utilisés contre la psychose (la perte de contact avec la réalité). Certains, comme l’aripiprazole ou la quétiapine, sont aussi ajoutés à un antidépresseur qui n’agit pas assez.',
      en: 'A family of medicines first used for psychosis (losing touch with reality). Some, such as aripiprazole or quetiapine, are also added to an antidepressant that is not working well enough.'},
    match: {fr: ['antipsychotique', 'antipsychotiques'], en: ['antipsychotic', 'antipsychotics']}},
  {id: 'snri',
    term: {fr: 'IRSN', en: 'SNRI'},
    expansion: {fr: 'inhibiteur de la recapture de la sérotonine et de la noradrénaline', en: 'serotonin and noradrenaline reuptake inhibitor'},
    definition: {
      fr: 'Inhibiteur de la recapture de la sérotonine et de la noradrénaline : une famille d’antidépresseurs, voisine des ISRS. La duloxétine et le milnacipran en font partie ; ils sont aussi essayés dans la fibromyalgie.',
      en: 'Serotonin and noradrenaline reuptake inhibitor: a family of antidepressants, close to SSRIs. Duloxetine and milnacipran belong to it; they are also tried for fibromyalgia.'},
    match: {fr: ['IRSN'], en: ['SNRI', 'SNRIs']}},
  {id: 'benzodiazepine',
    term: {fr: 'Benzodiazépine', en: 'Benzodiazepine'},
    definition: {
      fr: 'Une famille de médicaments qui calment l’anxiété ou aident à dormir. Pris avec la kétamine ou l’eskétamine, ils peuvent rendre plus somnolent.',
      en: 'A family of medicines that calm anxiety or help sleep. Taken with ketamine or esketamine, they can make a person sleepier.'},
    match: {fr: ['benzodiazépine', 'benzodiazépines'], en: ['benzodiazepine', 'benzodiazepines']}},
  {id: 'opioid',
    term: {fr: 'Opioïde', en: 'Opioid'},
    definition: {
      fr: 'Un antidouleur de la même famille que la morphine. Pris avec l’eskétamine, il peut rendre plus somnolent.',
      en: 'A painkiller from the same family as morphine. Taken with esketamine, it can make a person sleepier.'},
    match: {fr: ['opioïde', 'opioïdes'], en: ['opioid', 'opioids']}},
  {id: 'adapted-physical-activity',
    term: {fr: 'Activité physique adaptée', en: 'Adapted physical activity'},
    definition: {
      fr: 'De l’exercice guidé par un professionnel formé pour l’ajuster à votre santé et à vos capacités.',
      en: 'Exercise guided by a professional trained to fit it to your health and your abilities.'},
    match: {fr: ['activité physique adaptée'], en: ['adapted physical activity']}},
  {id: 'median',
    term: {fr: 'Médiane', en: 'Median'},
    definition: {
      fr: 'La valeur du milieu : la moitié des personnes est en dessous, l’autre moitié au-dessus. Une rechute « en 18 jours en médiane » veut dire que la moitié a rechuté plus tôt, l’autre moitié plus tard.',
      en: 'The middle value: half the people are below it and half above. A relapse “after a median of 18 days” means that half relapsed sooner and half later.'},
    match: {fr: ['médiane', 'médianes'], en: ['median']}},
  {id: 'systematic-review',
    term: {fr: 'Revue systématique', en: 'Systematic review'},
    definition: {
      fr: 'Une étude qui cherche toutes les études sur une question, selon une méthode fixée à l’avance, puis les résume. Quand elle réunit leurs chiffres en un seul résultat, on parle de méta-analyse.',
      en: 'A study that looks for every study on one question, with a method set in advance, then sums them up. When it pools their figures into one result, it is called a meta-analysis.'},
    match: {fr: ['revue systématique', 'revues systématiques'], en: ['systematic review', 'systematic reviews']}},
];

export const glossaryById = new Map(glossary.map((g) => [g.id, g]));
