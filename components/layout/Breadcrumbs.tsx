import {translator} from '@/app/_i18n/messages';
import {breadcrumbTrail, pathFor, type Locale, type PageId} from '@/app/_i18n/pages';

/** The trail from home to this page (app/_i18n/pages.ts), as a navigation list; nothing on the home page. */
export function Breadcrumbs({locale, id}: {locale: Locale; id: PageId}) {
  const trail = breadcrumbTrail(id);
  if (!trail.length) return null;
  const names = translator(locale, 'Pages');
  return (
    <nav aria-label={translator(locale, 'Breadcrumbs')('label')} className="breadcrumbs mb-4 text-base">
      <ol className="m-0 flex list-none flex-wrap gap-x-2 p-0">
        {trail.map((p, i) => (
          <li key={p} className="flex items-center gap-x-2">
            {i > 0 && <span aria-hidden="true">›</span>}
            {p === id ? <span aria-current="page">{names(p)}</span> : <a href={pathFor(locale, p)} className="underline underline-offset-4">{names(p)}</a>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
