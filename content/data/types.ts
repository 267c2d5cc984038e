/** Text written once per locale. Every user-visible string in content/data uses it. */
export type Localized = {fr: string; en: string};

/** What kind of document a reference is; shown in the reference list so a reader can weigh it. */
export type SourceType =
  | 'journal-article'
  | 'systematic-review'
  | 'guideline'
  | 'regulator-label'
  | 'government'
  | 'news'
  | 'manufacturer'
  /** A charity's, association's or service's own page (Samaritans, NAMI, a patient association). */
  | 'organisation';

/** One bibliographic reference, cited from MDX by its key with <Cite id="key" />. */
export type Reference = {
  key: string;
  /** The true kind of document (journal article, systematic review, guideline, regulator or label...). */
  sourceType: SourceType;
  /** Authors as printed, e.g. "Noppers I, Niesters M, et al." or an organisation ("Haute Autorité de santé"). */
  authors?: string;
  /** Title in the original language of the document; or, when the exact title was not verified, a plain
   *  description of the document in both languages. */
  title: string | Localized;
  /** Journal, publisher or issuing body with volume/pages when known, e.g. "Eur J Pain 2011;15(9):942-9". */
  source?: string;
  /** Year of the document, only when verified. */
  year?: number;
  doi?: string;
  pmid?: string;
  /** Only a primary record or an official page (regulator, government, publisher). Never a mirror. */
  url?: string;
  /** Optional short note shown after the reference, in both languages (e.g. "protocol only, no results"). */
  note?: Localized;
  /** The company that paid for the study when it makes the treatment studied (shown as a flag wherever the
   *  study is cited: reference lists, options table, icon arrays). Only as the evidence sheet states it. */
  fundedBy?: string;
};

/** Strength labels for the evidence table, rendered with translated text. */
export type EvidenceStrength =
  | 'systematic-review'
  | 'randomised-trial'
  | 'small-controlled-study'
  | 'observational'
  | 'case-series'
  | 'single-case'
  | 'protocol-no-results'
  | 'guideline'
  | 'hta-review';

/** One row of the fibromyalgia evidence table. */
export type EvidenceRow = {
  /** Key of the study in references.ts (gives authors, year, journal and the DOI/PMID link). */
  ref: string;
  design: Localized;
  /** Number of patients as text, e.g. "24" or "115 (6 studies)" / "115 (6 études)". */
  patients: Localized;
  given: Localized;
  /** The result in one plain sentence (two at most): what a reader on a phone sees without opening the details. */
  result: Localized;
  /** The full result with its exact figures (behind the row's details). */
  found: Localized;
  followUp: Localized;
  strength: EvidenceStrength;
};

/** One row of the side-effect table (esketamine trials). Percentages as numbers. */
export type SideEffectRow = {
  /** Stable id when other data refers to the row (content/data/key-figures.ts). */
  id?: string;
  effect: Localized;
  esketamine: number;
  placebo: number;
  /** What to do, only where a source supports the advice: wait, tell the team, or call for help. */
  action?: {kind: 'wait' | 'tell-team' | 'call-help'; text: Localized; refs: string[]};
};

/** One crisis line. `tel` is the dialable number for the tel: link (digits only, or +country form). */
export type CrisisLine = {
  country: 'fr' | 'be' | 'ch' | 'ca' | 'us' | 'uk-ie';
  /** 'crisis': a suicide-prevention or listening line; 'emergency': ambulance, police or the general emergency
   *  number; 'access': an emergency route for people who cannot call (France's 114 by text or video). */
  role: 'crisis' | 'emergency' | 'access';
  /** The number as people write it, e.g. "3114", "9-8-8", "116 123". */
  display: string;
  tel: string;
  /** Also reachable by SMS (same number) */
  sms?: boolean;
  name: Localized;
  /** The language the name is written in when it stays in that language on the other locale's pages (a proper
   *  name such as "988 Suicide & Crisis Lifeline"): rendered as lang="..." there. */
  nameLang?: 'fr' | 'en';
  /** When to use it, one or two short sentences. */
  when: Localized;
  /** Reference key(s) that verify this line. */
  refs: string[];
};
