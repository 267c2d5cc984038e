import {references} from '@/content/data/references';
import {referenceGroups} from '@/content/data/reference-groups';
import {translator} from '@/app/_i18n/messages';
import type {Locale} from '@/app/_i18n/pages';
import {ReferenceText} from './ReferenceText';

/** Every reference of the site, grouped by topic (sources page). */
export function Bibliography({locale}: {locale: Locale}) {
  const t = translator(locale, 'Bibliography');
  return (
    <div className="bibliography not-prose">
      {referenceGroups.map((group) => (
        <section key={group.id} aria-labelledby={`bibliography-${group.id}`} className="mt-6">
          <h3 id={`bibliography-${group.id}`} className="text-xl font-semibold">{t(`groups.${group.id}`)}</h3>
          <ul className="mt-2 list-disc space-y-3 pl-6 text-base">
            {references.filter((r) => (group.keys as readonly string[]).includes(r.key)).map((r) => (
              <li key={r.key} id={`source-${r.key}`} className="break-words"><ReferenceText locale={locale} reference={r} /></li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
