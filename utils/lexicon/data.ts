/**
 * The project's lexicon, loaded from its data files (utils/lexicon/data/) through the schema of
 * ./schema.ts: the same check the build runs (wxt.config.ts) and the unit tests run.
 */
import gazetteer from './data/gazetteer.json';
import sources from './data/sources.json';
import terms from './data/terms.json';
import { checkLexicon, type LexiconData } from './schema';

export const LEXICON: LexiconData = checkLexicon({ gazetteer, terms, sources });
