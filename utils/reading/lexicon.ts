/**
 * The project's own lexicon (gazetteer of names + official set formulations) as one index for
 * segmentation and readings: names and set phrases are single words with a fixed reading.
 */
import { GAZETTEER } from '../lexicon/gazetteer';
import { OFFICIAL_TERMS } from '../lexicon/terms';
import type { GazetteerEntry, OfficialTerm } from '../lexicon/types';
import { fromMarks } from './syllable';

export interface LexiconWord {
  /** Normalised numbered syllables, one per character (empty when unknown). */
  syllables: string[];
  name?: GazetteerEntry;
  term?: OfficialTerm;
}

export interface Lexicon {
  get(word: string): LexiconWord | undefined;
  readonly maxWordLength: number;
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
  const word: LexiconWord = {
    ...map.get(zh),
    ...extra,
    syllables: syllables.length === chars.length ? syllables : [],
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
  for (const key of map.keys()) max = Math.max(max, key.length);
  return { get: (word) => map.get(word), maxWordLength: max };
}
