// Does a search express danger? Checked on every query, in both languages' lists whatever the page's
// language, before any result is shown (the list is data: content/data/crisis-terms.ts).
import {crisisTerms} from '../../../content/data/crisis-terms';
import {fold} from './normalize';

/** Lower case, no accents, every run of non-letters (apostrophes, hyphens, punctuation) as one space. */
const plain = (text: string) => ` ${fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;

const phrases = [...new Set([...crisisTerms.fr, ...crisisTerms.en, ...crisisTerms.numbers].map(plain).filter((p) => p.trim()))];
// Numbers are also matched with their spaces and dashes removed ("116 123", "116-123", "9-8-8").
const numbers = crisisTerms.numbers.map((n) => n.replace(/\D/g, ''));

/** True when the query contains a crisis word or phrase (whole words), or a crisis line's number. */
export function isCrisisQuery(query: string): boolean {
  const text = plain(query);
  if (phrases.some((p) => text.includes(p))) return true;
  const digits = text.replace(/(\d)[\s-]+(?=\d)/g, '$1');
  return numbers.some((n) => new RegExp(`(^|\\D)${n}(\\D|$)`).test(digits));
}
