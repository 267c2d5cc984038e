// The form's fields, checked on the server. Field names are shared with components/layout/FeedbackForm.tsx.
import {z} from 'zod';
import {feedbackPages, isLocale, type Locale, type PageId} from '../../_i18n/pages';
import {stripUnsafe} from './text';

export const fields = {page: 'page', locale: 'locale', answer: 'answer', comment: 'comment', honeypot: 'website'} as const;
/**
 * Longest comment, in characters: Unicode code points, whatever the script (a CJK ideograph, an accented
 * letter or an emoji each count 1). The textarea's maxlength counts UTF-16 units (an emoji counts 2 there),
 * so whatever a browser lets through is within this limit; longer input (only without the browser) is cut.
 */
export const maxCommentLength = 500;
/**
 * Largest accepted request body, in bytes. A code point is at most 4 bytes of UTF-8, 12 once url-encoded
 * (%F0%9F%98%80), and a line break is sent as %0D%0A: 500 characters of any script fit in 6,000 bytes,
 * the other fields in a few hundred. 8 KB leaves room and still refuses anything larger unread.
 */
export const maxBodyBytes = 8192;

const schema = z.object({
  page: z.string().refine((p): p is PageId => (feedbackPages as string[]).includes(p)),
  locale: z.string().refine((l): l is Locale => isLocale(l)),
  answer: z.enum(['yes', 'no']),
  // Over 500 characters (only possible without the browser's maxlength): cut at 500, by code point.
  comment: z
    .string()
    .optional()
    .transform((c) => {
      // Line breaks normalised; control characters and bidi overrides removed (text.ts says which and why).
      const text = stripUnsafe((c ?? '').replace(/\r\n?/g, '\n')).trim();
      return text ? Array.from(text).slice(0, maxCommentLength).join('').trim() : null;
    }),
});

export type FeedbackInput = {page: PageId; locale: Locale; answer: 'yes' | 'no'; comment: string | null};

/**
 * The submission, or null when the page id, locale or answer is not one of ours, or when any field of the
 * form (the honeypot included) is sent more than once: no browser does that, and which copy to keep would
 * be a guess (a repeated comment used to be stored as empty).
 */
export function parseFeedback(form: URLSearchParams): FeedbackInput | null {
  if (Object.values(fields).some((k) => form.getAll(k).length > 1)) return null;
  const one = (k: string) => form.get(k) ?? undefined;
  const r = schema.safeParse({page: one(fields.page), locale: one(fields.locale), answer: one(fields.answer), comment: one(fields.comment)});
  return r.success ? (r.data as FeedbackInput) : null;
}
