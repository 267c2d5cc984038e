// Site identity and publisher details come from the environment, so nothing about a real person or
// organisation is written in the code. Unset values render as "not configured yet", never invented.

/** Public origin of the site, without trailing slash (SITE_URL; local default for development). */
export const siteUrl = (process.env.SITE_URL || 'http://localhost:3000').replace(/\/+$/, '');

export type Publisher = {
  name?: string;
  address?: string;
  email?: string;
  director?: string;
  host?: string;
};

/** Publisher details for the legal notice and the sources page. */
export const publisher: Publisher = {
  name: process.env.SITE_PUBLISHER_NAME || undefined,
  address: process.env.SITE_PUBLISHER_ADDRESS || undefined,
  email: process.env.SITE_CONTACT_EMAIL || undefined,
  director: process.env.SITE_PUBLICATION_DIRECTOR || undefined,
  host: process.env.SITE_HOST || undefined,
};
