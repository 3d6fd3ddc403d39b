/**
 * The similarity of Chinese and English segments, with no model download: dictionary
 * translations (CC-CEDICT glosses, stemmed), names and official set phrases (the gazetteer and
 * utils/lexicon terms), numbers and dates, IDF-weighted within the document pair, in both
 * directions (an F-measure of the two coverages), times a weak length prior.
 *
 * Every segment's features are computed once into a shared token space (small integers); the
 * full 1:1 matrix is filled through an inverted index, and spans of several segments (for 1:n,
 * n:1 and n:m links) are scored with epoch-stamped typed arrays, so nothing is allocated per pair.
 */
import { findChineseDates, findEnglishDates, monthDayKey } from '../match/dates';
import { contentStems, internStem } from '../match/english';
import { findAnchorsZh, scanAnchorsEn, zhWords, type ZhWord } from '../match/features';
import { findChineseNumbers, findEnglishNumbers } from '../match/numbers';
import type { CompiledResources } from '../match/resources';
import type { Segment } from './types';
import { hanCount } from '../extract/text';

/** Latin letters and digits in a text (the English side of the length prior). */
function latinCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) n++;
  }
  return n;
}

/** Weight of names, set phrases, numbers and dates relative to an ordinary word. */
const ANCHOR_WEIGHT = 2.5;
/** English letters per Chinese character in official translations (measured on the corpus). */
const EN_PER_ZH = 3.4;

const EMPTY = new Int32Array(0);

/** What an English sentence says, independently of the text it is compared with. */
interface EnglishAnalysis {
  /** Distinct content stems (global ids). */
  stems: Int32Array;
  /** Anchors (names, set phrases) written in it. */
  anchors: number[];
  /** Numbers ("n…") and dates ("d…"). */
  values: string[];
  letters: number;
}

interface ChineseAnalysis {
  anchors: number[];
  values: string[];
  words: ZhWord[];
  han: number;
}

function analyseEnglish(text: string, resources: CompiledResources): EnglishAnalysis {
  const stems = new Set<number>();
  for (const s of contentStems(text)) stems.add(internStem(s));
  const anchors = new Set<number>();
  scanAnchorsEn(text, resources, (anchor) => anchors.add(anchor));
  const values = new Set<string>();
  for (const n of findEnglishNumbers(text)) values.add(`n${n}`);
  for (const d of findEnglishDates(text)) values.add(`d${monthDayKey(d)}`);
  return {
    stems: Int32Array.from(stems),
    anchors: [...anchors],
    values: [...values],
    letters: latinCount(text),
  };
}

/**
 * Sentence analyses are pure functions of the text (and the resources): kept for the next
 * alignment, which often shares one side (the matcher aligns one statement with several
 * candidates; the view re-aligns). Bounded: cleared when it reaches CACHE_LIMIT sentences.
 */
const CACHE_LIMIT = 20_000;
type Cache<T> = WeakMap<CompiledResources, Map<string, T>>;
const englishCache: Cache<EnglishAnalysis> = new WeakMap();
const chineseCache: Cache<ChineseAnalysis> = new WeakMap();

function cacheOf<T>(cache: Cache<T>, resources: CompiledResources): Map<string, T> {
  let map = cache.get(resources);
  if (!map) cache.set(resources, (map = new Map()));
  return map;
}

function cached<T>(
  cache: Cache<T>,
  resources: CompiledResources,
  text: string,
  analyse: (text: string, resources: CompiledResources) => T,
): T {
  const map = cacheOf(cache, resources);
  let value = map.get(text);
  if (value === undefined) {
    if (map.size >= CACHE_LIMIT) map.clear();
    map.set(text, (value = analyse(text, resources)));
  }
  return value;
}

/** Forget the sentence analyses (for measuring the cost of texts never seen). */
export function clearAnalysisCache(resources: CompiledResources): void {
  englishCache.delete(resources);
  chineseCache.delete(resources);
}

/** `candidates`: the anchors found in the whole text (a sentence can only hold those). */
function analyseChinese(
  text: string,
  resources: CompiledResources,
  candidates: readonly number[],
): ChineseAnalysis {
  const anchors: number[] = [];
  const names = new Set<string>();
  for (const a of candidates) {
    const zh = resources.anchors[a]!.zh;
    if (text.includes(zh)) {
      anchors.push(a);
      names.add(zh);
    }
  }
  const values = new Set<string>();
  for (const n of findChineseNumbers(text)) values.add(`n${n}`);
  for (const d of findChineseDates(text)) values.add(`d${monthDayKey(d)}`);
  return {
    anchors,
    values: [...values],
    words: zhWords(text, resources, names),
    han: hanCount(text),
  };
}

interface ZhItem {
  /** Local item id (distinct words across the document, for de-duplicating spans). */
  id: number;
  weight: number;
  /** English tokens (local ids) that render it. */
  tokens: Int32Array;
}

/** Precomputed features of one Chinese/English document pair, and the scores built on them. */
export class PairModel {
  readonly nz: number;
  readonly ne: number;
  /** Per zh segment: its distinct items. */
  private readonly zhItems: ZhItem[][];
  private readonly zhTotal: Float64Array;
  /** Per zh segment: every English token its items may be rendered by (distinct). */
  private readonly zhUnion: Int32Array[];
  private readonly zhLen: Float64Array;
  /** Per en segment: its distinct tokens. */
  private readonly enTokens: Int32Array[];
  private readonly enTotal: Float64Array;
  private readonly enLen: Float64Array;
  /** English token → IDF weight. */
  private readonly tokenWeight: Float64Array;
  /** English token → en segments containing it. */
  private readonly postings: Int32Array[];
  private readonly itemMark: Int32Array;
  private readonly tokenMark: Int32Array;
  private readonly unionMark: Int32Array;
  private readonly seenMark: Int32Array;
  private epoch = 0;

  constructor(zh: readonly Segment[], en: readonly Segment[], resources: CompiledResources) {
    this.nz = zh.length;
    this.ne = en.length;
    // Local token ids: stems and anchors by number (stem id × 2, anchor × 2 + 1), values by string.
    const byNumber = new Map<number, number>();
    const byValue = new Map<string, number>();
    const tokenBoost: number[] = [];
    const numbered = (key: number, boost: number) => {
      let id = byNumber.get(key);
      if (id === undefined) {
        byNumber.set(key, (id = byNumber.size + byValue.size));
        tokenBoost[id] = boost;
      }
      return id;
    };
    const valued = (key: string) => {
      let id = byValue.get(key);
      if (id === undefined) {
        byValue.set(key, (id = byNumber.size + byValue.size));
        tokenBoost[id] = ANCHOR_WEIGHT;
      }
      return id;
    };

    // English: content stems, anchors (names, set phrases), numbers, dates.
    const enTokens: Int32Array[] = [];
    this.enLen = new Float64Array(this.ne);
    en.forEach((segment, j) => {
      const a = cached(englishCache, resources, segment.text, analyseEnglish);
      const ids = new Set<number>();
      for (const st of a.stems) ids.add(numbered(st * 2, 1));
      for (const anchor of a.anchors) ids.add(numbered(anchor * 2 + 1, ANCHOR_WEIGHT));
      for (const v of a.values) ids.add(valued(v));
      enTokens.push(Int32Array.from(ids));
      this.enLen[j] = a.letters;
    });
    const nTokens = byNumber.size + byValue.size;
    const df = new Int32Array(nTokens);
    for (const ids of enTokens) for (const t of ids) df[t]!++;
    this.tokenWeight = new Float64Array(nTokens);
    for (let t = 0; t < nTokens; t++)
      this.tokenWeight[t] = Math.log(1 + this.ne / df[t]!) * tokenBoost[t]!;
    this.postings = [];
    const fill = new Int32Array(nTokens);
    for (let t = 0; t < nTokens; t++) this.postings.push(new Int32Array(df[t]!));
    enTokens.forEach((ids, j) => {
      for (const t of ids) this.postings[t]![fill[t]!++] = j;
    });
    this.enTokens = enTokens;
    this.enTotal = new Float64Array(this.ne);
    enTokens.forEach((ids, j) => {
      let sum = 0;
      for (const t of ids) sum += this.tokenWeight[t]!;
      this.enTotal[j] = sum;
    });

    // Chinese: per segment names and set phrases, numbers, dates and dictionary words, each an
    // item with the English tokens (of this pair) that may render it.
    const stemTokens = new Map<Int32Array, Int32Array>();
    const tokensOfStems = (stems: Int32Array): Int32Array => {
      let tokens = stemTokens.get(stems);
      if (!tokens) {
        const out: number[] = [];
        for (const st of stems) {
          const id = byNumber.get(st * 2);
          if (id !== undefined) out.push(id);
        }
        stemTokens.set(stems, (tokens = Int32Array.from(out)));
      }
      return tokens;
    };
    const anchorTokens = new Map<number, Int32Array>();
    const tokensOfAnchor = (a: number): Int32Array => {
      let tokens = anchorTokens.get(a);
      if (!tokens) {
        const out = new Set<number>();
        const id = byNumber.get(a * 2 + 1);
        if (id !== undefined) out.add(id);
        for (const spelling of resources.anchors[a]!.en)
          for (const st of contentStems(spelling)) {
            const sid = byNumber.get(internStem(st) * 2);
            if (sid !== undefined) out.add(sid);
          }
        anchorTokens.set(a, (tokens = Int32Array.from(out)));
      }
      return tokens;
    };
    // The anchors of the sentences not analysed yet, found in one pass over their whole text.
    const zhCache = cacheOf(chineseCache, resources);
    const fresh = new Set(zh.filter((z) => !zhCache.has(z.text)).map((z) => z.text));
    const candidates = fresh.size ? [...findAnchorsZh([...fresh].join('\n'), resources)] : [];
    // (A sentence not in `fresh` is analysed only if the cache was cleared meanwhile.)
    const analyse = (text: string) =>
      analyseChinese(
        text,
        resources,
        fresh.has(text) ? candidates : [...findAnchorsZh(text, resources)],
      );
    const itemIds = new Map<unknown, number>();
    const zdf: number[] = [];
    const raw: { id: number; base: number; tokens: Int32Array }[][] = [];
    this.zhLen = new Float64Array(this.nz);
    zh.forEach((segment, i) => {
      const a = cached(chineseCache, resources, segment.text, analyse);
      const items: { id: number; base: number; tokens: Int32Array }[] = [];
      const push = (key: unknown, base: number, tokens: Int32Array) => {
        let id = itemIds.get(key);
        if (id === undefined) {
          itemIds.set(key, (id = itemIds.size));
          zdf[id] = 0;
        }
        zdf[id]!++;
        items.push({ id, base, tokens });
      };
      for (const anchor of a.anchors) push(anchor, ANCHOR_WEIGHT, tokensOfAnchor(anchor));
      for (const v of a.values) {
        const id = byValue.get(v);
        push(v, ANCHOR_WEIGHT, id === undefined ? EMPTY : Int32Array.of(id));
      }
      for (const word of a.words) {
        // The gloss array is cached per word by glossStems, so it identifies the word.
        const tokens = tokensOfStems(word.stems);
        // A word none of whose renderings occurs anywhere in the English says little about
        // which English sentence renders it (the translator chose another word): half weight.
        push(word.stems, word.weight * (tokens.length ? 1 : 0.5), tokens);
      }
      raw.push(items);
      this.zhLen[i] = a.han;
    });
    this.zhItems = raw.map((items) =>
      items.map((it) => ({
        id: it.id,
        weight: it.base * Math.log(1 + this.nz / zdf[it.id]!),
        tokens: it.tokens,
      })),
    );
    this.zhTotal = Float64Array.from(this.zhItems, (items) =>
      items.reduce((sum, it) => sum + it.weight, 0),
    );
    this.zhUnion = this.zhItems.map((items) => {
      const union = new Set<number>();
      for (const it of items) for (const t of it.tokens) union.add(t);
      return Int32Array.from(union);
    });
    this.itemMark = new Int32Array(itemIds.size);
    this.tokenMark = new Int32Array(nTokens);
    this.unionMark = new Int32Array(nTokens);
    this.seenMark = new Int32Array(nTokens);
  }

  /** Han characters of a zh segment / Latin letters and digits of an en segment. */
  zhLength(i: number): number {
    return this.zhLen[i]!;
  }

  enLength(j: number): number {
    return this.enLen[j]!;
  }

  /** The 1:1 similarity matrix, row-major (zh × en), each value in 0–1. */
  matrix(): Float32Array {
    const { nz, ne } = this;
    const out = new Float32Array(nz * ne);
    const numZ = new Float64Array(ne);
    const numE = new Float64Array(ne);
    const hit = new Int32Array(ne).fill(-1);
    let stamp = 0;
    for (let i = 0; i < nz; i++) {
      numZ.fill(0);
      numE.fill(0);
      for (const item of this.zhItems[i]!) {
        stamp++;
        for (const t of item.tokens) {
          for (const j of this.postings[t]!) {
            if (hit[j] === stamp) continue;
            hit[j] = stamp;
            numZ[j]! += item.weight;
          }
        }
      }
      for (const t of this.zhUnion[i]!) {
        const w = this.tokenWeight[t]!;
        for (const j of this.postings[t]!) numE[j]! += w;
      }
      const denZ = this.zhTotal[i]!;
      for (let j = 0; j < ne; j++) {
        const a = denZ > 0 ? numZ[j]! / denZ : 0;
        const b = this.enTotal[j]! > 0 ? numE[j]! / this.enTotal[j]! : 0;
        out[i * ne + j] = combine(a, b, this.zhLen[i]!, this.enLen[j]!);
      }
    }
    return out;
  }

  /** Similarity of a run of zh segments with a run of en segments (indices given). */
  span(zs: readonly number[], es: readonly number[]): number {
    if (!zs.length || !es.length) return 0;
    const epoch = ++this.epoch;
    for (const j of es) for (const t of this.enTokens[j]!) this.tokenMark[t] = epoch;
    let numZ = 0;
    let denZ = 0;
    let lenZ = 0;
    for (const i of zs) {
      lenZ += this.zhLen[i]!;
      for (const item of this.zhItems[i]!) {
        if (this.itemMark[item.id] === epoch) continue;
        this.itemMark[item.id] = epoch;
        denZ += item.weight;
        for (const t of item.tokens) {
          if (this.tokenMark[t] === epoch) {
            numZ += item.weight;
            break;
          }
        }
      }
      for (const t of this.zhUnion[i]!) this.unionMark[t] = epoch;
    }
    let numE = 0;
    let denE = 0;
    let lenE = 0;
    for (const j of es) {
      lenE += this.enLen[j]!;
      for (const t of this.enTokens[j]!) {
        if (this.seenMark[t] === epoch) continue;
        this.seenMark[t] = epoch;
        const w = this.tokenWeight[t]!;
        denE += w;
        if (this.unionMark[t] === epoch) numE += w;
      }
    }
    return combine(denZ > 0 ? numZ / denZ : 0, denE > 0 ? numE / denE : 0, lenZ, lenE);
  }
}

/** F-measure of the two coverages, times a weak Gale-Church-like length prior. */
function combine(a: number, b: number, lenZ: number, lenE: number): number {
  if (a + b === 0) return 0;
  const f = (2 * a * b) / (a + b);
  const d = Math.log((lenE + 12) / (EN_PER_ZH * lenZ + 12));
  return f * (0.6 + 0.4 * Math.exp(-(d * d) / 0.5));
}
