/**
 * Hand-off between the light content script (recognition, on every official page) and the reader
 * scripts, which the background injects only into tabs that show a recognised statement: first
 * the reading layer (reader.js: pinyin, no React, so that it is quick to evaluate), then, once
 * its first readings are in, the interface (reader-ui.js: React, the word popup's view, the
 * English panel, side by side, the save button). All run in the extension's isolated world of the
 * same page, so they meet on its globalThis; the page itself cannot see this object. The slot
 * outlives an extension context (an update or reload leaves the old scripts orphaned in the same
 * world), so each side clears it when its context is invalidated: a new content script then loads
 * new reader scripts instead of calling the orphaned ones.
 */
import type { ExtractedArticle } from '../../utils/article';
import { sendMessage } from '../../utils/messaging';
import { afterNextFrame, type EarlyReading } from '../../utils/reading/annotate';
import { leadingPieces } from '../../utils/reading/pieces';
import { readingSettingsItem } from '../../utils/storage';
import type { MountWordPopup } from '../../components/word-popup/lazy';

type StartReader = (
  article: ExtractedArticle,
  early: readonly EarlyReading[],
  /** The reading settings, read while the reader loaded (reading part only). */
  settings?: Promise<unknown>,
) => () => void;

/** The reader scripts' parts, in the order the page asks for them (showReader). */
export type ReaderPart = 'reading' | 'ui';

/** Characters of the first paragraphs read while the reader script loads (one message). */
const EARLY_READ_CHARS = 1500;

interface Part {
  start: StartReader;
  /** Undo the part's work for the current article. */
  stop: (() => void) | null;
}

interface Slot {
  /** The statement to show, or null. */
  article: ExtractedArticle | null;
  /** Set by each reader script once it has loaded. */
  parts: Partial<Record<ReaderPart, Part>>;
  loading: boolean;
  /** Readings of the statement's first paragraphs, asked for while the reader loads. */
  early: EarlyReading[];
  /** The reading settings, read while the reader loads. */
  settings: Promise<unknown> | undefined;
  /** The word popup's view, from the interface script; waiters until it has loaded. */
  popup: MountWordPopup | null;
  popupWaiters: ((mount: MountWordPopup) => void)[];
}

/** What the hand-off needs of WXT's ContentScriptContext. */
export interface InvalidationSource {
  onInvalidated(callback: () => void): unknown;
}

const KEY = '__duizhaoReaderSlot';
const scope = globalThis as unknown as Record<string, Slot | undefined>;

function slot(): Slot {
  return (scope[KEY] ??= {
    article: null,
    parts: {},
    loading: false,
    early: [],
    settings: undefined,
    popup: null,
    popupWaiters: [],
  });
}

const loadedParts = (s: Slot) => Object.values(s.parts);

/** Content script: show the reader on `article`, loading the reader script the first time. */
export function showReader(article: ExtractedArticle): void {
  const s = slot();
  hideReader();
  s.article = article;
  if (loadedParts(s).length) {
    for (const part of loadedParts(s)) part.stop = part.start(article, []);
  } else if (!s.loading) {
    s.loading = true;
    performance.mark('dz:load-reader');
    const reading = sendMessage('loadReader', undefined);
    // Then the first paragraphs' readings: the background segments them while the browser
    // injects the reading layer. Asked first, they held the injection up: the worker handles
    // one message at a time, and segmenting them took 40–50 ms on long statements.
    s.early = readEarly(article);
    s.settings = readingSettingsItem.getValue().catch(() => undefined);
    // The interface comes once the reading layer has loaded, its first readings are in and a
    // frame has been drawn: its evaluation (React) would otherwise hold up the first pinyin.
    const firstReadings = Promise.allSettled(s.early.map((e) => e.tokens));
    const View = globalThis.window as Window | undefined;
    reading
      .then(
        () =>
          firstReadings
            .then(() => (View ? afterNextFrame(View) : undefined))
            .then(() => sendMessage('loadReaderInterface', undefined))
            .catch((error: unknown) =>
              console.warn('[Duizhao] the reader’s interface could not be loaded', error),
            ),
        (error: unknown) => console.warn('[Duizhao] the reader could not be loaded', error),
      )
      .finally(() => {
        s.loading = false;
      });
  }
}

/** Content script: take the reader off the page (restoring it exactly). */
export function hideReader(): void {
  const s = slot();
  const stops: (() => void)[] = [];
  for (const part of loadedParts(s)) {
    if (part.stop) stops.push(part.stop);
    part.stop = null;
  }
  s.article = null;
  s.early = [];
  s.settings = undefined;
  for (const stop of stops) stop?.();
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
 * Reader script: register a part, and start it at once on the statement waiting for it (the
 * reading part takes the early readings). When `ctx` (the part's context) is invalidated, the
 * reader is stopped and the slot cleared.
 */
export function registerReader(
  start: StartReader,
  ctx?: InvalidationSource,
  name: ReaderPart = 'reading',
): void {
  const s = slot();
  s.parts[name]?.stop?.();
  const part: Part = { start, stop: null };
  s.parts[name] = part;
  ctx?.onInvalidated(() => {
    if (scope[KEY] === s) releaseReader();
  });
  if (!s.article) return;
  if (name !== 'reading') {
    part.stop = start(s.article, []);
    return;
  }
  const { early, settings } = s;
  s.early = [];
  s.settings = undefined;
  part.stop = start(s.article, early, settings);
}

/** Interface script: hand the word popup's view to the reading part. */
export function provideWordPopup(mount: MountWordPopup): void {
  const s = slot();
  s.popup = mount;
  for (const waiter of s.popupWaiters.splice(0)) waiter(mount);
}

/** Reading part: the word popup's view, once the interface script has loaded. */
export function wordPopupMount(): Promise<MountWordPopup> {
  const s = slot();
  return s.popup
    ? Promise.resolve(s.popup)
    : new Promise((resolve) => s.popupWaiters.push(resolve));
}
