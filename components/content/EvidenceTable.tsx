import {fibromyalgiaEvidence} from '@/content/data/fibromyalgia-evidence';
import {referenceByKey} from '@/content/data/references';
import type {EvidenceRow, Reference} from '@/content/data/types';
import {translator} from '@/app/_i18n/messages';
import type {Locale} from '@/app/_i18n/pages';

const fields = ['design', 'patients', 'given', 'found', 'followUp'] as const;

function studyLabel(r: Reference): string {
  const first = r.authors.split(',')[0].trim();
  return `${first}${r.authors.includes(',') ? ' et al.' : ''}${r.year ? `, ${r.year}` : ''}`;
}

function StudyLink({r}: {r: Reference}) {
  const href = r.doi ? `https://doi.org/${r.doi}` : r.pmid ? `https://pubmed.ncbi.nlm.nih.gov/${r.pmid}/` : r.url;
  const label = studyLabel(r);
  return href ? <a href={href}>{label}</a> : <span>{label}</span>;
}

/**
 * The fibromyalgia evidence table from typed data. Wide screens get a real table (caption, scoped headers);
 * narrow screens get the same rows as labelled cards, so nothing scrolls sideways at 360 px.
 */
export function EvidenceTable({locale}: {locale: Locale}) {
  const t = translator(locale, 'EvidenceTable');
  const rows = fibromyalgiaEvidence.map((row: EvidenceRow) => ({row, ref: referenceByKey.get(row.ref)!}));
  return (
    <div className="evidence-table not-prose my-6">
      <div className="hidden lg:block">
        <table className="w-full border-collapse text-base">
          <caption className="mb-2 text-left font-semibold">{t('caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('study')}</th>
              {fields.map((f) => <th key={f} scope="col">{t(f)}</th>)}
              <th scope="col">{t('strength')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({row, ref}) => (
              <tr key={row.ref} data-ref={row.ref}>
                <th scope="row"><StudyLink r={ref} /><span className="block font-normal">{ref.source?.split(/[;(]/)[0]}</span></th>
                {fields.map((f) => <td key={f}>{row[f][locale]}</td>)}
                <td>{t(`strengths.${row.strength}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="lg:hidden">
        <p className="mb-2 font-semibold">{t('caption')}</p>
        <ul className="m-0 list-none space-y-4 p-0">
          {rows.map(({row, ref}) => (
            <li key={row.ref} data-ref={row.ref} className="rounded-md border border-slate-400 p-3 dark:border-slate-500">
              <p className="m-0 font-semibold"><StudyLink r={ref} /> <span className="font-normal">({t(`strengths.${row.strength}`)})</span></p>
              <dl className="m-0 mt-2 grid gap-1">
                {fields.map((f) => (
                  <div key={f}>
                    <dt className="inline font-semibold">{t(f)}{locale === 'fr' ? ' : ' : ': '}</dt>
                    <dd className="inline m-0">{row[f][locale]}</dd>
                  </div>
                ))}
              </dl>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
