// npm run check:publication: fails with a list of what a real deployment still lacks (legally required
// publisher fields, contacts, SITE_URL, named medical reviewers on patient pages).
// With --build (run by `npm run build`): under PUBLICATION_STRICT=1 the same failure stops the build;
// otherwise it prints a one-paragraph warning and lets a local build go on.
import path from 'node:path';
import {loadPublication, publicationFile} from '../_lib/publication';
import {pageRecords} from '../_lib/review';
import {publicationProblems, warningParagraph} from '../_lib/publication-check';

const build = process.argv.includes('--build');
const strict = process.env.PUBLICATION_STRICT === '1';

function main(): number {
  const file = path.relative(process.cwd(), publicationFile());
  let problems;
  try {
    problems = publicationProblems(loadPublication(), pageRecords(), file);
  } catch (e) {
    console.error(`check:publication: ${(e as Error).message}`);
    return 1;
  }
  if (!problems.length) {
    console.log(`check:publication: ready to publish (${file}, SITE_URL=${process.env.SITE_URL}).`);
    return 0;
  }
  if (build && !strict) {
    console.warn(`\n${warningParagraph(problems, file)}\n`);
    return 0;
  }
  console.error(`check:publication: ${problems.length} problem${problems.length === 1 ? '' : 's'} before this site can be published:`);
  for (const p of problems) console.error(`  - ${p.message}`);
  if (build) console.error('PUBLICATION_STRICT=1: the build stops here.');
  return 1;
}

process.exitCode = main();
