// The site's production server (`npm start`): serves the finished build (build/site) and answers the search,
// the feedback form, /review-notices.css and /healthz; Next does not run in production (README, How it is
// built). `npm run build` bundles this file to build/server.mjs (esbuild, packages left in node_modules).
// Port: -p/--port, else PORT, else 3000; it listens on every interface. TRUST_PROXY: see app.ts.
import {createServer} from 'node:http';
import {sql} from 'kysely';
import {createFeedbackHandler} from '../_lib/feedback/handler';
import {globalBoundFromEnv, limiterFromEnv} from '../_lib/feedback/rate-limit';
import {getStore, stopPurgeTimer} from '../_lib/feedback/store';
import {getSearchIndex} from '../_lib/search/store';
import {loadShell} from '../_lib/search/shell';
import {warmSearchTexts} from '../_lib/search/render';
import {locales} from '../_i18n/pages';
import {siteUrl} from '../_lib/site';
import {createHandler, rawBadRequest} from './app';
import {dynamicRoutes} from './routes';
import {portFromArgs, trustProxyFrom} from './options';
import {answerWorkersFrom, createAnswerPool} from './pool';
import type {Answer} from './answer';
import {plainPage} from '../_lib/html';
import {loadSite} from './site';

/** A dynamic route's answer when its worker died under it: a 503 in both languages (the worker is replaced). */
const unavailableAnswer = (): Answer => ({
  status: 503,
  headers: {'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Retry-After': '1'},
  body: plainPage('Réessayez · Try again', [
    {lang: 'fr', text: 'Cette page n’a pas pu être préparée\u00a0: réessayez dans un instant.', href: '/fr/aide-urgente', link: 'Aide urgente'},
    {lang: 'en', text: 'This page could not be prepared: try again in a moment.', href: '/en/urgent-help', link: 'Urgent help'},
  ]),
});

async function main() {
  const port = portFromArgs(process.argv.slice(2));
  const trustProxy = trustProxyFrom();
  const site = loadSite();
  for (const locale of locales) if (!loadShell(locale)) throw new Error('the build has no search shell: run npm run build');
  // The dynamic routes (the search, the builder) in worker threads (pool.ts), each with the index loaded before
  // the server listens; with ANSWER_WORKERS=0, on the event loop, the index and messages loaded now. Either
  // way no reader waits for them.
  const workers = answerWorkersFrom();
  const pool = workers > 0
    ? createAnswerPool({file: new URL('./answer-worker.mjs', import.meta.url), size: workers, unavailable: unavailableAnswer})
    : null;
  if (pool) {
    await pool.ready;
  } else {
    const index = getSearchIndex();
    warmSearchTexts(Math.max(...locales.map((l) => index.sections(l))));
  }
  const routes = pool
    ? new Map([...dynamicRoutes].map(([path, route]) => [path, {locale: route.locale, answer: (_l: unknown, _p: unknown, query: string) => pool.answer(path, query)}]))
    : dynamicRoutes;

  // Open the feedback store before taking requests (migrations, purge): a burst of first submissions then
  // waits milliseconds, not seconds. A failure is logged; each submission tries again (503 meanwhile).
  let storeOpened = false;
  await getStore().then(() => { storeOpened = true; }, (e: unknown) => {
    console.error(`feedback: the store could not be opened at start-up (${e instanceof Error ? e.message : String(e)}); each submission will try again`);
  });

  const feedbackHandler = createFeedbackHandler({store: async () => { const s = await getStore(); storeOpened = true; return s; }, limiter: limiterFromEnv(), bound: globalBoundFromEnv(), trustProxy: 0, siteOrigin: siteUrl});
  const inFlight = new Set<Promise<unknown>>();
  const handle = createHandler({
    site,
    dynamicRoutes: routes,
    trustProxy,
    // `client` is already resolved (the socket, or the trusted proxy's X-Forwarded-For entry): the handler
    // keys its limits on it and reads no header itself (trustProxy 0 above).
    feedback: (request, client) => feedbackHandler(request, {remoteAddress: client}),
    storeAnswers: async () => {
      const store = await getStore();
      await sql`select 1`.execute(store.db);
      return true;
    },
    track: (work) => {
      inFlight.add(work);
      return work.finally(() => inFlight.delete(work));
    },
  });
  const server = createServer(handle);
  server.keepAliveTimeout = 30_000;
  // Requests Node's parser refuses (unparsable target, bad header): a 400 with every security header.
  const badRequest = rawBadRequest(site);
  const tooLarge = rawBadRequest(site, 431);
  server.on('clientError', (e: NodeJS.ErrnoException, socket) => {
    if (e.code === 'ECONNRESET' || !socket.writable || (socket as {_httpMessage?: unknown})._httpMessage) return void socket.destroy();
    socket.end(e.code === 'HPE_HEADER_OVERFLOW' ? tooLarge : badRequest);
  });
  server.listen(port, () => console.log(`site server: ready on http://localhost:${port} (${site.files.size} files)`));

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    // Stop accepting; close keep-alive connections as soon as they are idle; requests in flight (and the
    // feedback writes they wait for) finish; then the store closes and the process exits.
    const idle = setInterval(() => server.closeIdleConnections(), 50);
    server.close(async () => {
      clearInterval(idle);
      await Promise.allSettled([...inFlight]);
      stopPurgeTimer();
      await pool?.close();
      if (storeOpened) await getStore().then((s) => s.close()).catch(() => {});
      process.exit(0);
    });
    server.closeIdleConnections();
    setTimeout(() => { console.error('site server: requests still open after 10 s; exiting'); process.exit(1); }, 10_000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((e) => {
  console.error(`site server: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
