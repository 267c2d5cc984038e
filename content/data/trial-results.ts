/**
 * Key trial results as numbers (% of people with the outcome in each group), written once. The options
 * table (treatment-options.ts) and the icon arrays (key-figures.ts) both read them, so a figure is never
 * typed twice. Each traces to the project's evidence sheet (section in the comment).
 */
export const trialResults = {
  /** Pooled TRANSFORM post hoc, response at day 28 (evidence sheet §2E). */
  transformResponse: {ref: 'turkoz2021', esketamine: 58.7, placebo: 45.2},
  /** SUSTAIN-1, relapse among 176 people in stable remission (§15B). */
  sustain1Relapse: {ref: 'sustain1-daly2019', people: 176, esketamine: 26.7, placebo: 45.3},
  /** KetECT, remission in 186 inpatients (§8E). */
  ketectRemission: {ref: 'ketect2022', people: 186, ect: 63, ketamine: 46},
  /** ELEKT-D, response; 403 randomised, 365 treated (§8E). */
  elektdResponse: {ref: 'elektd2023', randomised: 403, treated: 365, ketamine: 55.4, ect: 41.2},
  /** Amitriptyline Cochrane review, substantial pain relief: 4 studies, 275 people, GRADE very low (§7C). */
  amitriptylineRelief: {ref: 'moore2015amitriptyline', studies: 4, people: 275, amitriptyline: 36, placebo: 11},
  /** Amitriptyline Cochrane review, at least one adverse event (§7C). */
  amitriptylineAdverse: {ref: 'moore2015amitriptyline', amitriptyline: 78, placebo: 47},
  /** Pregabalin 450 mg/day Cochrane review, side effects (§7C). */
  pregabalinHarms: {ref: 'derry2016pregabalin', dizziness: {pregabalin: 39, placebo: 9}, sleepiness: {pregabalin: 28, placebo: 8}},
  /** NICE IPG542 safety: 40 trials, 1,592 people; high-frequency rTMS vs sham (§21). */
  rtmsHarms: {ref: 'nice-ipg542', trials: 40, people: 1592, headache: {rtms: 10, sham: 3}, scalp: {rtms: 9, sham: 2}, twitching: {rtms: 2, sham: 0}},
  /** ECT: memory difficulties reported by at least 1 in 3 people (Beyond Blue, §21). */
  ectMemory: {ref: 'beyondblue-ect', atLeastOneIn: 3},
  /** IV ketamine, 2016 dose-frequency trial: headache, anxiety, dissociation, nausea, dizziness each in at least 20% (§3A). */
  ivKetamineCommon: {ref: 'ajp2016frequency', atLeast: 20},
  /** OKAPI French pain-clinic cohort: adverse events in 50% (108 of 218) at 1 week (§1B B10). */
  okapiAdverse: {ref: 'okapi2022', people: 218, events: 108, percent: 50},
  /** ELEKT-D remission, as compared with KetECT's by its authors: ECT 22%, ketamine 38% (§8E, Ekstrand 2024). */
  elektdRemission: {ref: 'ekstrand2024', ect: 22, ketamine: 38},
  /** STAR*D remission by step, and the disputed cumulative count (§8B). */
  stard: {ref: 'stard2006', step3: 13.7, step4: 13.0, cumulativeReported: 67, cumulativeReanalysis: 35},
  /** Untreated depression in primary care, remission within 3 and 12 months (§8C; mostly mild to moderate). */
  whiteford: {ref: 'whiteford2013', months3: 23, months12: 53},
  /** Fibromyalgia over about 4 years in 1,555 US patients, as reported (§7F, secondary). */
  walitt: {ref: 'walitt2011', people: 1555, substantial: 10, moderate: 14, none: 54, worse: 35.9},
  /** Amitriptyline Cochrane review: stopping because of side effects (§7C). */
  amitriptylineWithdrawal: {ref: 'moore2015amitriptyline', amitriptyline: 8, placebo: 9},
  /** Pregabalin 450 mg/day: NNT 9.7 (7.2 to 15) for pain halved, NNH 11 for stopping (§7C, summary). */
  pregabalinNnt: {ref: 'derry2016pregabalin', nnt: 9.7, low: 7.2, high: 15, nnh: 11},
} as const;

/** The lowest and highest of two trials' results, as whole numbers in 100: [22, 63]. */
export const spread = (a: number, b: number) => [inHundred(Math.min(a, b)), inHundred(Math.max(a, b))] as const;

/** A percentage as a whole number of people in 100: 58.7 -> 59. */
export const inHundred = (percent: number) => Math.min(100, Math.max(0, Math.round(percent)));
