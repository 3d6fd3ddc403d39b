/**
 * Word segmentation for Chinese official text. Han runs are cut by dynamic programming over the
 * CC-CEDICT headwords plus the project lexicon (names, set phrases): fewest words first, then
 * longer words, with lexicon words preferred so 习近平 or 人类命运共同体 are never split.
 * Everything else (Latin, digits, punctuation, spaces) becomes its own token, except inside a
 * lexicon word that contains them (和平、合作、开放、包容), and the tokens concatenate back to the
 * input exactly.
 */
import type { Dictionary } from './dictionary';
import type { Lexicon } from './lexicon';

/** Lexicon.probe: the prefix is a word of the lexicon; a longer word begins with it. */
export const PREFIX_WORD = 1;
export const PREFIX_CONTINUES = 2;

export type SegmentKind = 'han' | 'latin' | 'space' | 'punct';

export interface Segment {
  text: string;
  kind: SegmentKind;
  /** For Han words: found in the lexicon, in CC-CEDICT, or neither (an unknown single char). */
  source?: 'lexicon' | 'dict' | 'char';
}

/** Han ideographs incl. 〇 and compatibility forms; the unit of pinyin. */
export const HAN_RE = /\p{Script=Han}/u;
const RUN_RE = /(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}])+)|(\s+)|([^])/gu;

/**
 * Dictionary words that are almost always a wrong join before these characters in statements:
 * 公布了结果 is 了 + 结果, not 了结 + 果 (both cuts have the same number of words).
 */
const BAD_JOINS: Record<string, string> = { 了结: '果论束构合盟婚' };

/** Dictionary words longer than this are idioms or phrases that never win; bounds the scan. */
const MAX_DICT_WORD = 12;

/** The first characters of BAD_JOINS' words: elsewhere no join is looked up. */
const BAD_JOIN_FIRSTS = new Set(Object.keys(BAD_JOINS).map((w) => w.charAt(0)));

function badJoin(word: string, next: string | undefined): boolean {
  const followers = BAD_JOINS[word];
  return !!followers && !!next && followers.includes(next);
}

export interface Segmenter {
  segment(text: string): Segment[];
}

export function createSegmenter(dict: Pick<Dictionary, 'prefixesAt'>, lexicon: Lexicon): Segmenter {
  const maxLen = Math.max(MAX_DICT_WORD, lexicon.maxWordLength);

  function cutHan(run: string, out: Segment[]): void {
    // Work on code points so characters outside the BMP stay whole; `at` maps them to offsets.
    const chars = Array.from(run);
    const n = chars.length;
    const at = new Int32Array(n + 1);
    for (let k = 0; k < n; k++) at[k + 1] = at[k]! + chars[k]!.length;
    const cost = new Float64Array(n + 1).fill(Infinity);
    const back = new Int32Array(n + 1);
    const from = new Array<Segment['source']>(n + 1);
    cost[0] = 0;
    for (let i = 0; i < n; i++) {
      if (cost[i] === Infinity) continue;
      const start = at[i]!;
      // The headwords starting here, shortest first (code units), from one walk of the index.
      const ends = dict.prefixesAt(run, start, at[Math.min(n, i + MAX_DICT_WORD)]! - start);
      let next = 0;
      let word = '';
      let inLexicon = true; // some lexicon word may still start with `word`
      const mayJoinBadly = BAD_JOIN_FIRSTS.has(chars[i]!);
      for (let len = 1; len <= maxLen && i + len <= n; len++) {
        const units = at[i + len]! - start;
        while (next < ends.length && ends[next]! < units) next++;
        let probe = 0;
        if (inLexicon) {
          word += chars[i + len - 1];
          probe = lexicon.probe(word);
          inLexicon = (probe & PREFIX_CONTINUES) !== 0;
        }
        let source: Segment['source'];
        let c = 0;
        if (probe & PREFIX_WORD) {
          source = 'lexicon';
          c = 10_000 - len * len - 500;
        } else if (
          ends[next] === units &&
          !(mayJoinBadly && badJoin(run.slice(start, start + units), chars[i + len]))
        ) {
          source = 'dict';
          c = 10_000 - len * len;
        } else if (len === 1) {
          source = 'char';
          c = 10_000;
        }
        if (source) {
          // Ties (提供|给 vs 提|供给) go to the longer word further left, as forward matching would.
          const total = cost[i]! + c - (1e-3 * len * len * (n - i)) / n;
          if (total < cost[i + len]!) {
            cost[i + len] = total;
            back[i + len] = i;
            from[i + len] = source;
          }
        }
        // Neither a lexicon word nor a headword goes on from here.
        if (!inLexicon && next >= ends.length) break;
      }
    }
    const pieces: Segment[] = [];
    for (let end = n; end > 0; end = back[end]!) {
      pieces.push({
        text: run.slice(at[back[end]!]!, at[end]!),
        kind: 'han',
        source: from[end],
      });
    }
    for (let k = pieces.length - 1; k >= 0; k--) out.push(pieces[k]!);
  }

  const cutRuns = (text: string, out: Segment[]) => {
    for (const m of text.matchAll(RUN_RE)) {
      if (m[1]) cutHan(m[1], out);
      else if (m[2]) out.push({ text: m[2], kind: 'latin' });
      else if (m[3]) out.push({ text: m[3], kind: 'space' });
      else out.push({ text: m[0], kind: 'punct' });
    }
  };

  // Lexicon words with punctuation or digits, longest first, by their first code unit.
  const phrases = new Map<string, string[]>();
  for (const p of [...lexicon.phrases].sort((a, b) => b.length - a.length)) {
    const list = phrases.get(p.charAt(0)) ?? [];
    list.push(p);
    phrases.set(p.charAt(0), list);
  }

  return {
    segment(text: string): Segment[] {
      const out: Segment[] = [];
      let from = 0;
      if (phrases.size) {
        for (let i = 0; i < text.length; i++) {
          const found = phrases.get(text.charAt(i))?.find((p) => text.startsWith(p, i));
          if (!found) continue;
          cutRuns(text.slice(from, i), out);
          out.push({ text: found, kind: 'han', source: 'lexicon' });
          from = i + found.length;
          i = from - 1;
        }
      }
      cutRuns(from ? text.slice(from) : text, out);
      return out;
    },
  };
}
