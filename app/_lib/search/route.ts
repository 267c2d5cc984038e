// The search results page's public address per locale (/fr/recherche, /en/search), from the route model.
import {routePath, type Locale} from '../../_i18n/pages';

export function searchPathFor(locale: Locale): string {
  return routePath({kind: 'special', name: 'search', locale});
}
