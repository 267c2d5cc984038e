import {fibromyalgiaEvidence} from '@/content/data/fibromyalgia-evidence';
import {referenceByKey} from '@/content/data/references';
import type {Reference} from '@/content/data/types';
import {translator} from '@/app/_i18n/messages';
import type {Locale} from '@/app/_i18n/pages';
import {labelSeparator} from '@/app/_i18n/format';

const fields = ['design', 'patients', 'given', 'found', 'followUp'] as const;

function studyLabel(r: Reference): string {
  const authors = r.authors ?? r.key;
  const first = authors.split(',')[0].trim();
  return `${first}${authors.includes(',') ? ' et al.' : ''}${r.year ? `, ${r.year}` : ''}`;
}

function StudyLink({r}: {r: Reference}) {
  const href = r.doi ? `https://doi.org/${r.doi}` : r.pmid ? `https://pubmed.ncbi.nlm.nih.gov/${r.pmid}/` : r.url;
  const label = studyLabel(r);
  return href ? <a href={href}>{label}</a> : <span>{label}</span>;
}

/**
 * The fibromyalgia evidence table from typed data: one real table (caption, scoped headers). Below the
 * lg breakpoint CSS lays each row out as a card and labels each cell from data-label (app/globals.css),
 * so nothing scrolls sideways at 360 px and the rows are written once. Explicit roles keep the table
 * semantics when CSS changes the display.
 */
export function EvidenceTable({locale}: {locale: Locale}) {
  const t = translator(locale, 'EvidenceTable');
  const sep = labelSeparator(locale);
  return (
    <div className="evidence-table not-prose my-6">
      <table role="table" className="w-full border-collapse text-base">
        <caption className="mb-2 text-left font-semibold">{t('caption')}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th role="columnheader" scope="col">{t('study')}</th>
            {fields.map((f) => <th role="columnheader" key={f} scope="col">{t(f)}</th>)}
            <th role="columnheader" scope="col">{t('strength')}</th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {fibromyalgiaEvidence.map((row) => {
            const ref = referenceByKey.get(row.ref)!;
            return (
              <tr role="row" key={row.ref} data-ref={row.ref}>
                <th role="rowheader" scope="row"><StudyLink r={ref} /><span className="study-source">{ref.source?.split(/[;(]/)[0]}</span></th>
                {fields.map((f) => <td role="cell" key={f} data-label={t(f) + sep}>{row[f][locale]}</td>)}
                <td role="cell" data-label={t('strength') + sep}>{t(`strengths.${row.strength}`)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
