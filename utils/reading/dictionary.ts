/**
 * Runtime CC-CEDICT dictionary over the two files written by dict-build.ts, keyed by both
 * simplified and traditional forms. Runs in the browser (background worker) and in Node. Nothing
 * is parsed up front: the core text holds a sorted headword index that lookups binary-search and
 * the readings; loading only notes where the lines start (typed arrays) — see
 * tests/bench/reading-bench.ts for the measured cost. Segmentation and pinyin need only the core
 * (`has`, `readings`, `traditionalOf`); `lookup` (the popup's entries) needs the definitions,
 * attached when they have loaded.
 */
import {
  DEF_SEPARATOR,
  DICT_CHARS_MARK,
  DICT_CORE_HEADER,
  DICT_DEFINITIONS_HEADER,
  DICT_INDEX_MARK,
  IDIOM_FLAG,
  type DictionaryFiles,
} from './dict-format';

/** One CC-CEDICT entry. `pinyin` keeps CEDICT's numbered syllables ("Zhong1 guo2"). */
export interface DictEntry {
  simplified: string;
  traditional: string;
  pinyin: string;
  definitions: string[];
}

/** A reading of a headword, from the core file alone. */
export interface DictReading {
  /** CEDICT's numbered syllables ("Zhong1 guo2"). */
  pinyin: string;
  /** The entry is a four-character idiom (CC-CEDICT "(idiom)"). */
  idiom: boolean;
}

/** A dictionary match at a position of a text. */
export interface DictMatch {
  /** The matched text as it appears (simplified or traditional). */
  text: string;
  length: number;
  entries: DictEntry[];
}

/** Answers of `has` remembered (a few MB at most). */
const SEEN_MAX = 100_000;

export class Dictionary {
  /** The core text itself: readings, the sorted headword index, the character map. */
  private readonly text: string;
  /** Start offset of each reading line (one more at the end: where the index begins). */
  private readonly lineStarts: Int32Array;
  /** The definitions text and its line starts, once attached. */
  private defs: { text: string; lineStarts: Int32Array } | null = null;
  /** Start offset of each index line (one more at the end). */
  private readonly keyStarts: Int32Array;
  /** Longest key length, bounding longestMatch's scan. */
  readonly maxWordLength: number;
  readonly size: number;
  /** CC-CEDICT release date of the data, from the index header. */
  readonly updated: string;
  /** Where the keys beginning with each code unit start (65,537 entries: one past the last). */
  private readonly firstUnit: Int32Array;
  private readonly charMap = new Map<string, string>();
  private readonly seen = new Map<string, boolean>();

  /** From the core file, and the definitions file if it is there already. */
  constructor(text: string, definitions?: string) {
    const newline = text.indexOf('\n');
    const header = text.slice(0, newline);
    if (!header.startsWith(`${DICT_CORE_HEADER} `)) {
      throw new Error('Not a Duizhao dictionary index (bad header)');
    }
    const [, , entries = '0', updated = 'unknown', longest = '1', keys = '0'] = header.split(' ');
    this.text = text;
    this.updated = updated;
    this.size = Number(entries);
    this.maxWordLength = Number(longest);
    const indexMark = text.indexOf(`\n${DICT_INDEX_MARK}\n`, newline);
    const charsMark = text.indexOf(`\n${DICT_CHARS_MARK}\n`, indexMark + 1);
    if (indexMark < 0 || charsMark < 0)
      throw new Error('Not a Duizhao dictionary index (no index)');
    this.lineStarts = lineStarts(text, newline + 1, indexMark + 1, this.size);
    const indexStart = indexMark + DICT_INDEX_MARK.length + 2;
    this.keyStarts = lineStarts(text, indexStart, charsMark + 1, Number(keys));
    this.firstUnit = firstUnitStarts(text, this.keyStarts);
    for (let at = charsMark + DICT_CHARS_MARK.length + 2; at < text.length;) {
      const end = text.indexOf('\n', at);
      const stop = end < 0 ? text.length : end;
      const tab = text.indexOf('\t', at);
      if (tab > at && tab < stop) this.charMap.set(text.slice(at, tab), text.slice(tab + 1, stop));
      at = stop + 1;
    }
    if (definitions !== undefined) this.attachDefinitions(definitions);
  }

  /** True once the definitions are attached (`lookup` works). */
  get hasDefinitions(): boolean {
    return this.defs !== null;
  }

  /** Attach the definitions file (its entries must be the core's, line for line). */
  attachDefinitions(text: string): void {
    const newline = text.indexOf('\n');
    const [, , entries, updated] = text.slice(0, newline).split(' ');
    if (!text.startsWith(`${DICT_DEFINITIONS_HEADER} `) || newline < 0) {
      throw new Error('Not Duizhao dictionary definitions (bad header)');
    }
    if (Number(entries) !== this.size || updated !== this.updated) {
      throw new Error('Dictionary definitions of another build');
    }
    this.defs = { text, lineStarts: lineStarts(text, newline + 1, text.length, this.size) };
  }

  /** Index line of `key` (binary search over the sorted index), or -1. */
  private find(key: string): number {
    const { text, keyStarts } = this;
    let lo = 0;
    let hi = keyStarts.length - 2;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = compareKey(text, keyStarts[mid]!, key);
      if (c === 0) return mid;
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /**
   * The headwords `text` has at `start`, as their lengths in code units (ascending), none longer
   * than `max`: one walk down the sorted index, narrowing the range of keys that share the text's
   * prefix a code unit at a time and stopping once no key does (most Chinese text has no headword
   * beyond 2–4 characters), instead of one search per candidate length.
   */
  prefixesAt(text: string, start: number, max: number): number[] {
    const { text: index, keyStarts } = this;
    const out: number[] = [];
    const stop = Math.min(text.length, start + max);
    if (start >= stop) return out;
    const c0 = text.charCodeAt(start);
    if (c0 <= 9) return out;
    // The first code unit's keys from the table, the others by binary search within them.
    let lo = this.firstUnit[c0]!;
    let hi = this.firstUnit[c0 + 1]!; // exclusive
    if (lo === hi) return out;
    if (index.charCodeAt(keyStarts[lo]! + 1) === 9) out.push(1);
    for (let k = 1; start + k < stop; k++) {
      const c = text.charCodeAt(start + k);
      if (c <= 9) break; // a tab or control character is in no key
      // Keys in [lo, hi) share text[start, start + k); a key that ends at k has its tab there
      // (9, below any character), so the keys going on with c are one run of the range.
      let a = lo;
      let b = hi;
      while (a < b) {
        const m = (a + b) >>> 1;
        if (index.charCodeAt(keyStarts[m]! + k) < c) a = m + 1;
        else b = m;
      }
      const first = a;
      b = hi;
      while (a < b) {
        const m = (a + b) >>> 1;
        if (index.charCodeAt(keyStarts[m]! + k) <= c) a = m + 1;
        else b = m;
      }
      if (first === a) break;
      lo = first;
      hi = a;
      if (index.charCodeAt(keyStarts[lo]! + k + 1) === 9) out.push(k + 1);
    }
    return out;
  }

  /** True when `word` is a headword (simplified or traditional). */
  has(word: string): boolean {
    // The segmenter asks about the same short strings again and again: answers are remembered.
    let known = this.seen.get(word);
    if (known === undefined) {
      if (this.seen.size >= SEEN_MAX) this.seen.clear();
      known = this.find(word) >= 0;
      this.seen.set(word, known);
    }
    return known;
  }

  /**
   * Simplified → traditional character map learned from the word list at build time (面 → 面
   * as in 全面, not 麵; see traditionalCharMap in dict-build.ts).
   */
  traditionalOf(ch: string): string {
    return this.charMap.get(ch) ?? ch;
  }

  /** Entry lines of a simplified or traditional headword, in index order ([] if none). */
  private linesOf(word: string): number[] {
    const at = this.find(word);
    if (at < 0) return [];
    const start = this.keyStarts[at]! + word.length + 1;
    return this.text
      .slice(start, this.keyStarts[at + 1]! - 1)
      .split(',')
      .map(Number);
  }

  /** The reading line of entry `i` (without its newline). */
  private readingLine(i: number): string {
    return this.text.slice(this.lineStarts[i]!, this.lineStarts[i + 1]! - 1);
  }

  /** The readings of a headword's entries, in index order, from the core alone ([] if none). */
  readings(word: string): DictReading[] {
    return this.linesOf(word).map((i) => {
      const line = this.readingLine(i);
      const tab = line.indexOf('\t');
      return tab < 0
        ? { pinyin: line, idiom: false }
        : { pinyin: line.slice(0, tab), idiom: line.slice(tab + 1) === IDIOM_FLAG };
    });
  }

  /**
   * All entries for a simplified or traditional headword, in index order ([] if none). Needs the
   * definitions (see hasDefinitions).
   */
  lookup(word: string): DictEntry[] {
    const { defs } = this;
    if (!defs) throw new Error('Dictionary definitions not loaded yet');
    return this.linesOf(word).map((i) => {
      const pinyin = this.readingLine(i).split('\t', 1)[0]!;
      const line = defs.text.slice(defs.lineStarts[i]!, defs.lineStarts[i + 1]! - 1);
      return parseLine(line, pinyin);
    });
  }

  /** The longest headword starting at `start` in `text` (at most maxWordLength), or null. */
  longestMatch(text: string, start: number): DictMatch | null {
    const end = Math.min(text.length, start + this.maxWordLength);
    for (let stop = end; stop > start; stop--) {
      const candidate = text.slice(start, stop);
      if (this.has(candidate)) {
        return { text: candidate, length: stop - start, entries: this.lookup(candidate) };
      }
    }
    return null;
  }
}

/** Offsets of `count` lines from `from` (before `to`), plus `to` as the end of the last. */
function lineStarts(text: string, from: number, to: number, count: number): Int32Array {
  const starts = new Int32Array(count + 1);
  let at = from;
  let n = 0;
  while (n < count && at < to) {
    starts[n++] = at;
    const end = text.indexOf('\n', at);
    at = end < 0 ? text.length : end + 1;
  }
  if (n !== count) throw new Error('Not a Duizhao dictionary index (line count)');
  starts[count] = to;
  return starts;
}

/** For each code unit, the first index line whose key begins with it or a later one. */
function firstUnitStarts(text: string, keyStarts: Int32Array): Int32Array {
  const keys = keyStarts.length - 1;
  const starts = new Int32Array(0x10001);
  let line = 0;
  for (let unit = 0; unit <= 0xffff; unit++) {
    while (line < keys && text.charCodeAt(keyStarts[line]!) < unit) line++;
    starts[unit] = line;
  }
  starts[0x10000] = keys;
  return starts;
}

/** Compare the key of the index line at `start` (up to its tab) with `key`, by code units. */
function compareKey(text: string, start: number, key: string): number {
  for (let k = 0; ; k++) {
    const a = text.charCodeAt(start + k);
    const end = a === 9; // tab: the line's key ends
    if (k === key.length) return end ? 0 : 1;
    if (end) return -1;
    const b = key.charCodeAt(k);
    if (a !== b) return a - b;
  }
}

function parseLine(line: string, pinyin: string): DictEntry {
  const [simplified = '', traditional = '', defs = ''] = line.split('\t');
  return {
    simplified,
    traditional: traditional || simplified,
    pinyin,
    definitions: defs ? defs.split(DEF_SEPARATOR) : [],
  };
}

let pending: Promise<Dictionary> | undefined;

/**
 * Load the whole dictionary once (lazily, on first use) from a source of both files: the
 * in-memory generator in Node. A failed load is not cached. (The background worker loads the
 * core first and the definitions after it: utils/reading/service.ts.)
 */
export function loadDictionary(source: () => Promise<DictionaryFiles>): Promise<Dictionary> {
  pending ??= source().then(
    (files) => new Dictionary(files.core, files.definitions),
    (error: unknown) => {
      pending = undefined;
      throw error;
    },
  );
  return pending;
}
