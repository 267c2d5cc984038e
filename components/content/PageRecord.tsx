import {translator} from '@/app/_i18n/messages';
import {formatDay, labelSeparator} from '@/app/_i18n/format';
import type {Locale} from '@/app/_i18n/pages';
import {inLocale, people, type Person, type Role} from '@/app/_lib/publication';
import type {Frontmatter} from '@/content/schema';

/** Changes newest first. */
export function sortedChanges(fm: Pick<Frontmatter, 'changes'>) {
  return [...(fm.changes ?? [])].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

/** One person: name, what they did on this page, training, affiliation and declared interests. */
export function PersonEntry({locale, person, roles}: {locale: Locale; person: Person; roles: Role[]}) {
  const t = translator(locale, 'Publication');
  const details = [inLocale(person.credentials, locale), inLocale(person.affiliation, locale)].filter(Boolean).join(', ');
  return (
    <li data-person={person.id}>
      <strong>{person.name}</strong> ({roles.map((r) => t(`roles.${r}`)).join(', ')}){details && <> · {details}</>}
      <br />
      <span className="interests">{t('interests', {text: inLocale(person.interests, locale)!})}</span>
    </li>
  );
}

/**
 * The foot of every page, printed too: who wrote and reviewed it (with training and declared interests)
 * and its change log.
 */
export function PageRecord({locale, frontmatter: fm}: {locale: Locale; frontmatter: Frontmatter}) {
  const t = translator(locale, 'Publication');
  const ids = [...new Set([...(fm.authors ?? []), ...(fm.reviewers ?? [])])];
  const changes = sortedChanges(fm);
  return (
    <section className="page-record" aria-labelledby="page-record">
      <h2 id="page-record">{t('aboutTitle')}</h2>
      {ids.length ? (
        <ul className="page-people">
          {people(ids).map((p) => {
            const roles: Role[] = [...(fm.authors?.includes(p.id) ? (['author'] as const) : []), ...(fm.reviewers?.includes(p.id) ? (['medical-reviewer'] as const) : [])];
            return <PersonEntry key={p.id} locale={locale} person={p} roles={roles} />;
          })}
        </ul>
      ) : (
        <p className="not-yet">{t('peopleNotYet')}</p>
      )}
      <p className="next-review">{translator(locale, 'Page')('nextReview')} <time dateTime={fm.nextReview}>{formatDay(locale, fm.nextReview)}</time></p>
      <h3 id="change-log">{t('changesTitle')}</h3>
      {changes.length ? (
        // Folded (issue 19): the newest change is on the page's date line; print opens the fold.
        <details className="change-log-fold">
          <summary>{t('showChanges', {count: changes.length})}</summary>
          <ul className="change-log">
            {changes.map((c) => (
              <li key={c.date + c.note}>
                <time dateTime={c.date}>{formatDay(locale, c.date)}</time>{labelSeparator(locale)}{c.note}
              </li>
            ))}
          </ul>
        </details>
      ) : (
        <p>{t('noChanges')}</p>
      )}
    </section>
  );
}
