// The search results page: the prerendered shell (app/_lib/search/shell.ts) with its slots filled from a
// ResultsView. Pure, so unit tests check every state and every hostile query without a server. Every
// reflected string goes through the escaping builder (./html.ts).
import {messages, translator} from '../../_i18n/messages';
import {locales, otherLocale, pathFor, searchPathFor, type Locale} from '../../_i18n/pages';
import {html, bidiIsolate, escapeHtml, type SafeHtml} from '../html';
import {MAX_QUERY_CHARS, MAX_RESULTS} from './limits';
import type {HelpItem, ResultItem, ResultsView} from './results';
import type {Shell} from './shell';
import type {SlotName} from './slots';
import {frenchHtml, frenchSpacing} from '../../_build/french-typography.mjs';
import type {Snippet} from './snippet';

/**
 * The page's messages per locale, made once per process: a translator keeps its compiled ICU messages, so
 * making one per request would compile "{count, plural, …}" and the others again on every search.
 */
const texts = Object.fromEntries(locales.map((l) => [l, {t: translator(l, 'Search'), site: translator(l, 'Site')('name')}])) as
  Record<Locale, {t: ReturnType<typeof translator<'Search'>>; site: string}>;

type Key = Parameters<ReturnType<typeof translator<'Search'>>>[0];

/** Stands for the query in the messages that hold it, cut there once (the query is text put in that place as it is). */
const mark = '\u0001query\u0001';
const tables = new Map<Locale, Map<string, string>>();

/**
 * The results page's messages, formatted once per locale: formatting an ICU message through next-intl costs
 * about 0.1 ms (it builds and serialises its formats' key on every call), more than the rest of a results page.
 * All of them at once, the first time the locale is shown: nothing kept here depends on what anyone searched
 * for. The counts of results are added by warmSearchTexts, for every count the index can give.
 */
function table(locale: Locale): Map<string, string> {
  const known = tables.get(locale);
  if (known) return known;
  const made = new Map<string, string>();
  const {t} = texts[locale];
  // Stored with French spacing: a list of results adds them as they are.
  const put = (key: string, text: string) => made.set(key, frenchText(locale, text));
  for (const [key, source] of Object.entries(messages[locale].Search)) {
    if (typeof source === 'string' && !source.includes('{')) put(key, t(key as Key));
  }
  for (let n = 0; n <= MAX_RESULTS; n++) {
    put(`shown:${n}`, t('shown', {shown: n}));
    put(`crisisOthers:${n}`, t('crisisOthers', {count: n}));
  }
  put(`truncated:${MAX_QUERY_CHARS}`, t('truncated', {max: MAX_QUERY_CHARS}));
  for (const key of ['resultsTitle', 'noResults'] as const) put(`${key}:query`, t(key, {query: mark}));
  tables.set(locale, made);
  return made;
}

/**
 * Format the results page's messages now, with "N results" for every N up to `counts` (the most sections a
 * locale has: no search finds more). The server calls this before taking requests; without it (unit tests), a
 * count is formatted when shown.
 */
export function warmSearchTexts(counts: number): void {
  for (const locale of locales) {
    const made = table(locale);
    const {t} = texts[locale];
    for (let n = 0; n <= counts; n++) {
      made.set(`count:${n}`, frenchText(locale, t('count', {count: n})));
      made.set(`otherLanguage:${n}`, frenchText(locale, t('otherLanguage', {count: n})));
    }
  }
}

/** A message of the results page as text, from the table (formatted now only when it is not there). */
function said(locale: Locale, key: Key, values?: Record<string, number>): string {
  const text = table(locale).get(values ? `${key}:${Object.values(values)[0]}` : key);
  return text ?? frenchText(locale, texts[locale].t(key, values));
}

/** A message with the query in it, as the text before and after the query. */
function around(locale: Locale, key: 'resultsTitle' | 'noResults'): [string, string] {
  const [before, after = ''] = table(locale).get(`${key}:query`)!.split(mark);
  return [before, after];
}

/** The other language's results for the same query: the language link and the no-result offer. */
export const searchHref = (locale: Locale, query: string) => `${searchPathFor(locale)}${query ? `?q=${encodeURIComponent(query)}` : ''}`;

/** A message with the query in it, the query isolated in <bdi> so right-to-left text stays in its place. */
function withQuery(locale: Locale, key: 'resultsTitle' | 'noResults', query: string): SafeHtml {
  const [before, after] = around(locale, key);
  return html`${before}<bdi>${query}</bdi>${after}`;
}

function snippetHtml({parts, before, after}: Snippet): SafeHtml {
  return html`${before ? '… ' : ''}${parts.map((p) => (p.mark ? html`<mark>${p.text}</mark>` : p.text))}${after ? ' …' : ''}`;
}

function resultHtml(item: ResultItem): SafeHtml {
  return html`<li class="search-result"><a href="${item.href}" class="font-semibold">${item.heading}</a><span class="block text-base text-slate-700 dark:text-slate-300">${item.pageTitle}</span><p>${snippetHtml(item.snippet)}</p></li>`;
}

function helpHtml(item: HelpItem): SafeHtml {
  return html`<li><a href="${item.href}" class="font-semibold">${item.heading}</a><span class="block text-base text-slate-700 dark:text-slate-300">${item.pageTitle}</span></li>`;
}

/** What follows the form: notes, then the count and the list, or the no-result help. */
export function resultsHtml(locale: Locale, view: ResultsView): SafeHtml {
  const t = (key: Key, values?: Record<string, number>) => said(locale, key, values);
  const other = otherLocale(locale);
  const note = (text: string) => html`<p class="search-note">${text}</p>`;
  const count = (total: number, shown = total) =>
    html`<p id="search-count" class="search-count">${t('count', {count: total})}${shown < total ? `. ${t('shown', {shown})}` : ''}</p>`;
  const body = (() => {
    switch (view.state) {
      case 'empty':
        return note(t('hint'));
      case 'noWords':
        return note(t('noWords'));
      case 'results':
        return html`${count(view.total, view.items.length)}<ol class="search-results" aria-labelledby="search-count">${view.items.map(resultHtml)}</ol>`;
      case 'crisis':
        // Under the urgent-help block: a kind sentence, the sections that help, then any other results.
        // Never "nothing found" or "try another spelling" here.
        return html`<p class="search-crisis-intro">${t('crisisIntro')}</p><ul class="search-suggestions search-help">${view.help.map(helpHtml)}</ul>${
          view.items.length
            ? html`<p id="search-count" class="search-count">${t('crisisOthers', {count: view.items.length})}</p><ol class="search-results" aria-labelledby="search-count">${view.items.map(resultHtml)}</ol>`
            : ''}`;
      case 'none': {
        const otherLanguage = view.otherLanguageCount > 0
          ? html`<p>${t('otherLanguage', {count: view.otherLanguageCount})} <a href="${searchHref(other, view.query)}" hreflang="${other}">${t('otherLanguageLink')}</a></p>`
          : '';
        const links: [string, string][] = [[pathFor(locale, 'faq'), t('faq')], [pathFor(locale, 'glossary'), t('glossary')], [pathFor(locale, 'urgent-help'), t('help')], [`${pathFor(locale, 'home')}#all-pages`, t('allPages')]];
        return html`${count(0)}${otherLanguage}<p>${withQuery(locale, 'noResults', view.query)}</p><ul class="search-suggestions">${links.map(([href, text]) => html`<li><a href="${href}">${text}</a></li>`)}</ul>`;
      }
    }
  })();
  return html`${view.truncated ? note(t('truncated', {max: MAX_QUERY_CHARS})) : ''}${body}`;
}

/** French spacing (app/_build/french-typography.mjs) on what this request adds to a French page: the shell
 *  had it applied at build, the results (snippets, titles, counts) are made now. */
const french = (locale: Locale, markup: string) => (locale === 'fr' ? frenchHtml(markup) : markup);
const frenchText = (locale: Locale, text: string) => (locale === 'fr' ? frenchSpacing(text) : text);

/** The whole results page: the locale's shell with every slot filled. */
export function renderSearchPage(shell: Shell, locale: Locale, view: ResultsView): string {
  return shell.parts[0] + renderSearchTail(shell, locale, view);
}

/** The results page after the shell's constant start (shell.head): every slot filled. */
export function renderSearchTail(shell: Shell, locale: Locale, view: ResultsView): string {
  const {site} = texts[locale];
  const t = (key: Key) => said(locale, key);
  const {query} = view;
  const [before, after] = around(locale, 'resultsTitle');
  const fill: Record<Exclude<SlotName, 'crisisStart' | 'crisisEnd'>, string> = {
    title: escapeHtml(frenchText(locale, `${query ? before + bidiIsolate(query) + after : t('title')} | ${site}`)),
    alternateQuery: escapeHtml(query ? `?q=${encodeURIComponent(query)}` : ''),
    heading: french(locale, (query ? withQuery(locale, 'resultsTitle', query) : html`${t('title')}`).value),
    query: escapeHtml(query),
    // A list of results is the sections' own text (spaced when the index was built) and this table's messages
    // (spaced when made): nothing left to space, and skipping it saves a third of a French answer's rendering.
    results: view.state === 'results' ? resultsHtml(locale, view).value : french(locale, resultsHtml(locale, view).value),
  };
  let out = '';
  let skipping = false;
  for (let i = 1; i < shell.parts.length; i++) {
    const part = shell.parts[i];
    if (typeof part === 'string') {
      if (!skipping) out += part;
    } else if (part.slot === 'crisisStart') {
      skipping = !view.crisis;
    } else if (part.slot === 'crisisEnd') {
      skipping = false;
    } else if (!skipping) {
      out += fill[part.slot];
    }
  }
  return out;
}
