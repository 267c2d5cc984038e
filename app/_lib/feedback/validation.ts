// The form's fields, checked on the server. Field names are shared with components/layout/FeedbackForm.tsx.
import {z} from 'zod';
import {feedbackPages, isLocale, type Locale, type PageId} from '../../_i18n/pages';

export const fields = {page: 'page', locale: 'locale', answer: 'answer', comment: 'comment', honeypot: 'website'} as const;
export const maxCommentLength = 500;
/** Largest accepted request body, in bytes. */
export const maxBodyBytes = 4096;

const schema = z.object({
  page: z.string().refine((p): p is PageId => (feedbackPages as string[]).includes(p)),
  locale: z.string().refine((l): l is Locale => isLocale(l)),
  answer: z.enum(['yes', 'no']),
  // Over 500 characters (only possible without the browser's maxlength): cut at 500, by code point.
  comment: z
    .string()
    .optional()
    .transform((c) => {
      // Control characters other than line breaks and tabs mean nothing in a comment; line breaks normalised.
      const text = (c ?? '').replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').trim();
      return text ? Array.from(text).slice(0, maxCommentLength).join('').trim() : null;
    }),
});

export type FeedbackInput = {page: PageId; locale: Locale; answer: 'yes' | 'no'; comment: string | null};

/** The submission, or null when the page id, locale or answer is not one of ours. */
export function parseFeedback(form: URLSearchParams): FeedbackInput | null {
  const one = (k: string) => {
    const all = form.getAll(k);
    return all.length === 1 ? all[0] : undefined;
  };
  const r = schema.safeParse({page: one(fields.page), locale: one(fields.locale), answer: one(fields.answer), comment: one(fields.comment)});
  return r.success ? (r.data as FeedbackInput) : null;
}
