// After `next build`: remove Next's client runtime from prerendered pages that have no client component.
//
// Every page is a server component and links are plain <a> elements, so React on the client has nothing to
// hydrate and no client-side navigation to do. Yet Next inlines the whole React tree a second time as
// flight data (self.__next_f) and loads about 130 KB of framework JavaScript. Dropping both from those
// pages roughly halves their HTML and removes all script downloads, which is what a patient on a slow
// phone pays for. A page whose flight data references a client component of ours (the copy buttons on the
// clinics page) keeps everything. Our own small inline scripts and JSON-LD stay.
import {mkdirSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';

const appDir = path.join(process.cwd(), '.next', 'server', 'app');
/** Next's own output of each page this step changed, kept so tests check the step against the real thing. */
export const originalsDir = path.join(process.cwd(), '.next', 'static-pages-originals');

/** A client reference with a chunk list of its own is one of our client components (Next's have none). */
export const usesClientComponents = (html) => /I\[\d+,\[\\"/.test(html);

/** The page without Next's scripts, preloads of scripts, and inline flight data; null if nothing to strip. */
export function stripNextRuntime(html) {
  const out = html
    .replace(/<link rel="preload" as="script"[^>]*>/g, '')
    .replace(/<script[^>]*\ssrc="\/_next\/static\/[^"]*"[^>]*><\/script>/g, '')
    .replace(/<script>(?:(?!<\/script>)[\s\S])*?self\.__next_f(?:(?!<\/script>)[\s\S])*<\/script>/g, '');
  return out === html ? null : out;
}

function* htmlFiles(dir) {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) yield* htmlFiles(file);
    else if (name.endsWith('.html')) yield file;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let stripped = 0;
  const kept = [];
  for (const file of htmlFiles(appDir)) {
    const html = readFileSync(file, 'utf8');
    const rel = path.relative(appDir, file);
    if (usesClientComponents(html)) { kept.push(rel); continue; }
    const out = stripNextRuntime(html);
    if (!out) continue;
    if (!out.includes('</html>') || /__next_f|\/_next\/static\/chunks\//.test(out)) {
      throw new Error(`static-pages: ${rel}: unexpected markup after stripping; Next's output format may have changed`);
    }
    mkdirSync(path.dirname(path.join(originalsDir, rel)), {recursive: true});
    writeFileSync(path.join(originalsDir, rel), html);
    writeFileSync(file, out);
    stripped++;
  }
  console.log(`static-pages: Next's client runtime removed from ${stripped} prerendered pages; kept on ${kept.length} with client components (${kept.join(', ')})`);
}
