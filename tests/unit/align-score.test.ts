import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  beadRecall,
  countFile,
  crossingBeads,
  formatBeads,
  GoldFormatError,
  movedBeads,
  paragraphBeads,
  paragraphOfLines,
  parseBeads,
  scoreMultiple,
  shapeCounts,
  validateBeads,
  type Bead,
} from '../bench/lib/align-score';
import {
  enLength,
  estimateParams,
  galeChurch,
  lengthCost,
  zhLength,
  DEFAULT_PARAMS,
} from '../bench/lib/gale-church';

const b = (zh: number[], en: number[]): Bead => ({ zh, en });

describe('align-score: Vecalign strict/lax scoring', () => {
  const gold = [b([0], [0]), b([1], [1, 2]), b([2, 3], [3]), b([4], []), b([], [4]), b([5], [5])];

  it('scores a perfect alignment 1 everywhere, including its 1:0 and 0:1 beads', () => {
    const s = scoreMultiple([{ gold, test: gold }]);
    expect(s).toEqual({
      precisionStrict: 1,
      recallStrict: 1,
      f1Strict: 1,
      precisionLax: 1,
      recallLax: 1,
      f1Lax: 1,
    });
  });

  it('counts precision over test beads (deletions included) and recall over gold links without 1:0/0:1', () => {
    // [1]:[1] overlaps gold [1]:[1,2] (lax, not strict); [] :[2] is a wrong insertion;
    // [2]:[3] overlaps [2,3]:[3]; [3]:[] is a wrong deletion; [4]:[4] overlaps no gold link
    // on both sides (gold has [4]:[] and []:[4]); [0]:[0] and [5]:[5] are exact.
    const test = [
      b([0], [0]),
      b([1], [1]),
      b([], [2]),
      b([2], [3]),
      b([3], []),
      b([4], [4]),
      b([5], [5]),
    ];
    const c = countFile(gold, test);
    expect(c.precision).toEqual({ strictTp: 2, strictFp: 5, laxTp: 4, laxFp: 3 });
    // Gold without deletions/insertions: [0]:[0], [1]:[1,2], [2,3]:[3], [5]:[5].
    expect(c.recall).toEqual({ strictTp: 2, strictFn: 2, laxTp: 4, laxFn: 0 });
    const s = scoreMultiple([{ gold, test }]);
    expect(s.precisionStrict).toBeCloseTo(2 / 7);
    expect(s.recallStrict).toBeCloseTo(0.5);
    expect(s.f1Strict).toBeCloseTo((2 * (2 / 7) * 0.5) / (2 / 7 + 0.5));
    expect(s.precisionLax).toBeCloseTo(4 / 7);
    expect(s.recallLax).toBe(1);
  });

  it('a matching deletion is a strict hit in precision but plays no part in recall', () => {
    const g = [b([0], [0]), b([1], [])];
    const onlyDeletionRight = [b([0, 1], []), b([], [0])];
    const c = countFile(g, onlyDeletionRight);
    expect(c.precision.strictTp).toBe(0);
    expect(c.recall).toEqual({ strictTp: 0, strictFn: 1, laxTp: 0, laxFn: 1 });
    const c2 = countFile(g, [b([0], [0]), b([1], [])]);
    expect(c2.precision.strictTp).toBe(2);
    expect(c2.recall.strictTp).toBe(1);
  });

  it('ignores the order of indices and of beads, and duplicate test beads, as score.py does', () => {
    const shuffled = [
      b([5], [5]),
      b([3, 2], [3]),
      b([], [4]),
      b([1], [2, 1]),
      b([4], []),
      b([0], [0]),
      b([0], [0]),
    ];
    expect(scoreMultiple([{ gold, test: shuffled }]).f1Strict).toBe(1);
  });

  it('micro-averages: counts of all files are summed before dividing', () => {
    const g1 = [b([0], [0]), b([1], [1])];
    const g2 = [b([0], [0]), b([1], [1]), b([2], [2]), b([3], [3])];
    const t2 = [b([0, 1], [0, 1]), b([2], [2]), b([3], [3])];
    const s = scoreMultiple([
      { gold: g1, test: g1 },
      { gold: g2, test: t2 },
    ]);
    // precision: 2 + 2 right of 2 + 3; recall: 2 + 2 right of 2 + 4.
    expect(s.precisionStrict).toBeCloseTo(4 / 5);
    expect(s.recallStrict).toBeCloseTo(4 / 6);
    expect(s.precisionLax).toBe(1);
    expect(s.recallLax).toBe(1);
  });

  it('gives 0, not NaN, when there is nothing to score', () => {
    expect(scoreMultiple([{ gold: [b([0], [])], test: [b([0], [])] }]).recallStrict).toBe(0);
    expect(scoreMultiple([]).f1Lax).toBe(0);
  });
});

describe('align-score: crossing and moved links', () => {
  // zh 0..4, en 0..4; the English moves zh 1 to the end: [1]:[4] crosses [2]:[1], [3]:[2], [4]:[3].
  const gold = [b([0], [0]), b([1], [4]), b([2], [1]), b([3], [2]), b([4], [3]), b([5], [])];

  it('finds the beads that cross another and the fewest moved ones', () => {
    expect(crossingBeads(gold)).toEqual([1, 2, 3, 4]);
    expect(movedBeads(gold)).toEqual([1]);
    expect(crossingBeads([b([0], [0]), b([1], [1, 2]), b([2], [])])).toEqual([]);
    expect(movedBeads([b([0], [0]), b([1], [1, 2])])).toEqual([]);
  });

  it('prefers moving the lighter bead when two orders explain the crossing', () => {
    // [0,1]:[1,2,3] (5 sentences) against [2]:[0] (2 sentences): the lighter one has moved.
    expect(movedBeads([b([0, 1], [1, 2, 3]), b([2], [0])])).toEqual([1]);
    expect(movedBeads([b([0], [2]), b([1, 2], [0, 1])])).toEqual([0]);
  });

  it('measures recall on chosen gold beads, strict and lax', () => {
    const test = [b([0], [0]), b([1], [3, 4]), b([2], [1]), b([3], [2]), b([4], []), b([5], [])];
    expect(beadRecall(gold, movedBeads(gold), test)).toEqual({ total: 1, strict: 0, lax: 1 });
    expect(beadRecall(gold, crossingBeads(gold), test)).toEqual({ total: 4, strict: 2, lax: 3 });
  });

  it('counts shapes', () => {
    expect(
      shapeCounts([
        b([0], [0]),
        b([1, 2], [1]),
        b([3], [2, 3, 4]),
        b([4, 5, 6], [5, 6, 7]),
        b([9, 10], [9, 10, 11]),
        b([11, 12], [12, 13]),
        b([7], []),
        b([], [8]),
      ]),
    ).toEqual({
      '1:1': 1,
      '2:1': 1,
      '1:n': 1,
      'n:m': 2,
      '2:2': 1,
      '1:0': 1,
      '0:1': 1,
    });
  });
});

describe('align-score: paragraph level', () => {
  it('finds the paragraph of each line in order, the title as −1, and null on a mismatch', () => {
    const paragraphs = ['甲方表示同意。乙方 表示反对。', '丙方弃权。'];
    expect(
      paragraphOfLines(
        ['标题', '甲方表示同意。', '乙方表示反对。', '丙方弃权。'],
        '标题',
        paragraphs,
      ),
    ).toEqual([-1, 0, 0, 1]);
    expect(paragraphOfLines(['甲方表示同意。', '丙方弃权。'], null, paragraphs)).toEqual([0, 1]);
    // In order only: a line that comes back from an earlier paragraph is not found.
    expect(paragraphOfLines(['丙方弃权。', '甲方表示同意。'], null, paragraphs)).toBeNull();
    expect(paragraphOfLines(['丁方缺席。'], null, paragraphs)).toBeNull();
  });

  it('joins the paragraphs that any sentence link connects, keeping unlinked ones apart', () => {
    // zh lines 0–3 in paragraphs [-1, 0, 0, 1]; en lines 0–4 in [-1, 0, 1, 1, 2].
    const map = { zh: [-1, 0, 0, 1], en: [-1, 0, 1, 1, 2] };
    const beads = [b([0], [0]), b([1], [1]), b([2], [2]), b([3], [3]), b([], [4])];
    // zh paragraph 0 links to en paragraphs 0 and 1, and zh paragraph 1 to en paragraph 1: one
    // group; the last English paragraph is only in the English. Indices shifted by one.
    expect(paragraphBeads(beads, map)).toEqual([b([0], [0]), b([1, 2], [1, 2]), b([], [3])]);
  });
});

describe('align-score: parsing and validating gold files', () => {
  const text = [
    '# made-up gold',
    '# zh: corpus/segments/x.zh lines=4 sha256=' + 'a'.repeat(64),
    '# en: corpus/segments/x.en lines=3',
    '[0]:[0,1]',
    '',
    '[2, 1]:[2]',
    '[3]:[]',
  ].join('\n');

  it('reads beads, sorting indices, and the header', () => {
    const p = parseBeads(text, 'x.gold');
    expect(p.beads).toEqual([b([0], [0, 1]), b([1, 2], [2]), b([3], [])]);
    expect(p.sources.zh).toEqual({
      path: 'corpus/segments/x.zh',
      lines: 4,
      sha256: 'a'.repeat(64),
    });
    expect(p.sources.en).toEqual({ path: 'corpus/segments/x.en', lines: 3, sha256: undefined });
    expect(() => validateBeads(p.beads, { zh: 4, en: 3 }, 'x.gold')).not.toThrow();
    expect(formatBeads(p.beads)).toBe('[0]:[0,1]\n[1,2]:[2]\n[3]:[]');
  });

  it('accepts the CLI output with confidences', () => {
    expect(parseBeads('[0]:[0,1]:0.91\n[1]:[]:0.00').beads).toEqual([b([0], [0, 1]), b([1], [])]);
  });

  it('rejects malformed lines with the file and line number', () => {
    expect(() => parseBeads('[0]:[0]\n0:0', 'x.gold')).toThrow(/x\.gold line 2: expected/);
    expect(() => parseBeads('[0]:[a]', 'x.gold')).toThrow(GoldFormatError);
    expect(() => parseBeads('[]:[]', 'x.gold')).toThrow(/empty on both sides/);
  });

  it('reports missing, repeated and out-of-range indices on each side', () => {
    const beads = [b([0], [0]), b([0, 2], [1]), b([5], [])];
    expect(() => validateBeads(beads, { zh: 4, en: 3 }, 'x.gold')).toThrow(
      'x.gold: zh index beyond its 4 lines: 5; zh index in more than one link: 0; zh index in no link: 1, 3; en index in no link: 2',
    );
  });
});

describe('gale-church baseline', () => {
  it('counts lengths in Han characters against English letters and digits', () => {
    expect(zhLength('中方坚决反对。')).toBe(6);
    expect(zhLength('新增401例，WHO')).toBe(9);
    expect(enLength('China firmly opposes it.')).toBe(20);
    expect(enLength('On 5 May, 2,000 people.')).toBe(16);
  });

  it('penalises a length mismatch more than a good fit', () => {
    expect(lengthCost(10, 34, DEFAULT_PARAMS)).toBeLessThan(lengthCost(10, 80, DEFAULT_PARAMS));
    expect(lengthCost(0, 0, DEFAULT_PARAMS)).toBe(0);
    expect(Number.isFinite(lengthCost(1, 5000, DEFAULT_PARAMS))).toBe(true);
  });

  // Made-up sentences whose lengths fit c = 3 letters per character: a 1:1, a 1:2 (the English
  // splits the second sentence), a 2:1 (it merges the last two).
  const zh = [
    '今天天气很好我们出去',
    '会议讨论了双边关系和地区问题并达成重要共识',
    '双方同意加强合作',
    '推动关系发展',
  ];
  const en = [
    'The weather is fine so we go out',
    'The meeting discussed bilateral relations and regional issues.',
    'The two sides reached an important consensus.',
    'They agreed to strengthen cooperation and to advance relations.',
  ];

  it('aligns a made-up text with 1:1, 1:2 and 2:1 beads', () => {
    const params = { c: 3, s2: 6.8 };
    expect(galeChurch(zh, en, params)).toEqual([b([0], [0]), b([1], [1, 2]), b([2, 3], [3])]);
  });

  it('covers every sentence once even with an empty side, and is monotone', () => {
    expect(galeChurch(['一句话'], [])).toEqual([b([0], [])]);
    expect(galeChurch([], ['One.', 'Two.'])).toEqual([b([], [0]), b([], [1])]);
    const beads = galeChurch(zh, en.slice(0, 2));
    expect(() => validateBeads(beads, { zh: 4, en: 2 })).not.toThrow();
    const flat = beads.flatMap((x) => x.zh);
    expect(flat).toEqual([...flat].sort((x, y) => x - y));
  });

  it('estimates c and s² from 1:1 pairs', () => {
    const p = estimateParams([
      { zh: '一二三四五六七八九十', en: 'abcdefghij'.repeat(3) },
      { zh: '一二三四五', en: 'abcde'.repeat(3) },
    ]);
    expect(p.c).toBeCloseTo(3);
    expect(p.s2).toBeCloseTo(0);
    expect(() => estimateParams([{ zh: '', en: 'x' }])).toThrow(/no pair/);
  });
});

describe('the committed gold files', () => {
  const dir = path.resolve(__dirname, '..', 'bench', 'align-gold');
  const ids = readdirSync(dir)
    .filter((n) => n.endsWith('.gold'))
    .map((n) => n.slice(0, -5));
  const splits = JSON.parse(readFileSync(path.join(dir, 'splits.json'), 'utf8')) as Record<
    'tune' | 'held-out',
    string[]
  >;

  it('include the seed, and every one is in exactly one split', () => {
    expect(ids).toContain('seed');
    for (const id of ids)
      expect(
        [splits.tune.includes(id), splits['held-out'].includes(id)].filter(Boolean),
      ).toHaveLength(1);
  });

  it.each(ids)('%s.gold names its sources and links each of their lines once', (id) => {
    const { beads, sources } = parseBeads(readFileSync(path.join(dir, `${id}.gold`), 'utf8'), id);
    expect(sources.zh?.path).toBe(`corpus/segments/${id}.zh`);
    expect(sources.en?.path).toBe(`corpus/segments/${id}.en`);
    expect(sources.zh?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(sources.en?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(() =>
      validateBeads(beads, { zh: sources.zh!.lines, en: sources.en!.lines }, id),
    ).not.toThrow();
  });
});
