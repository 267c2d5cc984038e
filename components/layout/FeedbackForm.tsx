import {translator} from '@/app/_i18n/messages';
import {feedbackPages, pathFor, type Locale, type PageId} from '@/app/_i18n/pages';
import {fields, maxCommentLength} from '@/app/_lib/feedback/validation';

/**
 * "Was this page useful?" at the foot of a content page (not urgent help): a plain HTML form that works
 * without JavaScript, posted to /feedback (app/feedback/route.ts), which answers 303 to a thank-you page.
 */
export function FeedbackForm({locale, id}: {locale: Locale; id: PageId}) {
  if (!feedbackPages.includes(id)) return null;
  const t = translator(locale, 'Feedback');
  const button = 'min-h-11 min-w-24 rounded-md border-2 border-teal-800 px-4 py-2 font-semibold text-teal-900 hover:bg-teal-50 focus-visible:outline-3 focus-visible:outline-offset-2 dark:border-teal-300 dark:text-teal-100 dark:hover:bg-teal-950';
  return (
    <section className="feedback no-print not-prose mt-12 border-t border-slate-300 pt-6 text-base dark:border-slate-700" aria-labelledby="feedback-title">
      <form method="post" action="/feedback" className="space-y-3">
        <h2 id="feedback-title" className="m-0 text-xl font-semibold">{t('question')}</h2>
        <input type="hidden" name={fields.page} value={id} />
        <input type="hidden" name={fields.locale} value={locale} />
        {/* Honeypot: hidden from sight and from assistive technology; only bots fill it in. */}
        <div hidden>
          <label>{t('honeypotLabel')} <input type="text" name={fields.honeypot} tabIndex={-1} autoComplete="off" /></label>
        </div>
        <p className="m-0">
          <label htmlFor="feedback-comment" className="font-semibold">{t('commentLabel')}</label>
        </p>
        <p id="feedback-comment-hint" className="m-0">
          {t('commentHint')} {t('warning')} <a href={pathFor(locale, 'urgent-help')} className="underline underline-offset-4">{t('urgentLink')}</a>
        </p>
        <textarea id="feedback-comment" name={fields.comment} maxLength={maxCommentLength} rows={4} aria-describedby="feedback-comment-hint"
          className="block w-full max-w-[70ch] rounded-md border border-slate-500 bg-white p-2 text-slate-900 dark:bg-slate-900 dark:text-slate-100" />
        <p id="feedback-answer-hint" className="m-0">{t('answerHint')}</p>
        <div role="group" aria-labelledby="feedback-title" aria-describedby="feedback-answer-hint" className="flex flex-wrap gap-3">
          <button type="submit" name={fields.answer} value="yes" className={button}>{t('yes')}</button>
          <button type="submit" name={fields.answer} value="no" className={button}>{t('no')}</button>
        </div>
        <p className="m-0"><a href={pathFor(locale, 'privacy') + '#feedback'} className="underline underline-offset-4">{t('privacyLink')}</a></p>
      </form>
    </section>
  );
}
