/**
 * The project's lexicon, loaded from its data files (utils/lexicon/data/). The files are checked
 * against the schema of ./schema.ts where they enter the product: by the build (wxt.config.ts
 * stops on a broken file) and by the unit tests (tests/unit/reading/lexicon-data.test.ts, which
 * also checks that this is what the checked files give). Here they are only resolved, not
 * checked again: the check took 20–70 ms of every background-worker start, on the way to the
 * first ruby after the browser stopped the worker.
 */
import gazetteer from './data/gazetteer.json';
import sources from './data/sources.json';
import terms from './data/terms.json';
import { resolveLexicon } from './resolve';
import type { SourceTable, TermRow } from './schema';
import type { GazetteerEntry } from './types';

export const LEXICON = resolveLexicon({
  gazetteer: gazetteer as GazetteerEntry[],
  terms: terms as TermRow[],
  sources: sources as SourceTable,
});
