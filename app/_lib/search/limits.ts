// Search limits, in a module of their own so the header's search box (on every page) imports no search code.

/**
 * Longest query we search, in characters (after trimming). Longer input is cut here and the results page
 * says so. 200 characters is about 30 words: more than any real question, little enough that a hostile
 * 10,000-character query costs no more than a normal one.
 */
export const MAX_QUERY_CHARS = 200;

/** Results shown at most, best first (the page says how many match in all). */
export const MAX_RESULTS = 10;
