/**
 * Loads the reading engine while a statement-shaped page loads, and injects the reader's interface
 * into a tab whose content script showed a statement's first pinyin.
 */
import { browser } from 'wxt/browser';
import { onMessage } from '../../utils/messaging';
import { worthPrewarming } from '../../utils/reading/prewarm';
import { hasReadingHost, openReadingHost } from '../../utils/reading/host';
import { backgroundReader, mark } from '../../utils/reading/service';
import { readingSettingsItem, siteSwitchesItem } from '../../utils/storage';

/**
 * The unlisted script WXT builds from entrypoints/reader-ui.ts (the interface: React). The page
 * asks for it once the first readings are in (reader-handoff.ts), so that its evaluation (the
 * longest of the reader's tasks) does not hold up the first pinyin.
 */
export const READER_UI_FILE = '/reader-ui.js';

/** React, which reader-ui.js takes from it; injected just before (utils/build/shared-react.ts). */
export const READER_VENDOR_FILE = '/reader-vendor.js';

export function registerReaderLoader(): void {
  // A statement may be on its way: load the engine while the page loads (utils/reading/prewarm.ts).
  // The URL of a tab on an official site is known through the host permissions alone.
  browser.tabs?.onUpdated.addListener((_tabId, change, tab) => {
    // Fired when the page starts to arrive (not earlier: the address is not known before
    // without the webNavigation permission), so the worker loads while the page is parsed
    // and runs its scripts.
    const url = tab.url;
    if (change.status !== 'loading' || !url) return;
    mark('dz:tab-loading');
    void Promise.all([readingSettingsItem.getValue(), siteSwitchesItem.getValue()])
      .then(([settings, switches]) => {
        if (!worthPrewarming(url, settings, switches)) return;
        // Where the pages' readings come from (utils/reading/host.ts).
        return hasReadingHost() ? openReadingHost() : backgroundReader().then(() => undefined);
      })
      .catch(() => undefined);
  });
  onMessage('loadReaderInterface', async ({ sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    const target = { tabId, frameIds: [sender.frameId ?? 0] };
    // Two injections, so that the page runs between the two evaluations (one task each).
    await browser.scripting.executeScript({ target, files: [READER_VENDOR_FILE] });
    await browser.scripting.executeScript({ target, files: [READER_UI_FILE] });
  });
}
