// The security headers of every response of the site's server, from this one function: pages and files,
// redirects, 400/404/405, search, feedback, errors. The Content-Security-Policy allows exactly the inline
// scripts and the one inlined stylesheet that the build's pages contain, by their sha256 hashes, which the
// server reads from the built pages when it loads them (site.ts); no 'unsafe-inline', no manifest.

/** The hashes the policy allows, as CSP sources ('sha256-…'). */
export type CspHashes = {scripts: readonly string[]; styles: readonly string[]};

export function contentSecurityPolicy({scripts, styles}: CspHashes): string {
  return [
    "default-src 'self'",
    `script-src 'self'${scripts.map((h) => ' ' + h).join('')}`,
    // 'self' for the small overdue-notices stylesheet (/review-notices.css) linked at the end of <body>.
    `style-src 'self'${styles.map((h) => ' ' + h).join('')}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "manifest-src 'self'",
    'upgrade-insecure-requests',
  ].join('; ');
}

/**
 * The headers every response carries. `private`: the answer may carry a query (search, a redirect that keeps
 * the query string): no Referer to another site.
 */
export function securityHeaders(hashes: CspHashes): {common: Record<string, string>; private: Record<string, string>} {
  const common = {
    'Content-Security-Policy': contentSecurityPolicy(hashes),
    'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=()',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
  return {common, private: {...common, 'Referrer-Policy': 'no-referrer'}};
}
