/**
 * Word-level pinyin for official Chinese text. pinyin-pro gives the base readings over each Han
 * run (its own context rules apply); Duizhao then fixes them word by word: the project lexicon
 * (names, set phrases) first, then the rules of pinyin-rules.ts, then CC-CEDICT's reading of a
 * multi-character word when pinyin-pro's reading is not one of CC-CEDICT's.
 */
import { pinyin as pinyinPro } from 'pinyin-pro';
import type { Dictionary } from './dictionary';
import type { Lexicon } from './lexicon';
import { createOrthography, encodeWritten, type WrittenWord } from './orthography';
import { hasRule, ruleReading } from './pinyin-rules';
import { createSegmenter, HAN_RE, type Segment, type SegmentKind } from './segment';
import { boundedMemo } from './memo';
import { normaliseSyllable, syllableFromMarks } from './syllable';

/** A token of text with its reading; plain data (sent between background and content script). */
export interface ReadingToken {
  text: string;
  kind: SegmentKind;
  /**
   * Numbered syllables ("ying1", "de5"), one per character of a Han token ("" for the 、 or
   * digits inside a lexicon phrase such as 和平、合作); [] for other tokens.
   */
  py: string[];
  /** Readings with the tone sandhi of 一 and 不 applied, only when they differ from `py`. */
  sandhi?: string[];
  /** True for names of people, places and organisations (gazetteer or capitalised in CC-CEDICT). */
  proper?: boolean;
  /** True when the word is an official set formulation (提法) of the project's term list. */
  term?: boolean;
  /**
   * How the reading is written (utils/reading/orthography.ts): its words, capitals and hyphens;
   * absent for one word in lower case.
   */
  written?: WrittenWord[];
}

export interface PinyinReader {
  read(text: string): ReadingToken[];
}

/** Readings of a word in CC-CEDICT, normalised, only those with one syllable per character. */
function cedictReadings(dict: Pick<Dictionary, 'readings'>, word: string, n: number) {
  const out: { syllables: string[]; proper: boolean }[] = [];
  for (const entry of dict.readings(word)) {
    const raw = entry.pinyin.split(' ');
    if (raw.length !== n) continue;
    const syllables = raw.map(normaliseSyllable);
    if (syllables.some((s) => s === null)) continue;
    const key = syllables.join(' ');
    const proper = /^[A-Z]/.test(entry.pinyin);
    const same = out.find((o) => o.syllables.join(' ') === key);
    // A reading is a name's only when every entry with it is one (东方 dōngfāng, not Dōngfāng).
    if (same) same.proper &&= proper;
    else out.push({ syllables: syllables as string[], proper });
  }
  return out;
}

/** Same syllables, where a neutral tone on either side matches any tone ("liang5" ≈ "liang4"). */
function sameReading(a: readonly string[], b: readonly string[]): boolean {
  return (
    a.length === b.length &&
    a.every((x, i) => {
      const y = b[i]!;
      if (x === y) return true;
      const neutral = x.endsWith('5') || y.endsWith('5');
      return neutral && x.slice(0, -1) === y.slice(0, -1);
    })
  );
}

/** A run of Han characters only (the usual case: no lexicon phrase with 、 or digits in it). */
const HAN_ONLY_RE = /^\p{Script=Han}+$/u;
const SANDHI_RE = /[一不]/;

/** Code points in `text` (its characters, outside the BMP too) without making an array. */
function codePoints(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const p = text.charCodeAt(i - 1);
      if (p >= 0xd800 && p <= 0xdbff) n--;
    }
  }
  return n;
}

function basePinyin(run: string): string[] {
  // Tone marks, pinyin-pro's own form, converted by lookup (syllableFromMarks).
  const raw = pinyinPro(run, { type: 'array', toneSandhi: false });
  return raw.map((s) => syllableFromMarks(s) ?? '');
}

const NUMERALS = new Set(Array.from('〇零一二两三四五六七八九十百千万亿第'));

/**
 * Tone sandhi of 一 and 不 over one Han run, from the corrected readings: 不 → bú before a
 * fourth tone; 一 → yí before a fourth (or neutral) tone, yì before the others, except in
 * numbers and ordinals (十一, 第一, 一九四九) and at the end of a word (统一, 唯一, 之一).
 */
function applySandhi(tokens: ReadingToken[]): void {
  const flat: { token: ReadingToken; k: number; ch: string; last: boolean }[] = [];
  for (const token of tokens) {
    const chars = Array.from(token.text);
    chars.forEach((ch, k) => flat.push({ token, k, ch, last: k === chars.length - 1 }));
  }
  flat.forEach((cur, i) => {
    const s = cur.token.py[cur.k];
    const next = flat[i + 1];
    const nextTone = next ? Number(next.token.py[next.k]?.slice(-1) || 0) : 0;
    let changed: string | null = null;
    if (cur.ch === '不' && s === 'bu4' && nextTone === 4) changed = 'bu2';
    if (cur.ch === '一' && s === 'yi1' && next && nextTone) {
      const prev = flat[i - 1];
      const numeric =
        NUMERALS.has(next.ch) || (prev && NUMERALS.has(prev.ch) && prev.token === cur.token);
      if (!numeric && !(cur.last && cur.token.text.length > 1)) {
        changed = nextTone === 4 || nextTone === 5 ? 'yi2' : 'yi4';
      }
    }
    if (changed) {
      cur.token.sandhi ??= [...cur.token.py];
      cur.token.sandhi[cur.k] = changed;
    }
  });
}

export function createPinyinReader(dict: Dictionary, lexicon: Lexicon): PinyinReader {
  const segmenter = createSegmenter(dict, lexicon);
  const orthography = createOrthography(dict, lexicon);
  /**
   * CC-CEDICT's readings of the words read (a statement of 40,000 characters has about 19,000
   * dictionary words, a few thousand distinct): bounded. Read only, never changed.
   */
  const readingsOf = boundedMemo(20_000, (word: string) =>
    cedictReadings(dict, word, codePoints(word)),
  );

  function readRun(
    words: Segment[],
    preceding: string,
    following: string,
    out: ReadingToken[],
  ): void {
    const runText = words.map((w) => w.text).join('');
    const runChars = Array.from(runText);
    let base: string[];
    if (HAN_ONLY_RE.test(runText)) base = basePinyin(runText);
    else {
      // pinyin-pro reads the Han characters; a lexicon phrase's 、 or digits have no syllable.
      const hanBase = basePinyin(runChars.filter((c) => HAN_RE.test(c)).join(''));
      let h = 0;
      base = runChars.map((c) => (HAN_RE.test(c) ? (hanBase[h++] ?? '') : ''));
    }
    const first = out.length;
    let at = 0;
    words.forEach((word, w) => {
      const n = codePoints(word.text);
      let py = base.slice(at, at + n);
      const token: ReadingToken = { text: word.text, kind: 'han', py };
      const lex = word.source === 'lexicon' ? lexicon.get(word.text) : undefined;
      const rule =
        lex || !hasRule(word.text)
          ? null
          : ruleReading(word.text, {
              run: runChars,
              at,
              prevWord: words[w - 1]?.text ?? '',
              nextWord: words[w + 1]?.text ?? '',
              following,
              preceding,
            });
      if (lex) {
        if (lex.syllables.length === n) py = lex.syllables;
        if (lex.name) token.proper = lex.name.type !== 'other';
        if (lex.term) token.term = true;
      } else if (rule && rule.length === n) {
        py = rule;
      } else if (n > 1 && word.source === 'dict') {
        const readings = readingsOf(word.text);
        // Neutral tones differ between CC-CEDICT and the mainland standard (力量 lì liang vs
        // lì liàng): pinyin-pro's reading stands when it matches one up to neutral tones.
        const same = readings.find((r) => sameReading(r.syllables, py));
        if (same) token.proper = same.proper || undefined;
        else if (readings.length === 1) {
          py = readings[0]!.syllables;
          token.proper = readings[0]!.proper || undefined;
        }
      }
      token.py = py.map((s) => s || '');
      const written = orthography.words(word.text, n, {
        unit: !!lex?.term && !lex.name,
        // A name read the common way (方 in 东方) is not capitalised.
        capitals: lex?.name || token.proper ? undefined : Array<boolean>(n).fill(false),
      });
      if (!lex?.name) token.proper = written.some((w) => w.capital) || undefined;
      if (encodeWritten(written)) token.written = written;
      if (!token.proper) delete token.proper;
      out.push(token);
      at += n;
    });
    // Only 一 and 不 change.
    if (SANDHI_RE.test(runText)) applySandhi(out.slice(first));
  }

  return {
    read(text: string): ReadingToken[] {
      const segments = segmenter.segment(text);
      const out: ReadingToken[] = [];
      let offset = 0;
      for (let i = 0; i < segments.length;) {
        if (segments[i]!.kind !== 'han') {
          const s = segments[i]!;
          out.push({ text: s.text, kind: s.kind, py: [] });
          offset += s.text.length;
          i++;
          continue;
        }
        let j = i;
        let runLength = 0;
        while (j < segments.length && segments[j]!.kind === 'han')
          runLength += segments[j++]!.text.length;
        const following = text.slice(offset + runLength, offset + runLength + 60);
        const preceding = text.slice(Math.max(0, offset - 30), offset);
        readRun(segments.slice(i, j), preceding, following, out);
        offset += runLength;
        i = j;
      }
      return out;
    },
  };
}
