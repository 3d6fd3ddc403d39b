/**
 * Hand-off between the content script (recognition, on every official page), the reading layer it
 * carries (pinyin and the word popup's logic, no React: entrypoints/content/index.ts registers
 * it) and the reader's interface, which the background injects only into tabs that show a
 * statement, once its first readings are in (reader-ui.js: React, the word popup's view, the
 * English panel, side by side, the save button). All run in the extension's isolated world of the
 * same page, so they meet on its globalThis; the page itself cannot see this object. The slot
 * outlives an extension context (an update or reload leaves the old scripts orphaned in the same
 * world), so each side clears it when its context is invalidated: a new content script then
 * registers its own reading layer and loads a new interface instead of calling the orphaned ones.
 */
import type { ExtractedArticle } from '../../utils/article';
import { sendMessage } from '../../utils/messaging';
import { askReading } from '../../utils/reading/ask';
import { afterNextFrame, type EarlyReading } from '../../utils/reading/annotate';
import { leadingPieces } from '../../utils/reading/pieces';
import { readingSettingsView } from '../../utils/storage-view';
import type { MountWordPopup } from '../../components/word-popup/lazy';

type StartReader = (
  article: ExtractedArticle,
  early: readonly EarlyReading[],
  /** The reading settings, read while the reader loaded (reading part only). */
  settings?: Promise<unknown>,
) => () => void;

/** The reader's parts: the reading layer (in the content script) and the interface script. */
export type ReaderPart = 'reading' | 'ui';

/** Characters of the first paragraphs asked for as soon as the statement is recognised. */
const EARLY_READ_CHARS = 1500;
/** Of them, the first message's (at least the first paragraph). */
const FIRST_READ_CHARS = 300;

interface Part {
  start: StartReader;
  /** Undo the part's work for the current article. */
  stop: (() => void) | null;
}

interface Slot {
  /** The statement to show, or null. */
  article: ExtractedArticle | null;
  /** Set by each part once it has loaded. */
  parts: Partial<Record<ReaderPart, Part>>;
  /** Readings of the statement's first paragraphs, asked for while the reader loads. */
  early: EarlyReading[];
  /** The reading settings, read while the reader loads. */
  settings: Promise<unknown> | undefined;
  /** The word popup's view, from the interface script; waiters until it has loaded. */
  popup: MountWordPopup | null;
  popupWaiters: ((mount: MountWordPopup) => void)[];
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
 * Content script: show the reader on `article` (the interface is asked for the first time).
 * `settings`: the reading settings, when the caller has just read them (else read here).
 */
export function showReader(article: ExtractedArticle, settings?: unknown): void {
  const s = slot();
  hideReader();
  s.article = article;
  // The first paragraphs' readings in one message, handed to the reading part to start with.
  const early = readEarly(article);
  const read =
    settings === undefined
      ? readingSettingsView.getValue().catch(() => undefined)
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

/**
 * The interface comes once the first readings are in and a frame has been drawn: its evaluation
 * (React) would otherwise hold up the first pinyin. Not without a reading layer to show it for.
 */
function requestInterface(s: Slot, early: readonly EarlyReading[]): void {
  if (s.interfaceAsked || !s.parts.reading) return;
  s.interfaceAsked = true;
  const View = globalThis.window as Window | undefined;
  Promise.allSettled(early.map((e) => e.tokens))
    .then(() => (View ? afterNextFrame(View) : undefined))
    .then(() => sendMessage('loadReaderInterface', undefined))
    .catch((error: unknown) => {
      // The next statement shown asks again.
      s.interfaceAsked = false;
      console.warn('[Duizhao] the reader’s interface could not be loaded', error);
    });
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

/**
 * Ask for the readings of the article's first paragraphs (title first), in two messages: the
 * paragraphs up to FIRST_READ_CHARS, which the first slice writes, then the rest. The worker
 * answers the first while it reads the second (reading 1,500 characters took it 60–70 ms on a
 * cold start).
 */
function readEarly(article: ExtractedArticle): EarlyReading[] {
  const elements = [article.nodes.title, ...article.nodes.paragraphs].filter(
    (el): el is Element => !!el,
  );
  const leading = leadingPieces(elements, EARLY_READ_CHARS);
  if (!leading.length) return [];
  let size = 0;
  let split = 0;
  while (split < leading.length && (split === 0 || size < FIRST_READ_CHARS)) {
    size += leading[split]!.texts.reduce((n, t) => n + t.length, 0);
    split++;
  }
  const ask = (group: typeof leading) => {
    const answer = askReading('readingTokenize', { texts: group.flatMap((l) => l.texts) });
    let from = 0;
    return group.map(({ element, texts }) => {
      const start = from;
      from += texts.length;
      return {
        element,
        texts,
        tokens: answer.then((all) => all.slice(start, start + texts.length)),
      };
    });
  };
  const first = ask(leading.slice(0, split));
  // Not awaited here: a failure is the reader's to handle (it asks again).
  Promise.all(first.map((e) => e.tokens)).then(
    () => performance.mark('dz:early-answered'),
    () => undefined,
  );
  return split < leading.length ? [...first, ...ask(leading.slice(split))] : first;
}

/** Take the reader off the page and clear the slot (the extension context is gone). */
export function releaseReader(): void {
  if (!scope[KEY]) return;
  hideReader();
  delete scope[KEY];
}

/**
 * Register a part (the content script its reading layer, the interface script itself), and start
 * it at once on the statement waiting for it (the reading part takes the early readings). When
 * `ctx` (the part's context) is invalidated, the reader is stopped and the slot cleared.
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
