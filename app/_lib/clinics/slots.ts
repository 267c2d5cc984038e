// The places the referral email builder fills in its prerendered shell (components/layout/ClinicEmailShell.tsx
// writes them, ./shell.ts reads them back). Plain ASCII that React writes unchanged, found in no page.
export const builderSlots = {
  /** The whole <title> text. */
  title: '[[builder:title]]',
  /** Appended to the language link's href: the same request for the other language's builder. */
  alternateQuery: '[[builder:alternate-query]]',
  /** Everything in <main>. */
  content: '[[builder:content]]',
  /** Around the letter's items of both languages (title, summary, QR code of each patient page), built with
   *  the pages: the builder takes the chosen ones from here and drops the block from the page. */
  itemsStart: '[[builder:items]]',
  itemsEnd: '[[/builder:items]]',
} as const;

export type BuilderSlot = keyof typeof builderSlots;
