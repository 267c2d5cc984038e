// The site's production server (`npm start`): Next's own request handler for everything, with one fast path
// in front of it for the search results (search.ts). `npm run build` bundles this file to
// .next/site-server.mjs (esbuild, packages left in node_modules), so it runs on plain Node.
// Port: -p/--port, else PORT, else 3000; it listens on every interface, as `next start` does.
import {createServer} from 'node:http';

function portFromArgs(argv: string[]): number {
  const at = argv.findIndex((a) => a === '-p' || a === '--port');
  const raw = at >= 0 ? argv[at + 1] : (argv.find((a) => a.startsWith('--port='))?.slice(7) ?? process.env.PORT ?? '3000');
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`site server: invalid port ${JSON.stringify(raw)}`);
  return port;
}

/**
 * Open the feedback store once before taking requests, then close it: this loads the SQLite engine (or
 * reaches PostgreSQL) and applies the migrations and the purge, so the route's own first opening, on the
 * first submission, takes milliseconds. Left to that first submission, it held a burst of first
 * submissions for seconds. A failure is logged and the route tries again on each submission (503 meanwhile).
 */
async function prepareFeedbackStore() {
  try {
    const {openStore} = await import('../_lib/feedback/store');
    const store = await openStore();
    await store.close();
  } catch (e) {
    console.error('feedback: the store could not be opened at start-up; each submission will try again:', e instanceof Error ? e.message : String(e));
  }
}

async function main() {
  // As `next start`: production, and set before Next's modules load.
  (process.env as Record<string, string>).NODE_ENV ||= 'production';
  const port = portFromArgs(process.argv.slice(2));
  const dir = process.cwd();
  const {default: next} = await import('next');
  const {searchFastPath} = await import('./search');
  const app = next({dev: false, dir, port, hostname: 'localhost'});
  await app.prepare();
  const handle = app.getRequestHandler();
  await prepareFeedbackStore();
  let search: ReturnType<typeof searchFastPath> | null = null;
  try {
    search = searchFastPath(dir);
  } catch (e) {
    // No index or shell (a plain `next build`): Next's route handler answers the search, and says it is unavailable.
    console.error(`site server: search fast path off (${e instanceof Error ? e.message : String(e)}); run npm run build`);
  }
  const server = createServer((req, res) => {
    if (search?.takes(req)) return search.handle(req, res);
    handle(req, res).catch((e: unknown) => {
      console.error('site server:', e);
      if (!res.headersSent) res.writeHead(500, {'Content-Type': 'text/plain; charset=utf-8'});
      res.end('Internal Server Error');
    });
  });
  server.listen(port, () => console.log(`site server: ready on http://localhost:${port}`));
  const stop = () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 3000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
