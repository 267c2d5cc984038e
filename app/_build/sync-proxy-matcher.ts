// Before `next build`: writes the proxy's matcher from the route model. Next reads `config.matcher` by
// static analysis, so it must be a literal in proxy.ts; this step keeps that literal derived from
// app/_i18n/pages.ts (tests/unit/proxy.test.ts fails if proxy.ts is out of date).
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {proxyMatcherSource} from '../_i18n/pages';

const MARK = '// generated: app/_build/sync-proxy-matcher.ts\n';

/** proxy.ts with its generated matcher line replaced by the one the route model gives. */
export function withMatcher(source: string): string {
  const start = source.indexOf(MARK);
  if (start < 0) throw new Error(`proxy.ts: the line "${MARK.trim()}" that marks the generated matcher is missing`);
  const from = start + MARK.length;
  const to = source.indexOf('\n', from);
  const indent = /^\s*/.exec(source.slice(from, to))![0];
  return source.slice(0, from) + `${indent}${JSON.stringify(proxyMatcherSource)},` + source.slice(to);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? '')) {
  const file = path.join(process.cwd(), 'proxy.ts');
  const before = readFileSync(file, 'utf8');
  const after = withMatcher(before);
  if (after !== before) {
    writeFileSync(file, after);
    console.log('sync-proxy-matcher: proxy.ts matcher updated from the route model');
  }
}
