// Development with search and feedback (`npm run dev:server`; README, Two commands): `next dev` renders the
// pages live on the next port up, and this server in front answers what Next no longer does (a static
// export has no server code): POST /feedback, the dynamic routes (the search), /review-notices.css, and the
// forgiving URLs' redirects, with the same code as the production server. Everything else is passed to
// `next dev`. The search reads the index and its shell from the last `npm run build` (or answers that it is
// unavailable); `npm run search-index` refreshes the index after a content change.
import {spawn} from 'node:child_process';
import {createServer, request as forward} from 'node:http';
import path from 'node:path';
import {Readable} from 'node:stream';
import {decodePath, routeForPath, routePath} from '../_i18n/pages';
import {negotiateLocale} from '../_i18n/resolve';
import {createFeedbackHandler} from '../_lib/feedback/handler';
import {globalBoundFromEnv, limiterFromEnv} from '../_lib/feedback/rate-limit';
import {getStore} from '../_lib/feedback/store';
import {siteUrl} from '../_lib/site';
import {portFromArgs} from './options';
import {reviewNoticesAnswer, reviewNoticesPath} from './review-notices';
import {dynamicRoutes} from './routes';
import {wholeBody, type Answer} from './answer';

const port = portFromArgs(process.argv.slice(2));
const nextPort = port + 1;
const next = spawn(process.execPath, [path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'dev', '--webpack', '-p', String(nextPort)], {stdio: 'inherit'});
const feedback = createFeedbackHandler({store: getStore, limiter: limiterFromEnv(), bound: globalBoundFromEnv(), siteOrigin: siteUrl});

const server = createServer(async (req, res) => {
  const send = (a: Answer) => { res.writeHead(a.status, a.headers); res.end(wholeBody(a.body)); };
  try {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/feedback' && req.method === 'POST') {
      const headers = new Headers();
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
      const response = await feedback(new Request(`http://localhost/feedback`, {method: 'POST', headers, body: Readable.toWeb(req) as ReadableStream, duplex: 'half'} as RequestInit), {remoteAddress: req.socket.remoteAddress});
      res.writeHead(response.status, Object.fromEntries(response.headers));
      return void res.end(Buffer.from(await response.arrayBuffer()));
    }
    const dynamic = dynamicRoutes.get(url.pathname);
    if (dynamic) return send(await dynamic.answer(dynamic.locale, url.searchParams, url.search.slice(1)));
    if (url.pathname === reviewNoticesPath) return send(reviewNoticesAnswer());
    const decoded = decodePath(url.pathname);
    const route = decoded === null || url.pathname.startsWith('/_next/') ? null : routeForPath(decoded, () => negotiateLocale(req.headers['accept-language']));
    if (route && routePath(route) !== url.pathname) {
      res.writeHead(url.pathname === '/' ? 307 : 308, {Location: routePath(route) + url.search});
      return void res.end();
    }
    const upstream = forward({host: '127.0.0.1', port: nextPort, path: req.url, method: req.method, headers: req.headers}, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => { if (!res.headersSent) res.writeHead(502); res.end('next dev is not answering yet'); });
    req.pipe(upstream);
  } catch (e) {
    console.error('dev server:', e);
    if (!res.headersSent) res.writeHead(500);
    res.end();
  }
});
server.listen(port, () => console.log(`dev server: http://localhost:${port} (next dev on ${nextPort}; search and feedback answered here)`));
const stop = () => { next.kill('SIGTERM'); server.close(); server.closeAllConnections(); process.exit(0); };
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
