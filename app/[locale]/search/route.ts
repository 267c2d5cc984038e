import type {NextRequest} from 'next/server';
import {searchResponse} from '@/app/_lib/search/respond';

// The search results (issue 10) at /fr/recherche (the proxy rewrites it here) and /en/search. A route
// handler, not a page: it fills in the prerendered search shell, so the answer carries no Next runtime and
// the same inlined stylesheet as every page (see README, Search). GET and HEAD only; other methods get 405.
export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest, {params}: {params: Promise<{locale: string}>}) {
  return searchResponse((await params).locale, request.nextUrl.searchParams.getAll('q'));
}
