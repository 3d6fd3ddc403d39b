/** Injects the reader script into a tab whose content script recognised a statement. */
import { browser } from 'wxt/browser';
import { onMessage } from '../../utils/messaging';

/** The unlisted script WXT builds from entrypoints/reader.ts. */
export const READER_SCRIPT_FILE = '/reader.js';

export function registerReaderLoader(): void {
  onMessage('loadReader', async ({ sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [sender.frameId ?? 0] },
      files: [READER_SCRIPT_FILE],
    });
  });
}
