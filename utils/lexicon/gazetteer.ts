/**
 * Gazetteer of names in China's official statements, written by the project: people, places and
 * organisations with the English spellings the Foreign Ministry and Xinhua use (e.g. "the DPRK",
 * "the Republic of Korea"), preferred spelling first, and pinyin (one syllable per character,
 * capitalised as the name is written: "Xí Jìn píng" is Xí Jìnpíng). The data is
 * utils/lexicon/data/gazetteer.json (schema: ./schema.ts). Used by the segmenter (names are
 * never split), the pinyin orthography and the cross-language matcher.
 */
import { LEXICON } from './data';
import type { GazetteerEntry } from './types';

export const GAZETTEER: readonly GazetteerEntry[] = LEXICON.gazetteer;
