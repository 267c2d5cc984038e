import {referralEmails} from '@/content/data/referral-emails';
import {crisisSummary} from '@/content/data/crisis-summary';
import {safetyFactById} from '@/content/data/safety-facts';
import {siteUrl} from '@/app/_lib/site';
import {translator} from '@/app/_i18n/messages';
import {pathFor, type Locale} from '@/app/_i18n/pages';
import {labelSeparator} from '@/app/_i18n/format';
import {CopyButton, CopyScript} from './CopyButton';

/** The plain text of one referral email in one language, links filled in with full URLs and the crisis numbers of every country. */
export function referralText(id: string, lang: Locale): {subject: string; body: string} {
  const e = referralEmails.find((x) => x.id === id)!;
  const names = translator(lang, 'Pages');
  const links = e.pages.map((p) => `- ${names(p)}${labelSeparator(lang)}${siteUrl}${pathFor(lang, p)}`).join('\n');
  return {subject: e.subject[lang], body: e.body[lang].replace('{links}', links).replace('{crisis}', crisisSummary(lang)).replace('{driving}', safetyFactById.get('driving')!.keyPoint[lang])};
}

/** Ready-to-paste referral emails in both languages, as selectable text with a copy button. */
export function ReferralEmails({locale}: {locale: Locale}) {
  const t = translator(locale, 'ReferralEmails');
  const order: Locale[] = locale === 'fr' ? ['fr', 'en'] : ['en', 'fr'];
  return (
    <div className="referral-emails not-prose my-6 space-y-6">
      <p className="m-0">{t('intro')}</p>
      {referralEmails.map((e) => (
        <section key={e.id} aria-label={e.label[locale]} className="rounded-md border border-slate-400 p-3 dark:border-slate-500">
          <p className="m-0 text-lg font-semibold">{e.label[locale]}</p>
          {order.map((lang) => {
            const {subject, body} = referralText(e.id, lang);
            const full = `${subject}\n\n${body}`;
            return (
              <div key={lang} className="mt-3">
                <p className="m-0 font-semibold">{t(lang === 'fr' ? 'french' : 'english')}</p>
                <pre lang={lang} className="mt-1 whitespace-pre-wrap break-words rounded bg-slate-100 p-3 font-sans text-base dark:bg-slate-800">{full}</pre>
                <CopyButton label={t(lang === 'fr' ? 'copyFr' : 'copyEn')} name={`${t(lang === 'fr' ? 'copyFr' : 'copyEn')}${labelSeparator(locale)}${e.label[locale]}`} done={t('copied')} large />
              </div>
            );
          })}
        </section>
      ))}
      <CopyScript />
    </div>
  );
}
