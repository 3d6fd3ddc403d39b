/**
 * Chromium: the reading engine's worker, started by the reading host (entrypoints/reading-host/),
 * which outlives the extension's service worker. Loads the packaged dictionary once and answers
 * the host's requests (utils/reading/engine-worker.ts). No extension API here: a worker has none.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createEngineLoader, dictionaryFiles } from '../utils/reading/engine-loader';
import { serveEngine, type WorkerScope } from '../utils/reading/engine-worker';

export default defineUnlistedScript({
  include: ['chrome'],
  main() {
    const scope = globalThis as unknown as WorkerScope & { location: { href: string } };
    serveEngine(scope, createEngineLoader(dictionaryFiles(new URL('/', scope.location.href).href)));
  },
});
