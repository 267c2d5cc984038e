import {crisisCountryOrder, crisisLinesByCountry} from '@/content/data/crisis-summary';
import type {LoadedPage} from '@/content/load';
import {translator} from '@/app/_i18n/messages';
import {formatDay} from '@/app/_i18n/format';
import {pathFor, type Locale} from '@/app/_i18n/pages';
import {siteUrl} from '@/app/_lib/site';
import {handoutScript} from '@/app/_lib/inline-scripts';
import {ReviewNotice, ReviewNoticesLink} from '@/components/content/ReviewNotice';
import {Worksheet} from '@/components/content/Worksheet';
import {worksheetFor} from '@/content/data/worksheets';

/** A one-page printable summary of a patient page: key points, questions, the page's values worksheet (the
 *  decision aids), crisis lines, dates, QR code. */
export function HandoutTemplate({page, qrSvg, buildDay}: {page: LoadedPage; qrSvg: string; buildDay: string}) {
  const {locale, id, frontmatter: fm} = page;
  const t = translator(locale, 'Handout');
  const help = translator(locale, 'UrgentHelp');
  const pageT = translator(locale, 'Page');
  const url = siteUrl + pathFor(locale, id);
  return (
    <>
    <main id="main" tabIndex={-1} className="handout prose mx-auto max-w-3xl px-4 py-6 focus:outline-none" data-page={id}>
      <p className="no-print m-0 flex flex-wrap gap-4">
        <a href={pathFor(locale, id)}>{t('back')}</a>
        <button type="button" data-print="" hidden className="rounded border border-current px-3 py-1">{t('print')}</button>
      </p>
      {/* Without JavaScript there is no print button: say how to print instead (the script hides this when it shows the button). */}
      <p data-print-hint="" className="no-print m-0 mt-2 text-base">{t('printHint')}</p>
      <p className="m-0 text-base font-semibold">{translator(locale, 'Site')('name')}</p>
      <h1 className="mt-2">{t('title', {title: fm.title})}</h1>
      <p className="lead">{fm.summary}</p>
      <h2 id="key-points">{t('keyPoints')}</h2>
      <ul>{fm.keyPoints?.map((k) => <li key={k}>{k}</li>)}</ul>
      {fm.questions?.length ? (
        <>
          <h2 id="questions">{t('questions')}</h2>
          <ul>{fm.questions.map((q) => <li key={q}>{q}</li>)}</ul>
        </>
      ) : null}
      {worksheetFor(id) && (
        <>
          <h2 id="worksheet">{translator(locale, 'Worksheet')('title')}</h2>
          <Worksheet locale={locale} id={id} compact />
        </>
      )}
      <h2 id="help">{t('help')}</h2>
      <ul className="handout-help">
        {crisisCountryOrder[locale].map((country) => {
          const {crisis, emergency} = crisisLinesByCountry(country);
          return (
            <li key={country} data-country={country}>
              <strong>{help(`countries.${country}`)}</strong> ·{' '}
              {crisis.map((l, i) => <span key={l.tel}>{i > 0 && ' / '}<a href={`tel:${l.tel}`} className="font-bold">{l.display}</a>{crisis.length > 1 && ` (${l.name[locale]})`}</span>)} ({t('suicide')})
              {' · '}{t('emergency')}{' '}
              {emergency.map((l, i) => <span key={l.tel}>{i > 0 && ' / '}<a href={`tel:${l.tel}`} className="font-bold">{l.display}</a></span>)}
            </li>
          );
        })}
      </ul>
      <div className="not-prose mt-6 flex flex-wrap items-center gap-6 border-t border-slate-300 pt-4">
        <div role="img" aria-label={t('qrLabel', {url})} className="qr-code h-36 w-36 bg-white p-1" dangerouslySetInnerHTML={{__html: qrSvg}} />
        <div className="min-w-0 flex-1 text-base">
          <p className="m-0">{t('scan')}</p>
          <p className="m-0 break-all font-semibold">{url}</p>
          <p className="m-0 mt-2">{t('printedOn')} <time data-printed-on="" dateTime={buildDay}>{formatDay(locale, buildDay)}</time></p>
          <p className="m-0">{pageT('nextReview')} <time dateTime={fm.nextReview}>{formatDay(locale, fm.nextReview)}</time></p>
          <p className="handout-version m-0">
            {translator(locale, 'Publication').rich('version', {
              date: formatDay(locale, fm.lastReviewed),
              count: fm.changes?.length ?? 0,
              time: (c) => <time dateTime={fm.lastReviewed}>{c}</time>,
            })}
          </p>
          <ReviewNotice locale={locale} nextReview={fm.nextReview} />
          <p className="m-0 mt-2">{pageT('disclaimer')}</p>
        </div>
      </div>
      <script dangerouslySetInnerHTML={{__html: handoutScript}} />
    </main>
    <ReviewNoticesLink />
    </>
  );
}
