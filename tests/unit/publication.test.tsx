// Who stands behind each page: the publication file, per-page review records, claims computed from what is
// filled in, overdue reviews with a fixed clock, and the deployment check. Two states, both languages:
// the shipped file (nothing filled in) and a FICTIONAL fixture (tests/fixtures/publication.fixture.yaml)
// with a copy of the content that names its fictional people.
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {renderToStaticMarkup} from 'react-dom/server';
import {cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {spawnSync} from 'node:child_process';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {locales, pageIds, patientPages, type Locale} from '@/app/_i18n/pages';

const total = pageIds.length * locales.length;
const patientTotal = patientPages.length * locales.length;
/** Missing legal fields and contacts (9) + SITE_URL (1) + one per patient page and locale. */
const shippedProblems = 9 + 1 + patientTotal;
import {loadPublication, parsePublication, publication, PublicationError} from '@/app/_lib/publication';
import {overdueCss, pageRecords, reviewState, today} from '@/app/_lib/review';
import {jamaBenchmarks} from '@/app/_lib/benchmarks';
import {currentReviewStatus, publicationProblems, runPublicationCheck, warningParagraph} from '@/app/_lib/publication-check';
import {parseFrontmatter, loadPage} from '@/content/load';
import {PageMeta, lastChanged} from '@/components/content/PageMeta';
import {PageRecord} from '@/components/content/PageRecord';
import {PublisherDetails} from '@/components/content/PublisherDetails';
import {ContactEmail} from '@/components/content/ContactEmail';
import {JamaBenchmarks} from '@/components/content/JamaBenchmarks';
import {ReviewNotice, ReviewNoticesLink} from '@/components/content/ReviewNotice';
import {PageTemplate} from '@/components/layout/PageTemplate';
import {HandoutTemplate} from '@/components/layout/HandoutTemplate';
import {reviewNoticesAnswer as reviewNoticesCss} from '@/app/_server/review-notices';
import {withEnv} from '../helpers/env';

const html = (el: React.ReactElement) => renderToStaticMarkup(el);
const root = process.cwd();
const fixture = path.join(root, 'tests/fixtures/publication.fixture.yaml');
const shipped = path.join(root, 'content/publication.yaml');


/** Does the overdue stylesheet for `on` reveal a notice due on `due`? (Reads the selectors it wrote.) */
function reveals(css: string, due: string): boolean {
  return [...css.matchAll(/\[data-due(\^?)="([^"]+)"\]/g)].some(([, prefix, v]) => (prefix ? due.startsWith(v) : due === v));
}

const fixtureFrontmatter = (source: string, patient: boolean) =>
  source.replace(/^nextReview: .*\n/m, (m) => `${m}authors: [alex-fictif]\n${patient ? 'reviewers: [dominique-exemple]\nreviewedOn: 2026-11-20\n' : ''}`);

describe('the publication file', () => {
  it('the shipped file is valid and fills in no one', () => {
    const pub = loadPublication(shipped, {});
    expect(pub.publisher).toEqual({});
    expect(pub.host).toEqual({});
    expect(pub.contacts).toEqual({});
    expect(pub.director).toBeUndefined();
    expect(pub.funding).toBeUndefined();
    expect(pub.team).toEqual([]);
  });

  it('the fixture is marked FICTIONAL and parses with its fictional team', () => {
    expect(readFileSync(fixture, 'utf8').split('\n')[0]).toBe('# FICTIONAL: test fixture, never shipped.');
    const pub = loadPublication(fixture, {});
    expect(pub.team.map((p) => p.id)).toEqual(['alex-fictif', 'dominique-exemple']);
    expect(pub.contacts.privacy).toBe('donnees@example.test');
  });

  it('errors name the file and the field', () => {
    const bad = (yaml: string) => () => parsePublication(yaml, 'content/publication.yaml', {});
    expect(bad('contacts:\n  privacy: not-an-email\n')).toThrow(/content\/publication\.yaml: field "contacts\.privacy": expected an email address/);
    expect(bad('publisher:\n  nmae: X\n')).toThrow(/content\/publication\.yaml: field "publisher\.nmae": unknown field/);
    expect(bad('team:\n  - {id: a, name: A, roles: [medical-reviewer], interests: "x"}\n')).toThrow(/field "team\.0\.credentials": required for a medical reviewer/);
    expect(bad('team:\n  - {id: a, name: A, roles: [author], interests: "x"}\n  - {id: a, name: B, roles: [author], interests: "y"}\n')).toThrow(/field "team\.1\.id": duplicate id "a"/);
    expect(bad('team:\n  - {id: a, name: A, roles: [author]}\n')).toThrow(/field "team\.0\.interests"/);
    expect(bad('team:\n  - {id: a, name: A, roles: [boss], interests: "x"}\n')).toThrow(/field "team\.0\.roles\.0": expected one of author, medical-reviewer, editor/);
    expect(bad('publisher: [\n')).toThrow(PublicationError);
  });

  it('environment variables override single values, and an invalid one is named', () => {
    const pub = parsePublication('publisher:\n  name: From file\n', 'f.yaml', {PUBLICATION_PUBLISHER_NAME: 'From env', PUBLICATION_CONTACT_PRIVACY: 'p@example.test'});
    expect(pub.publisher.name).toBe('From env');
    expect(pub.contacts.privacy).toBe('p@example.test');
    expect(() => parsePublication('', 'f.yaml', {PUBLICATION_CONTACT_CORRECTIONS: 'nope'})).toThrow(
      /environment variable PUBLICATION_CONTACT_CORRECTIONS \(field "contacts\.corrections"\): expected an email address/,
    );
  });

  it('frontmatter people: unknown ids and wrong roles fail naming file and field', () => {
    const page = (extra: string) => `---\ntitle: "Un titre"\ndescription: "${'d'.repeat(60)}"\nsummary: "Un résumé."\nlastReviewed: 2026-11-25\nnextReview: 2027-11-25\n${extra}---\nbody\n`;
    withEnv({PUBLICATION_FILE: shipped}, () => {
      expect(() => parseFrontmatter(page('authors: [nobody]\n'), 'content/fr/faq.mdx')).toThrow(
        /content\/fr\/faq\.mdx: frontmatter field "authors\.0": unknown id "nobody" \(not in the team of content\/publication\.yaml\)/,
      );
    });
    withEnv({PUBLICATION_FILE: fixture}, () => {
      expect(parseFrontmatter(page('authors: [alex-fictif]\nreviewers: [dominique-exemple]\n'), 'x.mdx').frontmatter.reviewers).toEqual(['dominique-exemple']);
      expect(() => parseFrontmatter(page('reviewers: [alex-fictif]\n'), 'x.mdx')).toThrow(/field "reviewers\.0": "alex-fictif" does not have the role "medical-reviewer"/);
    });
    expect(() => parseFrontmatter(page('reviewedOn: 2026-11-20\n'), 'x.mdx')).toThrow(/field "reviewedOn": needs reviewers/);
    expect(() => parseFrontmatter(page('changes:\n  - {date: 2026-13-01, note: "Something changed."}\n'), 'x.mdx')).toThrow(/field "changes\.0\.date"/);
  });

  it('every shipped page has an honest first change-log entry and names no one', () => {
    for (const r of pageRecords()) {
      expect(r.frontmatter.changes?.length, r.file).toBeGreaterThanOrEqual(1);
      expect(r.frontmatter.authors, r.file).toBeUndefined();
      expect(r.frontmatter.reviewers, r.file).toBeUndefined();
    }
  });
});

describe('overdue reviews, with a fixed clock', () => {
  it('today() reads REVIEW_CLOCK and rejects a malformed one', () => {
    expect(today({REVIEW_CLOCK: '2028-01-01'})).toBe('2028-01-01');
    expect(() => today({REVIEW_CLOCK: '01/01/2028'})).toThrow(/REVIEW_CLOCK/);
  });

  it('reviewState: overdue once the day has passed, due soon within 30 days', () => {
    expect(reviewState('2027-11-25', '2027-11-26')).toEqual({state: 'overdue', daysLate: 1});
    expect(reviewState('2027-11-25', '2027-11-25')).toEqual({state: 'due-soon', daysLeft: 0});
    expect(reviewState('2027-11-25', '2027-10-26')).toEqual({state: 'due-soon', daysLeft: 30});
    expect(reviewState('2027-11-25', '2027-10-25')).toEqual({state: 'ok', daysLeft: 31});
  });

  it('the stylesheet reveals exactly the notices whose date has passed', () => {
    const cases: [string, string, boolean][] = [
      ['2027-11-26', '2027-11-25', true],
      ['2027-11-25', '2027-11-25', false],
      ['2027-11-25', '2027-11-24', true],
      ['2028-01-01', '2027-11-25', true],
      ['2028-01-01', '2027-12-31', true],
      ['2028-01-01', '2028-01-01', false],
      ['2028-03-10', '2028-02-29', true],
      ['2028-03-10', '2028-03-09', true],
      ['2028-03-10', '2028-03-10', false],
      ['2028-03-10', '2028-03-11', false],
      ['2028-03-10', '2029-01-01', false],
      ['2027-06-01', '2021-05-05', true],
    ];
    for (const [on, due, shown] of cases) expect(reveals(overdueCss(on), due), `${due} on ${on}`).toBe(shown);
    expect(overdueCss('2028-01-01')).toContain('display: block !important');
    // Inside Tailwind's base layer, or its layered [hidden] {display: none !important} would win.
    expect(overdueCss('2028-01-01')).toMatch(/^@layer base \{$/m);
  });

  it('/review-notices.css is computed from the clock, as CSS, cacheable for an hour', async () => {
    const res = withEnv({REVIEW_CLOCK: '2028-01-01'}, () => reviewNoticesCss());
    expect(res.headers['Content-Type']).toBe('text/css; charset=utf-8');
    expect(res.headers['Cache-Control']).toContain('max-age=3600');
    const css = String(res.body);
    expect(reveals(css, '2027-11-25')).toBe(true);
    const earlier = String(withEnv({REVIEW_CLOCK: '2027-11-25'}, () => reviewNoticesCss()).body);
    expect(reveals(earlier, '2027-11-25')).toBe(false);
  });

  it.each(locales)('the notice is in the page, hidden, dated and localized (%s)', (locale) => {
    const out = html(<ReviewNotice locale={locale} nextReview="2027-11-25" />);
    expect(out).toMatch(/<p class="review-overdue[^"]*" data-due="2027-11-25" hidden="">/);
    expect(out).toContain(
      locale === 'fr'
        ? 'Cette page devait être relue le 25 novembre 2027 ; certaines informations ne sont peut-être plus à jour.'
        : 'This page was due for review on 25 November 2027; its facts may be out of date.',
    );
    // The stylesheet that reveals it is linked once, at the end of the page (it holds up no first paint).
    expect(html(<ReviewNoticesLink />)).toBe('<link rel="stylesheet" href="/review-notices.css" data-review-notices=""/>');
  });

  it('review-status lists every page and locale and fails when one is overdue', () => {
    const late = currentReviewStatus({PUBLICATION_FILE: shipped, REVIEW_CLOCK: '2028-01-01'});
    expect(late.code).toBe(1);
    expect(late.text).toContain('Review status on 2028-01-01 (REVIEW_CLOCK)');
    expect(late.text).toMatch(/^session\s+fr\s+2026-11-25\s+2027-11-25\s+none named\s+OVERDUE by 37 days$/m);
    expect(late.text).toMatch(/^legal-notice\s+en\s+.*\(site page\)\s+OVERDUE/m);
    expect(late.text).toContain(`${total} pages: ${total} overdue, 0 due within 30 days.`);
    const soon = currentReviewStatus({PUBLICATION_FILE: shipped, REVIEW_CLOCK: '2027-11-01'});
    expect(soon.code).toBe(0);
    expect(soon.text).toMatch(/^faq\s+en\s+.*due in 24 days$/m);
    const dueSoon = pageRecords().filter((r) => reviewState(r.frontmatter.nextReview, '2027-11-01').state === 'due-soon').length;
    expect(dueSoon).toBeGreaterThan(0);
    expect(soon.text).toContain(`${total} pages: 0 overdue, ${dueSoon} due within 30 days.`);
    expect(currentReviewStatus({PUBLICATION_FILE: shipped, REVIEW_CLOCK: '2026-12-01'}).text).toContain(`${total} pages: 0 overdue, 0 due within 30 days.`);
  });

  it('npm run review-status exits 1 for a cron job when a page is overdue', () => {
    const r = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'app/_build/review-status.ts'], {encoding: 'utf8', env: {...process.env, PUBLICATION_FILE: shipped, REVIEW_CLOCK: '2028-01-01'}});
    expect(r.stdout).toContain(`${total} overdue`);
    expect(r.status).toBe(1);
  }, 120_000);
});

describe.each(locales)('shipped state, nothing filled in (%s)', (locale: Locale) => {
  beforeAll(() => {
    process.env.PUBLICATION_FILE = shipped;
  });

  it('PageMeta says in one short line that no one is named yet, and links to how the guide is made', () => {
    const out = html(<PageMeta locale={locale} lastReviewed="2026-11-25" nextReview="2027-11-25" people={{}} medical />);
    expect(out).toContain(locale === 'fr' ? 'Auteurs et relecteurs : pas encore nommés.' : 'Authors and reviewers: not yet named.');
    expect(out).toContain(`href="${locale === 'fr' ? '/fr/sources' : '/en/sources'}#how-we-write"`);
    expect(out.match(/<p/g)).toHaveLength(4); // who, dates, the hidden overdue notice, disclaimer
    expect(html(<PageMeta locale={locale} lastReviewed="2026-11-25" nextReview="2027-11-25" />)).not.toMatch(/Relecture médicale|Medical review/);
  });

  it('PageMeta: when the page last changed beside when it was reviewed, on one line', () => {
    const same = html(<PageMeta locale={locale} lastReviewed="2026-11-25" nextReview="2027-11-25" changed="2026-11-25" />);
    expect(same).toContain(locale === 'fr' ? 'Mis à jour et relu le <time dateTime="2026-11-25">25 novembre 2026</time>' : 'Updated and reviewed on <time dateTime="2026-11-25">25 November 2026</time>');
    const later = html(<PageMeta locale={locale} lastReviewed="2026-11-25" nextReview="2027-11-25" changed="2026-12-03" />);
    expect(later).toContain(locale === 'fr' ? 'Mis à jour le <time dateTime="2026-12-03">3 décembre 2026</time> · Relu le <time dateTime="2026-11-25">25 novembre 2026</time>' : 'Updated on <time dateTime="2026-12-03">3 December 2026</time> · Reviewed on <time dateTime="2026-11-25">25 November 2026</time>');
    expect(lastChanged({lastReviewed: '2026-11-25', changes: [{date: '2026-11-25'}, {date: '2026-12-02'}, {date: '2026-11-30'}]})).toBe('2026-12-02');
    expect(lastChanged({lastReviewed: '2026-11-25'})).toBe('2026-11-25');
  });

  it('PageRecord: nobody named, and the change log', () => {
    const out = html(<PageRecord locale={locale} frontmatter={{title: 't', description: 'd', summary: 's', lastReviewed: '2026-11-25', nextReview: '2027-11-25', changes: [{date: '2026-11-25', note: 'First.'}, {date: '2026-12-10', note: 'Second.'}]}} />);
    expect(out).toContain(locale === 'fr' ? 'À propos de cette page' : 'About this page');
    expect(out).toContain(locale === 'fr' ? 'ne sont pas encore nommées' : 'are not yet named');
    expect(out).toContain(locale === 'fr' ? 'Historique des modifications' : 'Change log');
    // Newest first.
    expect(out.indexOf('Second.')).toBeLessThan(out.indexOf('First.'));
    expect(out).toContain('dateTime="2026-12-10"');
  });

  it('PublisherDetails: every legal field and contact says it is not filled in', () => {
    const out = html(<PublisherDetails locale={locale} />);
    const notYet = locale === 'fr' ? 'Pas encore renseigné par l’exploitant du site' : 'Not yet filled in by the site&#x27;s operator';
    expect(out.split(notYet).length - 1).toBe(12);
    expect(out).toContain(locale === 'fr' ? 'Personne n’est encore nommé' : 'No one named yet');
    expect(out).not.toContain('mailto:');
  });

  it('ContactEmail says the address is missing, for each kind', () => {
    for (const kind of ['corrections', 'accessibility', 'privacy'] as const) {
      const out = html(<ContactEmail locale={locale} kind={kind} />);
      expect(out).toContain(`data-contact="${kind}"`);
      expect(out).toContain(locale === 'fr' ? 'n’a pas encore renseigné d’adresse' : 'has not yet filled in an address');
    }
  });

  it('JamaBenchmarks claims only attribution and currency', () => {
    const out = html(<JamaBenchmarks locale={locale} />);
    expect(out).toContain('data-met="attribution currency"');
    expect(out).toContain(locale === 'fr' ? 'le site en remplit 2 sur quatre : les sources et la date.' : 'the site meets 2 of the four: attribution and currency.');
    expect(out).toContain(locale === 'fr' ? 'Pas encore rempli : les auteurs.' : 'Not met yet: authorship.');
    expect(out).toContain(locale === 'fr' ? 'Pas encore rempli : la transparence.' : 'Not met yet: disclosure.');
  });

  it('the sources page renders the computed claim, not a fixed sentence', async () => {
    const page = await loadPage(locale, 'sources');
    const out = html(<PageTemplate page={page} alternateHref="/x" />);
    expect(out).toContain('data-met="attribution currency"');
    expect(out).not.toMatch(/We meet the last three|Nous remplissons les trois derniers/);
  });

  it('the accessibility and privacy pages point at their own (missing) contact', async () => {
    for (const id of ['accessibility', 'privacy'] as const) {
      const out = html(<PageTemplate page={await loadPage(locale, id)} alternateHref="/x" />);
      expect(out).toContain(`data-contact="${id}"`);
    }
    const legal = html(<PageTemplate page={await loadPage(locale, 'legal-notice')} alternateHref="/x" />);
    expect(legal).toContain('data-contact="corrections"');
  });

  it('the handout shows its version: last-reviewed date and change count', async () => {
    const page = await loadPage(locale, 'session');
    const n = page.frontmatter.changes!.length;
    expect(n).toBeGreaterThan(1);
    const out = html(<HandoutTemplate page={page} qrSvg="<svg></svg>" buildDay="2026-12-01" />);
    expect(out).toContain(locale === 'fr' ? `Version : relue le <time dateTime="2026-11-25">25 novembre 2026</time> · ${n} modifications enregistrées` : `Version: reviewed on <time dateTime="2026-11-25">25 November 2026</time> · ${n} recorded changes`);
    expect(out).toContain('data-due="2027-11-25"');
  });
});

describe('fixture state: FICTIONAL people, every page naming them', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'publication-fixture-'));
    cpSync(path.join(root, 'content'), dir, {recursive: true});
    for (const locale of locales) {
      for (const f of readdirSync(path.join(dir, locale))) {
        const file = path.join(dir, locale, f);
        writeFileSync(file, fixtureFrontmatter(readFileSync(file, 'utf8'), patientPages.includes(f.replace('.mdx', '') as never)));
      }
    }
    process.env.PUBLICATION_FILE = fixture;
    process.env.CONTENT_DIR = dir;
  });
  afterAll(() => {
    process.env.PUBLICATION_FILE = shipped;
    delete process.env.CONTENT_DIR;
    rmSync(dir, {recursive: true, force: true});
  });

  describe.each(locales)('%s', (locale) => {
    it('a patient page: byline, people with training and interests, change log', async () => {
      const out = html(<PageTemplate page={await loadPage(locale, 'session', dir)} alternateHref="/x" />);
      expect(out).toContain(locale === 'fr' ? 'Rédigé par Alex Fictif' : 'Written by Alex Fictif');
      expect(out).toContain(
        locale === 'fr'
          ? 'Relu sur le plan médical par Dr Dominique Exemple le <time dateTime="2026-11-20">20 novembre 2026</time>'
          : 'Medically reviewed by Dr Dominique Exemple on <time dateTime="2026-11-20">20 November 2026</time>',
      );
      expect(out).toContain(locale === 'fr' ? 'Psychiatre fictive, Fictional University' : 'Fictional psychiatrist, Fictional University');
      expect(out).toContain(locale === 'fr' ? 'Liens d’intérêts déclarés : Fictif : conférences rémunérées' : 'Declared interests: Fictional: paid talks');
      expect(out).toContain(locale === 'fr' ? 'Première version de la page.' : 'First version of the page.');
      expect(out).not.toMatch(/pas encore nomm|not yet named/);
    });

    it('the legal notice shows publisher, director, host, contacts, funding and team', async () => {
      const out = html(<PageTemplate page={await loadPage(locale, 'legal-notice', dir)} alternateHref="/x" />);
      for (const s of ['Association Exemple Fictive', 'Camille Fictif', 'Hébergeur Fictif', 'mailto:corrections@example.test', 'mailto:accessibilite@example.test', 'mailto:donnees@example.test', 'Alex Fictif']) {
        expect(out).toContain(s);
      }
      expect(out).toContain(locale === 'fr' ? 'Financement fictif' : 'Fictional funding');
      expect(out).not.toMatch(/Pas encore renseigné|Not yet filled in/);
    });

    it('accessibility and privacy pages give their own address', async () => {
      expect(html(<PageTemplate page={await loadPage(locale, 'accessibility', dir)} alternateHref="/x" />)).toContain('href="mailto:accessibilite@example.test" data-contact="accessibility"');
      expect(html(<PageTemplate page={await loadPage(locale, 'privacy', dir)} alternateHref="/x" />)).toContain('href="mailto:donnees@example.test" data-contact="privacy"');
    });

    it('the sources page claims all four JAMA benchmarks', async () => {
      const out = html(<PageTemplate page={await loadPage(locale, 'sources', dir)} alternateHref="/x" />);
      expect(out).toContain('data-met="authorship attribution disclosure currency"');
      expect(out).toContain(locale === 'fr' ? 'le site en remplit les quatre' : 'the site meets all four');
      expect(out).not.toMatch(/Pas encore rempli|Not met yet/);
    });
  });

  it('authorship is not claimed while one page lacks an author, nor disclosure without funding', () => {
    const pub = publication();
    const records = pageRecords(dir);
    expect(jamaBenchmarks(pub, records).authorship).toBe(true);
    const one = records.map((r, i) => (i === 3 ? {...r, frontmatter: {...r.frontmatter, authors: undefined}} : r));
    expect(jamaBenchmarks(pub, one).authorship).toBe(false);
    expect(jamaBenchmarks({...pub, funding: undefined}, records).disclosure).toBe(false);
  });

  it('check:publication passes with everything filled in and an https SITE_URL', () => {
    expect(publicationProblems(publication(), pageRecords(dir), 'f.yaml', {SITE_URL: 'https://guide.example.test'})).toEqual([]);
  });
});

describe('check:publication', () => {
  const records = () => pageRecords(path.join(root, 'content'));

  it('lists every missing legal field, SITE_URL and each patient page without a reviewer', () => {
    const problems = publicationProblems(loadPublication(shipped, {}), records(), 'content/publication.yaml', {});
    const text = problems.map((p) => p.message).join('\n');
    for (const field of ['publisher.name', 'publisher.address', 'director', 'host.name', 'host.address', 'host.phone', 'contacts.corrections', 'contacts.accessibility', 'contacts.privacy']) {
      expect(text).toContain(`content/publication.yaml: "${field}" is empty`);
    }
    expect(text).toContain('SITE_URL is unset');
    expect(problems.filter((p) => p.kind === 'reviewer')).toHaveLength(patientPages.length * locales.length);
    expect(text).toContain('content/fr/session.mdx: patient page without a named medical reviewer');
    expect(warningParagraph(problems, 'content/publication.yaml')).toContain(`; ${patientTotal} patient pages have no named medical reviewer. Run \`npm run check:publication\``);
    expect(warningParagraph(problems, 'x')).not.toContain('\n');
  });

  it('SITE_URL on localhost or 127.0.0.1 is refused, a public origin accepted', () => {
    const pub = loadPublication(fixture, {});
    for (const url of ['http://localhost:3000', 'http://127.0.0.1:8080', 'not a url']) {
      expect(publicationProblems(pub, [], 'f', {SITE_URL: url}).map((p) => p.kind), url).toEqual(['site-url']);
    }
    expect(publicationProblems(pub, [], 'f', {SITE_URL: 'https://guide.example.test'})).toEqual([]);
  });

  it('the command fails with a list; the build step warns in one paragraph, or fails when strict', () => {
    const run = (build: boolean, env: Record<string, string>) => {
      const lines: string[] = [];
      const out = {log: (l: string) => lines.push(l), error: (l: string) => lines.push(l)};
      const code = runPublicationCheck({build, out, env: {PUBLICATION_FILE: shipped, ...env}});
      return {code, text: lines.join('\n')};
    };
    const check = run(false, {});
    expect(check.code).toBe(1);
    expect(check.text).toContain(`check:publication: ${shippedProblems} problems before this site can be published:`);
    expect(check.text).toContain('  - SITE_URL is unset');
    const build = run(true, {SITE_URL: 'http://localhost:3100'});
    expect(build.code).toBe(0);
    expect(build.text.trim().split('\n')).toHaveLength(1);
    expect(build.text).toContain('Publication check: this build is fine for local use but not ready to publish');
    expect(build.text).toContain('SITE_URL points at localhost');
    const strict = run(true, {PUBLICATION_STRICT: '1'});
    expect(strict.code).toBe(1);
    expect(strict.text).toContain('PUBLICATION_STRICT=1: the build stops here.');
    const broken = run(false, {PUBLICATION_CONTACT_PRIVACY: 'nope'});
    expect(broken.code).toBe(1);
    expect(broken.text).toContain('environment variable PUBLICATION_CONTACT_PRIVACY');
  });

  it('npm run check:publication exits 1 on the shipped file', () => {
    const r = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'app/_build/check-publication.ts'], {encoding: 'utf8', env: {...process.env, PUBLICATION_FILE: shipped, SITE_URL: ''}});
    expect(r.stderr).toContain(`check:publication: ${shippedProblems} problems`);
    expect(r.status).toBe(1);
  }, 120_000);
});
