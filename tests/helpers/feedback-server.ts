// A minimal server around the real feedback handler and store (the same code the site server, app/_server, calls
// without Next): for the durability and load tests and the benchmark. Reads DATA_DIR / DATABASE_URL and
// FEEDBACK_RATE_LIMIT, FEEDBACK_MAX_PER_HOUR/DAY and TRUST_PROXY like the app; listens on PORT (0: any free port) and prints "listening <port>".
import http from 'node:http';
import {Readable} from 'node:stream';
import {createFeedbackHandler} from '../../app/_lib/feedback/handler';
import {globalBoundFromEnv, limiterFromEnv} from '../../app/_lib/feedback/rate-limit';
import {getStore} from '../../app/_lib/feedback/store';

const POST = createFeedbackHandler({store: getStore, limiter: limiterFromEnv(), bound: globalBoundFromEnv()});

const server = http.createServer(async (req, res) => {
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
  const request = new Request(`http://${req.headers.host}${req.url}`, {method: req.method, headers, body: Readable.toWeb(req) as ReadableStream, duplex: 'half'} as RequestInit);
  const response = await POST(request, {remoteAddress: req.socket.remoteAddress});
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
});
server.keepAliveTimeout = 30_000;
// Open the store (migrations, purge) before taking requests, as the app does on first use.
getStore().then(
  () => server.listen(Number(process.env.PORT || 0), '127.0.0.1', () => {
    console.log(`listening ${(server.address() as {port: number}).port}`);
  }),
  (e) => { console.error(e); process.exit(1); },
);
