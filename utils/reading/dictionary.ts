/**
 * Runtime CC-CEDICT dictionary: parses the compact index written by dict-build.ts into a lookup
 * structure keyed by both simplified and traditional forms. Runs in the browser (background
 * worker) and in Node. Definitions are parsed lazily per lookup, so loading only splits lines
 * and fills one Map (≈ 250k keys) — see tests/bench/reading-bench.ts for the measured cost.
 */
import { DEF_SEPARATOR, DICT_FORMAT_HEADER } from './dict-format';

/** One CC-CEDICT entry. `pinyin` keeps CEDICT's numbered syllables ("Zhong1 guo2"). */
export interface DictEntry {
  simplified: string;
  traditional: string;
  pinyin: string;
  definitions: string[];
}

/** A dictionary match at a position of a text. */
export interface DictMatch {
  /** The matched text as it appears (simplified or traditional). */
  text: string;
  length: number;
  entries: DictEntry[];
}

export class Dictionary {
  private readonly lines: string[];
  /** Key (simplified or traditional form) → indices into `lines`. */
  private readonly index = new Map<string, number[]>();
  /** Longest key length, bounding longestMatch's scan. */
  readonly maxWordLength: number;
  readonly size: number;
  /** CC-CEDICT release date of the data, from the index header. */
  readonly updated: string;
  private charMap: Map<string, string> | undefined;

  constructor(text: string) {
    const newline = text.indexOf('\n');
    const header = text.slice(0, newline);
    if (!header.startsWith(DICT_FORMAT_HEADER)) {
      throw new Error('Not a Duizhao dictionary index (bad header)');
    }
    this.updated = header.split(' ')[3] ?? 'unknown';
    this.lines = text.slice(newline + 1).split('\n');
    if (this.lines[this.lines.length - 1] === '') this.lines.pop();
    let max = 1;
    for (let i = 0; i < this.lines.length; i++) {
      const line = this.lines[i]!;
      const t1 = line.indexOf('\t');
      const t2 = line.indexOf('\t', t1 + 1);
      const simp = line.slice(0, t1);
      this.add(simp, i);
      if (t2 > t1 + 1) this.add(line.slice(t1 + 1, t2), i);
      if (simp.length > max) max = simp.length;
    }
    this.maxWordLength = max;
    this.size = this.lines.length;
  }

  private add(key: string, line: number): void {
    const list = this.index.get(key);
    if (!list) this.index.set(key, [line]);
    else if (list[list.length - 1] !== line) list.push(line);
  }

  /** True when `word` is a headword (simplified or traditional). */
  has(word: string): boolean {
    return this.index.has(word);
  }

  /**
   * Simplified → traditional character map learned from the word list: for each simplified
   * character, the traditional character it most often corresponds to inside words (面 → 面 as
   * in 全面, not 麵). Computed on first call.
   */
  traditionalOf(ch: string): string {
    if (!this.charMap) {
      const counts = new Map<string, Map<string, number>>();
      for (const line of this.lines) {
        const t1 = line.indexOf('\t');
        const t2 = line.indexOf('\t', t1 + 1);
        const simp = Array.from(line.slice(0, t1));
        const trad = t2 > t1 + 1 ? Array.from(line.slice(t1 + 1, t2)) : simp;
        if (trad.length !== simp.length) continue;
        simp.forEach((s, k) => {
          const t = trad[k]!;
          const byTrad = counts.get(s) ?? new Map<string, number>();
          byTrad.set(t, (byTrad.get(t) ?? 0) + 1);
          counts.set(s, byTrad);
        });
      }
      this.charMap = new Map();
      for (const [s, byTrad] of counts) {
        let best = s;
        let max = -1;
        for (const [t, c] of byTrad) if (c > max) [best, max] = [t, c];
        if (best !== s) this.charMap.set(s, best);
      }
    }
    return this.charMap.get(ch) ?? ch;
  }

  /** All entries for a simplified or traditional headword, in index order ([] if none). */
  lookup(word: string): DictEntry[] {
    const found = this.index.get(word);
    return found ? found.map((i) => parseLine(this.lines[i]!)) : [];
  }

  /** The longest headword starting at `start` in `text` (at most maxWordLength), or null. */
  longestMatch(text: string, start: number): DictMatch | null {
    const end = Math.min(text.length, start + this.maxWordLength);
    for (let stop = end; stop > start; stop--) {
      const candidate = text.slice(start, stop);
      if (this.index.has(candidate)) {
        return { text: candidate, length: stop - start, entries: this.lookup(candidate) };
      }
    }
    return null;
  }
}

function parseLine(line: string): DictEntry {
  const [simplified = '', traditional = '', pinyin = '', defs = ''] = line.split('\t');
  return {
    simplified,
    traditional: traditional || simplified,
    pinyin,
    definitions: defs ? defs.split(DEF_SEPARATOR) : [],
  };
}

let pending: Promise<Dictionary> | undefined;

/**
 * Load the dictionary once (lazily, on first use) from a text source: `fetch` of the packaged
 * asset in the extension, the in-memory generator in Node. A failed load is not cached.
 */
export function loadDictionary(source: () => Promise<string>): Promise<Dictionary> {
  pending ??= source().then(
    (text) => new Dictionary(text),
    (error: unknown) => {
      pending = undefined;
      throw error;
    },
  );
  return pending;
}
