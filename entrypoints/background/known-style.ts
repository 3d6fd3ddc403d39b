/**
 * Injects each tab's known-word sheet (utils/reading/known-style.ts) and replaces it when the
 * tab sends a new one: the new sheet goes in before the old one comes out, so no pinyin flashes.
 * A sheet sent for another document of the same frame (the tab navigated) has gone with that
 * document and is not removed. One change at a time, so two quick updates cannot cross.
 */
import { browser } from 'wxt/browser';
import { onMessage } from '../../utils/messaging';
import { knownStylesItem, type KnownStyles } from '../../utils/storage';

export function registerKnownStyleService(): void {
  let chain: Promise<unknown> = Promise.resolve();
  onMessage('readingKnownStyle', ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || typeof data?.css !== 'string' || typeof data.doc !== 'string') {
      return;
    }
    const frameId = sender.frameId ?? 0;
    const key = `${tabId}/${frameId}`;
    const target = { tabId, frameIds: [frameId] };
    const run = chain.then(async () => {
      const styles = await knownStylesItem()
        .getValue()
        .catch((): KnownStyles => ({}));
      const before = styles[key];
      const old = before?.doc === data.doc ? before.css : '';
      if (old === data.css) return;
      if (data.css) await browser.scripting.insertCSS({ target, css: data.css });
      if (old) await browser.scripting.removeCSS({ target, css: old }).catch(() => {});
      const next = { ...styles };
      if (data.css) next[key] = { doc: data.doc, css: data.css };
      else delete next[key];
      await knownStylesItem()
        .setValue(next)
        .catch(() => {});
    });
    chain = run.catch(() => undefined);
    return run;
  });
  // A closed tab's sheets are gone with it.
  browser.tabs.onRemoved.addListener((tabId) => {
    chain = chain.then(async () => {
      const styles = await knownStylesItem()
        .getValue()
        .catch((): KnownStyles => ({}));
      const next = Object.fromEntries(
        Object.entries(styles).filter(([key]) => !key.startsWith(`${tabId}/`)),
      );
      if (Object.keys(next).length !== Object.keys(styles).length) {
        await knownStylesItem()
          .setValue(next)
          .catch(() => {});
      }
    });
  });
}
