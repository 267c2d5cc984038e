import type {NextRequest} from 'next/server';
import {builderResponse} from '@/app/_lib/clinics/respond';

// The clinics' referral email builder (issue 22) at /fr/pour-les-cliniques/courriel and /en/for-clinics/email
// (next.config rewrites both here), under `next start`; the site's server answers it itself (README, For clinics).
export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest, {params}: {params: Promise<{locale: string}>}) {
  return builderResponse((await params).locale, request.nextUrl);
}
