/** Injects the reader script into a tab whose content script recognised a statement. */
import { browser } from 'wxt/browser';
import { onMessage } from '../../utils/messaging';
import { backgroundReader } from '../../utils/reading/service';

/** The unlisted script WXT builds from entrypoints/reader.ts. */
export const READER_SCRIPT_FILE = '/reader.js';

export function registerReaderLoader(): void {
  onMessage('loadReader', async ({ sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    // The reader will ask for readings at once: the engine loads while the script is injected.
    backgroundReader().catch(() => undefined);
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [sender.frameId ?? 0] },
      files: [READER_SCRIPT_FILE],
    });
  });
}
