// The referral email builder's request, read and checked (issue 22; README, For clinics). Pure: a query in,
// a view out, nothing logged or stored. Repeated parameters: `page` is a list (duplicates dropped, the order
// kept); for every other field the first value counts, as for the search's `q`.
import {isLocale, patientPages, type Locale, type PageId} from '../../_i18n/pages';
import {builderCountries, builderCountryLines, type BuilderCountry} from '../../../content/data/clinic-builder';

/** Longest text per field, in characters (code points): longer is cut there, with a notice. */
export const FIELD_LIMITS = {clinic: 120, phone: 40, note: 500} as const;
export type TextField = keyof typeof FIELD_LIMITS;
/** Most pages in one email and letter (the letter stays on one page; more is more than a patient reads). */
export const MAX_PAGES = 8;
/** Longest query string answered; a longer one gets a 414 page with the empty form. */
export const MAX_QUERY_CHARS = 8192;
/** Longest mailto: link offered: about what every common mail client and browser accepts. */
export const MAX_MAILTO_CHARS = 2000;

/** Each locale's country when the request names none: its readers' likely country, as the crisis lists order them. */
export const defaultCountry: Record<Locale, BuilderCountry> = {fr: 'fr', en: 'ca'};

/** A message of the ClinicBuilder namespace with its values, translated in the page's language later. */
export type Note = {key: 'cut' | 'tooManyPages' | 'unknownPage' | 'unknownCountry' | 'unavailableCountry' | 'unknownLang' | 'noPages' | 'tooLong'; values?: Record<string, string | number>; field?: TextField};

export type BuilderValues = {lang: Locale; pages: PageId[]; country: BuilderCountry; clinic: string; phone: string; note: string};

export type BuilderView =
  /** No request yet (the page itself): the form with the locale's defaults. */
  | {state: 'form'; values: BuilderValues}
  /** The email and the letter; notices say what was cut. */
  | {state: 'result'; values: BuilderValues; notices: Note[]}
  /** Something to fix: the form filled in with what was valid, and the errors. */
  | {state: 'invalid'; values: BuilderValues; errors: Note[]; notices: Note[]}
  /** The query string is longer than MAX_QUERY_CHARS: nothing of it is read. */
  | {state: 'tooLong'; values: BuilderValues; errors: Note[]};

const fields = ['lang', 'page', 'country', 'clinic', 'phone', 'note'] as const;

/** Text made safe to keep: controls dropped (newlines kept where asked), lone surrogates as U+FFFD, trimmed. */
function clean(text: string, multiline: boolean): string {
  const wellFormed = text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
  const lines = wellFormed.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, (c) => (c === '\t' ? ' ' : ''));
  return (multiline ? lines.replace(/\n{3,}/g, '\n\n') : lines.replace(/\s*\n\s*/g, ' ')).trim();
}

/** A reflected unknown value, short enough to quote in a message. */
const quoted = (value: string) => {
  const chars = Array.from(clean(value, false));
  return chars.length > 40 ? `${chars.slice(0, 40).join('')}…` : chars.join('');
};

export function defaultValues(locale: Locale): BuilderValues {
  return {lang: locale, pages: [], country: defaultCountry[locale], clinic: '', phone: '', note: ''};
}

/** Read and check one request. `queryLength`: the raw query string's length, when the server knows it. */
export function readBuilderRequest(locale: Locale, params: URLSearchParams, queryLength = params.toString().length): BuilderView {
  const values = defaultValues(locale);
  if (queryLength > MAX_QUERY_CHARS) return {state: 'tooLong', values, errors: [{key: 'tooLong', values: {length: queryLength, max: MAX_QUERY_CHARS}}]};
  if (!fields.some((f) => params.has(f))) return {state: 'form', values};
  const errors: Note[] = [];
  const notices: Note[] = [];
  const first = (name: string) => params.get(name)?.trim() ?? '';

  const lang = first('lang');
  if (isLocale(lang)) values.lang = lang;
  else if (lang) errors.push({key: 'unknownLang', values: {value: quoted(lang)}});

  const unknown = new Set<string>();
  for (const raw of params.getAll('page')) {
    const id = raw.trim();
    if (!id) continue;
    if (patientPages.includes(id as PageId)) {
      if (!values.pages.includes(id as PageId)) values.pages.push(id as PageId);
    } else unknown.add(quoted(id));
  }
  for (const value of [...unknown].slice(0, 5)) errors.push({key: 'unknownPage', values: {value}});
  if (values.pages.length > MAX_PAGES) {
    notices.push({key: 'tooManyPages', values: {count: values.pages.length, max: MAX_PAGES}});
    values.pages = values.pages.slice(0, MAX_PAGES);
  }
  if (!values.pages.length && !unknown.size) errors.push({key: 'noPages'});

  const country = first('country');
  const known = builderCountries.find((c) => c.id === country);
  if (known && builderCountryLines(known.id).length) values.country = known.id;
  else if (known) errors.push({key: 'unavailableCountry', values: {country: known.id}});
  else if (country) errors.push({key: 'unknownCountry', values: {value: quoted(country)}});

  for (const field of ['clinic', 'phone', 'note'] as const) {
    const chars = Array.from(clean(params.get(field) ?? '', field === 'note'));
    if (chars.length > FIELD_LIMITS[field]) notices.push({key: 'cut', field, values: {max: FIELD_LIMITS[field]}});
    values[field] = chars.slice(0, FIELD_LIMITS[field]).join('').trim();
  }
  return errors.length ? {state: 'invalid', values, errors, notices} : {state: 'result', values, notices};
}
