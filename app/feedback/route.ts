// POST /feedback: the "Was this page useful?" form at the foot of content pages (see app/_lib/feedback).
import {createFeedbackHandler} from '@/app/_lib/feedback/handler';
import {limiterFromEnv} from '@/app/_lib/feedback/rate-limit';
import {getStore} from '@/app/_lib/feedback/store';
import {siteUrl} from '@/app/_lib/site';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const POST = createFeedbackHandler({store: getStore, limiter: limiterFromEnv(), siteOrigin: siteUrl});
