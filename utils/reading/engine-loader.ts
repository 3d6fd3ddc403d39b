/**
 * The reading engine over the packaged dictionary, loaded once and lazily, wherever it runs: the
 * background (Firefox), the reading worker of Chromium's reading host (utils/reading/host.ts), the
 * worker's own English scorer and aligner. No DOM, no extension API: the files come from
 * `fetchText`. The dictionary's core (4.8 of 11.9 MB: what segmentation and pinyin need) loads
 * first and readings are answered from it; the definitions follow for the popup.
 */
import { DICT_CORE_PATH, DICT_DEFINITIONS_PATH } from './dict-format';
import { Dictionary } from './dictionary';
import type { ReadingToken } from './pinyin';
import { createReadingEngine, type ReadingEngine, type WordInfo } from './reader';

/** A performance mark (read by tests/bench/reading-browser-bench.ts). */
export function mark(name: string): void {
  globalThis.performance?.mark?.(name);
}

export type DictionaryPath = typeof DICT_CORE_PATH | typeof DICT_DEFINITIONS_PATH;

/** The three requests a page makes of the reading engine (the message protocol's shapes). */
export interface ReadingRequests {
  tokenize(data: { texts: string[] }): Promise<ReadingToken[][]>;
  wordAt(data: {
    text: string;
    offset: number;
    exact: boolean;
    word?: string;
  }): Promise<WordInfo | null>;
  wordsAt(data: {
    text: string;
    words: { offset: number; word: string }[];
  }): Promise<(WordInfo | null)[]>;
}

export interface EngineLoader extends ReadingRequests {
  /** The whole dictionary: the core with its definitions attached. */
  dictionary(): Promise<Dictionary>;
  /** The engine over the core: segmentation and pinyin, without the definitions. */
  reader(): Promise<ReadingEngine>;
  /** The engine with the definitions attached (popup data, glossary entries). */
  engine(): Promise<ReadingEngine>;
}

/**
 * The dictionary's files under `base` (the extension's root URL), by fetch: the same in the
 * background, an extension page and a worker of one.
 */
export function dictionaryFiles(base: string): (path: DictionaryPath) => Promise<string> {
  return async (path) => {
    const response = await fetch(new URL(path, base));
    if (!response.ok) throw new Error(`Dictionary missing from the extension (${response.status})`);
    return response.text();
  };
}

/** Read once when the engine is built (made up, in the register of a press conference). */
const WARM_UP_TEXT =
  '外交部发言人就有关问题答记者问。问：据报道，双方将于本月举行第三轮磋商，中方对此有何评论？' +
  '答：中方一贯主张通过对话协商和平解决争端，愿同各方一道，为维护地区和平稳定发挥建设性作用。';

/** Forget a failed load, so the next request tries again. */
function retryable<T>(promise: Promise<T>, forget: () => void): Promise<T> {
  return promise.catch((error: unknown) => {
    forget();
    throw error;
  });
}

/** `fetchText(path)`: a file of the packaged dictionary as text (rejects when it is missing). */
export function createEngineLoader(
  fetchText: (path: DictionaryPath) => Promise<string>,
): EngineLoader {
  let core: Promise<Dictionary> | undefined;
  let full: Promise<Dictionary> | undefined;
  let reader: Promise<ReadingEngine> | undefined;

  const packaged = async (path: DictionaryPath, name: string) => {
    mark(`dz:${name}-fetch`);
    const text = await fetchText(path);
    mark(`dz:${name}-fetched`);
    return text;
  };

  const coreDictionary = (): Promise<Dictionary> =>
    (core ??= retryable(
      packaged(DICT_CORE_PATH, 'dict').then((text) => {
        const dict = new Dictionary(text);
        mark('dz:dict-parsed');
        return dict;
      }),
      () => (core = undefined),
    ));

  const dictionary = (): Promise<Dictionary> =>
    (full ??= retryable(
      coreDictionary().then(async (dict) => {
        if (!dict.hasDefinitions)
          dict.attachDefinitions(await packaged(DICT_DEFINITIONS_PATH, 'defs'));
        return dict;
      }),
      () => (full = undefined),
    ));

  const readerEngine = (): Promise<ReadingEngine> =>
    (reader ??= retryable(
      coreDictionary().then((dict) => {
        const e = createReadingEngine(dict);
        mark('dz:engine-ready');
        // A first reading costs 3–5 times a later one (the code is not optimised yet,
        // pinyin-pro builds its tables): paid here, while the page loads, not by its first
        // paragraphs.
        e.read(WARM_UP_TEXT);
        mark('dz:engine-warm');
        return e;
      }),
      () => (reader = undefined),
    ));

  const engine = () => Promise.all([readerEngine(), dictionary()]).then(([e]) => e);

  /**
   * The definitions load after the first reading was answered, so that they do not hold up the
   * first ruby on a cold start (their decoding runs on the same thread).
   */
  const loadDefinitionsSoon = () => {
    if (full) return;
    setTimeout(() => dictionary().catch(() => undefined), 0);
  };

  return {
    dictionary,
    reader: readerEngine,
    engine,
    async tokenize({ texts }) {
      const e = await readerEngine();
      loadDefinitionsSoon();
      return texts.map((text) => e.read(text));
    },
    async wordAt(data) {
      const e = await engine();
      return e.wordAt(data.text, data.offset, { exact: data.exact, word: data.word });
    },
    async wordsAt(data) {
      const e = await engine();
      return e.wordsAt(data.text, data.words);
    },
  };
}
