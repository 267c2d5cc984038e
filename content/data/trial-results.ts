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
} as const;

/** A percentage as a whole number of people in 100: 58.7 -> 59. */
export const inHundred = (percent: number) => Math.min(100, Math.max(0, Math.round(percent)));
