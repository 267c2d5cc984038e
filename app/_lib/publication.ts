// Who stands behind the site: publisher, director of publication, host, contacts, funding and the editorial
// team, from one operator-edited file (content/publication.yaml), checked at build time. Nothing about a
// real person or organisation is written in the code: a missing value is shown as missing, never guessed.
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {parse as parseYaml} from 'yaml';
import {z} from 'zod';
import type {Locale} from '@/app/_i18n/pages';

/** Environment variables (process.env, or a plain object in tests). */
export type Env = Record<string, string | undefined>;

export class PublicationError extends Error {
  name = 'PublicationError';
}

/** Empty YAML values (`field:` or `field: ""`) mean "not filled in". */
const blank = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (blank(v) ? undefined : v), schema.optional());
const objectOrEmpty = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v == null ? {} : v), schema);

const line = z.string({error: 'expected text'}).trim().min(1, 'expected text').max(300, 'must be at most 300 characters');
const paragraph = z.string({error: 'expected text'}).trim().min(1, 'expected text').max(1000, 'must be at most 1000 characters');
const email = z.email({error: 'expected an email address such as corrections@example.org'});
/** Text written once for both languages, or per language as {fr, en}. */
const localized = <T extends z.ZodType<string>>(s: T) =>
  z.union([s, z.strictObject({fr: s, en: s})], {error: 'expected text, or {fr: "…", en: "…"}'});

export const roles = ['author', 'medical-reviewer', 'editor'] as const;
export type Role = (typeof roles)[number];

const person = z
  .strictObject({
    id: z.string({error: 'expected an id'}).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lowercase kebab-case id such as first-last'),
    name: line,
    roles: z.array(z.enum(roles, {error: `expected one of ${roles.join(', ')}`})).min(1, 'needs at least one role'),
    credentials: optional(localized(line)),
    affiliation: optional(localized(line)),
    interests: localized(paragraph).describe('declared interests'),
  })
  .refine((p) => !p.roles.includes('medical-reviewer') || p.credentials, {
    path: ['credentials'],
    message: 'required for a medical reviewer',
  });

export const publicationSchema = z
  .strictObject({
    publisher: objectOrEmpty(
      z.strictObject({
        name: optional(line),
        legalForm: optional(localized(line)),
        address: optional(line),
        registration: optional(line),
      }),
    ),
    director: optional(line),
    host: objectOrEmpty(z.strictObject({name: optional(line), address: optional(line), phone: optional(line)})),
    contacts: objectOrEmpty(z.strictObject({corrections: optional(email), accessibility: optional(email), privacy: optional(email)})),
    funding: optional(localized(paragraph)),
    team: z.preprocess((v) => (v == null ? [] : v), z.array(person)),
  })
  .superRefine((p, ctx) => {
    const seen = new Set<string>();
    p.team.forEach((m, i) => {
      if (seen.has(m.id)) ctx.addIssue({code: 'custom', path: ['team', i, 'id'], message: `duplicate id "${m.id}"`});
      seen.add(m.id);
    });
  });

export type Publication = z.infer<typeof publicationSchema>;
export type Person = Publication['team'][number];
export type Localized = string | {fr: string; en: string};
export type ContactKind = keyof Publication['contacts'];
export const contactKinds: ContactKind[] = ['corrections', 'accessibility', 'privacy'];

/** Text in the reader's language. */
export function inLocale(value: Localized | undefined, locale: Locale): string | undefined {
  if (value === undefined) return undefined;
  return typeof value === 'string' ? value : value[locale];
}

/**
 * Environment variables that override single values of the file for one deployment. Values given here are
 * validated like the file's, and an error names the variable.
 */
export const envOverrides: Record<string, string> = {
  PUBLICATION_PUBLISHER_NAME: 'publisher.name',
  PUBLICATION_PUBLISHER_LEGAL_FORM: 'publisher.legalForm',
  PUBLICATION_PUBLISHER_ADDRESS: 'publisher.address',
  PUBLICATION_PUBLISHER_REGISTRATION: 'publisher.registration',
  PUBLICATION_DIRECTOR: 'director',
  PUBLICATION_HOST_NAME: 'host.name',
  PUBLICATION_HOST_ADDRESS: 'host.address',
  PUBLICATION_HOST_PHONE: 'host.phone',
  PUBLICATION_CONTACT_CORRECTIONS: 'contacts.corrections',
  PUBLICATION_CONTACT_ACCESSIBILITY: 'contacts.accessibility',
  PUBLICATION_CONTACT_PRIVACY: 'contacts.privacy',
  PUBLICATION_FUNDING: 'funding',
};

/** The publication file in use: PUBLICATION_FILE (tests point it at a fixture) or content/publication.yaml. */
export function publicationFile(env: Env = process.env): string {
  return path.resolve(env.PUBLICATION_FILE || path.join(process.cwd(), 'content', 'publication.yaml'));
}

const rel = (file: string) => path.relative(process.cwd(), file) || file;

/** Read, override from the environment and validate; every problem names the file (or variable) and the field. */
export function parsePublication(source: string, file: string, env: Env = process.env): Publication {
  let raw: unknown;
  try {
    raw = parseYaml(source);
  } catch (e) {
    throw new PublicationError(`${file}: not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  if (raw == null) raw = {};
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new PublicationError(`${file}: expected a mapping of fields (publisher, director, host, contacts, funding, team)`);
  const data = raw as Record<string, unknown>;
  const fromEnv = new Map<string, string>();
  for (const [name, field] of Object.entries(envOverrides)) {
    const value = env[name];
    if (value === undefined || value.trim() === '') continue;
    const [head, tail] = field.split('.');
    if (tail) {
      const parent = data[head];
      data[head] = {...(parent && typeof parent === 'object' ? parent : {}), [tail]: value};
    } else data[head] = value;
    fromEnv.set(field, name);
  }
  const result = publicationSchema.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues.map((i) => {
      const keys = i.code === 'unrecognized_keys' ? ((i as {keys?: string[]}).keys ?? []) : [];
      const field = keys.length ? keys.map((k) => [...i.path, k].join('.')).join(', ') : i.path.join('.');
      if (keys.length) return `${file}: field "${field}": unknown field (check its spelling; see the comments in content/publication.yaml)`;
      const variable = fromEnv.get(i.path.join('.'));
      return variable ? `environment variable ${variable} (field "${field}"): ${i.message}` : `${file}: field "${field}": ${i.message}`;
    });
    throw new PublicationError(issues.join('\n'));
  }
  return result.data;
}

/** Load and validate a publication file. */
export function loadPublication(file = publicationFile(), env: Env = process.env): Publication {
  if (!existsSync(file)) throw new PublicationError(`${rel(file)}: missing (the publication file; see README, Configuration)`);
  return parsePublication(readFileSync(file, 'utf8'), rel(file), env);
}

let cached: {key: string; value: Publication} | undefined;

/** The site's publication details, loaded once per file and environment. */
export function publication(): Publication {
  const file = publicationFile();
  const key = [file, ...Object.keys(envOverrides).map((k) => process.env[k] ?? '')].join('\0');
  if (cached?.key !== key) cached = {key, value: loadPublication(file)};
  return cached.value;
}

/** The team members with these ids, in order (unknown ids are left out; the content loader rejects them). */
export function people(ids: readonly string[] | undefined, pub = publication()): Person[] {
  return (ids ?? []).flatMap((id) => pub.team.find((p) => p.id === id) ?? []);
}

/**
 * Frontmatter people checks: each author id names a team member with the author role, each reviewer id a
 * medical reviewer. Returns problems as "field: message" for the content loader to report with the file.
 */
export function checkPagePeople(fm: {authors?: string[]; reviewers?: string[]}, pub: Publication, pubFile: string): string[] {
  const problems: string[] = [];
  const check = (field: 'authors' | 'reviewers', role: Role) =>
    (fm[field] ?? []).forEach((id, i) => {
      const member = pub.team.find((p) => p.id === id);
      if (!member) problems.push(`frontmatter field "${field}.${i}": unknown id "${id}" (not in the team of ${pubFile})`);
      else if (!member.roles.includes(role)) problems.push(`frontmatter field "${field}.${i}": "${id}" does not have the role "${role}" in ${pubFile}`);
    });
  check('authors', 'author');
  check('reviewers', 'medical-reviewer');
  return problems;
}
