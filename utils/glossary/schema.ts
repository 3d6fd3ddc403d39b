/**
 * The glossary's data, version 2: one zod schema per shape, the TypeScript types derived from
 * them. The same schemas validate what a content script asks to save (GlossaryInput), what the
 * JSON import reads (GlossaryExport) and, in tests, what the store holds.
 *
 * An entry is a term (a word or set phrase, one entry per simplified form, gaining the contexts
 * of every statement it was saved from) or a passage (a sentence or more, one entry per page and
 * text: saving it again from the same page changes nothing).
 */
import { z } from 'zod';
import { ARTICLE_KINDS, type ArticleKind } from '../article';

export const GLOSSARY_SCHEMA_VERSION = 2;

/** Longest text accepted in one field (a whole press-conference answer fits many times over). */
const MAX_TEXT = 20_000;
const text = (max = MAX_TEXT) => z.string().max(max);

export const ENTRY_TYPES = ['term', 'passage'] as const;
export type EntryType = (typeof ENTRY_TYPES)[number];

export const SITE_IDS = ['mfa', 'xinhua', 'govcn', 'people', 'embassy', 'generic'] as const;

/**
 * Where the official English of an entry comes from: the project's list of official renderings
 * of set phrases (`term`), the side-by-side view's automatic alignment (`aligned`), or the user,
 * who picked or corrected it (`user`).
 */
export const ENGLISH_ORIGINS = ['term', 'aligned', 'user'] as const;
export type EnglishOrigin = (typeof ENGLISH_ORIGINS)[number];

/** The statement an entry was saved from. */
export const sourceSchema = z.object({
  url: z.url().max(4000),
  title: text(2000),
  kind: z.custom<ArticleKind>(
    (v) => typeof v === 'string' && (ARTICLE_KINDS as readonly string[]).includes(v),
    'Unknown statement kind',
  ),
  /** The spokesperson or leader who speaks, where the page says so. */
  speaker: text(500).nullable(),
  /** YYYY-MM-DD or null. */
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  site: z.enum(SITE_IDS),
  /** The publisher's English version of the statement, when known. */
  enUrl: z.url().max(4000).nullable(),
});
export type GlossarySource = z.infer<typeof sourceSchema>;

/** One statement a term was met in: the source, the surrounding sentence, when. */
export const contextSchema = sourceSchema.extend({
  /** The sentence around a term (for a passage: empty, the passage is the text itself). */
  sentence: text(),
  savedAt: z.iso.datetime(),
});
export type GlossaryContext = z.infer<typeof contextSchema>;

export const renderingSchema = z.object({ en: text(2000), source: text(2000) });
export type Rendering = z.infer<typeof renderingSchema>;

export const englishSchema = z.object({
  text: text(),
  origin: z.enum(ENGLISH_ORIGINS),
});
export type GlossaryEnglish = z.infer<typeof englishSchema>;

const tagsSchema = z
  .array(text(100))
  .max(100)
  .transform((tags) => normaliseTags(tags));

/** What a content script, the context menu or the side-by-side view asks the background to save. */
export const glossaryInputSchema = z.object({
  type: z.enum(ENTRY_TYPES),
  /** The Chinese text: the term, or the passage as selected. */
  zh: text().refine((s) => s.trim().length > 0, 'Nothing to save: the text is empty'),
  /** Traditional form and numbered pinyin; the background fills them from the dictionary when absent. */
  traditional: text().optional(),
  pinyin: text(60_000).optional(),
  /** CC-CEDICT meanings (terms). */
  definitions: z.array(text(2000)).max(200).optional(),
  /** Official renderings of a set phrase with where they are used (terms). */
  renderings: z.array(renderingSchema).max(50).optional(),
  /** The official English of the text: aligned by the side-by-side view, or chosen by the user. */
  english: englishSchema.nullable().optional(),
  source: sourceSchema,
  /** The sentence around a term. */
  sentence: text().optional(),
  note: text().optional(),
  tags: tagsSchema.optional(),
});
export type GlossaryInput = z.input<typeof glossaryInputSchema>;
export type ParsedGlossaryInput = z.output<typeof glossaryInputSchema>;

export const entrySchema = z.object({
  /** `term:<zh>` or `passage:<url>#<zh>` (see entryId). */
  id: text(30_000),
  type: z.enum(ENTRY_TYPES),
  zh: text(),
  traditional: text(),
  /**
   * Numbered syllables (Duizhao's form: "lüe4", neutral tone 5); the syllables of one word are
   * written together and words are separated by spaces ("zhan4lüe4 huo3ban4 guan1xi4").
   */
  pinyin: text(60_000),
  definitions: z.array(text(2000)).max(200),
  renderings: z.array(renderingSchema).max(50),
  english: englishSchema.nullable(),
  /** Oldest first; a passage has exactly one (its page). */
  contexts: z.array(contextSchema).max(1000),
  note: text(),
  tags: tagsSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type GlossaryEntry = z.output<typeof entrySchema>;

/** The JSON backup: everything, with the schema version it was written in. */
export const exportSchema = z.object({
  format: z.literal('duizhao-glossary'),
  version: z.literal(GLOSSARY_SCHEMA_VERSION),
  exportedAt: z.iso.datetime(),
  entries: z.array(z.unknown()).max(1_000_000),
});
export type GlossaryExport = Omit<z.output<typeof exportSchema>, 'entries'> & {
  entries: GlossaryEntry[];
};

/** Tags: trimmed, inner spaces collapsed, no empty ones, no duplicates (case-insensitive). */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().replace(/\s+/g, ' ');
    const key = tag.toLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

/** The key of an entry: one term per simplified form; one passage per page and text. */
export function entryId(type: EntryType, zh: string, url: string): string {
  const text = zh.trim();
  return type === 'term' ? `term:${text}` : `passage:${pageKey(url)}#${text}`;
}

/** A page's address without its fragment (a text fragment or anchor does not make another page). */
export function pageKey(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

/** A readable one-line account of a zod error: "entries.3.zh: Invalid input". */
export function describeIssues(error: z.ZodError, limit = 3): string {
  const parts = error.issues.slice(0, limit).map((issue) => {
    const path = issue.path.map(String).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  const more = error.issues.length - limit;
  return parts.join('; ') + (more > 0 ? ` (and ${more} more)` : '');
}
