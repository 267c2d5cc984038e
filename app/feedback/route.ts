// POST /feedback: the "Was this page useful?" form at the foot of content pages (see app/_lib/feedback).
import {createFeedbackHandler} from '@/app/_lib/feedback/handler';
import {globalBoundFromEnv, limiterFromEnv} from '@/app/_lib/feedback/rate-limit';
import {getStore} from '@/app/_lib/feedback/store';
import {siteUrl} from '@/app/_lib/site';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const handler = createFeedbackHandler({store: getStore, limiter: limiterFromEnv(), bound: globalBoundFromEnv(), siteOrigin: siteUrl});

// Next's route handler cannot see the socket: without TRUST_PROXY every request counts as one client here.
// The site's server (app/_server/start.ts) calls the handler itself with the socket's address.
export const POST = (request: Request) => handler(request);
