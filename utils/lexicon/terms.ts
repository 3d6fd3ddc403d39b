/**
 * Official set formulations (提法) of Chinese diplomacy and governance with their official English
 * renderings, written by the project: utils/lexicon/data/terms.json (schema: ./schema.ts). Each
 * rendering names where it is used (an article of the ministry's English site where it was found
 * for the Chinese term, else the English column) and, where the corpus was mined, the years and
 * counts of its use. tests/bench/terms-check.ts checks every rendering against the corpus.
 */
import { LEXICON } from './data';
import type { OfficialTerm } from './types';

export const OFFICIAL_TERMS: readonly OfficialTerm[] = LEXICON.terms;
