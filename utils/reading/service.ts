/**
 * The reading engine of the background, and the handlers that answer the pages' reading
 * requests. The background's own engine (the English scorer, the aligner, glossary entries)
 * loads lazily from the packaged dictionary (utils/reading/engine-loader.ts). The pages' requests
 * are answered where the engine survives best: in Firefox by the background page; in Chromium by
 * the reading host (utils/reading/host.ts), which outlives the service worker, so that a worker
 * the browser stopped does not load the dictionary again before the next statement's pinyin.
 * Wiring (entrypoints/background): `registerReadingService()` or the host, once at startup.
 */
import { browser } from 'wxt/browser';
import { answerReadingRequests } from './answer';
import type { Dictionary } from './dictionary';
import { createEngineLoader, dictionaryFiles, mark } from './engine-loader';
import type { ReadingEngine } from './reader';

export { mark };

// The extension's URL is asked for when a file is (not when this module loads).
const loader = createEngineLoader((path) => dictionaryFiles(browser.runtime.getURL('/'))(path));

/** The whole dictionary shipped in /dict (the English-version scorer, the aligner). */
export const backgroundDictionary = (): Promise<Dictionary> => loader.dictionary();
/** The reading engine over the core: segmentation and pinyin, without the definitions. */
export const backgroundReader = (): Promise<ReadingEngine> => loader.reader();
/** The reading engine with the definitions attached (popup data, glossary entries). */
export const backgroundEngine = (): Promise<ReadingEngine> => loader.engine();

/** Answer the pages' reading requests from the background's own engine (Firefox). */
export function registerReadingService(): () => void {
  return answerReadingRequests(loader);
}
