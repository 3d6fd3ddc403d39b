/**
 * Chromium: where the pages' reading requests are answered. A Manifest V3 service worker is
 * stopped after ~30 s without events, and a new one had to load the dictionary again before the
 * next statement's first pinyin (~200 ms on two cores). The worker instead opens the reading host,
 * an offscreen document (entrypoints/reading-host/) that runs the engine in a dedicated worker
 * (entrypoints/reading-worker.ts, the offscreen reason) and answers the pages' readingTokenize,
 * readingWordAt and readingWordsAt directly: the service worker is not on their way, stopped or
 * not. A page whose request nobody answered (the host not open yet) asks for it (readingHostOpen)
 * and asks again (utils/reading/ask.ts). Firefox's background page answers them itself.
 */
import { browser } from 'wxt/browser';
import { onMessage } from '../messaging';

export const READING_HOST_PATH = '/reading-host.html';

/** Whether this browser has offscreen documents (Chromium's Manifest V3). */
export function hasReadingHost(): boolean {
  return typeof browser.offscreen?.createDocument === 'function';
}

async function hostOpen(): Promise<boolean> {
  const contexts = await browser.runtime.getContexts({
    contextTypes: ['OFFSCREEN_DOCUMENT'],
    documentUrls: [browser.runtime.getURL(READING_HOST_PATH)],
  });
  return contexts.length > 0;
}

let opening: Promise<void> | undefined;

/** Open the reading host unless it is open (one at a time: a second create would throw). */
export function openReadingHost(): Promise<void> {
  opening ??= (async () => {
    if (await hostOpen()) return;
    try {
      await browser.offscreen.createDocument({
        url: READING_HOST_PATH,
        reasons: ['WORKERS'],
        justification:
          'Runs the reading engine (dictionary, segmentation, pinyin) in a worker that stays loaded while the service worker sleeps.',
      });
    } catch (error) {
      // Opened meanwhile (by another worker start): what was wanted.
      if (!(await hostOpen())) throw error;
    }
  })().finally(() => {
    opening = undefined;
  });
  return opening;
}

/**
 * Service worker: open the host when the browser starts and when Duizhao is installed or updated,
 * so that the first statement of a session finds the engine loaded (opened with the first page, it
 * competed with that page for two cores: 340 ms to the first pinyin of a 10,000-character
 * statement instead of 170), and whenever a page asks (its request found no one to answer it).
 * Where the host cannot be opened, `fallback` makes this worker answer the pages.
 */
export function registerReadingHost(
  /** Answer the pages from this worker instead, when the host cannot be opened. */
  fallback: () => void,
): () => void {
  let fellBack = false;
  const open = () => {
    openReadingHost().catch((error: unknown) =>
      console.warn('[Duizhao] the reading host could not be opened', error),
    );
  };
  browser.runtime.onStartup.addListener(open);
  browser.runtime.onInstalled.addListener(open);
  const off = onMessage('readingHostOpen', async () => {
    if (fellBack) return;
    try {
      await openReadingHost();
    } catch (error) {
      // The page asks again at once: this worker answers it, slower after each stop, but it does.
      console.warn('[Duizhao] the reading host could not be opened; reading in the worker', error);
      fellBack = true;
      fallback();
    }
  });
  return () => {
    browser.runtime.onStartup.removeListener(open);
    browser.runtime.onInstalled.removeListener(open);
    off();
  };
}
