import {z} from 'zod';

const isoDay = z
  .string({error: 'expected an ISO date such as 2026-11-24'})
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date such as 2026-11-24')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'not a real calendar date');

const text = (min: number, max: number) =>
  z.string({error: 'expected text'}).trim().min(min, `must be at least ${min} characters`).max(max, `must be at most ${max} characters`);

const personId = z
  .string({error: 'expected a person id from content/publication.yaml'})
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a person id from content/publication.yaml (lowercase kebab-case)');

/** The frontmatter every content/<locale>/<page-id>.mdx must carry; checked at build time. */
export const frontmatterSchema = z
  .strictObject({
    title: text(3, 70),
    description: text(50, 170),
    summary: text(10, 400),
    lastReviewed: isoDay,
    nextReview: isoDay,
    keyPoints: z.array(text(5, 300)).min(3, 'needs at least 3 points').max(8, 'at most 8 points').optional(),
    questions: z.array(text(5, 300)).min(1).max(10).optional(),
    // Who stands behind the page: ids of the team in content/publication.yaml (checked by the loader).
    authors: z.array(personId).min(1).max(6).optional(),
    reviewers: z.array(personId).min(1).max(6).optional(),
    /** Date of the medical review by `reviewers` (defaults to lastReviewed). */
    reviewedOn: isoDay.optional(),
    /** Short dated log of what changed on the page, e.g. {date: 2026-12-10, note: "added the nasal spray steps"}. */
    /** Decision aids only (the two options pages): the decision in one plain sentence, shown at the top with the
     *  update policy and the site's funding (components/content/DecisionAid.tsx). */
    decision: text(20, 300).optional(),
    /** Urgent help only: the crisis numbers right under the title, the byline, dates and disclaimer after them. */
    numbersFirst: z.boolean().optional(),
    changes: z.array(z.strictObject({date: isoDay, note: text(5, 200)})).max(30, 'at most 30 entries').optional(),
  })
  .refine((f) => f.nextReview > f.lastReviewed, {path: ['nextReview'], message: 'must be after lastReviewed'})
  .refine((f) => !f.reviewedOn || f.reviewers, {path: ['reviewedOn'], message: 'needs reviewers (who did the medical review)'})
  .refine((f) => !f.reviewedOn || f.reviewedOn <= f.lastReviewed, {path: ['reviewedOn'], message: 'must not be after lastReviewed'})
  .refine((f) => !f.reviewedOn || f.reviewedOn < f.nextReview, {path: ['reviewedOn'], message: 'must be before nextReview'});

export type Frontmatter = z.infer<typeof frontmatterSchema>;

/**
 * The component tags authors may use in MDX: the one list. components/mdx/registry.tsx must render exactly
 * these (its type is derived from this list: a tag missing there, or one it adds, fails the type check).
 */
export const componentTags = [
  'RetentionPeriod',
  'Callout', 'UrgentHelp', 'PhaseTimeline', 'EvidenceTable', 'SideEffectsTable', 'Cite', 'PageDirectory',
  'ReferralEmails', 'ReferralBuilder', 'PublisherDetails', 'ContactEmail', 'Bibliography', 'OptionsTable', 'Worksheet', 'JamaBenchmarks', 'Contraindications', 'OtherHelp', 'Term', 'GlossaryList', 'IconArray', 'SafetyFact', 'CostByCountry', 'OptionHarms', 'SpraySteps', 'EsketamineSchedule', 'WhenToCall',
] as const;
export type ComponentTag = (typeof componentTags)[number];

/** The few HTML tags authors may write as JSX in MDX. */
export const htmlTags = ['abbr', 'br', 'details', 'summary'] as const;

/** Every JSX tag allowed in MDX (content/remark-site.ts refuses any other). */
export const allowedTags = [...componentTags, ...htmlTags] as const;

/** Tag props written in the page's language (compared across languages by presence, not value). */
export const localizedProps: readonly string[] = ['title'];

/** Heading ids: lowercase kebab-case, the same in both languages. */
export const headingIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
