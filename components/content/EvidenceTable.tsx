import {fibromyalgiaEvidence} from '@/content/data/fibromyalgia-evidence';
import {referenceByKey} from '@/content/data/references';
import type {Reference} from '@/content/data/types';
import {translator} from '@/app/_i18n/messages';
import type {Locale} from '@/app/_i18n/pages';
import {labelSeparator} from '@/app/_i18n/format';

const shown = ['design', 'patients', 'result'] as const;
const more = ['given', 'found', 'followUp'] as const;

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
 * The fibromyalgia evidence table from typed data: one real table (caption, scoped headers), no ARIA
 * roles (the W3C checker rejects roles on tr/th/td). Each row shows the study, its design, the number of
 * people, the result in one plain sentence and the strength label; doses, follow-up and exact figures sit
 * in a <details> per row. Below the lg breakpoint CSS lays each row out as a card labelled from data-label
 * (app/globals.css). Label text is followed by real punctuation, so the text reads without CSS too.
 */
export function EvidenceTable({locale}: {locale: Locale}) {
  const t = translator(locale, 'EvidenceTable');
  const sep = labelSeparator(locale);
  return (
    <div className="evidence-table card-table not-prose my-6">
      <table className="w-full border-collapse text-base">
        <caption className="mb-2 text-left font-semibold">{t('caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('study')}</th>
            {shown.map((f) => <th key={f} scope="col">{t(f)}</th>)}
            <th scope="col">{t('strength')}</th>
            <th scope="col">{t('details')}</th>
          </tr>
        </thead>
        <tbody>
          {fibromyalgiaEvidence.map((row) => {
            const ref = referenceByKey.get(row.ref)!;
            return (
              <tr key={row.ref} data-ref={row.ref}>
                <th scope="row"><StudyLink r={ref} /><span className="study-source">{ref.source?.split(/[;(]/)[0]}</span></th>
                {shown.map((f) => <td key={f} data-label={t(f) + sep}>{row[f][locale]}</td>)}
                <td data-label={t('strength') + sep}>{t(`strengths.${row.strength}`)}</td>
                <td>
                  <details>
                    <summary className="cursor-pointer font-semibold">{t('more')}</summary>
                    {more.map((f) => <p key={f} className="mt-1"><b>{t(f)}{sep.trimEnd()}</b> {row[f][locale]}</p>)}
                  </details>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
