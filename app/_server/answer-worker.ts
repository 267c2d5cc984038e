// A worker thread of the site's server (pool.ts): it answers the dynamic routes (routes.ts: the search, the
// clinics' builder) so that their CPU runs beside the event loop that serves pages and files, not on it.
// It loads the search index, both shells and the results' messages once, then answers one message at a time,
// in the order they came. `npm run build` bundles it to build/answer-worker.mjs beside build/server.mjs.
import {parentPort} from 'node:worker_threads';
import {locales} from '../_i18n/pages';
import {warmSearchTexts} from '../_lib/search/render';
import {loadShell} from '../_lib/search/shell';
import {getSearchIndex} from '../_lib/search/store';
import {toMessage, type AnswerRequest} from './pool';
import {dynamicRoutes} from './routes';

const port = parentPort;
if (!port) throw new Error('answer-worker: run it as a worker thread (pool.ts)');

const index = getSearchIndex();
warmSearchTexts(Math.max(...locales.map((l) => index.sections(l))));
for (const locale of locales) loadShell(locale);

const sentHeads = new WeakSet<Buffer>();
port.on('message', async ({id, path, query}: AnswerRequest) => {
  const route = dynamicRoutes.get(path);
  try {
    if (!route) throw new Error('no such route');
    const answer = await route.answer(route.locale, new URLSearchParams(query), query);
    const {message, transfer} = toMessage(id, answer, sentHeads);
    port.postMessage(message, transfer);
  } catch (e) {
    // By its kind only: the query can say what someone searched for.
    port.postMessage({id, failed: e instanceof Error ? e.name : typeof e});
  }
});
port.postMessage({ready: true});
