// The deployment check behind `npm run check:publication` (and `PUBLICATION_STRICT=1 npm run build`): what a
// real deployment must have before it goes live. Pure, so tests give it any publication, pages and env.
import path from 'node:path';
import {loadPublication, publicationFile, type Env, type Publication} from './publication';
import {pageRecords, reviewState, today, type PageRecord} from './review';

export type Problem = {kind: 'field' | 'site-url' | 'reviewer'; short: string; message: string};

/** Fields French law (LCEN, art. 6) asks a publisher to show, plus the contacts the site's pages promise. */
export const requiredFields: {path: string; label: string; get: (p: Publication) => unknown}[] = [
  {path: 'publisher.name', label: "the publisher's name", get: (p) => p.publisher.name},
  {path: 'publisher.address', label: "the publisher's address", get: (p) => p.publisher.address},
  {path: 'director', label: 'the director of publication', get: (p) => p.director},
  {path: 'host.name', label: "the host's name", get: (p) => p.host.name},
  {path: 'host.address', label: "the host's address", get: (p) => p.host.address},
  {path: 'host.phone', label: "the host's telephone", get: (p) => p.host.phone},
  {path: 'contacts.corrections', label: 'the contact address for corrections', get: (p) => p.contacts.corrections},
  {path: 'contacts.accessibility', label: 'the contact address for accessibility', get: (p) => p.contacts.accessibility},
  {path: 'contacts.privacy', label: 'the contact address for privacy', get: (p) => p.contacts.privacy},
];

const localHosts = /^(localhost|127(?:\.\d+){3}|0\.0\.0\.0|\[::1?\])$/i;

export function publicationProblems(pub: Publication, records: PageRecord[], file: string, env: Env = process.env): Problem[] {
  const problems: Problem[] = [];
  for (const f of requiredFields) {
    if (!f.get(pub)) problems.push({kind: 'field', short: f.label, message: `${file}: "${f.path}" is empty: ${f.label} (required before publishing)`});
  }
  const url = env.SITE_URL?.trim();
  if (!url) {
    problems.push({kind: 'site-url', short: 'SITE_URL is unset', message: 'SITE_URL is unset: canonical links, the sitemap and handout QR codes would point at http://localhost:3000'});
  } else {
    let host: string | undefined;
    try {
      host = new URL(url).hostname;
    } catch {
      problems.push({kind: 'site-url', short: 'SITE_URL is not a URL', message: `SITE_URL="${url}" is not a URL (expected e.g. https://guide.example.org)`});
    }
    if (host !== undefined && localHosts.test(host)) {
      problems.push({kind: 'site-url', short: `SITE_URL points at ${host}`, message: `SITE_URL="${url}" points at ${host}: canonical links, the sitemap and handout QR codes would not work for readers`});
    }
  }
  for (const r of records) {
    if (r.patient && !r.frontmatter.reviewers?.length) {
      problems.push({kind: 'reviewer', short: r.file, message: `${r.file}: patient page without a named medical reviewer (frontmatter "reviewers", ids from ${file})`});
    }
  }
  return problems;
}

/** One paragraph for the build log, listing what is missing. */
export function warningParagraph(problems: Problem[], file: string): string {
  const fields = problems.filter((p) => p.kind === 'field').map((p) => p.short);
  const url = problems.filter((p) => p.kind === 'site-url').map((p) => p.short);
  const reviewers = problems.filter((p) => p.kind === 'reviewer').length;
  const parts = [
    ...(fields.length ? [`${fields.join(', ')} ${fields.length === 1 ? 'is' : 'are'} not filled in (${file})`] : []),
    ...url.map((u) => `${u}, so canonical links and handout QR codes point at the wrong address`),
    ...(reviewers ? [`${reviewers} patient page${reviewers === 1 ? ' has' : 's have'} no named medical reviewer`] : []),
  ];
  return (
    `Publication check: this build is fine for local use but not ready to publish: ${parts.join('; ')}. ` +
    'Run `npm run check:publication` for the full list; `PUBLICATION_STRICT=1 npm run build` fails until it passes.'
  );
}

type Out = {log: (s: string) => void; error: (s: string) => void};

/**
 * `npm run check:publication` (and, with `build`, the first step of `npm run build`): the exit code, and
 * the report written to `out`. Under `build` without PUBLICATION_STRICT=1, problems only print a warning.
 */
export function runPublicationCheck({build = false, env = process.env, out = console}: {build?: boolean; env?: Env; out?: Out} = {}): number {
  const file = path.relative(process.cwd(), publicationFile(env));
  let problems: Problem[];
  try {
    problems = publicationProblems(loadPublication(publicationFile(env), env), pageRecords(), file, env);
  } catch (e) {
    out.error(`check:publication: ${(e as Error).message}`);
    return 1;
  }
  if (!problems.length) {
    out.log(`check:publication: ready to publish (${file}, SITE_URL=${env.SITE_URL}).`);
    return 0;
  }
  if (build && env.PUBLICATION_STRICT !== '1') {
    out.error(`\n${warningParagraph(problems, file)}\n`);
    return 0;
  }
  out.error(`check:publication: ${problems.length} problem${problems.length === 1 ? '' : 's'} before this site can be published:`);
  for (const p of problems) out.error(`  - ${p.message}`);
  if (build) out.error('PUBLICATION_STRICT=1: the build stops here.');
  return 1;
}

/**
 * `npm run review-status`: every page and locale with its last and next review, its medical reviewer and
 * its state on `on`; exit code 1 when a page is overdue (for a cron job).
 */
export function reviewStatusReport(on: string, pub: Publication, records: PageRecord[], fixedClock = false): {text: string; code: number} {
  const name = (id: string) => pub.team.find((p) => p.id === id)?.name ?? id;
  const rows = records.map((r) => {
    const s = reviewState(r.frontmatter.nextReview, on);
    const reviewers = r.frontmatter.reviewers?.map(name).join(', ') || (r.patient ? 'none named' : '(site page)');
    const status = s.state === 'overdue' ? `OVERDUE by ${s.daysLate} day${s.daysLate === 1 ? '' : 's'}` : s.state === 'due-soon' ? `due in ${s.daysLeft} day${s.daysLeft === 1 ? '' : 's'}` : 'ok';
    return {cells: [r.id, r.locale, r.frontmatter.reviewedOn && r.frontmatter.reviewedOn !== r.frontmatter.lastReviewed ? `${r.frontmatter.lastReviewed} (medical ${r.frontmatter.reviewedOn})` : r.frontmatter.lastReviewed, r.frontmatter.nextReview, reviewers, status], state: s.state};
  });
  const header = ['page', 'locale', 'last review', 'next review', 'medical reviewer', 'status'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r.cells[i].length)));
  const fmt = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  const overdue = rows.filter((r) => r.state === 'overdue').length;
  const soon = rows.filter((r) => r.state === 'due-soon').length;
  const lines = [
    `Review status on ${on}${fixedClock ? ' (REVIEW_CLOCK)' : ''}`,
    fmt(header),
    ...rows.map((r) => fmt(r.cells)),
    `${rows.length} pages: ${overdue} overdue, ${soon} due within 30 days.`,
  ];
  return {text: lines.join('\n'), code: overdue ? 1 : 0};
}

/** The review report for the current content, publication file and clock. */
export function currentReviewStatus(env: Env = process.env) {
  return reviewStatusReport(today(env), loadPublication(publicationFile(env), env), pageRecords(), Boolean(env.REVIEW_CLOCK?.trim()));
}
