import type {NextConfig} from 'next';
import {PHASE_PRODUCTION_SERVER} from 'next/constants';
import {createHash} from 'node:crypto';
import createNextIntlPlugin from 'next-intl/plugin';
import {copyScript, handoutScript, keepFragmentScript} from './app/_lib/inline-scripts';
import {dynamicRewrites, internalPathOf, locales, routePath, type Route} from './app/_i18n/pages';
import {assertPostBuilt} from './app/_build/static-pages.mjs';

const isDev = process.env.NODE_ENV !== 'production';
const sha256 = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

/**
 * No page ships Next's client runtime (app/_build/static-pages.mjs removes it and fails the build if a page
 * has a client component), so the only scripts are our three small inline ones, allowed by hash. Styles:
 * `style-src 'self'` here; the post-build step inlines the one stylesheet into every page and replaces
 * 'self' with the stylesheet's hash in the built headers (.next/routes-manifest.json), since the CSS only
 * exists once Next has built it. Development needs inline scripts and eval.
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
const strictCsp = csp(isDev ? "'self' 'unsafe-inline' 'unsafe-eval'" : `'self' ${[keepFragmentScript, handoutScript, copyScript].map(sha256).join(' ')}`);

const securityHeaders = [
  {key: 'Content-Security-Policy', value: strictCsp},
  {key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains'},
  {key: 'X-Content-Type-Options', value: 'nosniff'},
  {key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin'},
  {key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=()'},
  {key: 'X-Frame-Options', value: 'DENY'},
  {key: 'Cross-Origin-Opener-Policy', value: 'same-origin'},
];

/**
 * The search results (issue 10) and the clinics' email builder (issue 22): a query in the URL must not reach
 * another site in a Referer. Set
 * here because these headers win over a route handler's own; both the public path (/fr/recherche) and the
 * one Next answers from after the proxy's rewrite (/fr/search). The handler adds `Cache-Control: private,
 * no-store` and `X-Robots-Tag: noindex` (app/_lib/search/respond.ts).
 */
const searchPaths = [...new Set(locales.flatMap((locale) => (['search', 'clinic-email'] as const).flatMap((name) => {
  const route: Route = {kind: 'special', name, locale};
  return [routePath(route), internalPathOf(route)];
})))];

const withNextIntl = createNextIntlPlugin('./app/_i18n/request.ts');

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Next would hash the whole HTML on every request to make an ETag: its largest CPU cost per page. Pages
  // are immutable per deployment and CDN-cacheable (s-maxage).
  generateEtags: false,
  reactStrictMode: true,
  experimental: {globalNotFound: true},
  // Dynamic routes at their localized path (/fr/recherche) to the app folder that answers them (the route
  // model's dynamicRewrites); the proxy does not run on these canonical paths.
  async rewrites() {
    return {beforeFiles: dynamicRewrites, afterFiles: [], fallback: []};
  },
  async headers() {
    return [
      {source: '/:path*', headers: securityHeaders},
      ...searchPaths.map((source) => ({source, headers: [{key: 'Referrer-Policy', value: 'no-referrer'}]})),
    ];
  },
};

/**
 * `next start` refuses a build made by a plain `next build` without the post-build step (pages would carry
 * Next's inline bootstrap scripts, which the policy blocks, and a linked stylesheet): use `npm run build`.
 */
export default function config(phase: string) {
  if (phase === PHASE_PRODUCTION_SERVER) assertPostBuilt(process.cwd());
  return withNextIntl(nextConfig);
}
