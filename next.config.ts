import type {NextConfig} from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

/**
 * Next is the build and development tool only. `npm run build` exports the site as static files
 * (`output: 'export'`) to build/next/ (distDir); app/_build/static-pages.mjs then finishes them into
 * build/site/, which the site's own server (app/_server/, `npm start`) serves with every header
 * (app/_server/headers.ts: one function, the CSP with the hashes read from the build). Nothing here applies
 * headers, rewrites or redirects: a static export has no server of Next's to apply them.
 * In development (`next dev`) pages render on request as usual; see README, Two commands.
 */
const withNextIntl = createNextIntlPlugin('./app/_i18n/request.ts');

const nextConfig: NextConfig = {
  output: 'export',
  distDir: 'build/next',
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {globalNotFound: true},
};

export default withNextIntl(nextConfig);
