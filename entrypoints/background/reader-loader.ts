/** Injects the reader scripts into a tab whose content script recognised a statement. */
import { browser } from 'wxt/browser';
import { onMessage } from '../../utils/messaging';
import { worthPrewarming } from '../../utils/reading/prewarm';
import { backgroundReader } from '../../utils/reading/service';
import { readingSettingsItem, siteSwitchesItem } from '../../utils/storage';

/**
 * The unlisted scripts WXT builds from entrypoints/reader.ts (the reading layer, no React) and
 * entrypoints/reader-ui.ts (the interface), injected in this order: each is evaluated in a task of
 * its own, and the first pinyin waits only for the first.
 */
export const READER_SCRIPT_FILES = ['/reader.js', '/reader-ui.js'] as const;

export function registerReaderLoader(): void {
  // A statement may be on its way: load the engine while the page loads (utils/reading/prewarm.ts).
  // The URL of a tab on an official site is known through the host permissions alone.
  browser.tabs?.onUpdated.addListener((_tabId, change, tab) => {
    // Fired when the page starts to arrive (not earlier: the address is not known before
    // without the webNavigation permission), so the worker loads while the page is parsed
    // and runs its scripts.
    const url = tab.url;
    if (change.status !== 'loading' || !url) return;
    void Promise.all([readingSettingsItem.getValue(), siteSwitchesItem.getValue()])
      .then(([settings, switches]) => {
        if (worthPrewarming(url, settings, switches)) return backgroundReader();
      })
      .catch(() => undefined);
  });
  onMessage('loadReader', async ({ sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    // The reader will ask for readings at once: the engine loads while the script is injected.
    backgroundReader().catch(() => undefined);
    for (const file of READER_SCRIPT_FILES) {
      await browser.scripting.executeScript({
        target: { tabId, frameIds: [sender.frameId ?? 0] },
        files: [file],
      });
    }
  });
}
