/**
 * The texts the side-by-side view copies and names: a row's pair, its citation, export file names.
 * Pure functions over the Alignment and the two Articles.
 */
import type { Article } from '../../utils/article';
import { linkTexts } from '../../utils/align/export';
import type { Alignment, Link } from '../../utils/align/types';

/** "zh\nen": what "Copy pair" puts on the clipboard (one side alone when the other is missing). */
export function pairText(alignment: Alignment, link: Link): string {
  const { zh, en } = linkTexts(alignment, link);
  return [zh, en].filter(Boolean).join('\n');
}

/** Who speaks in a segment: its paragraph's speaker, else the statement's speakers. */
export function speakerOf(article: Article, paragraph: number | undefined): string {
  const own = paragraph === undefined ? undefined : article.paragraphs[paragraph]?.speaker;
  return own ?? article.speakers.join(', ');
}

function sourceLine(article: Article, speaker: string): string {
  return [speaker, article.date ?? 'undated', article.title, article.source, article.url]
    .filter((part): part is string => !!part)
    .join(', ');
}

/**
 * The row's texts with where they come from (speaker, date, title, publisher, URL), one line per
 * language, ready to paste into an article or a paper:
 *   “中文…” — 林剑, 2025-06-20, 标题, 外交部, https://…
 *   “English…” — Lin Jian, 2025-06-20, Title, Ministry of Foreign Affairs, https://…
 */
export function citationText(alignment: Alignment, link: Link, zh: Article, en: Article): string {
  const texts = linkTexts(alignment, link);
  const zhSpeaker = speakerOf(zh, alignment.zh[link.zh[0] ?? -1]?.paragraph);
  const enSpeaker = speakerOf(en, alignment.en[link.en[0] ?? -1]?.paragraph);
  const lines: string[] = [];
  lines.push(
    texts.zh
      ? `“${texts.zh}” — ${sourceLine(zh, zhSpeaker)}`
      : `Chinese: ${sourceLine(zh, zhSpeaker)}`,
  );
  lines.push(
    texts.en
      ? `“${texts.en}” — ${sourceLine(en, enSpeaker)}`
      : `English: ${sourceLine(en, enSpeaker)}`,
  );
  return lines.join('\n');
}

/** Longest title part of an export file name. */
const MAX_TITLE = 100;

/** A file name from the statement's date and title: "2025-06-20 Regular Press Conference.tsv". */
export function exportFileName(zh: Article, en: Article, extension: string): string {
  let title = (en.title || zh.title || 'statement')
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // Long titles end at a word (or, for Chinese, simply at the limit).
  if (title.length > MAX_TITLE) {
    const cut = title.slice(0, MAX_TITLE);
    const space = cut.lastIndexOf(' ');
    title = (space > MAX_TITLE / 2 ? cut.slice(0, space) : cut).trim();
  }
  const date = zh.date ?? en.date;
  return `${date ? `${date} ` : ''}${title || 'statement'}.${extension}`;
}
