import type {Reference} from './types';

// The site's bibliography. Every entry comes from the project's verified evidence sheet
// (shared/content-brief/evidence.md). Links go to the primary record only: doi.org, PubMed, or an
// official page (regulator, government service, publisher). A fact checked only on a mirror is cited by
// the document's name, without a link. A title in [square brackets] describes a document whose exact
// title was not verified.
export const references: Reference[] = [
  // Fibromyalgia and chronic pain
  {key: 'orhurhu2019', authors: 'Orhurhu V, Orhurhu MS, Bhatia A, Cohen SP', title: 'Ketamine infusions for chronic pain: a systematic review and meta-analysis of randomized controlled trials', source: 'Anesth Analg 2019;129(1):241-254', year: 2019, doi: '10.1213/ANE.0000000000004185'},
  {key: 'patil2012', authors: 'Patil S, Anitescu M', title: 'Efficacy of outpatient ketamine infusions in refractory chronic pain syndromes: a 5-year retrospective analysis', source: 'Pain Med 2012;13(2):263-9', year: 2012, doi: '10.1111/j.1526-4637.2011.01241.x', pmid: '21939497'},
  {key: 'decarvalho2024', authors: 'de Carvalho JF, de Sena EP', title: 'Ketamine in fibromyalgia: a systematic review', source: 'Adv Rheumatol 2024', year: 2024, doi: '10.1186/s42358-024-00393-9'},
  {key: 'eskefib2021', authors: 'Fils J-F, Lechat J-P, Javorcikova Z, Dangoisse M, Gillain A, Van der Linden P, Nikis S', title: 'The place of S-ketamine in fibromyalgia treatment (ESKEFIB): study protocol for a prospective, single-center, double-blind, randomized, parallel-group, dose-escalation controlled trial', source: 'Trials 2021', year: 2021, doi: '10.1186/s13063-021-05814-4',
    note: {fr: 'Protocole seulement, sans résultats. L’essai enregistré (NCT04436250) est indiqué comme arrêté (« Terminated ») ; aucun résultat publié n’a été trouvé.', en: 'Protocol only, no results. The registered trial (NCT04436250) is listed as “Terminated”; no published results were found.'}},
  {key: 'gupta2023', authors: 'Gupta R, Bhar S', title: 'Maintenance IV ketamine therapy in the fibromyalgia patient: a case report', source: 'Health Psychol Res 2023;11(1)', year: 2023, doi: '10.52965/001c.89640'},
  {key: 'marzoughi2023', authors: 'Marzoughi S, Ripsman D, Ong M', title: 'Therapeutic effects of 7- to 14-day subanesthetic ketamine infusions for chronic pain on standardized psychiatric measures', source: 'Pain Manag 2023:529-538', year: 2023, doi: '10.2217/pmt-2023-0066'},
  {key: 'almukhaizeem2023', authors: 'Al Mukhaizeem S, …, Levins KJ', title: 'Investigating the effectiveness of oral ketamine on pain, mood and quality of life in treatment resistant chronic pain', source: 'Front Pain Res 2023;4', year: 2023, doi: '10.3389/fpain.2023.1268985'},
  {key: 'sorensen1995', authors: 'Sörensen J, Bengtsson A, Bäckman E, Henriksson KG, Bengtsson M', title: '[Double-blind, placebo-controlled intravenous drug tests (morphine, lidocaine, ketamine) in fibromyalgia]', source: 'Scand J Rheumatol 1995;24(6):360-5', year: 1995, doi: '10.3109/03009749509095181', pmid: '8610220'},
  {key: 'gravennielsen2000', authors: 'Graven-Nielsen T, Aspegren Kendall S, Henriksson KG, Bengtsson M, Sörensen J, Johnson A, Gerdle B, Arendt-Nielsen L', title: '[Placebo-controlled study of ketamine on muscle pain and referred pain in fibromyalgia]', source: 'Pain 2000;85(3):483-91', year: 2000, doi: '10.1016/S0304-3959(99)00308-5', pmid: '10781923'},
  {key: 'noppers2011fm', authors: 'Noppers I, Niesters M, Swartjes M, Bauer M, Aarts L, Geleijnse N, Mooren R, Dahan A, Sarton E', title: 'Absence of long-term analgesic effect from a short-term S-ketamine infusion on fibromyalgia pain', source: 'Eur J Pain 2011;15(9):942-9', year: 2011,
    note: {fr: 'DOI et PMID non vérifiés : référence citée sans lien.', en: 'DOI and PMID not verified: cited without a link.'}},
  {key: 'pastrak2021', authors: 'Pastrak M, Abd-Elsayed A, Ma F, Vrooman B, Visnjevac O', title: 'Systematic review of the use of intravenous ketamine for fibromyalgia', source: 'Ochsner J 2021;21(4):387-394', year: 2021, doi: '10.31486/toj.21.0038', pmid: '34984054'},
  {key: 'cohen2006', authors: 'Cohen SP, Verdolin MH, Chang AS, Kurihara C, Morlando BJ, Mao J', title: '[The intravenous ketamine test predicts the later response to oral dextromethorphan in fibromyalgia]', source: 'J Pain 2006;7(6):391-8', year: 2006, doi: '10.1016/j.jpain.2005.12.010'},
  {key: 'asra2018', authors: 'Cohen SP, Bhatia A, Buvanendran A, et al.', title: '[ASRA/AAPM/ASA consensus guidelines on intravenous ketamine infusions for chronic pain]', source: 'Reg Anesth Pain Med 2018;43(5):521-546', year: 2018, doi: '10.1097/AAP.0000000000000808'},
  {key: 'cochrane2025', authors: 'Ferraro MC, Cashin AG, O’Connell NE, Visser EJ, Abdel Shaheed C, Wewege MA, Gustin SM, McAuley JH', title: 'Ketamine and other NMDA receptor antagonists for chronic pain', source: 'Cochrane Database Syst Rev 2025', year: 2025, pmid: '40819842',
    note: {fr: 'Protocole publié en 2023 : doi 10.1002/14651858.CD015373.', en: 'Protocol published in 2023: doi 10.1002/14651858.CD015373.'}},
  {key: 'okapi2022', authors: 'Corriger A, Voute M, Lambert C, Pereira B, Pickering G', title: 'Ketamine for refractory chronic pain: a 1-year follow-up study', note: {fr: 'Cohorte OKAPI (NCT03319238).', en: 'OKAPI cohort (NCT03319238).'}, source: 'Pain 2022:690-701', year: 2022, doi: '10.1097/j.pain.0000000000002403'},
  {key: 'cadth2020pain', authors: 'Tran K, MacDougall D (CADTH)', title: '[Rapid review: ketamine for chronic non-cancer pain, update of the 2020 report]', source: 'Canadian Journal of Health Technologies (CADTH)', url: 'https://canjhealthtechnol.ca/index.php/cjht/article/download/RC1521/1737?inline=1'},
  {key: 'jonkman2017', authors: 'Jonkman K, Dahan A, et al.', title: 'Ketamine for pain', source: 'F1000Res 2017;6:1711', year: 2017, doi: '10.12688/f1000research.11372.1', pmid: '28979762'},

  // Depression and mental health
  {key: 'fda2019spravato', authors: 'US Food and Drug Administration', title: 'Approval of Spravato (esketamine) nasal spray for treatment-resistant depression, 5 March 2019', source: 'FDA', year: 2019},
  {key: 'canady2020', authors: 'Canady VA', title: '[FDA approval of esketamine for depression with acute suicidal ideation or behaviour]', source: 'Mental Health Weekly 2020', year: 2020, doi: '10.1002/mhw.32471'},
  {key: 'ec2019spravato', authors: 'European Commission; Janssen', title: 'Marketing authorisation of Spravato (esketamine) for treatment-resistant depression in the European Union (Janssen announcement of 19 December 2019)', source: 'European Commission', year: 2019},
  {key: 'ec2021spravato', authors: 'European Commission', title: 'Extension of the Spravato indication: short-term add-on treatment of a depressive episode that is a psychiatric emergency (February 2021)', source: 'European Commission', year: 2021},
  {key: 'hc2020spravato', authors: 'Health Canada', title: '[Review documents for the approval of Spravato (esketamine), RDS00738]', source: 'Health Canada', year: 2020, url: 'https://dhpp.hpfb-dgpsa.ca/review-documents/resource/RDS00738'},
  {key: 'hc-rds00895', authors: 'Health Canada', title: '[Regulatory decision summary: Spravato (esketamine) in depression needing urgent psychiatric care, RDS00895]', source: 'Health Canada', url: 'https://hpr-rps.hres.ca/reg-content/regulatory-decision-summary-detail.php?lang=en&linkID=RDS00895'},
  {key: 'has2020spravato', authors: 'Haute Autorité de santé, Commission de la transparence', title: 'Spravato (eskétamine) : avis du 24 juin 2020', source: 'HAS', year: 2020, url: 'https://www.has-sante.fr/jcms/p_3191469/fr/spravato-esketamine'},
  {key: 'has2021spravato', authors: 'Haute Autorité de santé, Commission de la transparence', title: 'Spravato 28 mg : épisode dépressif caractérisé modéré à sévère (urgence psychiatrique), avis du 22 septembre 2021', source: 'HAS', year: 2021, url: 'https://www.has-sante.fr/jcms/p_3298608/fr/spravato-28-mg-episode-depressif-caracterise-modere-a-severe'},
  {key: 'has-reassessment', authors: 'Haute Autorité de santé', title: 'Spravato (eskétamine) : réévaluation dans la dépression', source: 'HAS',
    url: 'https://www.has-sante.fr/jcms/p_3538219/fr/spravato-esketamine-depression',
    note: {fr: 'Date exacte de la réévaluation non vérifiée.', en: 'Exact date of the re-assessment not verified.'}},
  {key: 'medscape2020fr', authors: 'Medscape France', title: '[Eskétamine : agrément aux collectivités et usage de la kétamine hors AMM en France]', source: 'Medscape édition française', url: 'https://francais.medscape.com/voirarticle/3606524'},
  {key: 'prescrire2020', authors: 'Destination Santé', title: 'Le spray nasal anti-dépresseur fait débat (sur l’avis de la revue Prescrire, octobre 2020)', source: 'Destination Santé', year: 2020, url: 'https://destinationsante.com/le-spray-nasal-anti-depresseur-fait-debat.html'},
  {key: 'nice2020', authors: 'National Institute for Health and Care Excellence (NICE)', title: 'Draft decision not to recommend esketamine (Spravato) for treatment-resistant depression, January 2020', source: 'NICE', year: 2020},
  {key: 'cadth-trd', authors: 'CADTH', title: '[En bref : la kétamine dans la prise en charge de la dépression résistante au traitement]', source: 'CADTH', url: 'https://www.cadth.ca/fr/en-bref-la-ketamine-dans-la-prise-en-charge-de-la-depression-resistante-au-traitement-ou-du-trouble'},
  {key: 'cadth2017', authors: 'CADTH', title: '[La kétamine dans le traitement de la dépression ou de l’état de stress post-traumatique réfractaire]', source: 'CADTH', year: 2017, url: 'https://www.cadth.ca/fr/la-ketamine-dans-le-traitement-de-la-depression-ou-de-letat-de-stress-posttraumatique-refractaire'},
  {key: 'dosefinding2018', authors: 'NCT01920555 investigators', title: '[Randomised dose-finding trial of intravenous ketamine in treatment-resistant depression]', source: 'Mol Psychiatry 2018', year: 2018, doi: '10.1038/s41380-018-0256-5'},
  {key: 'ajp2016frequency', authors: 'Dose-frequency trial investigators', title: '[Randomised trial of twice- versus three-times-weekly ketamine infusions in treatment-resistant depression]', source: 'Am J Psychiatry 2016', year: 2016, doi: '10.1176/appi.ajp.2016.16010037'},
  {key: 'murrough2013series', authors: 'Murrough JW, et al.', title: '[Rapid and longer-term antidepressant effects of repeated ketamine infusions]', source: 'Biol Psychiatry 2013;74(4):250-256', year: 2013},
  {key: 'murrough2013rct', authors: 'Murrough JW, Iosifescu DV, et al.', title: 'Antidepressant efficacy of ketamine in treatment-resistant major depression: a two-site randomized controlled trial', year: 2013, pmid: '23982301'},
  {key: 'zarate2006', authors: 'Zarate CA, et al.', title: '[Randomised trial of ketamine in treatment-resistant major depression, NIMH]', source: 'Arch Gen Psychiatry 2006', year: 2006, url: 'https://jamanetwork.com/journals/jama/article-abstract/2662752'},
  {key: 'berman2000', authors: 'Berman RM, Cappiello A, Anand A, Oren DA, Heninger GR, Charney DS, Krystal JH', title: 'Antidepressant effects of ketamine in depressed patients', source: 'Biol Psychiatry 2000;47(4):351-354', year: 2000},
  {key: 'ajp2015meta', authors: 'Meta-analysis authors', title: '[Meta-analysis of NMDA receptor antagonists in depression]', source: 'Am J Psychiatry 2015', year: 2015, doi: '10.1176/appi.ajp.2015.15040465'},
  {key: 'karmadep2', authors: 'Jelovac A, et al.', title: '[KARMA-Dep 2: randomised trial of ketamine versus midazolam for inpatients with depression]', source: 'JAMA Psychiatry 2025', year: 2025, doi: '10.1001/jamapsychiatry.2025.3019', pmid: '41123905'},
  {key: 'abdallah2022', authors: 'Abdallah CG, et al.', title: '[Randomised trial of repeated ketamine infusions for PTSD in veterans]', source: 'Neuropsychopharmacology 2022', year: 2022, doi: '10.1038/s41386-022-01266-9'},
  {key: 'turkoz2021', authors: 'Turkoz I, et al.', title: '[Response to esketamine after initial nonresponse: pooled post hoc analysis of the TRANSFORM trials]', source: 'J Clin Psychiatry 2021', year: 2021, url: 'https://psychiatrist.com/jcp/depression/response-to-esketamine-after-initial-nonresponse'},
  {key: 'daly2019', sourceType: 'journal-article', authors: 'Daly EJ, et al.', title: '[SUSTAIN-1: randomised withdrawal trial of esketamine nasal spray to prevent relapse in treatment-resistant depression]', source: 'JAMA Psychiatry 2019;76(9):893-903', year: 2019, doi: '10.1001/jamapsychiatry.2019.1189', pmid: '31166571'},
  {key: 'ekstrand2022', sourceType: 'journal-article', authors: 'Ekstrand J, et al.', title: '[KetECT: randomised open-label trial of racemic ketamine versus electroconvulsive therapy for depression in inpatients]', source: 'Int J Neuropsychopharmacol 2022;25(5):339-349', year: 2022, doi: '10.1093/ijnp/pyab088', pmid: '35020871'},
  {key: 'anand2023', sourceType: 'journal-article', authors: 'Anand A, Mathew SJ, Sanacora G, et al.', title: '[ELEKT-D: randomised open-label noninferiority trial of ketamine versus electroconvulsive therapy for nonpsychotic treatment-resistant depression]', source: 'N Engl J Med 2023', year: 2023, doi: '10.1056/NEJMoa2302399', pmid: '37224232'},
  {key: 'gastaldon2019', authors: 'Gastaldon C, Papola D, Ostuzzi G, Barbui C', title: '[Critical appraisal of the esketamine dossier submitted to the FDA]', source: 'Epidemiol Psychiatr Sci 2019', year: 2019, url: 'https://www.cambridge.org/core/product/identifier/S2045796019000751/type/journal_article'},

  // Fibromyalgia: usual medicines
  {key: 'moore2015amitriptyline', sourceType: 'systematic-review', authors: 'Moore RA, Derry S, Aldington D, Cole P, Wiffen PJ', title: '[Amitriptyline for fibromyalgia in adults (Cochrane review)]', source: 'Cochrane Database Syst Rev 2015, CD011824', year: 2015, doi: '10.1002/14651858.CD011824'},

  // Risks
  {key: 'spravato-label', authors: 'Janssen', title: 'Spravato (esketamine) nasal spray: US prescribing information (safety, dosing and monitoring pages for health professionals)', source: 'Janssen', url: 'https://www.spravatohcp.com/safety',
    note: {fr: 'Site du fabricant destiné aux professionnels : utilisé pour les chiffres de l’étiquetage officiel, pas comme avis indépendant.', en: 'The manufacturer’s site for professionals: used for the figures of the official label, not as an independent opinion.'}},
  {key: 'ketalar-label', authors: 'Ketalar (ketamine hydrochloride)', title: 'Prescribing information (US label) and summary of product characteristics (UK)', source: 'Product labels',
    note: {fr: 'Documents officiels cités par leur nom, sans lien.', en: 'Official documents cited by name, without a link.'}},
  {key: 'shahani2007', authors: 'Shahani R, Streutker C, Dickson B, Stewart RJ', title: 'Ketamine-associated ulcerative cystitis: a new clinical entity', source: 'Urology 2007;69(5):810-2', year: 2007},
  {key: 'cottrell2008', authors: 'Cottrell AM, et al.', title: '[Report of urinary tract damage in people using ketamine]', source: 'BMJ 2008;336:973', year: 2008},
  {key: 'venyo2012', authors: 'Venyo A, Benatar B', title: '[Review of ketamine-associated cystitis]', source: 'WebmedCentral Urology 2012', year: 2012, doi: '10.9754/journal.wmc.2012.003048'},
  {key: 'noppers2011liver', authors: 'Noppers IM, et al.', title: '[Drug-induced liver injury after repeated S-ketamine infusions in complex regional pain syndrome]', source: 'Pain 2011;152(9):2173-8', year: 2011, doi: '10.1016/j.pain.2011.03.026', pmid: '21546160'},
  {key: 'cotter2021', authors: 'Cotter S, et al.', title: '[FDA case series of hepatobiliary events with repeated medically supervised ketamine]', source: 'Drug Saf 2021', year: 2021, doi: '10.1007/s40264-021-01120-9'},
  {key: 'dea1999', authors: 'Drug Enforcement Administration', title: 'Schedules of controlled substances: placement of ketamine into Schedule III (final rule, 64 FR 37673)', source: 'Federal Register, 13 July 1999', year: 1999, url: 'https://www.govinfo.gov/content/pkg/FR-1999-07-13/html/99-17803.htm'},
  {key: 'swiss-ketamine-info', authors: 'Swiss product information', title: 'Ketamine: contraindications', source: 'Swiss product information for professionals',
    note: {fr: 'Document officiel cité par son nom, sans lien.', en: 'Official document cited by name, without a link.'}},
  {key: 'fda2023compounded', authors: 'US Food and Drug Administration', title: 'FDA warns patients and health care providers about potential risks associated with compounded ketamine products, including oral formulations, for the treatment of psychiatric disorders (10 October 2023)', source: 'FDA', year: 2023},

  // Legal status
  {key: 'fr-stupefiant1997', authors: 'Sénat', title: '[Question écrite sur le classement de la kétamine comme stupéfiant (arrêtés du 8 août et du 4 décembre 1997)]', source: 'Sénat, questions écrites', year: 2001, url: 'https://www.senat.fr/questions/base/2001/qSEQ011035603.html'},
  {key: 'ansm2017', authors: 'ANSM', title: 'Inscription sur la liste des stupéfiants des préparations injectables à base de kétamine à compter du 24 avril 2017', source: 'Agence nationale de sécurité du médicament et des produits de santé', year: 2017, url: 'https://archive.ansm.sante.fr/afssaps/S-informer/Points-d-information-Points-d-information/Inscription-sur-la-liste-des-stupefiants-des-preparations-injectables-a-base-de-ketamine-a-compter-du-24-avril-2017-Point-d-Information'},
  {key: 'canada-cdsa2005', authors: 'Government of Canada', title: 'SOR/2005-270: ketamine listed in Schedule I of the Controlled Drugs and Substances Act', source: 'Canada Gazette, Part II, 21 September 2005', year: 2005},
  {key: 'emcdda2000', authors: 'European Monitoring Centre for Drugs and Drug Addiction (now EUDA)', title: '[Risk assessment of ketamine (September 2000)]', source: 'EMCDDA', year: 2000, url: 'https://www.euda.europa.eu/publications/risk-assessments/ketamine_en'},

  // Crisis lines
  {key: 'fr3114', authors: 'Service-Public.fr', title: '[3114, numéro national de prévention du suicide]', source: 'Direction de l’information légale et administrative', year: 2021, url: 'https://www.service-public.fr/particuliers/actualites/A15206'},
  {key: 'fr-emergency-numbers', authors: 'Service-Public.fr', title: '[Numéros d’urgence, fiche F33954]', source: 'Direction de l’information légale et administrative', url: 'https://www.service-public.fr/particuliers/vosdroits/F33954'},
  {key: 'ca988', authors: 'Government of Canada', title: 'Launch of 9-8-8, the three-digit Suicide Crisis Helpline (news release, 30 November 2023)', source: 'Public Health Agency of Canada', year: 2023},
  {key: 'us988', authors: '988 Suicide & Crisis Lifeline', title: '988 Suicide & Crisis Lifeline', source: 'SAMHSA / Vibrant Emotional Health', url: 'https://988lifeline.org'},
  {key: 'samaritans', authors: 'Samaritans', title: 'Contact a Samaritan', source: 'Samaritans', url: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/'},

  // Quality of health information
  {key: 'discern1999', authors: 'Charnock D, Shepperd S, Needham G, Gann R', title: 'DISCERN: an instrument for judging the quality of written consumer health information on treatment choices', source: 'J Epidemiol Community Health 1999;53(2):105-111', year: 1999, doi: '10.1136/jech.53.2.105', pmid: '10396471'},
  {key: 'silberg1997', authors: 'Silberg WM, et al.', title: '[Benchmark criteria for judging medical information on the Internet: authorship, attribution, disclosure, currency]', source: 'JAMA 1997;277(15):1244-1245', year: 1997, doi: '10.1001/jama.1997.03540390074039'},
  {key: 'pemat2014', authors: 'Shoemaker SJ, Wolf MS, Brach C', title: '[Development and validation of the Patient Education Materials Assessment Tool (PEMAT)]', source: 'Patient Educ Couns 2014', year: 2014, doi: '10.1016/j.pec.2014.05.027'},
  {key: 'flesch-formula', authors: 'US Department of Veterans Affairs, HSR&D', title: 'Flesch Reading Ease and Flesch-Kincaid Grade Level formulas', source: 'Measurement instrument description'},
  {key: 'kandel-moles', authors: 'Chappuy H, URC Paris Centre', title: '[Lisibilité des documents d’information des patients : grille d’interprétation du score de Kandel et Moles]', source: 'Unité de recherche clinique Paris Centre', url: 'https://www.recherchecliniquepariscentre.fr/?page_id=8088&lang=en'},
];

/** References by key, for citations and the evidence table. */
export const referenceByKey = new Map(references.map((r) => [r.key, r]));
