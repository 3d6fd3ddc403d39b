/**
 * The project's lexicon as data (utils/lexicon/data/*.json), checked against one zod schema at
 * build time (wxt.config.ts, with the CC-CEDICT index), in the unit tests and when loaded:
 * - gazetteer.json: names with their official English spellings and pinyin;
 * - terms.json: official set formulations (提法) with their renderings, each naming its source by
 *   id, and, where the corpus was mined (tests/bench/terms-mine.ts), how often the publisher used
 *   it in which years, with an example article id;
 * - sources.json: the ids → where a rendering is used (an official English column, or the URL of
 *   an article; no text of the articles is kept).
 * Every rule the data must follow is in `checkLexicon`, the code the reader relies on.
 */
import { z } from 'zod';
import { resolveLexicon } from './resolve';
import type { GazetteerEntry, OfficialTerm } from './types';

const HAN = /\p{Script=Han}/u;

/** The characters of a lexicon word that carry a syllable: its Han characters. */
export function hanCharacters(zh: string): string[] {
  return Array.from(zh).filter((c) => HAN.test(c));
}

const text = z
  .string()
  .min(1)
  .refine((s) => s.trim() === s, 'no spaces around');
const pinyin = z
  .string()
  .regex(/^[\p{L}]+( [\p{L}]+)*$/u, 'syllables with tone marks, one space apart');

export const gazetteerSchema = z.array(
  z.strictObject({
    zh: z.string().regex(/^\p{Script=Han}+$/u, 'Han characters only'),
    pinyin,
    en: z.array(text).min(1),
    type: z.enum(['person', 'place', 'organisation', 'other']),
  }),
);

export const usageSchema = z.strictObject({
  year: z.number().int().min(1949).max(2100),
  count: z.number().int().min(1),
});

export const renderingSchema = z.strictObject({
  en: text,
  /** A key of sources.json. */
  source: z.string().min(1),
  /** Aligned sentence pairs of the corpus where the publisher used this rendering, by year. */
  usage: z.array(usageSchema).optional(),
  /** A key of sources.json: an article where it was used. */
  example: z.string().min(1).optional(),
});

export const termsSchema = z.array(
  z.strictObject({
    zh: z
      .string()
      .min(2)
      .refine((s) => HAN.test(s), 'at least one Han character'),
    pinyin,
    renderings: z.array(renderingSchema).min(1),
    /** Why the term or a rendering was changed by hand after the corpus check, if it was. */
    review: text.optional(),
  }),
);

export const sourcesSchema = z.record(
  z.string().regex(/^[a-z0-9-]+\/[\w.-]+$/, 'id "kind/name"'),
  z.string().regex(/^(https:\/\/\S+|.+: https:\/\/\S+)$/, 'a URL, or "column: URL"'),
);

export type TermRow = z.infer<typeof termsSchema>[number];
export type SourceTable = z.infer<typeof sourcesSchema>;

export interface LexiconData {
  gazetteer: GazetteerEntry[];
  terms: OfficialTerm[];
}

/** Number of syllables of a pinyin string ("Xí Jìn píng" → 3). */
const syllableCount = (py: string) => py.split(' ').length;

/**
 * Validate the three files and resolve source ids; throws one Error listing every problem
 * ("terms.json 12 和平、合作: 4 syllables for 5 Han characters").
 */
export function checkLexicon(raw: {
  gazetteer: unknown;
  terms: unknown;
  sources: unknown;
}): LexiconData {
  const problems: string[] = [];
  const parse = <T>(file: string, schema: z.ZodType<T>, value: unknown): T | null => {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues.slice(0, 20)) {
      problems.push(`${file} ${issue.path.join('.')}: ${issue.message}`);
    }
    return null;
  };
  const gazetteer = parse('gazetteer.json', gazetteerSchema, raw.gazetteer) ?? [];
  const terms = parse('terms.json', termsSchema, raw.terms) ?? [];
  const sources = parse('sources.json', sourcesSchema, raw.sources) ?? {};

  const seen = new Set<string>();
  gazetteer.forEach((g, i) => {
    if (seen.has(g.zh)) problems.push(`gazetteer.json ${i} ${g.zh}: listed twice`);
    seen.add(g.zh);
    if (syllableCount(g.pinyin) !== hanCharacters(g.zh).length)
      problems.push(`gazetteer.json ${i} ${g.zh}: pinyin is not one syllable per character`);
  });
  const seenTerms = new Set<string>();
  terms.forEach((t, i) => {
    const where = `terms.json ${i} ${t.zh}`;
    if (seenTerms.has(t.zh)) problems.push(`${where}: listed twice`);
    seenTerms.add(t.zh);
    const han = hanCharacters(t.zh).length;
    if (syllableCount(t.pinyin) !== han)
      problems.push(`${where}: ${syllableCount(t.pinyin)} syllables for ${han} Han characters`);
    const ens = new Set<string>();
    for (const r of t.renderings) {
      if (ens.has(r.en)) problems.push(`${where}: rendering "${r.en}" twice`);
      ens.add(r.en);
      if (!(r.source in sources)) problems.push(`${where}: unknown source ${r.source}`);
      if (r.example && !(r.example in sources))
        problems.push(`${where}: unknown example ${r.example}`);
      const years = r.usage?.map((u) => u.year) ?? [];
      if (years.some((y, k) => k > 0 && y <= years[k - 1]!))
        problems.push(`${where}: usage of "${r.en}" not in increasing years`);
    }
  });
  if (problems.length) throw new Error(`Lexicon data is invalid:\n  ${problems.join('\n  ')}`);
  return resolveLexicon({ gazetteer, terms, sources });
}
