// The JAMA benchmarks (Silberg et al. 1997) the site meets, computed from what is filled in, so the sources
// page never claims more than the pages show.
import type {Publication} from './publication';
import type {PageRecord} from './review';

export const benchmarks = ['authorship', 'attribution', 'disclosure', 'currency'] as const;
export type Benchmark = (typeof benchmarks)[number];

export function jamaBenchmarks(pub: Publication, records: Pick<PageRecord, 'frontmatter'>[]): Record<Benchmark, boolean> {
  const credentialed = (id: string) => Boolean(pub.team.find((p) => p.id === id)?.credentials);
  return {
    // Who wrote it, with what training: every page names at least one author, each with credentials.
    authorship: records.length > 0 && records.every((r) => (r.frontmatter.authors?.length ?? 0) > 0 && r.frontmatter.authors!.every(credentialed)),
    // Where the facts come from: enforced by the build (every medical fact cites a reference; lists on each page).
    attribution: true,
    // Who owns the site and who pays for it (team members' interests are required by the schema).
    disclosure: Boolean(pub.publisher.name && pub.funding),
    // When it was last updated: every page shows its review dates (required frontmatter).
    currency: records.every((r) => Boolean(r.frontmatter.lastReviewed)),
  };
}
