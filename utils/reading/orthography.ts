/**
 * Pinyin as it is written: the basic rules of the Hanyu Pinyin orthography (GB/T 16159-2012)
 * that a word-level reader needs.
 * - One written word per dictionary word; a set phrase or a long name of the lexicon stays one
 *   unit for the reader (popup, highlight, known words) but is written word by word: 外交部发言人
 *   → Wàijiāobù fāyánrén, 以联合国为核心的国际体系 → yǐ Liánhéguó wéi héxīn de guójì tǐxì.
 * - Words of four or more syllables that name one concept are written by their component words
 *   (国际体系 → guójì tǐxì); four-character idioms made of two two-syllable words get a hyphen
 *   (一如既往 → yīrú-jìwǎng).
 * - Numerals (and 每) and measure words are written apart: yī gè, liǎng xiàng (but zhège).
 * - Proper names are capitalised as the gazetteer or CC-CEDICT write them: a person's surname
 *   and given name are two words (Lín Jiàn, Xí Jìnpíng); Zhōngguó, Liánhéguó Ānlǐhuì.
 * - Inside a word, a syllable starting with a, o or e after another syllable takes the
 *   syllable-dividing apostrophe (Xī'ān, Tiān'ānmén).
 * - A line of text (utils/cli/pinyin.ts --orthography): words separated by spaces, Chinese
 *   punctuation written the Western way, the first letter of each sentence capitalised.
 */
import type { Dictionary } from './dictionary';
import type { Lexicon } from './lexicon';
import { formatSyllable, type ToneStyle } from './syllable';

/** One written word of a token: its number of syllables, capitalised, hyphen to the next. */
export interface WrittenWord {
  n: number;
  capital?: boolean;
  hyphen?: boolean;
}

const HAN = /\p{Script=Han}/u;

/** Dictionary words longer than this are split into their component words when possible. */
const MAX_WHOLE = 3;

/** Capitalised syllables of a pinyin string written with capitals ("Xí Jìn píng" → T F F). */
export function capitalsOf(pinyin: string): boolean[] {
  return pinyin
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((s) => /^\p{Lu}/u.test(s));
}

/** Words from a capital pattern: a new capitalised word starts at each capitalised syllable. */
export function wordsFromCapitals(capitals: readonly boolean[]): WrittenWord[] {
  const words: WrittenWord[] = [];
  capitals.forEach((cap, i) => {
    if (i === 0 || cap) words.push(cap ? { n: 1, capital: true } : { n: 1 });
    else words[words.length - 1]!.n++;
  });
  return words;
}

/** Encode written words for a data attribute: "3 3", "1c 2c", "2h 2" (absent: one word). */
export function encodeWritten(words: readonly WrittenWord[] | undefined): string | null {
  if (!words || (words.length === 1 && !words[0]!.capital)) return null;
  return words.map((w) => `${w.n}${w.capital ? 'c' : ''}${w.hyphen ? 'h' : ''}`).join(' ');
}

/** Decode a data attribute (see encodeWritten) for `count` syllables; malformed: one word. */
export function decodeWritten(value: string | null, count: number): readonly WrittenWord[] {
  const words: WrittenWord[] = [];
  for (const part of (value ?? '').split(' ')) {
    const m = /^(\d+)(c?)(h?)$/.exec(part);
    if (!m) return [{ n: count }];
    const word: WrittenWord = { n: Number(m[1]) };
    if (m[2]) word.capital = true;
    if (m[3]) word.hyphen = true;
    words.push(word);
  }
  return checkedWritten(words, count);
}

/** `words` when they cover `count` syllables exactly; else one word of `count` (as decoded). */
export function checkedWritten(
  words: readonly WrittenWord[] | undefined,
  count: number,
): readonly WrittenWord[] {
  let total = 0;
  for (const w of words ?? []) total += w.n;
  return words?.length && total === count ? words : [{ n: count }];
}

/**
 * The written words to show a word's reading by (the popup, its copy line): `written` checked
 * for `py`, or null without them or where a character has no syllable (then syllable by
 * syllable).
 */
export function writtenWordsOf(
  py: readonly string[],
  written: readonly WrittenWord[] | undefined,
): readonly WrittenWord[] | null {
  return written && py.length && py.every(Boolean) ? checkedWritten(written, py.length) : null;
}

/** One syllable as written at position `k` of its word (capital, apostrophe). */
function writeSyllable(
  syllable: string,
  k: number,
  capital: boolean,
  tones: ToneStyle,
  apostrophe: boolean,
): string {
  if (!syllable) return '';
  let text = formatSyllable(syllable, tones, capital && k === 0);
  if (apostrophe && k > 0 && /^[aoeāáǎàōóǒòēéěè]/i.test(text)) text = `'${text}`;
  return text;
}

/** The syllables of each written word, formatted: [["Xí"], ["Jìn", "píng"]]. */
export function writtenSyllables(
  py: readonly string[],
  words: readonly WrittenWord[],
  tones: ToneStyle,
  { apostrophe = true }: { apostrophe?: boolean } = {},
): string[][] {
  const out: string[][] = [];
  let at = 0;
  for (const word of words) {
    const part = py.slice(at, at + word.n);
    out.push(part.map((s, k) => writeSyllable(s, k, !!word.capital, tones, apostrophe)));
    at += word.n;
  }
  return out;
}

/** The written form of a token's reading: "Wàijiāobù fāyánrén", "yīrú-jìwǎng". */
export function writeWords(
  py: readonly string[],
  words: readonly WrittenWord[],
  tones: ToneStyle,
): string {
  const parts = writtenSyllables(py, words, tones);
  let out = '';
  words.forEach((word, i) => {
    out += parts[i]!.join('');
    if (i < words.length - 1) out += word.hyphen ? '-' : ' ';
  });
  return out;
}

export interface Orthography {
  /**
   * The written words of a Han token of `n` syllables. `capitals`: the capital pattern of its
   * reading when it is a name (gazetteer or CC-CEDICT); `unit`: a set phrase of the lexicon.
   */
  words(text: string, n: number, options?: { capitals?: boolean[]; unit?: boolean }): WrittenWord[];
}

/** Numerals and measure words written apart (一个 → yī gè, 两项 → liǎng xiàng; 这个 stays zhège). */
const NUMERAL = /^[一二两三四五六七八九十几每]$/u;
const MEASURE = /^[个位项次种条件名份批届轮场家国所台架艘枚]$/u;

/** True for a four-character idiom in CC-CEDICT. */
function isIdiom(dict: Pick<Dictionary, 'readings'>, word: string): boolean {
  return dict.readings(word).some((e) => e.idiom);
}

export function createOrthography(
  dict: Pick<Dictionary, 'has' | 'readings'>,
  lexicon: Lexicon,
): Orthography {
  /** Capital pattern of a name: gazetteer spelling, else CC-CEDICT when all its entries agree. */
  const nameCapitals = (word: string, n: number): boolean[] | undefined => {
    const name = lexicon.get(word)?.name;
    if (name?.pinyin && name.type !== 'other') {
      const caps = capitalsOf(name.pinyin);
      if (caps.length === n) return caps;
    }
    const entries = dict.readings(word);
    if (entries.length && entries.every((e) => /^[A-Z]/.test(e.pinyin))) {
      const caps = capitalsOf(entries[0]!.pinyin);
      if (caps.length === n) return caps;
    }
    return undefined;
  };

  /**
   * Cut `chars` into written words: names of the lexicon (any length), dictionary words of up
   * to three characters and, when `singles`, single characters; fewest pieces, then fewest
   * single characters. Null when no cut exists or it is the whole.
   */
  const cut = (chars: readonly string[], singles: boolean): string[] | null => {
    const n = chars.length;
    const cost = new Array<number>(n + 1).fill(Infinity);
    const back = new Int32Array(n + 1);
    cost[0] = 0;
    for (let i = 0; i < n; i++) {
      if (cost[i] === Infinity) continue;
      if (!HAN.test(chars[i]!)) {
        // Digits, letters or punctuation inside a phrase (2030年, 和平、合作): one piece.
        let len = 1;
        while (i + len < n && !HAN.test(chars[i + len]!)) len++;
        if (cost[i]! + 100 < cost[i + len]!) {
          cost[i + len] = cost[i]! + 100;
          back[i + len] = i;
        }
        continue;
      }
      for (let len = 1; i + len <= n && HAN.test(chars[i + len - 1]!); len++) {
        if (i === 0 && len === n) break;
        const piece = chars.slice(i, i + len).join('');
        let c: number;
        if (len >= 2 && lexicon.get(piece)?.name) c = 100 - len;
        else if (len >= 2 && len <= MAX_WHOLE && dict.has(piece)) c = 100 - len;
        else if (len === 1 && singles) c = 130;
        else continue;
        if (cost[i]! + c < cost[i + len]!) {
          cost[i + len] = cost[i]! + c;
          back[i + len] = i;
        }
      }
    }
    if (cost[n] === Infinity || back[n] === 0) return null;
    const pieces: string[] = [];
    for (let end = n; end > 0; end = back[end]!)
      pieces.unshift(chars.slice(back[end]!, end).join(''));
    return pieces;
  };

  const wordsOf = (
    text: string,
    n: number,
    options: { capitals?: boolean[]; unit?: boolean },
  ): WrittenWord[] => {
    const capitals = options.capitals?.length === n ? options.capitals : nameCapitals(text, n);
    if (capitals?.some(Boolean)) return wordsFromCapitals(capitals);
    const chars = Array.from(text);
    if (chars.length !== n || !HAN.test(text)) return [{ n }];
    if (n === 2 && NUMERAL.test(chars[0]!) && MEASURE.test(chars[1]!)) return [{ n: 1 }, { n: 1 }];
    // A set phrase that is itself a short dictionary word (中方, 霸权主义 is not) is one word.
    if (options.unit && n > 2 && !(n <= MAX_WHOLE && dict.has(text))) {
      const pieces = cut(chars, true);
      if (pieces) return pieces.flatMap((p) => wordsOf(p, Array.from(p).length, {}));
      return [{ n }];
    }
    if (n > MAX_WHOLE) {
      const pieces = cut(chars, false);
      if (n === 4 && isIdiom(dict, text)) {
        // 一如既往 → yīrú-jìwǎng; an idiom that does not fall into two words is written whole.
        return pieces?.length === 2 && pieces[0]!.length === 2
          ? [{ n: 2, hyphen: true }, { n: 2 }]
          : [{ n }];
      }
      if (pieces) return pieces.flatMap((p) => wordsOf(p, Array.from(p).length, {}));
    }
    return [{ n }];
  };

  // Words repeat all through a statement (中方, 的, 人类命运共同体): their written form is kept.
  const memo = new Map<string, WrittenWord[]>();
  return {
    words(text, n, options = {}) {
      const caps = options.capitals;
      const plain = !caps || caps.every((c) => !c);
      if (!plain) return wordsOf(text, n, options);
      const key = `${options.unit ? 1 : 0}${caps ? 'f' : 'u'}${n}\u0000${text}`;
      let words = memo.get(key);
      if (!words) {
        if (memo.size >= 20_000) memo.clear();
        words = wordsOf(text, n, options);
        memo.set(key, words);
      }
      return words.map((w) => ({ ...w }));
    },
  };
}

/** Chinese punctuation written the Western way, and whether it opens (no space after it). */
const PUNCTUATION: Record<string, { text: string; open?: boolean; close?: boolean }> = {
  '，': { text: ',', close: true },
  '、': { text: ',', close: true },
  '。': { text: '.', close: true },
  '．': { text: '.', close: true },
  '；': { text: ';', close: true },
  '：': { text: ':', close: true },
  '？': { text: '?', close: true },
  '！': { text: '!', close: true },
  '“': { text: '“', open: true },
  '”': { text: '”', close: true },
  '‘': { text: '‘', open: true },
  '’': { text: '’', close: true },
  '《': { text: '“', open: true },
  '》': { text: '”', close: true },
  '〈': { text: '‘', open: true },
  '〉': { text: '’', close: true },
  '（': { text: '(', open: true },
  '）': { text: ')', close: true },
  '【': { text: '[', open: true },
  '】': { text: ']', close: true },
  '…': { text: '…', close: true },
  '—': { text: '—' },
  '·': { text: '-' },
};

const SENTENCE_END = /[.?!…]$/;

/**
 * Han tokens holding digits or punctuation (a lexicon phrase: 和平、合作, 2030年议程) as their
 * written words, the characters without syllables as Latin or punctuation tokens.
 */
function expandPhrases(tokens: readonly LineToken[]): LineToken[] {
  const out: LineToken[] = [];
  for (const token of tokens) {
    const chars = Array.from(token.text);
    if (token.kind !== 'han' || chars.every((c) => HAN.test(c))) {
      out.push(token);
      continue;
    }
    let at = 0;
    for (const w of token.written ?? [{ n: chars.length }]) {
      const text = chars.slice(at, at + w.n).join('');
      const py = token.py.slice(at, at + w.n);
      if (HAN.test(text)) out.push({ text, kind: 'han', py, written: [{ ...w, hyphen: false }] });
      else {
        for (const m of text.matchAll(/[\p{L}\p{N}]+|\s+|[^]/gu)) {
          const kind = /^\s/.test(m[0]) ? 'space' : /^[\p{L}\p{N}]/u.test(m[0]) ? 'latin' : 'punct';
          out.push({ text: m[0], kind, py: [] });
        }
      }
      at += w.n;
    }
  }
  return out;
}

/** A token for writeLine: a Han token with its written words, or any other text. */
export interface LineToken {
  text: string;
  kind: 'han' | 'latin' | 'space' | 'punct';
  py: readonly string[];
  written?: readonly WrittenWord[];
}

/**
 * A line of Chinese written in pinyin: words separated by spaces, Chinese punctuation written the
 * Western way, the first letter of a sentence capitalised. Latin words and numbers are kept.
 */
export function writeLine(tokens: readonly LineToken[], tones: ToneStyle): string {
  let out = '';
  let sentenceStart = true;
  let glue = false; // no space before the next word (after an opening mark or at the start)
  const word = (text: string) => {
    if (!text) return;
    if (sentenceStart && /^\p{Ll}/u.test(text)) text = text.charAt(0).toUpperCase() + text.slice(1);
    if (out && !glue && !/\s$/.test(out)) out += ' ';
    out += text;
    sentenceStart = false;
    glue = false;
  };
  for (const token of expandPhrases(tokens)) {
    if (token.kind === 'han') {
      if (token.py.some((s) => !s)) {
        word(token.text);
        continue;
      }
      word(writeWords(token.py, token.written ?? [{ n: token.py.length }], tones));
    } else if (token.kind === 'latin') {
      word(token.text);
    } else if (token.kind === 'space') {
      continue;
    } else {
      for (const ch of token.text) {
        const mark = PUNCTUATION[ch] ?? { text: ch, close: /[,.;:?!)\]}]/.test(ch) };
        if (mark.open) {
          // Direct speech after a colon starts a sentence: shuō: “Zhōngfāng …”.
          if (/:$/.test(out)) sentenceStart = true;
          if (out && !/\s$/.test(out)) out += ' ';
          out += mark.text;
          glue = true;
        } else if (mark.close) {
          out = out.replace(/\s+$/, '') + mark.text;
          glue = false;
        } else {
          out += mark.text;
          glue = true;
        }
        if (SENTENCE_END.test(mark.text)) sentenceStart = true;
      }
    }
  }
  return out.trim();
}
