import {siteUrl} from '@/app/_lib/site';
import {translator} from '@/app/_i18n/messages';
import {handoutPathFor, locales, pageIds, pathFor, patientPages, type Locale} from '@/app/_i18n/pages';
import {CopyButton, CopyScript} from './CopyButton';

/**
 * Every page with its full French and English URL as text (selectable without JavaScript; a copy button
 * once it runs), and the printable handout of each patient page in both languages.
 */
export function PageDirectory({locale}: {locale: Locale}) {
  const t = translator(locale, 'PageDirectory');
  const names = translator(locale, 'Pages');
  return (
    <ul aria-label={t('caption')} className="page-directory not-prose my-6 list-none space-y-4 p-0">
      {pageIds.map((id) => (
        <li key={id} className="rounded-md border border-slate-400 p-3 dark:border-slate-500">
          <p className="m-0 font-semibold">{names(id)}</p>
          <dl className="m-0 mt-1 space-y-1">
            {locales.map((l) => {
              const url = siteUrl + pathFor(l, id);
              return (
                <div key={l} className="flex flex-wrap items-center gap-x-3">
                  <dt className="font-semibold">{t(l)}</dt>
                  <dd className="m-0 min-w-0 break-all"><a className="page-url" href={pathFor(l, id)} hrefLang={l} lang={l}>{url}</a></dd>
                  <dd className="m-0"><CopyButton text={url} label={t('copy')} done={t('copied')} /></dd>
                </div>
              );
            })}
            {patientPages.includes(id) && (
              <div className="flex flex-wrap items-center gap-x-3">
                <dt className="font-semibold">{t('handout')}</dt>
                {locales.map((l) => (
                  <dd key={l} className="m-0">
                    <a className="handout-url inline-flex min-h-6 items-center" href={handoutPathFor(l, id)} hrefLang={l}>{t(`handoutIn.${l}`)}</a>
                  </dd>
                ))}
              </div>
            )}
          </dl>
        </li>
      ))}
      <CopyScript />
    </ul>
  );
}
