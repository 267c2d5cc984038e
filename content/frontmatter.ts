// Frontmatter: split from the MDX body and validated (schema, then people ids against the publication file).
// Kept apart from the MDX compiler so command-line tools (app/_build/*.ts, run by tsx) can read it.
import path from 'node:path';
import {parse as parseYaml} from 'yaml';
import {frontmatterSchema, type Frontmatter} from './schema';
import {ContentError} from './remark-site';
import {patientPages, type PageId} from '../app/_i18n/pages';
import {checkPagePeople, publication, publicationFile} from '../app/_lib/publication';
import {safetyFactById, type SafetyFactId} from './data/safety-facts';

/** A key point written `{safety:id}` is the safety fact's one-sentence form (content/data/safety-facts.ts). */
const safetyKeyPoint = /^\{safety:([a-z-]+)\}$/;

/** Root of the content folder; tests point it elsewhere to load fixtures. */
export function contentRoot(): string {
  return process.env.CONTENT_DIR || path.join(process.cwd(), 'content');
}

export function rel(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

/** Split YAML frontmatter from the body and validate it against the schema, naming file and field on error. */
export function parseFrontmatter(source: string, file: string, id?: string): {frontmatter: Frontmatter; body: string; offset: number} {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!m) throw new ContentError(`${file}: missing YAML frontmatter (a block between two "---" lines at the top)`);
  let raw: unknown;
  try {
    raw = parseYaml(m[1]);
  } catch (e) {
    throw new ContentError(`${file}: frontmatter is not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  const result = frontmatterSchema.safeParse(raw ?? {});
  if (!result.success) {
    const issues = result.error.issues.map((i) => {
      const field = i.path.length ? i.path.join('.') : i.code === 'unrecognized_keys' ? (i as {keys?: string[]}).keys?.join(', ') : '';
      return `frontmatter field "${field}": ${i.message}`;
    });
    throw new ContentError(`${file}: ${issues.join('; ')}`);
  }
  if (id && patientPages.includes(id as PageId) && !result.data.keyPoints) {
    throw new ContentError(`${file}: frontmatter field "keyPoints": required on patient pages (3 to 8 points for the handout)`);
  }
  if (result.data.keyPoints) {
    const locale = path.basename(path.dirname(file)) === 'en' ? 'en' : 'fr';
    result.data.keyPoints = result.data.keyPoints.map((k) => {
      const m = safetyKeyPoint.exec(k.trim());
      if (!m) return k;
      const fact = safetyFactById.get(m[1] as SafetyFactId);
      if (!fact) throw new ContentError(`${file}: frontmatter field "keyPoints": unknown safety fact "${m[1]}" (see content/data/safety-facts.ts)`);
      return fact.keyPoint[locale];
    });
  }
  if (result.data.authors || result.data.reviewers) {
    const people = checkPagePeople(result.data, publication(), rel(publicationFile()));
    if (people.length) throw new ContentError(`${file}: ${people.join('; ')}`);
  }
  return {frontmatter: result.data, body: source.slice(m[0].length), offset: m[0].split('\n').length - 1};
}

