/** Node-only: the reading engine over the dictionary generated in memory (CLI, tests, benches). */
import { loadNodeDictionary } from './dictionary-node';
import { createReadingEngine, type ReadingEngine } from './reader';

let engine: Promise<ReadingEngine> | undefined;

export function loadNodeEngine(): Promise<ReadingEngine> {
  engine ??= loadNodeDictionary().then(createReadingEngine);
  return engine;
}
