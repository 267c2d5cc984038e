import {translator} from '@/app/_i18n/messages';
import {pathFor, type Locale} from '@/app/_i18n/pages';
import {inLocale, publication} from '@/app/_lib/publication';

/**
 * The top of a decision aid (frontmatter `decision`, placed by PageTemplate under the page's dates): the
 * decision in one sentence, the update policy linked to the sources page, and the site's funding from the
 * publication file (content/publication.yaml `funding`), or a plain "not yet filled in". Self-contained, so the
 * page header around it can change freely. README, "Decision aids", lists the IPDAS criteria it carries.
 * The decision stays open; the update policy and the funding fold under one summary (open in print), so the
 * key points and the first section stay near the top on a phone.
 */
export function DecisionAid({locale, decision}: {locale: Locale; decision: string}) {
  const t = translator(locale, 'DecisionAid');
  const funding = inLocale(publication().funding, locale);
  const sep = locale === 'fr' ? ' : ' : ': ';
  return (
    <section aria-label={t('label')} className="decision-aid not-prose my-4 rounded-md border-l-4 border-slate-600 bg-slate-50 p-3 text-base dark:border-slate-300 dark:bg-slate-900">
      <p className="decision m-0 text-lg"><strong>{t('decision')}{sep}</strong>{decision}</p>
      <details className="mt-1">
        <summary>{t('more')}</summary>
        <p className="update-policy m-0 mt-1">
          {t('policy')} <a href={`${pathFor(locale, 'sources')}#how-we-review`}>{t('policyLink')}</a>
        </p>
        <p className="funding m-0 mt-1" data-funding={funding ? 'filled' : 'missing'}>
          {t('funding')}{sep}{funding ?? <span className="not-yet italic">{t('fundingNotYet')}</span>}
        </p>
      </details>
    </section>
  );
}
