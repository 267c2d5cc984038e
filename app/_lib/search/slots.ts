// The places the search handler fills in the prerendered search shell (components/layout/SearchShell.tsx
// writes them, app/_lib/search/shell.ts reads them back). Plain ASCII that React writes unchanged in text
// and in attribute values, and that no page or message contains.
export const slots = {
  /** The whole <title> text. */
  title: '[[search:title]]',
  /** Appended to the language link's href: the query for the other language's results, or nothing. */
  alternateQuery: '[[search:alternate-query]]',
  /** The <h1> content. */
  heading: '[[search:heading]]',
  /** The value of the results page's own search field. */
  query: '[[search:query]]',
  /** Around the urgent-help block: kept when the query expresses danger, dropped otherwise. */
  crisisStart: '[[search:crisis]]',
  crisisEnd: '[[/search:crisis]]',
  /** Everything after the form: notes, count, results or the no-result help. */
  results: '[[search:results]]',
} as const;

export type SlotName = keyof typeof slots;
