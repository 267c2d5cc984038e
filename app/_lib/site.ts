// Site identity. Who publishes the site (publisher, director of publication, host, contacts, team) lives in
// content/publication.yaml, read by app/_lib/publication.ts; nothing about a real person or organisation is
// written in the code.

/** Public origin of the site, without trailing slash (SITE_URL; local default for development). */
export const siteUrl = (process.env.SITE_URL || 'http://localhost:3000').replace(/\/+$/, '');
