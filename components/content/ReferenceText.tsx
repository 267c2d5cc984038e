import type {Reference} from '@/content/data/types';
import {translator} from '@/app/_i18n/messages';
import type {Locale} from '@/app/_i18n/pages';

/** The title as printed, or, when the exact title was not verified, the plain description in the page's language. */
export function referenceTitle(r: Reference, locale: Locale): string {
  return typeof r.title === 'string' ? r.title : r.title[locale];
}

/** One reference as text with its kind of source and its primary link (DOI, then PubMed, then an official page). */
export function ReferenceText({locale, reference: r}: {locale: Locale; reference: Reference}) {
  const t = translator(locale, 'References');
  const parts = [r.authors ?? '', referenceTitle(r, locale), r.source ?? '', r.year ? String(r.year) : ''].filter(Boolean).map((s) => s.replace(/\.$/, ''));
  return (
    <>
      <span className="source-type mr-1 inline-block rounded border border-slate-500 px-1 text-sm" data-source-type={r.sourceType}>
        <span className="sr-only">{t('typeLabel')}: </span>{t(`types.${r.sourceType}`)}
      </span>{' '}
      <span>{parts.join('. ')}.</span>{' '}
      {r.doi && <a className="break-words" href={`https://doi.org/${r.doi}`}>{t('doi')} {r.doi}</a>}
      {r.pmid && <>{r.doi && ' · '}<a href={`https://pubmed.ncbi.nlm.nih.gov/${r.pmid}/`}>{t('pmid')} {r.pmid}</a></>}
      {r.url && !r.doi && !r.pmid && <a className="break-words" href={r.url}>{t('link')}</a>}
      {!r.url && !r.doi && !r.pmid && <span className="text-slate-700 dark:text-slate-300">({t('noLink')})</span>}
      {r.fundedBy && <span className="funded-by block text-base font-semibold" data-funded-by={r.fundedBy}>{t('fundedBy', {name: r.fundedBy})}</span>}
      {r.note && <span className="block text-base text-slate-700 dark:text-slate-300">{r.note[locale]}</span>}
    </>
  );
}
