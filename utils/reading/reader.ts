/**
 * The reading engine: dictionary + project lexicon + segmenter + pinyin reader, built once from
 * a loaded Dictionary. Shared by the background service (extension) and the CLI/tests (Node).
 */
import type { TermRendering } from '../lexicon/types';
import type { Dictionary, DictEntry } from './dictionary';
import { buildLexicon, type Lexicon, type LexiconWord } from './lexicon';
import { boundedMemo } from './memo';
import { checkedWritten, type WrittenWord } from './orthography';
import { createPinyinReader, type ReadingToken } from './pinyin';
import { PREFIX_CONTINUES, PREFIX_WORD } from './segment';

/** What the popup shows for the word at a position. */
export interface WordInfo {
  /** The matched word (longest match at the position, lexicon or dictionary). */
  word: string;
  /** Traditional form(s) of the word (from CC-CEDICT, else mapped character by character). */
  traditional: string[];
  /** Offset of the word in the text that was looked up. */
  start: number;
  entries: DictEntry[];
  /** Reading in context (numbered syllables) and with sandhi if it differs. */
  py: string[];
  sandhi?: string[];
  /**
   * How the reading is written, as the ruby writes it (orthography.ts: words, capitals,
   * hyphens); absent where the word does not cover whole tokens.
   */
  written?: WrittenWord[];
  /** Gazetteer name or official term that covers the position (possibly longer than `word`). */
  name?: { zh: string; en: string[]; type: string };
  term?: { zh: string; pinyin: string; renderings: TermRendering[] };
}

export interface ReadingEngine {
  readonly dict: Dictionary;
  readonly lexicon: Lexicon;
  read(text: string): ReadingToken[];
  /**
   * The word at `offset` of `text` with its dictionary entries and official rendering: the
   * segmented word covering the offset, or with `exact` the longest match STARTING at the
   * offset (pointer over plain, unannotated text), or with `word` that word at the offset (a
   * ruby of the reading layer: the popup shows exactly the annotated word).
   */
  wordAt(
    text: string,
    offset: number,
    options?: { exact?: boolean; word?: string },
  ): WordInfo | null;
  /** wordAt for many words of one text (reads the text once): the popup prefetch. */
  wordsAt(text: string, words: readonly { offset: number; word: string }[]): (WordInfo | null)[];
}

/** Words whose parsed entries are kept (a few statements' vocabulary). */
const ENTRIES_MAX = 20_000;

/** The number of `sorted` values ≤ `value` (binary search). */
function upperBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function createReadingEngine(dict: Dictionary): ReadingEngine {
  const lexicon = buildLexicon((ch) => dict.traditionalOf(ch));
  const reader = createPinyinReader(dict, lexicon);

  /**
   * CC-CEDICT's entries of a word, parsed once (the popup prefetch asks for every word of a
   * statement, the same words again and again): bounded; the entries are shared, never changed.
   */
  const entriesOf = boundedMemo(ENTRIES_MAX, (word: string) => dict.lookup(word));
  /** The entries of `word`, in an array of the caller's own. */
  const lookup = (word: string): DictEntry[] => [...entriesOf(word)];

  /** Traditional forms of a word: CC-CEDICT's when it has the word, else char by char. */
  const traditionalOf = (word: string): string[] => {
    const forms = [...new Set(entriesOf(word).map((e) => e.traditional))];
    if (forms.length) return forms;
    // A lexicon word: map its dictionary words (伙伴 → 夥伴, 关系 → 關係), then single characters.
    let out = '';
    for (let i = 0; i < word.length;) {
      const match = dict.longestMatch(word, i);
      const entry = match?.entries.find((e) => e.simplified === match.text);
      if (match && entry) {
        out += entry.traditional;
        i += match.length;
      } else {
        const ch = String.fromCodePoint(word.codePointAt(i)!);
        out += dict.traditionalOf(ch);
        i += ch.length;
      }
    }
    return [out];
  };

  /**
   * Info for a known word at `start`, read in its sentence for the right polyphone readings
   * (or in `tokens`, the reading of the whole text, when given).
   */
  function infoFor(
    text: string,
    start: number,
    word: string,
    read?: { tokens: ReadingToken[]; starts: number[] },
  ): WordInfo {
    const from = read ? 0 : Math.max(0, start - 40);
    const to = Math.min(text.length, start + word.length + 40);
    const tokens = read?.tokens ?? reader.read(text.slice(from, to));
    const py: string[] = [];
    const sandhi: string[] = [];
    // The written words of the tokens the word covers whole (null: it cuts one).
    let written: WrittenWord[] | null = [];
    // The whole text's reading: straight to the token the word starts in (not a walk from the
    // first token for every word of a paragraph).
    let first = read ? Math.max(0, upperBound(read.starts, start) - 1) : 0;
    let pos = read ? (read.starts[first] ?? 0) : from;
    for (; first < tokens.length; first++) {
      const token = tokens[first]!;
      if (pos >= start + word.length) break;
      if (pos + token.text.length <= start) {
        pos += token.text.length;
        continue;
      }
      if (pos < start || pos + token.text.length > start + word.length) written = null;
      else if (token.py.length) written?.push(...writtenOf(token));
      // Each character's offset, counted as it goes (code points: one outside the BMP is two).
      let charStart = pos;
      let k = 0;
      for (const ch of token.text) {
        if (charStart >= start && charStart < start + word.length && token.py[k] !== undefined) {
          py.push(token.py[k]!);
          sandhi.push(token.sandhi?.[k] ?? token.py[k]!);
        }
        charStart += ch.length;
        k++;
      }
      pos += token.text.length;
    }
    const info: WordInfo = {
      word,
      traditional: traditionalOf(word),
      start,
      entries: lookup(word),
      py,
    };
    if (sandhi.some((s, i) => s !== py[i])) info.sandhi = sandhi;
    if (written?.length) info.written = written;
    if (info.entries.length === 0) info.entries = subwordEntries(dict, word);
    const lex = coveringLexiconWord(lexicon, text, start, word, start);
    if (lex?.word.name) info.name = { ...lex.word.name, en: [...lex.word.name.en] };
    if (lex?.word.term) info.term = lex.word.term;
    return info;
  }

  /** Longest lexicon or dictionary word starting at `offset`. */
  function exactAt(text: string, offset: number): WordInfo | null {
    let lexWord = '';
    for (let end = Math.min(text.length, offset + lexicon.maxWordLength); end > offset; end--) {
      if (lexicon.get(text.slice(offset, end))) {
        lexWord = text.slice(offset, end);
        break;
      }
    }
    const match = dict.longestMatch(text, offset);
    const word = lexWord.length >= (match?.length ?? 0) ? lexWord : match!.text;
    if (!word) return null;
    const tokens = reader.read(word);
    const info: WordInfo = {
      word,
      traditional: traditionalOf(word),
      start: offset,
      entries: entriesOf(word).length ? lookup(word) : (match?.entries ?? []),
      py: tokens.flatMap((t) => t.py),
    };
    const sandhi = tokens.some((t) => t.sandhi);
    if (sandhi) info.sandhi = tokens.flatMap((t) => t.sandhi ?? t.py);
    const written = tokens.filter((t) => t.py.length).flatMap(writtenOf);
    if (written.length) info.written = written;
    const lex = coveringLexiconWord(lexicon, text, offset, word, offset);
    if (lex?.word.name) info.name = { ...lex.word.name, en: [...lex.word.name.en] };
    if (lex?.word.term) info.term = lex.word.term;
    return info;
  }

  return {
    dict,
    lexicon,
    read: (text) => reader.read(text),
    wordsAt(text, words) {
      const tokens = reader.read(text);
      const starts: number[] = [];
      let at = 0;
      for (const token of tokens) {
        starts.push(at);
        at += token.text.length;
      }
      const read = { tokens, starts };
      return words.map(({ offset, word }) =>
        text.startsWith(word, offset) && word ? infoFor(text, offset, word, read) : null,
      );
    },
    wordAt(text, offset, options) {
      if (offset < 0 || offset >= text.length) return null;
      if (options?.word && text.startsWith(options.word, offset)) {
        return infoFor(text, offset, options.word);
      }
      if (options?.exact) return exactAt(text, offset);
      // Read the sentence around the offset so the word is segmented and read in context.
      const from = Math.max(0, offset - 40);
      const to = Math.min(text.length, offset + 40);
      const tokens = reader.read(text.slice(from, to));
      let pos = from;
      for (const token of tokens) {
        const end = pos + token.text.length;
        if (offset < end) {
          if (token.kind !== 'han') return null;
          const info: WordInfo = {
            word: token.text,
            traditional: traditionalOf(token.text),
            start: pos,
            entries: lookup(token.text),
            py: token.py,
          };
          if (token.sandhi) info.sandhi = token.sandhi;
          info.written = writtenOf(token);
          if (info.entries.length === 0 && Array.from(token.text).length > 1) {
            // A lexicon-only word (a set phrase): show the meanings of the words it is made of.
            info.entries = subwordEntries(dict, token.text);
          }
          const lex = coveringLexiconWord(lexicon, text, offset, token.text, pos);
          if (lex?.word.name) info.name = { ...lex.word.name, en: [...lex.word.name.en] };
          if (lex?.word.term) info.term = lex.word.term;
          return info;
        }
        pos = end;
      }
      return null;
    },
  };
}

/** A Han token's written words, as the ruby writes them (one lower-case word when it has none). */
const writtenOf = (token: ReadingToken): WrittenWord[] => [
  ...checkedWritten(token.written, token.py.length),
];

/**
 * Dictionary entries for a word the dictionary lacks (a set phrase or a name of the lexicon): the
 * entries of the words it is made of, longest match from the left, e.g. 以联合国为核心的国际体系 →
 * 联合国, 核心, 国际体系. Single characters count only when no longer word is found, so the
 * popup does not open on 以 "abbr. for Israel".
 */
function subwordEntries(dict: Dictionary, word: string): DictEntry[] {
  const words: DictEntry[][] = [];
  let single: DictEntry[] = [];
  for (let i = 0; i < word.length;) {
    const match = dict.longestMatch(word, i);
    if (!match) {
      i++;
      continue;
    }
    if (match.length > 1) words.push(match.entries);
    else if (single.length === 0) single = match.entries;
    i += match.length;
  }
  return words.length > 0 ? words.flat() : single;
}

/** The longest lexicon word in `text` covering `offset` (including ones with punctuation). */
function coveringLexiconWord(
  lexicon: Lexicon,
  text: string,
  offset: number,
  token: string,
  tokenStart: number,
): { word: LexiconWord; zh: string } | null {
  const own = lexicon.get(token);
  let best: { word: LexiconWord; zh: string } | null = own ? { word: own, zh: token } : null;
  const max = lexicon.maxWordLength;
  const covers = Math.max(offset + 1, tokenStart + token.length);
  // From each start, the lexicon's prefixes walked forward (most stop after a character or two),
  // keeping the longest word that contains the whole token, so that a term is never cut; a later
  // start wins only with a longer word.
  for (let start = Math.max(0, offset - max + 1); start <= Math.min(offset, tokenStart); start++) {
    let longest = 0;
    const stop = Math.min(text.length, start + max);
    for (let end = start + 1; end <= stop; end++) {
      const probe = lexicon.probe(text.slice(start, end));
      if (probe & PREFIX_WORD && end >= covers) longest = end;
      if (!(probe & PREFIX_CONTINUES)) break;
    }
    if (longest && longest - start > (best?.zh.length ?? 0)) {
      const zh = text.slice(start, longest);
      best = { word: lexicon.get(zh)!, zh };
    }
  }
  return best;
}
