/**
 * Exports of an aligned statement: TSV (one link per row), TMX 1.4 (a translation memory CAT
 * tools import) and Markdown (both texts and the citation). Pure functions over an Alignment and
 * optional citation metadata, shared by the CLI and the side-by-side view's Export control.
 */
import type { Article } from '../article';
import type { Alignment, Link } from './types';

/** Where the statement comes from, for exports and citations. All optional. */
export interface Citation {
  /** The Chinese title (the English title goes in `enTitle`). */
  title?: string;
  enTitle?: string;
  /** YYYY-MM-DD */
  date?: string | null;
  speakers?: readonly string[];
  source?: string | null;
  zhUrl?: string;
  enUrl?: string;
}

/** The citation metadata of a statement and its English version. */
export function citationOf(zh: Article, en?: Article): Citation {
  return {
    title: zh.title,
    enTitle: en?.title,
    date: zh.date ?? en?.date ?? null,
    speakers: zh.speakers.length ? zh.speakers : (en?.speakers ?? []),
    source: zh.source,
    zhUrl: zh.url,
    enUrl: en?.url,
  };
}

/** The Chinese and English texts of a link (Chinese sentences joined as written, English by a space). */
export function linkTexts(alignment: Alignment, link: Link): { zh: string; en: string } {
  return {
    zh: link.zh.map((i) => alignment.zh[i]?.text ?? '').join(''),
    en: link.en
      .map((i) => alignment.en[i]?.text ?? '')
      .join(' ')
      .trim(),
  };
}

/** A TSV cell: tabs, line breaks and other control characters become single spaces. */
function tsvCell(text: string): string {
  return text
    .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

export interface TsvOptions {
  /** Start with a header row "zh\ten\tconfidence" (default false: rows are links only). */
  header?: boolean;
}

/**
 * One row per link: Chinese text, English text, confidence (two decimals). A side a link lacks
 * (1:0, 0:1) is an empty cell. Rows end with "\n".
 */
export function toTsv(alignment: Alignment, options: TsvOptions = {}): string {
  const rows: string[] = [];
  if (options.header) rows.push('zh\ten\tconfidence');
  for (const link of alignment.links) {
    const { zh, en } = linkTexts(alignment, link);
    rows.push(`${tsvCell(zh)}\t${tsvCell(en)}\t${link.confidence.toFixed(2)}`);
  }
  return rows.map((r) => r + '\n').join('');
}

/** Characters XML 1.0 does not allow, and the ones it reserves. */
function xml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

export interface TmxOptions {
  /** The header's creationdate (omitted when not given, so that the output is reproducible). */
  created?: Date;
  /** The creating tool's version. */
  toolVersion?: string;
}

/** TMX 1.4 `YYYYMMDDThhmmssZ`. */
function tmxDate(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/**
 * A TMX 1.4 translation memory: one `<tu>` per link with both sides non-empty, `<tuv
 * xml:lang="zh-CN">` then `<tuv xml:lang="en">`, the link's confidence as a `x-confidence` prop,
 * the citation as header props.
 */
export function toTmx(
  alignment: Alignment,
  citation: Citation = {},
  options: TmxOptions = {},
): string {
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push('<tmx version="1.4">');
  const attributes = [
    `creationtool="Duizhao"`,
    `creationtoolversion="${xml(options.toolVersion ?? '1')}"`,
    `datatype="plaintext"`,
    `segtype="sentence"`,
    `adminlang="en"`,
    `srclang="zh-CN"`,
    `o-tmf="Duizhao"`,
  ];
  if (options.created) attributes.push(`creationdate="${tmxDate(options.created)}"`);
  const props: [string, string | null | undefined][] = [
    ['x-title', citation.title],
    ['x-title-en', citation.enTitle],
    ['x-date', citation.date],
    ['x-speakers', citation.speakers?.join(', ')],
    ['x-source', citation.source],
    ['x-url-zh', citation.zhUrl],
    ['x-url-en', citation.enUrl],
  ];
  const given = props.filter((p): p is [string, string] => !!p[1]);
  if (given.length) {
    out.push(`  <header ${attributes.join(' ')}>`);
    for (const [type, value] of given) out.push(`    <prop type="${type}">${xml(value)}</prop>`);
    out.push('  </header>');
  } else out.push(`  <header ${attributes.join(' ')}/>`);
  out.push('  <body>');
  for (const link of alignment.links) {
    if (!link.zh.length || !link.en.length) continue;
    const { zh, en } = linkTexts(alignment, link);
    out.push('    <tu>');
    out.push(`      <prop type="x-confidence">${link.confidence.toFixed(2)}</prop>`);
    out.push(`      <tuv xml:lang="zh-CN"><seg>${xml(zh)}</seg></tuv>`);
    out.push(`      <tuv xml:lang="en"><seg>${xml(en)}</seg></tuv>`);
    out.push('    </tu>');
  }
  out.push('  </body>');
  out.push('</tmx>');
  return out.join('\n') + '\n';
}

/**
 * Markdown inline text (a title, a table cell): line breaks as spaces, the characters that would
 * start markup, HTML or a table column escaped.
 */
function mdText(text: string): string {
  return tsvCell(text).replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

/**
 * Markdown: the citation, what the English leaves out, then a two-column table, one row per
 * link, with "not in the English version" / "only in the English version" where a side is empty.
 */
export function toMarkdown(alignment: Alignment, citation: Citation = {}): string {
  const lines: string[] = [];
  const title = citation.title || citation.enTitle || 'Statement';
  lines.push(`# ${mdText(title)}`, '');
  if (citation.enTitle && citation.title) lines.push(`*${mdText(citation.enTitle)}*`, '');
  const facts: string[] = [];
  if (citation.speakers?.length) facts.push(`- Speakers: ${mdText(citation.speakers.join(', '))}`);
  if (citation.date) facts.push(`- Date: ${mdText(citation.date)}`);
  if (citation.source) facts.push(`- Source: ${mdText(citation.source)}`);
  if (citation.zhUrl) facts.push(`- Chinese: <${citation.zhUrl.replace(/[<>\s]/g, encodeURI)}>`);
  if (citation.enUrl) facts.push(`- English: <${citation.enUrl.replace(/[<>\s]/g, encodeURI)}>`);
  if (facts.length) lines.push(...facts, '');
  const s = alignment.summary;
  const share = s.zhChars ? Math.round((s.zhCharsMissing / s.zhChars) * 100) : 0;
  lines.push(
    `The English version leaves out ${s.zhSentencesMissing} of ${s.zhSentences} Chinese ` +
      `sentences (${share}% of the characters) and adds ${s.enSentencesOnly} of its own.`,
    '',
  );
  lines.push('| 中文 | English |', '| --- | --- |');
  for (const link of alignment.links) {
    const { zh, en } = linkTexts(alignment, link);
    const zhCell = link.zh.length ? mdText(zh) : '*(only in the English version)*';
    const enCell = link.en.length ? mdText(en) : '*(not in the English version)*';
    lines.push(`| ${zhCell} | ${enCell} |`);
  }
  return lines.join('\n') + '\n';
}

/** Vecalign's link format: `[zh indices]:[en indices]:confidence`, one link per line. */
export function toVecalign(alignment: Alignment): string {
  return alignment.links
    .map((l) => `[${l.zh.join(',')}]:[${l.en.join(',')}]:${l.confidence.toFixed(2)}\n`)
    .join('');
}
