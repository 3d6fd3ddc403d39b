/**
 * Per-article features, computed once and reused against every candidate: dates, numbers, names
 * and set phrases, translated content words (zh) / content stems (en), length, id.
 */
import type { Article } from '../article';
import { findChineseDates, findEnglishDates, monthDayKey, type FoundDate } from './dates';
import { contentStems, countWords, internStem } from './english';
import { findChineseNumbers, findEnglishNumbers } from './numbers';
import { glossStems, type CompiledResources } from './resources';
import { articleId } from './urls';

/** A distinct Chinese content word with the English stems it may be translated by. */
export interface ZhWord {
  stems: Int32Array;
  weight: number;
}

interface CommonFeatures {
  url: string;
  id: ReturnType<typeof articleId>;
  /** The date written in the title, if any. */
  titleDate: FoundDate | null;
  /** Month-day keys of dates in the body. */
  dates: Set<string>;
  numbers: Set<string>;
  /** Indices of the anchors (names, set phrases) present. */
  anchors: Set<number>;
}

export interface ZhFeatures extends CommonFeatures {
  lang: 'zh';
  date: string | null;
  words: ZhWord[];
  titleWords: ZhWord[];
  /** Union of all stems of all words: what an English translation may contain. */
  glossUnion: Set<number>;
  /** Han characters in the body. */
  chars: number;
  /** The body's words cut into CHUNKS consecutive parts (for order-aware coverage). */
  chunks: ZhWord[][];
}

export interface EnFeatures extends CommonFeatures {
  lang: 'en';
  stems: Set<number>;
  titleStems: Set<number>;
  words: number;
  /** Stems of CHUNKS overlapping windows of the body, each 1/CHUNKS wide plus half a chunk either side. */
  windows: Set<number>[];
  counterpartUrl: string | null;
}

/** Number of parts a text is cut into for order-aware coverage. */
export const CHUNKS = 6;

export function paragraphText(article: Article): string {
  return article.paragraphs.map((p) => (typeof p === 'string' ? p : p.text)).join('\n');
}

const HAN_RUN = /\p{Script=Han}+/gu;
const MAX_WORD = 8;

/** Forward maximum matching over the dictionary; anchors (names) are kept whole. */
export function segmentChinese(
  text: string,
  resources: CompiledResources,
  names: Set<string>,
): string[] {
  const dict = resources.dictionary;
  const out: string[] = [];
  const maxLen = Math.min(MAX_WORD, dict?.maxWordLength ?? 1);
  for (const run of text.matchAll(HAN_RUN)) {
    const s = run[0];
    let i = 0;
    while (i < s.length) {
      let len = Math.min(maxLen, s.length - i);
      for (; len > 1; len--) {
        const piece = s.slice(i, i + len);
        if (names.has(piece) || dict?.has(piece)) break;
      }
      out.push(s.slice(i, i + len));
      i += len;
    }
  }
  return out;
}

function toWords(segmented: string[], resources: CompiledResources, names: Set<string>): ZhWord[] {
  const seen = new Set<string>();
  const words: ZhWord[] = [];
  for (const word of segmented) {
    if (seen.has(word) || names.has(word)) continue;
    seen.add(word);
    const stems = glossStems(resources, word);
    if (!stems.length) continue;
    // Single characters are mostly function words; words with many glosses match by chance.
    const weight = (word.length > 1 ? 1 : 0.2) / (1 + 0.08 * stems.length);
    words.push({ stems, weight });
  }
  return words;
}

/** The distinct content words of a Chinese text, with their gloss stems and weights. */
export function zhWords(text: string, resources: CompiledResources, names: Set<string>): ZhWord[] {
  return toWords(segmentChinese(text, resources, names), resources, names);
}

function zhChunks(text: string, resources: CompiledResources, names: Set<string>): ZhWord[][] {
  const seq = segmentChinese(text, resources, names);
  const size = Math.ceil(seq.length / CHUNKS);
  const chunks: ZhWord[][] = [];
  for (let k = 0; k < CHUNKS; k++)
    chunks.push(toWords(seq.slice(k * size, (k + 1) * size), resources, names));
  return chunks;
}

function enWindows(stems: number[]): Set<number>[] {
  const n = stems.length;
  const windows: Set<number>[] = [];
  for (let k = 0; k < CHUNKS; k++) {
    const from = Math.max(0, Math.floor(((k - 0.5) * n) / CHUNKS));
    const to = Math.min(n, Math.ceil(((k + 1.5) * n) / CHUNKS));
    windows.push(new Set(stems.slice(from, to)));
  }
  return windows;
}

/** Indices of the anchors (names, set phrases) written in a Chinese text. */
export function findAnchorsZh(text: string, resources: CompiledResources): Set<number> {
  const found = new Set<number>();
  resources.anchors.forEach((a, i) => {
    if (text.includes(a.zh)) found.add(i);
  });
  return found;
}

/**
 * Every place an anchor's English spelling occurs in `text` (whole words, case-insensitive):
 * `visit(anchor, start, end)` for each, in text order.
 */
export function scanAnchorsEn(
  text: string,
  resources: CompiledResources,
  visit: (anchor: number, start: number, end: number) => void,
): void {
  const lower = text.toLowerCase();
  for (const m of lower.matchAll(/[a-z0-9]+/g)) {
    const list = resources.byFirstWord.get(m[0]);
    if (!list) continue;
    for (const { anchor, spelling } of list) {
      if (
        lower.startsWith(spelling, m.index) &&
        !isWordChar(lower.charCodeAt(m.index + spelling.length))
      ) {
        visit(anchor, m.index, m.index + spelling.length);
      }
    }
  }
}

/** Indices of the anchors whose English spelling occurs in a text. */
export function findAnchorsEn(text: string, resources: CompiledResources): Set<number> {
  const found = new Set<number>();
  scanAnchorsEn(text, resources, (anchor) => found.add(anchor));
  return found;
}

function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

/** Features of a Chinese article. */
export function zhFeatures(article: Article, resources: CompiledResources): ZhFeatures {
  const body = paragraphText(article);
  const all = `${article.title}\n${body}`;
  const anchors = findAnchorsZh(all, resources);
  const names = new Set([...anchors].map((i) => resources.anchors[i]!.zh));
  const words = zhWords(all, resources, names);
  const glossUnion = new Set<number>();
  for (const w of words) for (const s of w.stems) glossUnion.add(s);
  return {
    lang: 'zh',
    url: article.url,
    id: articleId(article.url),
    date: article.date,
    titleDate: findChineseDates(article.title)[0] ?? null,
    dates: new Set(findChineseDates(body).map(monthDayKey)),
    numbers: new Set(findChineseNumbers(all)),
    anchors,
    words,
    titleWords: zhWords(article.title, resources, names),
    glossUnion,
    chars: (body.match(HAN_RUN) ?? []).reduce((n, run) => n + run.length, 0),
    chunks: zhChunks(body, resources, names),
  };
}

/** Features of an English article. */
export function enFeatures(article: Article, resources: CompiledResources): EnFeatures {
  const body = paragraphText(article);
  const all = `${article.title}\n${body}`;
  const bodyStems = contentStems(body).map(internStem);
  const titleStems = new Set(contentStems(article.title).map(internStem));
  const stems = new Set(bodyStems);
  for (const s of titleStems) stems.add(s);
  return {
    lang: 'en',
    url: article.url,
    id: articleId(article.url),
    titleDate: findEnglishDates(article.title)[0] ?? null,
    dates: new Set(findEnglishDates(body).map(monthDayKey)),
    numbers: new Set(findEnglishNumbers(all)),
    anchors: findAnchorsEn(all, resources),
    stems,
    titleStems,
    words: countWords(body),
    windows: enWindows(bodyStems),
    counterpartUrl: article.counterpartUrl ?? null,
  };
}
