import { defineContentScript } from 'wxt/utils/define-content-script';
import { OFFICIAL_HOST_PATTERNS } from '../../utils/sites/hosts';
import { readSiteSwitches, startPage } from './page';

/**
 * Runs on the official sites (and, when the user asks from the toolbar, on any page it is injected
 * into). Recognition is cheap and silent on pages that are not statements.
 */
export default defineContentScript({
  matches: [...OFFICIAL_HOST_PATTERNS],
  // Loaded as the page starts, so that recognition runs the moment the DOM is complete
  // (DOMContentLoaded): at document_end or idle, the script was only evaluated after the
  // browser's first layout of the page (50–250 ms later on long statements, in Chromium traces).
  runAt: 'document_start',
  main(ctx) {
    // The toolbar may inject this script into a tab that already runs it: keep one instance.
    const flag = '__duizhaoContentScript';
    const scope = globalThis as unknown as Record<string, unknown>;
    if (scope[flag]) return;
    scope[flag] = true;
    ctx.onInvalidated(() => {
      delete scope[flag];
    });
    // Read now: at DOMContentLoaded the answer would wait behind the page's first layout.
    const switches = readSiteSwitches();
    const start = () => startPage(ctx, document, location.href, switches);
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', start, { once: true, signal: ctx.signal });
    } else start();
  },
});
