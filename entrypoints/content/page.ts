/**
 * The page controller: recognises the statement on this page, answers the popup, tells the
 * background (toolbar badge), and starts the reader features on a recognised statement.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ExtractedArticle } from '../../utils/article';
import { extractArticle } from '../../utils/extract';
import { onMessage, sendMessage, type PageStatus } from '../../utils/messaging';
import { summarise } from '../../utils/page-status';
import { siteKeyFor } from '../../utils/sites/site-key';
import { readingSettingsView, siteSwitchesView } from '../../utils/storage-view';
import { hideReader, releaseReader, showReader } from './reader-handoff';

/** How long to keep watching a supported page whose statement body is injected after load. */
const LATE_BODY_WATCH_MS = 15_000;
const LATE_BODY_DEBOUNCE_MS = 250;

export function startPage(ctx: ContentScriptContext, doc: Document, url: string): void {
  performance.mark('dz:content-start');
  let status: PageStatus = { state: 'pending' };
  let stopWatching: (() => void) | null = null;

  const publish = (next: PageStatus) => {
    status = next;
    // The badge is a nicety: a closed or restarting background must never break the page.
    sendMessage('pageStatusChanged', next).catch(() => undefined);
  };

  const applyResult = (
    article: ExtractedArticle | null,
    next: PageStatus,
    /** The reading settings, as read for this recognition. */
    settings?: unknown,
  ) => {
    publish(next);
    // Pinyin and the official-English panel are for Chinese statements: an English page is
    // recognised (popup, badge) but does not load the reader or the dictionary.
    if (article?.lang === 'zh') showReader(article, settings);
    else hideReader();
  };

  const recognise = async (generic: boolean): Promise<PageStatus> => {
    stopWatching?.();
    stopWatching = null;
    const siteKey = siteKeyFor(url);
    const [switches, settings] = await Promise.all([
      siteSwitchesView.getValue().catch(() => ({}) as Record<string, boolean>),
      readingSettingsView.getValue().catch(() => undefined),
    ]);
    const siteEnabled = siteKey === null || switches[siteKey] !== false;
    if (!generic && siteKey !== null && !siteEnabled) {
      applyResult(null, { state: 'disabled', siteKey });
      return status;
    }
    // The page's main-thread cost of recognition (the storage read above is not on it).
    const started = performance.now();
    const result = extractArticle(doc, url, { generic });
    const costMs = performance.now() - started;
    // The page's side of recognition (tests/bench/reading-browser-bench.ts).
    performance.mark('dz:recognised', { detail: { costMs } });
    if (result.ok) {
      applyResult(
        result.article,
        {
          state: 'recognised',
          article: summarise(result.article),
          siteKey,
          siteEnabled,
          generic,
          costMs,
        },
        settings,
      );
    } else {
      applyResult(null, {
        state: 'not-statement',
        reason: result.reason,
        detail: result.detail,
        siteKey,
        siteEnabled,
        costMs,
      });
      if (result.reason === 'no-body' && !generic) stopWatching = watchForLateBody(generic);
    }
    return status;
  };

  /** Pages that fill their body with script after load: try again when the DOM settles. */
  const watchForLateBody = (generic: boolean): (() => void) => {
    let timer: number | undefined;
    const observer = new MutationObserver(() => {
      if (timer !== undefined) clearTimeout(timer);
      timer = ctx.setTimeout(() => {
        if (extractArticle(doc, url, { generic }).ok) void recognise(generic);
      }, LATE_BODY_DEBOUNCE_MS);
    });
    observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });
    const stop = () => {
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
    };
    ctx.setTimeout(stop, LATE_BODY_WATCH_MS);
    ctx.onInvalidated(stop);
    return stop;
  };

  onMessage('getPageStatus', () => status);
  onMessage('refreshPage', ({ data }) => recognise(data.generic));
  ctx.onInvalidated(() => {
    releaseReader();
    stopWatching?.();
  });
  void recognise(false);
}
