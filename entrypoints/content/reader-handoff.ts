/**
 * Hand-off between the light content script (recognition, on every official page) and the reader
 * script (pinyin, popups, the English panel: React and the rest), which the background injects only
 * into tabs that show a recognised statement. Both run in the extension's isolated world of the
 * same page, so they meet on its globalThis; the page itself cannot see this object. The slot
 * outlives an extension context (an update or reload leaves the old scripts orphaned in the same
 * world), so each side clears it when its context is invalidated: a new content script then loads
 * a new reader instead of calling the orphaned one.
 */
import type { ExtractedArticle } from '../../utils/article';
import { sendMessage } from '../../utils/messaging';
import type { EarlyReading } from '../../utils/reading/annotate';
import { leadingPieces } from '../../utils/reading/pieces';

type StartReader = (article: ExtractedArticle, early: readonly EarlyReading[]) => () => void;

/** Characters of the first paragraphs read while the reader script loads (one message). */
const EARLY_READ_CHARS = 1500;

interface Slot {
  /** The statement to show, or null. */
  article: ExtractedArticle | null;
  /** Undo the reader's work for the current article. */
  stop: (() => void) | null;
  /** Set by the reader script once it has loaded. */
  start: StartReader | null;
  loading: boolean;
  /** Readings of the statement's first paragraphs, asked for while the reader loads. */
  early: EarlyReading[];
}

/** What the hand-off needs of WXT's ContentScriptContext. */
export interface InvalidationSource {
  onInvalidated(callback: () => void): unknown;
}

const KEY = '__duizhaoReaderSlot';
const scope = globalThis as unknown as Record<string, Slot | undefined>;

function slot(): Slot {
  return (scope[KEY] ??= { article: null, stop: null, start: null, loading: false, early: [] });
}

/** Content script: show the reader on `article`, loading the reader script the first time. */
export function showReader(article: ExtractedArticle): void {
  const s = slot();
  hideReader();
  s.article = article;
  if (s.start) {
    s.stop = s.start(article, []);
  } else if (!s.loading) {
    s.loading = true;
    performance.mark('dz:load-reader');
    // The first paragraphs' readings are asked for at once: the background segments them while
    // it injects the reader script (100 ms and more the first time), instead of after.
    s.early = readEarly(article);
    sendMessage('loadReader', undefined)
      .catch((error: unknown) => console.warn('[Duizhao] the reader could not be loaded', error))
      .finally(() => {
        s.loading = false;
      });
  }
}

/** Content script: take the reader off the page (restoring it exactly). */
export function hideReader(): void {
  const s = slot();
  const stop = s.stop;
  s.stop = null;
  s.article = null;
  s.early = [];
  stop?.();
}

/** Ask for the readings of the article's first paragraphs (title first), in one message. */
function readEarly(article: ExtractedArticle): EarlyReading[] {
  const elements = [article.nodes.title, ...article.nodes.paragraphs].filter(
    (el): el is Element => !!el,
  );
  const leading = leadingPieces(elements, EARLY_READ_CHARS);
  if (!leading.length) return [];
  const answer = sendMessage('readingTokenize', { texts: leading.flatMap((l) => l.texts) });
  // Not awaited here: a failure is the reader's to handle (it asks again).
  answer.then(
    () => performance.mark('dz:early-answered'),
    () => undefined,
  );
  let from = 0;
  return leading.map(({ element, texts }) => {
    const start = from;
    from += texts.length;
    return { element, texts, tokens: answer.then((all) => all.slice(start, start + texts.length)) };
  });
}

/** Take the reader off the page and clear the slot (the extension context is gone). */
export function releaseReader(): void {
  if (!scope[KEY]) return;
  hideReader();
  delete scope[KEY];
}

/**
 * Reader script: register, and start at once on the statement waiting for it. When `ctx` (the
 * reader's context) is invalidated, the reader is stopped and the slot cleared.
 */
export function registerReader(start: StartReader, ctx?: InvalidationSource): void {
  const s = slot();
  s.start = start;
  ctx?.onInvalidated(() => {
    if (scope[KEY] === s) releaseReader();
  });
  if (s.article && !s.stop) {
    const early = s.early;
    s.early = [];
    s.stop = start(s.article, early);
  }
}
