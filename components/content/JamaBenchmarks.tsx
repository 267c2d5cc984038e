import {translator} from '@/app/_i18n/messages';
import type {Locale} from '@/app/_i18n/pages';
import {intlLocale} from '@/app/_i18n/format';
import {benchmarks, jamaBenchmarks} from '@/app/_lib/benchmarks';
import {publication} from '@/app/_lib/publication';
import {pageRecords} from '@/app/_lib/review';

/** Which of the four JAMA benchmarks the site meets, computed from the publication file and the pages. */
export function JamaBenchmarks({locale}: {locale: Locale}) {
  const t = translator(locale, 'Publication');
  const met = jamaBenchmarks(publication(), pageRecords());
  const names = benchmarks.filter((b) => met[b]);
  const list = new Intl.ListFormat(intlLocale[locale], {type: 'conjunction'}).format(names.map((b) => t(`jama.${b}`)));
  return (
    <div className="jama-benchmarks" data-met={names.join(' ')}>
      <p>{t('jama.summary', {count: names.length, list})}</p>
      <p data-benchmark="authorship">{t(met.authorship ? 'jama.authorshipMet' : 'jama.authorshipNotMet')}</p>
      <p data-benchmark="disclosure">{t(met.disclosure ? 'jama.disclosureMet' : 'jama.disclosureNotMet')}</p>
    </div>
  );
}
