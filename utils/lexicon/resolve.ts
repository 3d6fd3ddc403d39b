/**
 * From the lexicon's data files to the lexicon the product uses, without the schema (zod), so
 * that loading it costs the background worker nothing at start; see ./data.ts.
 */
import type { LexiconData, SourceTable, TermRow } from './schema';
import type { GazetteerEntry } from './types';

/**
 * The lexicon as the product uses it, from data files that passed `checkLexicon` (which ends
 * with this): each rendering's source and example resolved from sources.json to their URLs.
 */
export function resolveLexicon({
  gazetteer,
  terms,
  sources,
}: {
  gazetteer: GazetteerEntry[];
  terms: TermRow[];
  sources: SourceTable;
}): LexiconData {
  const url = (id: string) => sources[id]!;
  return {
    gazetteer,
    terms: terms.map((t) => ({
      zh: t.zh,
      pinyin: t.pinyin,
      renderings: t.renderings.map((r) => ({
        en: r.en,
        source: url(r.source),
        ...(r.usage && { usage: r.usage }),
        ...(r.example && { example: exampleUrl(url(r.example)) }),
      })),
    })),
  };
}

/** The URL of a source entry ("column: URL" → URL). */
export function exampleUrl(source: string): string {
  const at = source.lastIndexOf('https://');
  return at >= 0 ? source.slice(at) : source;
}
