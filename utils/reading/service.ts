/**
 * Background side of the reading layer: loads the packaged dictionary lazily (first message),
 * keeps the engine for the worker's lifetime, and answers the content script. The page's main
 * thread never parses the dictionary.
 * Wiring (entrypoints/background): `registerReadingService()` once at startup.
 */
import { browser } from 'wxt/browser';
import { onMessage } from '../messaging';
import { DICT_ASSET_PATH } from './dict-format';
import { loadDictionary, type Dictionary } from './dictionary';
import { createReadingEngine, type ReadingEngine } from './reader';

/** A performance mark (read by tests/bench/reading-browser-bench.ts). */
export function mark(name: string): void {
  globalThis.performance?.mark?.(name);
}

let dictionary: Promise<Dictionary> | undefined;
let engine: Promise<ReadingEngine> | undefined;

/**
 * The dictionary shipped at /dict/cedict.txt (built by wxt.config.ts), loaded once per worker
 * lifetime and shared by the reading engine and the English-version scorer.
 */
export function backgroundDictionary(): Promise<Dictionary> {
  dictionary ??= loadDictionary(async () => {
    mark('dz:dict-fetch');
    const url = browser.runtime.getURL(`/${DICT_ASSET_PATH}`);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`Dictionary missing from the extension (${response.status})`);
    const text = await response.text();
    mark('dz:dict-fetched');
    return text;
  })
    .then((dict) => (mark('dz:dict-parsed'), dict))
    .catch((error: unknown) => {
      dictionary = undefined;
      throw error;
    });
  return dictionary;
}

/** The reading engine over the shared dictionary. */
export function backgroundEngine(): Promise<ReadingEngine> {
  engine ??= backgroundDictionary().then(
    (dict) => {
      const e = createReadingEngine(dict);
      mark('dz:engine-ready');
      return e;
    },
    (error: unknown) => {
      engine = undefined;
      throw error;
    },
  );
  return engine;
}

/** Register the message handlers; returns a function that removes them. */
export function registerReadingService(): () => void {
  const offs = [
    onMessage('readingTokenize', async ({ data }) => {
      const e = await backgroundEngine();
      return data.texts.map((text) => e.read(text));
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
