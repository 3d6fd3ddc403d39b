/**
 * From an Alignment to the rows of the side-by-side view (pure, no DOM).
 *
 * Links in the order of the texts are one row each: the Chinese sentences on the left, the English
 * that renders them on the right. A crossing link (content the English moved) is shown where it
 * stands in each text: a Chinese half at the link's place in the Chinese, an English half at its
 * place in the English, both carrying the same numbered marker so the reader can jump between them.
 */
import type { Alignment, Link } from '../../utils/align/types';
import { getLocale, translator } from '../../utils/i18n';
import type { LocalT } from '../english-panel/search-text';

/** `t` in this context's current language. */
const current = (): LocalT => {
  const locale = getLocale();
  return Object.assign(translator(locale), { locale });
};

export type RowKind =
  /** Chinese and English in the same row. */
  | 'pair'
  /** Chinese with no English counterpart. */
  | 'zh-only'
  /** English with no Chinese counterpart. */
  | 'en-only'
  /** The Chinese half of a moved link (its English stands elsewhere). */
  | 'moved-zh'
  /** The English half of a moved link (its Chinese stands elsewhere). */
  | 'moved-en';

export interface Row {
  /** Stable key: the link's index and which half. */
  key: string;
  kind: RowKind;
  /** Index of the link in `alignment.links`. */
  link: number;
  /** Segment indices shown in this row's columns. */
  zh: number[];
  en: number[];
  /** For moved halves: the marker number (1, 2…), shared by both halves. */
  moved?: number;
  confidence: number;
}

function minOf(indices: number[]): number {
  return indices.length ? Math.min(...indices) : Infinity;
}

/** The view's rows, in reading order. */
export function buildRows(alignment: Alignment): Row[] {
  const rows: Row[] = [];
  const moved: { link: Link; index: number }[] = [];
  alignment.links.forEach((link, index) => {
    const base = { link: index, confidence: link.confidence };
    if (link.crossing && link.zh.length > 0 && link.en.length > 0) {
      moved.push({ link, index });
      rows.push({ ...base, key: `${index}z`, kind: 'moved-zh', zh: link.zh, en: [] });
    } else if (link.en.length === 0) {
      rows.push({ ...base, key: `${index}`, kind: 'zh-only', zh: link.zh, en: [] });
    } else if (link.zh.length === 0) {
      rows.push({ ...base, key: `${index}`, kind: 'en-only', zh: [], en: link.en });
    } else {
      rows.push({ ...base, key: `${index}`, kind: 'pair', zh: link.zh, en: link.en });
    }
  });
  // Number the moved links in the order of the Chinese, then put each English half where it stands
  // in the English: after the last row holding English that comes before it.
  moved.forEach((entry, k) => {
    const zhHalf = rows.find((row) => row.key === `${entry.index}z`)!;
    zhHalf.moved = k + 1;
  });
  const byEnglish = [...moved].sort((a, b) => minOf(a.link.en) - minOf(b.link.en));
  for (const { link, index } of byEnglish) {
    const first = minOf(link.en);
    let at = 0;
    rows.forEach((row, position) => {
      if (row.en.length > 0 && minOf(row.en) < first) at = position + 1;
    });
    const number = rows.find((row) => row.key === `${index}z`)!.moved;
    rows.splice(at, 0, {
      key: `${index}e`,
      kind: 'moved-en',
      link: index,
      zh: [],
      en: link.en,
      moved: number,
      confidence: link.confidence,
    });
  }
  return rows;
}

/** The other half of a moved row (same link), or undefined. */
export function counterpartRow(rows: Row[], row: Row): Row | undefined {
  if (row.kind === 'moved-zh') return rows.find((r) => r.key === `${row.link}e`);
  if (row.kind === 'moved-en') return rows.find((r) => r.key === `${row.link}z`);
  return undefined;
}

/** "The English leaves out 3 of 40 Chinese sentences (120 of 2,400 characters, 5%)…" */
export function summaryLine(alignment: Alignment, t: LocalT = current()): string {
  const s = alignment.summary;
  const format = (n: number) => n.toLocaleString(t.locale === 'zh_CN' ? 'zh-CN' : 'en-GB');
  const parts: string[] = [];
  if (s.zhSentencesMissing === 0) {
    parts.push(t('sideBySide.summary.rendersAll', s.zhSentences, [format(s.zhSentences)]));
  } else {
    const share = s.zhChars > 0 ? Math.round((s.zhCharsMissing / s.zhChars) * 100) : 0;
    parts.push(
      t('sideBySide.summary.leavesOut', [
        format(s.zhSentencesMissing),
        t('sideBySide.summary.zhSentences', s.zhSentences, [format(s.zhSentences)]),
        format(s.zhCharsMissing),
        t('sideBySide.summary.characters', s.zhChars, [format(s.zhChars)]),
        share,
      ]),
    );
  }
  if (s.enSentencesOnly > 0)
    parts.push(t('sideBySide.summary.enOnly', s.enSentencesOnly, [format(s.enSentencesOnly)]));
  if (s.crossings > 0)
    parts.push(t('sideBySide.summary.crossings', s.crossings, [format(s.crossings)]));
  // Chinese sentences follow each other without a space.
  return parts.join(t.locale === 'zh_CN' ? '' : ' ');
}

/**
 * Where to cut a run of items of these lengths so that each piece holds about `budget` of them:
 * the end index (exclusive) of each piece, the last one `lengths.length`. A piece holds at least
 * one item, and closes once it reaches the budget.
 */
export function pieceEnds(lengths: readonly number[], budget: number): number[] {
  const ends: number[] = [];
  let sum = 0;
  lengths.forEach((length, k) => {
    sum += length;
    if (sum >= budget || k === lengths.length - 1) {
      ends.push(k + 1);
      sum = 0;
    }
  });
  return ends;
}
