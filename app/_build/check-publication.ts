// npm run check:publication: fails with a list of what a real deployment still lacks (legally required
// publisher fields, contacts, SITE_URL, named medical reviewers on patient pages).
// With --build (the first step of `npm run build`): under PUBLICATION_STRICT=1 the same failure stops the
// build; otherwise it prints a one-paragraph warning and a local build goes on. Logic: app/_lib/publication-check.ts.
import {runPublicationCheck} from '../_lib/publication-check';

process.exitCode = runPublicationCheck({build: process.argv.includes('--build')});
