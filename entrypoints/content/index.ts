import { defineContentScript } from 'wxt/utils/define-content-script';
import { OFFICIAL_HOST_PATTERNS } from '../../utils/sites/hosts';
import { startPage } from './page';
import { registerReader } from './reader-handoff';
import { startReading } from './reading';

/**
 * Runs on the official sites (and, when the user asks from the toolbar, on any page it is injected
 * into). Recognition is cheap and silent on pages that are not statements. The reading layer
 * (pinyin and the word popup's logic, no React) is part of this script and starts as soon as a
 * statement is recognised; the interface (React) is injected after the first pinyin
 * (reader-handoff.ts).
 */
export default defineContentScript({
  matches: [...OFFICIAL_HOST_PATTERNS],
  // At idle, in a task of its own. At document_start (recognising right after DOMContentLoaded,
  // ~100 ms sooner on long statements) the script's evaluation joined the page's parsing task and
  // made it a long task (53–61 ms) on small statement pages where the page alone had none. A tiny
  // script at document_end asking the background to inject this one did not start it sooner:
  // 180–220 ms after DOMContentLoaded on 40,000 characters (the page's own first layout comes
  // first), and 300–500 ms on a real 10,000-character page, whose own long frames came between
  // the request and the injection (at idle: 50–90 ms). The background starts loading the
  // dictionary when the page starts to arrive (reader-loader.ts).
  runAt: 'document_idle',
  // No window.postMessage announcing the script to the page (WXT keeps it for its older
  // versions): the page hears of Duizhao, and while DevTools (or a test's CDP) is attached each
  // post captured a stack trace of the whole script (9–14 ms, Chromium trace, 2026-12-02).
  noScriptStartedPostMessage: true,
  main(ctx) {
    // The toolbar may inject this script into a tab that already runs it: keep one instance.
    const flag = '__duizhaoContentScript';
    const scope = globalThis as unknown as Record<string, unknown>;
    if (scope[flag]) return;
    scope[flag] = true;
    ctx.onInvalidated(() => {
      delete scope[flag];
    });
    // Part of this script rather than injected by the background after recognition: that round
    // trip cost 20–140 ms before the first pinyin, more when the worker had been stopped (it had
    // to start first), for 94 KB more to evaluate on every official page.
    registerReader((article, early, settings) => {
      performance.mark('dz:reader-start');
      try {
        return startReading(ctx, document, article, early, settings);
      } catch (error) {
        console.warn('[Duizhao] the reading layer failed to start', error);
        return () => undefined;
      }
    }, ctx);
    startPage(ctx, document, location.href);
  },
});
