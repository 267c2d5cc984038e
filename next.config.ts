import type {NextConfig} from 'next';
import {createHash} from 'node:crypto';
import createNextIntlPlugin from 'next-intl/plugin';
import {locales, pathFor} from './app/_i18n/pages';
import {searchPathFor} from './app/_lib/search/route';
import {handoutScript, keepFragmentScript} from './app/_lib/inline-scripts';

const isDev = process.env.NODE_ENV !== 'production';
const sha256 = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

/**
 * Pages without client components ship no Next runtime (app/_build/static-pages.mjs), so their only
 * scripts are our two inline ones, allowed by hash. The clinics page keeps Next's runtime for its copy
 * buttons, and Next inlines bootstrap scripts that change per build: it needs 'unsafe-inline' (nonces
 * would force dynamic rendering). Development needs eval as well.
 */
function csp(scripts: string): string {
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "manifest-src 'self'",
    ...(isDev ? [] : ['upgrade-insecure-requests']),
  ].join('; ');
}
const strictCsp = csp(isDev ? "'self' 'unsafe-inline' 'unsafe-eval'" : `'self' ${sha256(keepFragmentScript)} ${sha256(handoutScript)}`);
const runtimeCsp = csp(`'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`);

/** The pages that keep Next's client runtime (their flight data references a client component). */
const pagesWithRuntime = locales.map((locale) => pathFor(locale, 'for-clinics'));

/** The search results page, at its public and internal addresses (app/[locale]/search). */
const searchPaths = [...new Set(locales.flatMap((locale) => [searchPathFor(locale), `/${locale}/search`]))];

const securityHeaders = [
  {key: 'Content-Security-Policy', value: strictCsp},
  {key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains'},
  {key: 'X-Content-Type-Options', value: 'nosniff'},
  {key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin'},
  {key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=()'},
  {key: 'X-Frame-Options', value: 'DENY'},
  {key: 'Cross-Origin-Opener-Policy', value: 'same-origin'},
];

const withNextIntl = createNextIntlPlugin('./app/_i18n/request.ts');

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Next would hash the whole HTML on every request to make an ETag: its largest CPU cost per page. Pages
  // are immutable per deployment and CDN-cacheable (s-maxage).
  generateEtags: false,
  reactStrictMode: true,
  experimental: {globalNotFound: true},
  async headers() {
    // When two rules set the same header, the later one wins.
    return [
      {source: '/:path*', headers: securityHeaders},
      ...pagesWithRuntime.map((source) => ({source, headers: [{key: 'Content-Security-Policy', value: runtimeCsp}]})),
      // Search results (issue 10): a health query must not leak in a Referer nor sit in a shared cache.
      // The page is dynamic, so Next keeps its runtime scripts on it (see README, Search): runtime CSP.
      // Both the public and the internal (rewritten) paths, whichever Next matches.
      ...searchPaths.map((source) => ({source, headers: [
        {key: 'Content-Security-Policy', value: runtimeCsp},
        {key: 'Referrer-Policy', value: 'no-referrer'},
        {key: 'Cache-Control', value: 'private, no-store'},
      ]})),
    ];
  },
};

export default withNextIntl(nextConfig);
