import {createNavigation} from 'next-intl/navigation';
import {routing} from './routing';
import {pageForInternalPath, type Locale} from './pages';

const {getPathname} = createNavigation(routing);

/**
 * The localized href for an internal path as authors write it ('/risks-and-safety#bladder'), or null when
 * the path names no page. Query and fragment are kept.
 */
export function localizedHref(locale: Locale, internal: string): string | null {
  const match = /^([^?#]*)([?#].*)?$/.exec(internal);
  const path = match?.[1] || '/';
  if (!pageForInternalPath(path)) return null;
  return getPathname({locale, href: path as never}) + (match?.[2] ?? '');
}
