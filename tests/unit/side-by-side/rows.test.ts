import { describe, expect, it } from 'vitest';
import {
  buildRows,
  counterpartRow,
  pieceEnds,
  summaryLine,
} from '../../../components/side-by-side/rows';
import { translator } from '../../../utils/i18n';
import { citationText, exportFileName, pairText } from '../../../components/side-by-side/texts';
import type { Alignment } from '../../../utils/align/types';
import { ALIGNMENT, EN, ZH } from './made-up';

describe('rows of the side-by-side view', () => {
  it('gives one row per link, in reading order, and both halves of a moved link', () => {
    const rows = buildRows(ALIGNMENT);
    expect(rows.map((row) => [row.key, row.kind, row.zh, row.en])).toEqual([
      // The moved passage's English stands first, where the English gives it.
      ['5e', 'moved-en', [], [0]],
      ['0', 'pair', [0], [1]],
      ['1', 'pair', [1], [2, 3]],
      ['2', 'en-only', [], [4]],
      ['3', 'pair', [2], [5]],
      ['4', 'zh-only', [3], []],
      // …and its Chinese where the Chinese gives it, last.
      ['5z', 'moved-zh', [4], []],
    ]);
    const [enHalf, , , , , , zhHalf] = rows;
    expect(enHalf!.moved).toBe(1);
    expect(zhHalf!.moved).toBe(1);
    expect(counterpartRow(rows, zhHalf!)).toBe(enHalf);
    expect(counterpartRow(rows, enHalf!)).toBe(zhHalf);
    expect(counterpartRow(rows, rows[1]!)).toBeUndefined();
  });

  it('shows every segment of both sides exactly once', () => {
    const rows = buildRows(ALIGNMENT);
    const zh = rows.flatMap((row) => row.zh).sort();
    const en = rows.flatMap((row) => row.en).sort();
    expect(zh).toEqual([0, 1, 2, 3, 4]);
    expect(en).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('numbers several moved passages in the order of the Chinese, each English half at its place', () => {
    const alignment: Alignment = {
      ...ALIGNMENT,
      links: [
        { zh: [0], en: [3], confidence: 0.9, crossing: true },
        { zh: [1], en: [1], confidence: 0.9 },
        { zh: [2], en: [0], confidence: 0.9, crossing: true },
        { zh: [3], en: [2], confidence: 0.9 },
        { zh: [4], en: [4, 5], confidence: 0.9 },
      ],
    };
    const rows = buildRows(alignment);
    expect(rows.map((row) => row.key)).toEqual(['2e', '0z', '1', '2z', '3', '0e', '4']);
    expect(rows.find((r) => r.key === '0e')!.moved).toBe(1);
    expect(rows.find((r) => r.key === '2e')!.moved).toBe(2);
  });

  it('says how much of the Chinese the English leaves out', () => {
    expect(summaryLine(ALIGNMENT)).toBe(
      'The English leaves out 1 of 5 Chinese sentences (6 of 39 characters, 15%). ' +
        '1 English sentence has no Chinese counterpart. 1 passage stands elsewhere in the English.',
    );
    const complete: Alignment = {
      ...ALIGNMENT,
      summary: {
        ...ALIGNMENT.summary,
        zhSentencesMissing: 0,
        zhCharsMissing: 0,
        enSentencesOnly: 0,
        crossings: 0,
      },
    };
    expect(summaryLine(complete)).toBe('The English renders all 5 Chinese sentences.');
  });

  it('says it in Chinese too', () => {
    const zh = Object.assign(translator('zh_CN'), { locale: 'zh_CN' as const });
    expect(summaryLine(ALIGNMENT, zh)).toBe(
      '英文版略去了 5 个中文句子中的 1 个（39 个字中的 6 个，占 15%）。' +
        '1 个英文句子在中文里没有对应。1 个段落在英文版中位置不同。',
    );
  });
});

describe('texts of a row', () => {
  it('copies a pair, and one side alone when the other is missing', () => {
    expect(pairText(ALIGNMENT, ALIGNMENT.links[1]!)).toBe(
      '我们愿加强合作。\nIt is ready to step up cooperation.',
    );
    expect(pairText(ALIGNMENT, ALIGNMENT.links[4]!)).toBe('这一点很重要。');
  });

  it('cites speaker, date, title and both addresses', () => {
    const citation = citationText(ALIGNMENT, ALIGNMENT.links[0]!, ZH, EN);
    expect(citation.split('\n')).toEqual([
      `“中方欢迎各方来访。” — 林剑, 2025-06-20, ${ZH.title}, 外交部, ${ZH.url}`,
      `“China welcomes visits from all sides.” — Lin Jian, 2025-06-20, ${EN.title}, Ministry of Foreign Affairs, ${EN.url}`,
    ]);
  });

  it('names export files by date and title, without characters file systems refuse', () => {
    expect(exportFileName(ZH, EN, 'tsv')).toBe(
      '2025-06-20 Foreign Ministry Spokesperson Lin Jian’s Regular Press Conference on June 20, 2025.tsv',
    );
    const odd = { ...EN, title: 'A/B: "C"?\n' };
    expect(exportFileName({ ...ZH, date: null }, { ...odd, date: null }, 'md')).toBe('A B C.md');
  });
});

describe('pieceEnds', () => {
  it('closes a piece once it reaches the budget, and always ends at the last item', () => {
    expect(pieceEnds([100, 100, 100, 100, 30], 240)).toEqual([3, 5]);
    expect(pieceEnds([300, 10, 500], 240)).toEqual([1, 3]);
    expect(pieceEnds([10, 10], 240)).toEqual([2]);
    expect(pieceEnds([], 240)).toEqual([]);
  });
});
