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
  /** Readings of the statement's first paragraphs, asked for while the reader loads. */
  early: EarlyReading[];
  /** The reading settings, read while the reader loads. */
  settings: Promise<unknown> | undefined;
  /** The word popup's view, from the interface script; waiters until it has loaded. */
  popup: MountWordPopup | null;
  popupWaiters: ((mount: MountWordPopup) => void)[];
  /** The reading layer's injection, while asked for or once done (cleared if it failed). */
  readingLoaded?: Promise<unknown>;
  /** The interface script was asked for (once). */
  interfaceAsked?: boolean;
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
    early: [],
    settings: undefined,
    popup: null,
    popupWaiters: [],
  });
}

const loadedParts = (s: Slot) => Object.values(s.parts);

/**
 * Content script: inject the reading layer before the statement is recognised, when the address
 * says one is likely here (utils/reading/prewarm.ts): the browser injects it while the page is
 * recognised (20–40 ms on long statements) instead of after. A wrong guess costs an idle script.
 */
export function preloadReader(): void {
  const s = slot();
  if (!s.parts.reading && !s.readingLoaded) load(s);
}

/**
 * Content script: show the reader on `article`, loading the reader script the first time.
 * `settings`: the reading settings, when the caller has just read them (else read here).
 */
export function showReader(article: ExtractedArticle, settings?: unknown): void {
  const s = slot();
  hideReader();
  s.article = article;
  if (!s.parts.reading && !s.readingLoaded) load(s);
  // Then the first paragraphs' readings and the settings, for the reading part to start with:
  // the background segments them while the browser injects the reading layer. Asked first, they
  // held the injection up: the worker handles one message at a time, and segmenting them took
  // 40–50 ms on long statements.
  const early = readEarly(article);
  const read =
    settings === undefined
      ? readingSettingsItem.getValue().catch(() => undefined)
      : Promise.resolve(settings);
  const reading = s.parts.reading;
  if (reading) reading.stop = reading.start(article, early, read);
  else {
    s.early = early;
    s.settings = read;
  }
  for (const [name, part] of Object.entries(s.parts))
    if (name !== 'reading') part.stop = part.start(article, []);
  if (!s.parts.ui) requestInterface(s, early);
}

/** Inject the reading layer (once, unless it failed). */
function load(s: Slot): void {
  performance.mark('dz:load-reader');
  const loaded = sendMessage('loadReader', undefined);
  s.readingLoaded = loaded;
  loaded.catch((error: unknown) => {
    if (s.readingLoaded === loaded) s.readingLoaded = undefined;
    console.warn('[Duizhao] the reader could not be loaded', error);
  });
}

/**
 * The interface comes once the reading layer has loaded, the first readings are in and a frame
 * has been drawn: its evaluation (React) would otherwise hold up the first pinyin.
 */
function requestInterface(s: Slot, early: readonly EarlyReading[]): void {
  if (s.interfaceAsked) return;
  const loaded = s.parts.reading ? Promise.resolve() : s.readingLoaded;
  if (!loaded) return;
  s.interfaceAsked = true;
  const View = globalThis.window as Window | undefined;
  const firstReadings = Promise.allSettled(early.map((e) => e.tokens));
  loaded
    .then(
      () =>
        firstReadings
          .then(() => (View ? afterNextFrame(View) : undefined))
          .then(() => sendMessage('loadReaderInterface', undefined))
          .catch((error: unknown) => {
            s.interfaceAsked = false;
            console.warn('[Duizhao] the reader’s interface could not be loaded', error);
          }),
      // Warned by load(); the next statement shown asks again.
      () => {
        s.interfaceAsked = false;
      },
    )
    .catch(() => undefined);
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
