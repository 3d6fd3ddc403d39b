/**
 * The reading layer, injected by the background into a tab whose content script recognised a
 * statement (see entrypoints/content/reader-handoff.ts): word-level pinyin and the word popup's
 * logic. It carries no React, so that the first pinyin does not wait for it to be evaluated; the
 * interface (the popup's view, the English panel, side by side, the save button) is the next
 * script, entrypoints/reader-ui.ts. Pages that are not statements never load either, but for
 * statement-shaped addresses, where the reading layer is injected during recognition and stays idle.
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerReader } from './content/reader-handoff';
import { startReading } from './content/reading';

export default defineUnlistedScript(() => {
  performance.mark('dz:reader-start');
  const ctx = new ContentScriptContext('reader');
  // In a task after the script's evaluation: on a cold start (code compiled for the first time)
  // the two together made tasks of 60–75 ms on long statements (tests/bench/reading-browser-bench.ts).
  ctx.setTimeout(() => {
    registerReader((article, early, settings) => {
      try {
        return startReading(ctx, document, article, early, settings);
      } catch (error) {
        console.warn('[Duizhao] the reading layer failed to start', error);
        return () => undefined;
      }
    }, ctx);
  }, 0);
});
