// Does a search express danger? Checked on every query, in both languages' lists whatever the page's
// language, before any result is shown (the lists are data: content/data/crisis-terms.ts, which also says
// how false alarms are limited and why over-triggering is preferred to missing a person).
import {crisisTerms, crisisWordsNotSearched} from '../../../content/data/crisis-terms';
import {crisisLines} from '../../../content/data/crisis-lines';
import {fold} from './normalize';

/** Lower case, no accents, every run of non-letters (apostrophes, hyphens, punctuation) as one space. */
const plain = (text: string) => ` ${fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;

const words = [...new Set([...crisisTerms.fr, ...crisisTerms.en].map(plain).filter((p) => p.trim()))];
/** The single crisis words ("mourir", "die"): a phrase's other words ("want", "to") are only its context. */
const singleWords = new Set(words.filter((p) => !p.trim().includes(' ')).map((p) => p.trim()));
const notSearched = new Set(crisisWordsNotSearched.map((w) => plain(w).trim()));
// Numbers are matched with their spaces and dashes removed ("116 123", "116-123", "9-8-8"), whole only.
// The crisis lines' own numbers count too (listening and suicide lines, not the general emergency numbers).
const numbers = [...new Set([...crisisTerms.numbers, ...crisisLines.filter((l) => (l as {role?: string}).role !== 'emergency' && !['15', '112', '114', '911', '999'].includes(l.tel)).map((l) => l.display)]
  .map((n) => n.replace(/\D/g, '')).filter((n) => n.length >= 3))];

export type CrisisMatch = {
  crisis: boolean;
  /**
   * Words of the query not to search for other results: those that only framed a matched phrase ("want",
   * "to") and the everyday crisis words ("die", « mourir »: crisis-terms.ts, crisisWordsNotSearched).
   */
  contextWords: Set<string>;
};

/** Whether the query expresses danger, and which of its words only framed a crisis phrase. */
export function crisisMatch(query: string): CrisisMatch {
  const text = plain(query);
  const contextWords = new Set<string>();
  let crisis = false;
  for (const p of words) {
    if (!text.includes(p)) continue;
    crisis = true;
    for (const w of p.trim().split(' ')) if (!singleWords.has(w) || notSearched.has(w)) contextWords.add(w);
  }
  if (!crisis) {
    const digits = text.replace(/(\d)[\s-]+(?=\d)/g, '$1');
    crisis = numbers.some((n) => new RegExp(`(^|\\D)${n}(\\D|$)`).test(digits));
  }
  return {crisis, contextWords};
}

/** True when the query contains a crisis word or phrase (whole words), or a crisis line's number. */
export function isCrisisQuery(query: string): boolean {
  return crisisMatch(query).crisis;
}

/** The query without the words that only framed a crisis phrase: what is left to search for. */
export function withoutCrisisContext(query: string, match: CrisisMatch): string {
  if (!match.contextWords.size) return query;
  return fold(query).replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ').filter((w) => !match.contextWords.has(w)).join(' ');
}
