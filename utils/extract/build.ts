/**
 * From blocks + page facts to an ExtractedArticle: filters page furniture and metadata lines out
 * of the body, settles lang/date/source/kind/speakers and, for press conferences, the Q/A roles.
 * Shared by the site adapters' layouts and the generic extractor.
 */
import type { ExtractResult, Lang, Paragraph, SiteId } from '../article';
import type { Block } from './blocks';
import { classifyKind, speakersFromOpening, speakersFromTitle } from './kind';
import { isFurniture, parseMetaLine, type MetaLine } from './metaline';
import { assignRoles } from './roles';
import { detectLang } from './text';
import { parseDate, dateFromUrlPath } from './dates';

export interface PageFacts {
  url: string;
  site: SiteId;
  title: string;
  titleEl: Element | null;
  body: Element[];
  blocks: Block[];
  /** Date found in the page's date element or metadata (already ISO), if any. */
  date: string | null;
  source: string | null;
  /** Language fixed by the layout, if any. */
  lang?: Lang;
  /** Language implied by the URL (/eng/, english.…), used when the text does not settle it. */
  urlLang: Lang | null;
  defaultSource?: Record<Lang, string> | null;
}

/** Minimum statement text: below this a "body" is a caption or a stub, not a statement. */
const MIN_CHARS = { zh: 20, en: 60 } as const;

/** Split metadata lines and furniture off the body blocks. */
export function separateMeta(blocks: readonly Block[]): { body: Block[]; meta: MetaLine[] } {
  const body: Block[] = [];
  const meta: MetaLine[] = [];
  for (const block of blocks) {
    if (isFurniture(block.text)) continue;
    const line = parseMetaLine(block.text);
    if (line) meta.push(line);
    else body.push(block);
  }
  return { body, meta };
}

/** Strip "来源：" / "Source:" labels from a source string. */
export function cleanSource(text: string | null | undefined): string | null {
  const clean = (text ?? '')
    .replace(/^.*?(?:来源|稿源|Source)\s*[:：]\s*/i, '')
    .replace(/[（(]供稿[)）]/g, '')
    .trim();
  return clean && clean.length <= 40 ? clean : null;
}

/** Assemble the article, or reject when the body is empty or in another language. */
export function buildArticle(facts: PageFacts): ExtractResult {
  const { body: blocks, meta } = separateMeta(facts.blocks);
  const text = blocks.map((b) => b.text).join('\n');
  const lang = facts.lang ?? detectLang(`${facts.title}\n${text.slice(0, 4000)}`) ?? facts.urlLang;
  if (!lang)
    return { ok: false, reason: 'not-chinese-or-english', detail: 'no Chinese or English text' };
  if (!blocks.length || text.replace(/\s/g, '').length < MIN_CHARS[lang]) {
    return { ok: false, reason: 'no-body', detail: 'the statement body is empty' };
  }
  // A "body" that is mostly link text is a list of articles, not an article.
  const linkChars = blocks.reduce((n, b) => n + b.linkChars, 0);
  if (blocks.length >= 5 && linkChars > text.length * 0.5) {
    return { ok: false, reason: 'listing', detail: `${blocks.length} entries, mostly links` };
  }
  const title = facts.title || blocks[0]!.text.slice(0, 80);
  const date =
    facts.date ?? meta.find((m) => m.date)?.date ?? parseDate(title) ?? dateFromUrlPath(facts.url);
  const source =
    facts.source ??
    cleanSource(meta.find((m) => m.source)?.source) ??
    facts.defaultSource?.[lang] ??
    null;
  const kind = classifyKind(title, lang, blocks[0]!.text);
  let speakers = speakersFromTitle(title, lang);
  if (kind === 'readout' && speakers.length < 2) {
    for (const name of speakersFromOpening(blocks[0]!.text, lang)) {
      if (!speakers.some((s) => s.includes(name) || name.includes(s)))
        speakers = [...speakers, name];
    }
  }
  const paragraphs: Paragraph[] =
    kind === 'press-conference'
      ? assignRoles(blocks, { speakers })
      : blocks.map((b) => ({ text: b.text }));
  return {
    ok: true,
    article: {
      url: facts.url,
      lang,
      site: facts.site,
      kind,
      title,
      date,
      speakers,
      source,
      paragraphs,
      nodes: { title: facts.titleEl, paragraphs: blocks.map((b) => b.el), body: facts.body },
    },
  };
}

/** Language suggested by the URL alone. */
export function langFromUrl(url: string): Lang | null {
  try {
    const { hostname, pathname } = new URL(url);
    if (
      /^(?:english|en)\./i.test(hostname) ||
      /^\/(?:eng|mfa_eng|en|english)(?:\/|_)/i.test(pathname)
    ) {
      return 'en';
    }
    return /\.cn$/i.test(hostname) ? 'zh' : null;
  } catch {
    return null;
  }
}
