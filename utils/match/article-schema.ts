/**
 * Validation of Article JSON coming from outside (CLI files, batch tasks): the fields `cli extract`
 * prints; paragraphs may be plain strings or objects with a `text` field.
 */
import { z } from 'zod';
import { ARTICLE_KINDS, type Article, type SiteId } from '../article';

const SITES: [SiteId, ...SiteId[]] = ['mfa', 'xinhua', 'govcn', 'people', 'embassy', 'generic'];

const paragraphSchema = z.union([
  z.string(),
  z.object({
    text: z.string(),
    role: z.enum(['question', 'answer', 'statement']).optional(),
    speaker: z.string().optional(),
  }),
]);

export const articleInputSchema = z.object({
  url: z.string().min(1),
  lang: z.enum(['zh', 'en']),
  site: z.enum(SITES).catch('generic'),
  kind: z.enum(ARTICLE_KINDS as [Article['kind'], ...Article['kind'][]]).catch('other'),
  title: z.string(),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD or null')
    .nullable(),
  paragraphs: z.array(paragraphSchema),
  speakers: z.array(z.string()).optional(),
  source: z.string().nullable().optional(),
  counterpartUrl: z.string().nullable().optional(),
});

export const matchTaskSchema = z.object({
  zh: articleInputSchema,
  candidates: z.array(articleInputSchema),
});

export type ArticleInput = z.infer<typeof articleInputSchema>;

/** Turn validated input into an Article (paragraph strings become `{ text }`). */
export function toArticle(input: ArticleInput): Article {
  const article: Article = {
    url: input.url,
    lang: input.lang,
    site: input.site,
    kind: input.kind,
    title: input.title,
    date: input.date,
    speakers: input.speakers ?? [],
    source: input.source ?? null,
    paragraphs: input.paragraphs.map((p) => (typeof p === 'string' ? { text: p } : p)),
  };
  if (input.counterpartUrl) article.counterpartUrl = input.counterpartUrl;
  return article;
}

/** A short human-readable account of a validation failure. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}
