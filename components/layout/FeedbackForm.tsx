import {translator} from '@/app/_i18n/messages';
import {feedbackPages, pathFor, type Locale, type PageId} from '@/app/_i18n/pages';
import {fields, maxCommentLength} from '@/app/_lib/feedback/validation';

/**
 * "Was this page useful?" at the foot of a content page (not urgent help): a plain HTML form that works
 * without JavaScript, posted to /feedback (the site server, app/_server/app.ts), which answers 303 to a thank-you page.
 */
export function FeedbackForm({locale, id}: {locale: Locale; id: PageId}) {
  if (!feedbackPages.includes(id)) return null;
  const t = translator(locale, 'Feedback');
  return (
    <section className="feedback no-print not-prose" aria-labelledby="feedback-title">
      <form method="post" action="/feedback">
        <h2 id="feedback-title">{t('question')}</h2>
        <input type="hidden" name={fields.page} value={id} />
        <input type="hidden" name={fields.locale} value={locale} />
        {/* Honeypot: hidden from sight and from assistive technology; only bots fill it in. */}
        <div hidden>
          <label>{t('honeypotLabel')} <input type="text" name={fields.honeypot} tabIndex={-1} autoComplete="off" /></label>
        </div>
        <p>
          <label htmlFor="feedback-comment">{t('commentLabel')}</label>
        </p>
        <p id="feedback-comment-hint">
          {t('commentHint')} {t('warning')} <a href={pathFor(locale, 'urgent-help')}>{t('urgentLink')}</a>
        </p>
        <textarea id="feedback-comment" name={fields.comment} maxLength={maxCommentLength} rows={4} aria-describedby="feedback-comment-hint" />
        <p id="feedback-answer-hint">{t('answerHint')}</p>
        <div role="group" aria-labelledby="feedback-title" aria-describedby="feedback-answer-hint" className="feedback-answers">
          <button type="submit" name={fields.answer} value="yes">{t('yes')}</button>
          <button type="submit" name={fields.answer} value="no">{t('no')}</button>
        </div>
        <p><a href={pathFor(locale, 'privacy') + '#feedback'}>{t('privacyLink')}</a></p>
      </form>
    </section>
  );
}
