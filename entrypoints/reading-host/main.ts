/**
 * Chromium: the reading host, an offscreen document the service worker opens (utils/reading/
 * host.ts). It answers the pages' reading requests from the engine in its worker, which keeps the
 * dictionary loaded while the browser stops and restarts the service worker.
 */
import { browser } from 'wxt/browser';
import { engineWorkerClient } from '../../utils/reading/engine-worker';
import { answerReadingRequests } from '../../utils/reading/answer';

const engine = engineWorkerClient(new Worker(browser.runtime.getURL('/reading-worker.js')));
answerReadingRequests(engine);
// The engine loads at once: the host is opened when Duizhao starts, for the first statement.
engine.warm().catch((error: unknown) => console.warn('[Duizhao] reading engine not loaded', error));
