// Where `npm run build` writes everything it makes: one folder, build/ (git-ignored), with no imports so
// that the build scripts, the server and the tests all read the same paths.
//   build/next/     Next's own working folder (distDir) and its static export
//   build/site/     the finished site the server serves: every page and file, each text file also as .gz and .br
//   build/search/   the search index (index.json) and its figures (stats.json)
//   build/server.mjs  the site's server, bundled (npm start)
//   build/tools/    scripts the build bundles and runs (the search index's builder)
import path from 'node:path';

export const buildDir = (dir = process.cwd()) => path.join(dir, 'build');
export const nextDir = (dir = process.cwd()) => path.join(buildDir(dir), 'next');
export const siteDir = (dir = process.cwd()) => path.join(buildDir(dir), 'site');
export const searchDir = (dir = process.cwd()) => path.join(buildDir(dir), 'search');

/** The built file of a page at a URL path ('/fr/search-shell' -> build/site/fr/search-shell.html). */
export const pageFile = (urlPath: string, dir = process.cwd()) => path.join(siteDir(dir), `${urlPath.replace(/^\/+/, '')}.html`);

/** The bilingual 404 (app/global-not-found.tsx) as exported and finished. */
export const globalNotFoundFile = (dir = process.cwd()) => path.join(siteDir(dir), '404.html');
