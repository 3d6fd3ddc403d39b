/**
 * The project's own lexicon (gazetteer of names + official set formulations) as one index for
 * segmentation and readings: names and set phrases are single words with a fixed reading.
 */
import { GAZETTEER } from '../lexicon/gazetteer';
import { OFFICIAL_TERMS } from '../lexicon/terms';
import { hanCharacters } from '../lexicon/schema';
import type { GazetteerEntry, OfficialTerm } from '../lexicon/types';
import { HAN_RE, PREFIX_CONTINUES, PREFIX_WORD } from './segment';
import { fromMarks } from './syllable';

export interface LexiconWord {
  /**
   * Normalised numbered syllables, one per character, "" for a character without one (the 、 of
   * 和平、合作, the digits of 2030年…); empty when unknown.
   */
  syllables: string[];
  name?: GazetteerEntry;
  term?: OfficialTerm;
}

export interface Lexicon {
  get(word: string): LexiconWord | undefined;
  /**
   * For the segmenter's scan, in one lookup: whether `prefix` is a word of the lexicon
   * (PREFIX_WORD) and whether some longer word begins with it (PREFIX_CONTINUES); 0 for neither.
   */
  probe(prefix: string): number;
  readonly maxWordLength: number;
  /**
   * Words with characters other than Han (和平、合作、开放、包容, 2030年可持续发展议程): the
   * segmenter finds them across the punctuation and digits it otherwise cuts at.
   */
  readonly phrases: readonly string[];
}

/** Simplified → traditional character map, used to index traditional forms of the entries. */
export type CharMap = (ch: string) => string;

function addEntry(
  map: Map<string, LexiconWord>,
  zh: string,
  pinyin: string | undefined,
  extra: Omit<LexiconWord, 'syllables'>,
): void {
  const chars = Array.from(zh);
  const syllables = pinyin ? fromMarks(pinyin) : [];
  // One syllable per Han character (the rule utils/lexicon/schema.ts checks on the data).
  const ok = syllables.length > 0 && syllables.length === hanCharacters(zh).length;
  let k = 0;
  const word: LexiconWord = {
    ...map.get(zh),
    ...extra,
    syllables: ok ? chars.map((c) => (HAN_RE.test(c) ? syllables[k++]! : '')) : [],
  };
  map.set(zh, word);
}

/**
 * Index gazetteer and terms; with `toTraditional`, also under their traditional spelling so a
 * Hong Kong / Taiwan page segments 習近平 and 人類命運共同體 the same way.
 */
export function buildLexicon(
  toTraditional?: CharMap,
  gazetteer: readonly GazetteerEntry[] = GAZETTEER,
  terms: readonly OfficialTerm[] = OFFICIAL_TERMS,
): Lexicon {
  const map = new Map<string, LexiconWord>();
  for (const name of gazetteer) addEntry(map, name.zh, name.pinyin, { name });
  for (const term of terms) addEntry(map, term.zh, term.pinyin, { term });
  if (toTraditional) {
    for (const [zh, word] of [...map]) {
      const trad = Array.from(zh).map(toTraditional).join('');
      if (trad !== zh && !map.has(trad)) map.set(trad, word);
    }
  }
  let max = 1;
  const phrases: string[] = [];
  const prefixes = new Map<string, number>();
  for (const key of map.keys()) {
    max = Math.max(max, key.length);
    if (!/^\p{Script=Han}+$/u.test(key)) phrases.push(key);
    prefixes.set(key, (prefixes.get(key) ?? 0) | PREFIX_WORD);
    for (let end = 1; end < key.length; end++) {
      const prefix = key.slice(0, end);
      prefixes.set(prefix, (prefixes.get(prefix) ?? 0) | PREFIX_CONTINUES);
    }
  }
  return {
    get: (word) => map.get(word),
    probe: (prefix) => prefixes.get(prefix) ?? 0,
    maxWordLength: max,
    phrases,
  };
}
