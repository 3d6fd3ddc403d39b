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
import { findAnchorsZh, scanAnchorsEn, zhWords } from '../match/features';
import { findChineseNumbers, findEnglishNumbers } from '../match/numbers';
import type { CompiledResources } from '../match/resources';
import type { Segment } from './types';

const HAN = /\p{Script=Han}/gu;
const LATIN = /[A-Za-z0-9]/g;

/** Han characters in a text (what the summary counts as Chinese characters). */
export function hanCount(text: string): number {
  return text.match(HAN)?.length ?? 0;
}

/** Weight of names, set phrases, numbers and dates relative to an ordinary word. */
const ANCHOR_WEIGHT = 2.5;
/** English letters per Chinese character in official translations (measured on the corpus). */
const EN_PER_ZH = 3.4;

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
    const tokenIds = new Map<string, number>();
    const token = (key: string) => {
      let id = tokenIds.get(key);
      if (id === undefined) tokenIds.set(key, (id = tokenIds.size));
      return id;
    };
    const tokenBoost: number[] = [];

    // English: content stems, anchors (names, set phrases), numbers, dates.
    const enTokens: Int32Array[] = [];
    this.enLen = new Float64Array(this.ne);
    en.forEach((segment, j) => {
      const ids = new Set<number>();
      const add = (key: string, boost: number) => {
        const id = token(key);
        ids.add(id);
        tokenBoost[id] = boost;
      };
      for (const s of contentStems(segment.text)) add(`s${internStem(s)}`, 1);
      scanAnchorsEn(segment.text, resources, (anchor) => add(`a${anchor}`, ANCHOR_WEIGHT));
      for (const n of findEnglishNumbers(segment.text)) add(`n${n}`, ANCHOR_WEIGHT);
      for (const d of findEnglishDates(segment.text)) add(`d${monthDayKey(d)}`, ANCHOR_WEIGHT);
      enTokens.push(Int32Array.from(ids));
      this.enLen[j] = segment.text.match(LATIN)?.length ?? 0;
    });
    const nTokens = tokenIds.size;
    const df = new Int32Array(nTokens);
    for (const ids of enTokens) for (const t of ids) df[t]!++;
    this.tokenWeight = new Float64Array(nTokens);
    for (let t = 0; t < nTokens; t++)
      this.tokenWeight[t] = Math.log(1 + this.ne / df[t]!) * (tokenBoost[t] ?? 1);
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

    // Chinese: anchors found once in the whole text, then per segment words, names, numbers, dates.
    const wholeAnchors = findAnchorsZh(zh.map((s) => s.text).join('\n'), resources);
    const itemIds = new Map<unknown, number>();
    const itemId = (key: unknown) => {
      let id = itemIds.get(key);
      if (id === undefined) itemIds.set(key, (id = itemIds.size));
      return id;
    };
    const known = (keys: string[]) =>
      Int32Array.from(keys.map((k) => tokenIds.get(k)).filter((t): t is number => t !== undefined));
    const raw: { key: unknown; base: number; tokens: Int32Array }[][] = [];
    this.zhLen = new Float64Array(this.nz);
    zh.forEach((segment, i) => {
      const text = segment.text;
      const items: { key: unknown; base: number; tokens: Int32Array }[] = [];
      const names = new Set<string>();
      for (const a of wholeAnchors) {
        const anchor = resources.anchors[a]!;
        if (!text.includes(anchor.zh)) continue;
        names.add(anchor.zh);
        const keys = [`a${a}`];
        for (const spelling of anchor.en)
          for (const s of contentStems(spelling)) keys.push(`s${internStem(s)}`);
        items.push({ key: `a${a}`, base: ANCHOR_WEIGHT, tokens: known(keys) });
      }
      for (const n of new Set(findChineseNumbers(text)))
        items.push({ key: `n${n}`, base: ANCHOR_WEIGHT, tokens: known([`n${n}`]) });
      for (const d of new Set(findChineseDates(text).map(monthDayKey)))
        items.push({ key: `d${d}`, base: ANCHOR_WEIGHT, tokens: known([`d${d}`]) });
      for (const word of zhWords(text, resources, names)) {
        // The gloss array is cached per word by glossStems, so it identifies the word.
        const tokens = known(Array.from(word.stems, (s) => `s${s}`));
        // A word none of whose renderings occurs anywhere in the English says little about
        // which English sentence renders it (the translator chose another word): half weight.
        items.push({ key: word.stems, base: word.weight * (tokens.length ? 1 : 0.5), tokens });
      }
      raw.push(items);
      this.zhLen[i] = hanCount(text);
    });
    const zdf = new Map<unknown, number>();
    for (const items of raw) for (const it of items) zdf.set(it.key, (zdf.get(it.key) ?? 0) + 1);
    this.zhItems = raw.map((items) =>
      items.map((it) => ({
        id: itemId(it.key),
        weight: it.base * Math.log(1 + this.nz / zdf.get(it.key)!),
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
