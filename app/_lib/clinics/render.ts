// The referral email builder's markup: the form (also on the clinics pages, components/content/ReferralBuilder.tsx),
// the email as plain text, its mailto: link, the printable letter, and the whole page from the shell. Every
// reflected string goes through the escaping builder (../html.ts).
import {translator} from '../../_i18n/messages';
import {labelSeparator} from '../../_i18n/format';
import {clinicEmailPathFor, locales, patientPages, type Locale} from '../../_i18n/pages';
import {copyScript, handoutScript} from '../inline-scripts';
import {escapeHtml, html, SafeHtml} from '../html';
import {availableBuilderCountries, builderCountries, builderCountryLines, builderPresets, type BuilderCountry} from '../../../content/data/clinic-builder';
import {FIELD_LIMITS, MAX_MAILTO_CHARS, MAX_PAGES, type BuilderValues, type BuilderView, type Note} from './input';
import type {BuilderShell, LetterItem} from './shell';

const t = (locale: Locale) => translator(locale, 'ClinicBuilder');
const languageName: Record<Locale, string> = {fr: 'Français', en: 'English'};

/** Does this origin reach patients? Not when SITE_URL was left unset (localhost) or points at this machine. */
export function isLocalOrigin(origin: string): boolean {
  try {
    const host = new URL(origin).hostname;
    return host === 'localhost' || host.endsWith('.localhost') || host === '[::1]' || /^127\./.test(host) || host === '0.0.0.0';
  } catch {
    return true;
  }
}

/** The plain warning shown while the site's public address is not set. */
export const siteUrlWarning = (locale: Locale, origin: string) =>
  html`<p class="builder-warning no-print" role="note"><strong>${t(locale)('siteUrlWarning', {origin})}</strong></p>`;

/** The query of a builder request with these values (only what differs from nothing). */
export function builderQuery(values: Partial<BuilderValues>): string {
  const q = new URLSearchParams();
  if (values.lang) q.set('lang', values.lang);
  for (const id of values.pages ?? []) q.append('page', id);
  if (values.country) q.set('country', values.country);
  for (const f of ['clinic', 'phone', 'note'] as const) if (values[f]) q.set(f, values[f]!);
  return q.toString();
}

/** Ready-made sets: links to the builder with their pages (and, on the builder, what the form already holds). */
export function presetsHtml(locale: Locale, values: BuilderValues): SafeHtml {
  const tr = t(locale);
  return html`<div class="builder-presets"><p class="font-semibold" id="builder-presets-title">${tr('presetsTitle')}</p><p>${tr('presetsHint')}</p><ul aria-labelledby="builder-presets-title">${builderPresets.map(
    (p) => html`<li><a class="builder-preset" href="${`${clinicEmailPathFor(locale)}?${builderQuery({...values, pages: p.pages})}`}">${p.label[locale]}</a></li>`,
  )}</ul></div>`;
}

/** The form, filled in with `values`; GET to the builder's page, so it works without JavaScript. */
export function formHtml(locale: Locale, values: BuilderValues): SafeHtml {
  const tr = t(locale);
  const names = translator(locale, 'Pages');
  const available = availableBuilderCountries();
  const missing = builderCountries.map((c) => c.id).filter((c) => !available.includes(c));
  const field = (name: 'clinic' | 'phone', type: string) =>
    html`<p class="builder-field"><label for="builder-${name}">${tr(`${name}Label`)}</label><input id="builder-${name}" name="${name}" type="${type}" maxlength="${FIELD_LIMITS[name]}" autocomplete="off" value="${values[name]}" aria-describedby="builder-${name}-limit"><span id="builder-${name}-limit" class="builder-hint">${tr('limit', {max: FIELD_LIMITS[name]})}</span></p>`;
  return html`<form method="get" action="${clinicEmailPathFor(locale)}" class="clinic-builder" aria-labelledby="builder-form-title">
<p id="builder-form-title" class="builder-form-title">${tr('formTitle')}</p>
<p class="builder-privacy"><strong>${tr('privacy')}</strong></p>
<fieldset><legend>${tr('langLegend')}</legend>${locales.map(
    (l) => html`<label class="builder-choice"><input type="radio" name="lang" value="${l}"${values.lang === l ? html` checked` : ''}> <span lang="${l}">${languageName[l]}</span></label>`,
  )}</fieldset>
<fieldset><legend>${tr('pagesLegend', {max: MAX_PAGES})}</legend><ul class="builder-pages">${patientPages.map(
    (id) => html`<li><label class="builder-choice"><input type="checkbox" name="page" value="${id}"${values.pages.includes(id) ? html` checked` : ''}> ${names(id)}</label></li>`,
  )}</ul></fieldset>
<p class="builder-field"><label for="builder-country">${tr('countryLabel')}</label><select id="builder-country" name="country"${missing.length ? html` aria-describedby="builder-country-missing"` : ''}>${available.map(
    (c) => html`<option value="${c}"${values.country === c ? html` selected` : ''}>${tr(`countries.${c}`)}</option>`,
  )}</select>${missing.length ? html`<span id="builder-country-missing" class="builder-hint">${tr('countriesMissing', {countries: missing.map((c) => tr(`countries.${c}`)).join(', ')})}</span>` : ''}</p>
${field('clinic', 'text')}${field('phone', 'tel')}
<p class="builder-field"><label for="builder-note">${tr('noteLabel')}</label><textarea id="builder-note" name="note" rows="3" maxlength="${FIELD_LIMITS.note}" aria-describedby="builder-note-limit">${values.note}</textarea><span id="builder-note-limit" class="builder-hint">${tr('limit', {max: FIELD_LIMITS.note})}</span></p>
<p><button type="submit" class="builder-submit">${tr('submit')}</button></p>
</form>`;
}

/** The email in the patient's language: subject, and the body as plain text. */
export function emailText(values: BuilderValues, items: LetterItem[]): {subject: string; body: string} {
  const {lang} = values;
  const tr = t(lang);
  const sep = labelSeparator(lang);
  const lines = builderCountryLines(values.country);
  const body = [
    tr('email.greeting'),
    '',
    tr('email.intro', {clinic: values.clinic || tr('email.careTeam')}),
    '',
    ...items.map((i) => `- ${i.title}${sep}${i.url}`),
    ...(values.note ? ['', values.note] : []),
    ...(values.phone ? ['', tr('email.call', {phone: values.phone})] : []),
    '',
    tr('email.help', {country: tr(`countries.${values.country}`)}),
    ...lines.map((l) => `- ${l.display}${sep}${l.name[lang]}`),
    '',
    tr('email.closing'),
    ...(values.clinic ? [values.clinic] : []),
  ].join('\n');
  return {subject: tr('email.subject'), body};
}

/** The mailto: link (RFC 6068: no recipient, the clinic adds the patient's address), or null when too long. */
export function mailtoHref({subject, body}: {subject: string; body: string}): {href: string | null; length: number} {
  const href = `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body.replace(/\n/g, '\r\n'))}`;
  return {href: href.length <= MAX_MAILTO_CHARS ? href : null, length: href.length};
}

/** The letter to print: the clinic, each chosen page (title, summary, QR code, address), the country's lines. */
export function letterHtml(values: BuilderValues, items: LetterItem[]): SafeHtml {
  const {lang} = values;
  const tr = t(lang);
  const lines = builderCountryLines(values.country);
  return html`<article class="clinic-letter not-prose" lang="${lang}" aria-labelledby="letter-title">
<p class="letter-site">${translator(lang, 'Site')('name')}</p>
<h3 id="letter-title" class="letter-title">${tr('letter.title')}</h3>
${values.clinic || values.phone ? html`<p class="letter-from">${values.clinic ? html`<strong>${tr('letter.from', {clinic: values.clinic})}</strong>` : ''}${values.clinic && values.phone ? ' · ' : ''}${values.phone ? tr('letter.phone', {phone: values.phone}) : ''}</p>` : ''}
<p class="letter-intro">${tr('letter.intro')}</p>
${values.note ? html`<p class="letter-note">${values.note}</p>` : ''}
<ul class="letter-items">${items.map((i) => new SafeHtml(i.html))}</ul>
<div class="letter-help"><p class="letter-help-title"><strong>${tr('letter.help', {country: tr(`countries.${values.country}`)})}</strong></p><ul>${lines.map(
    (l) => html`<li><strong class="letter-tel">${l.display}</strong> ${l.name[lang]}. ${l.when[lang]}</li>`,
  )}</ul></div>
</article>`;
}

/** A message of the builder in the page's language. */
function noteText(locale: Locale, n: Note): string {
  const tr = t(locale);
  if (n.key === 'cut') return tr('cut', {field: tr(`fields.${n.field!}`), max: n.values!.max});
  if (n.key === 'unavailableCountry') return tr('unavailableCountry', {country: tr(`countries.${n.values!.country as BuilderCountry}`)});
  return tr(n.key, n.values as Record<string, string>);
}

const notesHtml = (locale: Locale, notes: Note[], cls: string) =>
  notes.length ? html`<ul class="${cls}">${notes.map((n) => html`<li>${noteText(locale, n)}</li>`)}</ul>` : '';

/** A text to copy: selectable without JavaScript, with a copy button whose name says what it copies. */
const copyable = (id: string, label: string, text: string, lang: Locale, copy: string, done: string) =>
  html`<p class="builder-label" id="${id}-label">${label}</p><pre id="${id}" lang="${lang}" class="builder-text" aria-labelledby="${id}-label">${text}</pre><button type="button" hidden data-done="${done}" class="copy-button builder-copy">${copy}</button><span role="status" aria-live="polite" class="builder-status"></span>`;

/** Everything in <main> for a view; `items` are the chosen pages' letter items in the patient's language. */
export function contentHtml(locale: Locale, view: BuilderView, items: LetterItem[], origin: string): SafeHtml {
  const tr = t(locale);
  const warning = isLocalOrigin(origin) ? siteUrlWarning(locale, origin) : '';
  const form = html`<section class="builder-change no-print" aria-labelledby="builder-change"><h2 id="builder-change">${tr('changeTitle')}</h2>${presetsHtml(locale, view.values)}${formHtml(locale, view.values)}</section>`;
  if (view.state !== 'result') {
    const errors = view.state === 'form' ? [] : view.errors;
    const notices = view.state === 'invalid' ? view.notices : [];
    return html`<h1>${errors.length ? tr('errorTitle') : tr('formTitle')}</h1>${warning}${errors.length ? html`<div class="builder-errors" role="alert"><p>${tr('errorIntro')}</p>${notesHtml(locale, errors, 'builder-error-list')}</div>` : ''}${notesHtml(locale, notices, 'builder-notices')}<div class="builder-change">${presetsHtml(locale, view.values)}${formHtml(locale, view.values)}</div>`;
  }
  const email = emailText(view.values, items);
  const mailto = mailtoHref(email);
  const lang = view.values.lang;
  return html`<h1 class="no-print">${tr('title')}</h1>${warning}${notesHtml(locale, view.notices, 'builder-notices no-print')}
<section class="builder-email no-print" aria-labelledby="builder-email-title"><h2 id="builder-email-title">${tr('emailTitle')}</h2>
${copyable('builder-subject', tr('subject'), email.subject, lang, tr('copySubject'), tr('subjectCopied'))}
${copyable('builder-body', tr('body'), email.body, lang, tr('copyBody'), tr('bodyCopied'))}
${mailto.href ? html`<p class="builder-mailto-line"><a class="builder-mailto" href="${mailto.href}">${tr('mailto')}</a> ${tr('mailtoHint')}</p>` : html`<p class="builder-mailto-too-long">${tr('mailtoTooLong', {length: mailto.length, max: MAX_MAILTO_CHARS})}</p>`}
</section>
<section class="builder-letter" aria-labelledby="builder-letter-title"><h2 id="builder-letter-title" class="no-print">${tr('letterTitle')}</h2><p class="no-print">${tr('letterHint')} <button type="button" data-print="" hidden class="builder-print">${tr('print')}</button></p>
${letterHtml(view.values, items)}
</section>
${form}
<script>${rawScript(copyScript)}</script><script>${rawScript(handoutScript)}</script>`;
}

/** An inline script of app/_lib/inline-scripts.ts, as is: its CSP hash must match byte for byte. */
function rawScript(source: string): SafeHtml {
  return new SafeHtml(source);
}

/** Status of a view: 200, 400 for input to fix, 414 for a query string too long to read. */
export const statusOf = (view: BuilderView) => (view.state === 'invalid' ? 400 : view.state === 'tooLong' ? 414 : 200);

/** The whole page: the locale's shell with every slot filled. */
export function renderBuilderPage(shell: BuilderShell, locale: Locale, view: BuilderView): string {
  const tr = t(locale);
  const site = translator(locale, 'Site')('name');
  const items = view.values.pages.map((id) => shell.items[view.values.lang][id]!).filter(Boolean);
  const origin = new URL(shell.items[locale][patientPages[0]]!.url).origin;
  const heading = view.state === 'result' ? tr('title') : view.state === 'form' ? tr('formTitle') : tr('errorTitle');
  const query = view.state === 'tooLong' ? '' : builderQuery(view.values);
  const fill = {
    title: escapeHtml(`${heading} | ${site}`),
    alternateQuery: escapeHtml(view.state === 'form' || !query ? '' : `?${query}`),
    content: contentHtml(locale, view, items, origin).value,
  };
  return shell.parts.map((p) => (typeof p === 'string' ? p : fill[p.slot])).join('');
}
