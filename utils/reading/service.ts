/**
 * Background side of the reading layer: loads the packaged dictionary lazily (first message),
 * keeps the engine for the worker's lifetime, and answers the content script. The page's main
 * thread never parses the dictionary. A cold worker loads the dictionary's core first (4.8 of
 * 11.9 MB: what segmentation and pinyin need) and answers readings from it; the definitions
 * follow for the popup, the English-version scorer and the aligner.
 * Wiring (entrypoints/background): `registerReadingService()` once at startup.
 */
import { browser } from 'wxt/browser';
import { onMessage } from '../messaging';
import { DICT_CORE_PATH, DICT_DEFINITIONS_PATH } from './dict-format';
import { Dictionary } from './dictionary';
import { createReadingEngine, type ReadingEngine } from './reader';

/** A performance mark (read by tests/bench/reading-browser-bench.ts). */
export function mark(name: string): void {
  globalThis.performance?.mark?.(name);
}

/** Read once when the engine is built (made up, in the register of a press conference). */
const WARM_UP_TEXT =
  '外交部发言人就有关问题答记者问。问：据报道，双方将于本月举行第三轮磋商，中方对此有何评论？' +
  '答：中方一贯主张通过对话协商和平解决争端，愿同各方一道，为维护地区和平稳定发挥建设性作用。';

let core: Promise<Dictionary> | undefined;
let full: Promise<Dictionary> | undefined;
let reader: Promise<ReadingEngine> | undefined;

/** A file of the extension's dictionary, as text (marks `dz:<name>-fetch` / `-fetched`). */
async function packaged(path: typeof DICT_CORE_PATH | typeof DICT_DEFINITIONS_PATH, name: string) {
  mark(`dz:${name}-fetch`);
  const response = await fetch(browser.runtime.getURL(`/${path}`));
  if (!response.ok) throw new Error(`Dictionary missing from the extension (${response.status})`);
  const text = await response.text();
  mark(`dz:${name}-fetched`);
  return text;
}

/** Forget a failed load, so the next request tries again. */
function retryable<T>(promise: Promise<T>, forget: () => void): Promise<T> {
  return promise.catch((error: unknown) => {
    forget();
    throw error;
  });
}

/**
 * The dictionary's core (headwords, readings: /dict/cedict-core.txt), loaded once per worker
 * lifetime: all that segmenting and reading a page needs, 40% of the whole.
 */
function coreDictionary(): Promise<Dictionary> {
  core ??= retryable(
    packaged(DICT_CORE_PATH, 'dict').then((text) => {
      const dict = new Dictionary(text);
      mark('dz:dict-parsed');
      return dict;
    }),
    () => (core = undefined),
  );
  return core;
}

/**
 * The whole dictionary shipped in /dict (built by wxt.config.ts): the core with its definitions
 * attached, shared by the popup, the English-version scorer and the aligner.
 */
export function backgroundDictionary(): Promise<Dictionary> {
  full ??= retryable(
    coreDictionary().then(async (dict) => {
      if (!dict.hasDefinitions)
        dict.attachDefinitions(await packaged(DICT_DEFINITIONS_PATH, 'defs'));
      return dict;
    }),
    () => (full = undefined),
  );
  return full;
}

/** The reading engine over the core: segmentation and pinyin, without the definitions. */
export function backgroundReader(): Promise<ReadingEngine> {
  reader ??= retryable(
    coreDictionary().then((dict) => {
      const e = createReadingEngine(dict);
      mark('dz:engine-ready');
      // A first reading costs 3–5 times a later one (the code is not optimised yet, pinyin-pro
      // builds its tables): paid here, while the page loads, not by the page's first paragraphs.
      e.read(WARM_UP_TEXT);
      mark('dz:engine-warm');
      return e;
    }),
    () => (reader = undefined),
  );
  return reader;
}

/** The reading engine with the definitions attached (popup data, glossary entries). */
export function backgroundEngine(): Promise<ReadingEngine> {
  return Promise.all([backgroundReader(), backgroundDictionary()]).then(([e]) => e);
}

/**
 * The definitions load after the first reading was answered, so that they do not hold up the
 * first ruby on a cold worker (their decoding runs on the worker's thread).
 */
function loadDefinitionsSoon(): void {
  if (full) return;
  setTimeout(() => backgroundDictionary().catch(() => undefined), 0);
}

/** Register the message handlers; returns a function that removes them. */
export function registerReadingService(): () => void {
  const offs = [
    onMessage('readingTokenize', async ({ data }) => {
      mark('dz:tokenize-asked');
      const e = await backgroundReader();
      mark('dz:tokenize-start');
      loadDefinitionsSoon();
      const out = data.texts.map((text) => e.read(text));
      mark('dz:tokenize-done');
      return out;
    }),
    onMessage('readingWordAt', async ({ data }) => {
      const e = await backgroundEngine();
      return e.wordAt(data.text, data.offset, { exact: data.exact, word: data.word });
    }),
    onMessage('readingWordsAt', async ({ data }) => {
      const e = await backgroundEngine();
      return e.wordsAt(data.text, data.words);
    }),
  ];
  return () => offs.forEach((off) => off());
}
