/** Injects the reader scripts into a tab whose content script recognised a statement. */
import { browser } from 'wxt/browser';
import { onMessage } from '../../utils/messaging';
import { worthPrewarming } from '../../utils/reading/prewarm';
import { backgroundReader, mark } from '../../utils/reading/service';
import { readingSettingsItem, siteSwitchesItem } from '../../utils/storage';

/**
 * The unlisted scripts WXT builds from entrypoints/reader.ts (the reading layer, no React) and
 * entrypoints/reader-ui.ts (the interface). The page asks for each (reader-handoff.ts): the
 * interface once the first readings are in, so that its evaluation (the longest of the
 * reader's tasks) does not hold up the first pinyin.
 */
export const READER_SCRIPT_FILES = { reading: '/reader.js', ui: '/reader-ui.js' } as const;

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
        if (worthPrewarming(url, settings, switches)) return backgroundReader();
      })
      .catch(() => undefined);
  });
  const inject = async (
    tabId: number | undefined,
    frameId: number | undefined,
    file: (typeof READER_SCRIPT_FILES)[keyof typeof READER_SCRIPT_FILES],
  ) => {
    if (tabId === undefined) return;
    mark(`dz:inject-${file}`);
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [frameId ?? 0] },
      files: [file],
    });
    mark(`dz:injected-${file}`);
  };
  onMessage('loadReader', async ({ sender }) => {
    // The reader will ask for readings at once: the engine loads while the script is injected.
    backgroundReader().catch(() => undefined);
    await inject(sender.tab?.id, sender.frameId, READER_SCRIPT_FILES.reading);
  });
  onMessage('loadReaderInterface', ({ sender }) =>
    inject(sender.tab?.id, sender.frameId, READER_SCRIPT_FILES.ui),
  );
}
