// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { alignArticles, alignSegments, buildAlignment } from '../../../utils/align/align';
import { clearAnalysisCache } from '../../../utils/align/similarity';
import { CONFIDENT, type Alignment } from '../../../utils/align/types';
import { compileResources } from '../../../utils/match/resources';
import { EN, EN_SPLIT, ZH, article, resources, segs } from './fixtures';

/** Every segment index of each side in exactly one link; links well-formed. */
function expectInvariant(a: Alignment): void {
  const zhSeen = new Array<number>(a.zh.length).fill(0);
  const enSeen = new Array<number>(a.en.length).fill(0);
  for (const l of a.links) {
    expect(l.zh.length + l.en.length).toBeGreaterThan(0);
    expect([...l.zh].sort((x, y) => x - y)).toEqual(l.zh);
    expect([...l.en].sort((x, y) => x - y)).toEqual(l.en);
    expect(l.zh.length).toBeLessThanOrEqual(4);
    expect(l.en.length).toBeLessThanOrEqual(4);
    expect(l.confidence).toBeGreaterThanOrEqual(0);
    expect(l.confidence).toBeLessThanOrEqual(1);
    if (!l.zh.length || !l.en.length) expect(l.confidence).toBe(0);
    for (const i of l.zh) zhSeen[i]!++;
    for (const j of l.en) enSeen[j]!++;
  }
  expect(zhSeen.every((n) => n === 1)).toBe(true);
  expect(enSeen.every((n) => n === 1)).toBe(true);
  // Paragraph links: every paragraph of each side in exactly one, consistent with the sentences.
  const zhParas = new Set(a.zh.map((s) => s.paragraph));
  const enParas = new Set(a.en.map((s) => s.paragraph));
  const zhGroup = new Map<number, number>();
  const enGroup = new Map<number, number>();
  a.paragraphs.forEach((p, k) => {
    for (const z of p.zh) {
      expect(zhGroup.has(z)).toBe(false);
      zhGroup.set(z, k);
    }
    for (const e of p.en) {
      expect(enGroup.has(e)).toBe(false);
      enGroup.set(e, k);
    }
  });
  expect([...zhGroup.keys()].sort()).toEqual([...zhParas].sort());
  expect([...enGroup.keys()].sort()).toEqual([...enParas].sort());
  for (const l of a.links) {
    const groups = new Set([
      ...l.zh.map((i) => zhGroup.get(a.zh[i]!.paragraph)),
      ...l.en.map((j) => enGroup.get(a.en[j]!.paragraph)),
    ]);
    expect(groups.size).toBe(1);
  }
}

const shape = (a: Alignment) => a.links.map((l) => `[${l.zh}]:[${l.en}]`);
/** `[0]:[0]`, `[1]:[1]` … (n links). */
const diagonal = (n: number) => Array.from({ length: n }, (_, i) => `[${i}]:[${i}]`);

describe('alignSegments', () => {
  it('links a faithful translation 1:1, confidently, in order', () => {
    const a = alignSegments(segs(ZH), segs(EN), resources);
    expectInvariant(a);
    expect(shape(a)).toEqual(diagonal(6));
    expect(a.links.every((l) => l.confidence >= CONFIDENT && !l.crossing)).toBe(true);
    expect(a.summary).toMatchObject({
      zhSentences: 6,
      enSentences: 6,
      zhSentencesMissing: 0,
      zhCharsMissing: 0,
      enSentencesOnly: 0,
      crossings: 0,
      confidentCoverage: 1,
      enConfidentCoverage: 1,
    });
  });

  it('links one Chinese sentence to the two English sentences it was split into (1:n)', () => {
    const a = alignSegments(segs(ZH), segs(EN_SPLIT), resources);
    expectInvariant(a);
    expect(shape(a)).toContain('[1]:[1,2]');
    expect(shape(a)).toContain('[2]:[3]');
  });

  it('links two Chinese sentences merged into one English sentence (n:1)', () => {
    const en = [
      ...EN.slice(0, 2),
      'Universities will offer scholarships to 500 students, and the two sides will also cooperate to clean up ocean waste in the port.',
      ...EN.slice(4),
    ];
    const a = alignSegments(segs(ZH), segs(en), resources);
    expectInvariant(a);
    expect(shape(a)).toContain('[2,3]:[2]');
    expect(shape(a)).toContain('[4]:[3]');
  });

  it('finds content the English moved to the front, and flags the crossing link', () => {
    const en = [EN[4]!, EN[0]!, EN[1]!, EN[2]!, EN[3]!, EN[5]!];
    const a = alignSegments(segs(ZH), segs(en), resources);
    expectInvariant(a);
    expect(shape(a)).toEqual(['[0]:[1]', '[1]:[2]', '[2]:[3]', '[3]:[4]', '[4]:[0]', '[5]:[5]']);
    const moved = a.links.find((l) => l.zh[0] === 4)!;
    expect(moved.crossing).toBe(true);
    expect(a.links.filter((l) => l.crossing)).toHaveLength(1);
    expect(a.summary.crossings).toBe(1);
  });

  it('finds a block moved to the end, as the seed statement does', () => {
    const en = [EN[2]!, EN[3]!, EN[4]!, EN[5]!, EN[0]!, EN[1]!];
    const a = alignSegments(segs(ZH), segs(en), resources);
    expectInvariant(a);
    expect(shape(a)).toEqual(['[0]:[4]', '[1]:[5]', '[2]:[0]', '[3]:[1]', '[4]:[2]', '[5]:[3]']);
    expect(a.summary.crossings).toBe(2);
  });

  it('leaves a Chinese sentence the English drops unlinked (1:0) and counts it', () => {
    const zh = [...ZH.slice(0, 3), '今天天气很好。', ...ZH.slice(3)];
    const a = alignSegments(segs(zh), segs(EN), resources);
    expectInvariant(a);
    expect(shape(a)).toContain('[3]:[]');
    expect(shape(a)).toContain('[4]:[3]');
    expect(a.summary.zhSentencesMissing).toBe(1);
    expect(a.summary.zhCharsMissing).toBe(6);
    expect(a.summary.zhChars).toBe(zh.join('').match(/\p{Script=Han}/gu)!.length);
    expect(a.summary.confidentCoverage).toBeCloseTo(1 - 6 / a.summary.zhChars, 2);
  });

  it('links a sentence the dictionary cannot see to the one opposite it between two links', () => {
    const zh = [...ZH.slice(0, 2), '你能否介绍有关情况？', ...ZH.slice(2)];
    const en = [...EN.slice(0, 2), 'Can you share more details?', ...EN.slice(2)];
    const a = alignSegments(segs(zh), segs(en), resources);
    expectInvariant(a);
    expect(shape(a)).toEqual(diagonal(7));
    const positional = a.links[2]!;
    expect(positional.confidence).toBeGreaterThan(0);
    expect(positional.confidence).toBeLessThan(CONFIDENT);
  });

  it('leaves an English sentence with no Chinese source unlinked (0:1), placed where it stands', () => {
    const en = [...EN.slice(0, 2), 'The talks were held in Southbay City.', ...EN.slice(2)];
    const a = alignSegments(segs(ZH), segs(en), resources);
    expectInvariant(a);
    expect(shape(a)).toEqual([
      '[0]:[0]',
      '[1]:[1]',
      '[]:[2]',
      '[2]:[3]',
      '[3]:[4]',
      '[4]:[5]',
      '[5]:[6]',
    ]);
    expect(a.summary.enSentencesOnly).toBe(1);
  });

  it('gives 1:0 and 0:1 links when one side is empty, and nothing crashes on empty input', () => {
    const onlyZh = alignSegments(segs(ZH), [], resources);
    expectInvariant(onlyZh);
    expect(onlyZh.links.every((l) => l.en.length === 0)).toBe(true);
    expect(onlyZh.summary.zhSentencesMissing).toBe(6);
    const onlyEn = alignSegments([], segs(EN), resources);
    expectInvariant(onlyEn);
    expect(onlyEn.links).toHaveLength(6);
    const none = alignSegments([], [], resources);
    expect(none.links).toEqual([]);
    expect(none.summary.confidentCoverage).toBe(0);
  });

  it('finds nothing confident between unrelated texts', () => {
    const en = [
      'The weather bureau expects heavy rain in the north tomorrow.',
      'Ticket sales for the spring festival opened on Monday.',
      'A new bridge over the river was opened to traffic.',
    ];
    const a = alignSegments(segs(ZH), segs(en), resources);
    expectInvariant(a);
    expect(a.summary.confidentCoverage).toBeLessThan(0.2);
  });

  it('links by position when the segments come numbered otherwise', () => {
    const zh = segs(ZH.slice(0, 3)).map((s) => ({ ...s, index: s.index + 10 }));
    const a = alignSegments(zh, segs(EN.slice(0, 3)), resources);
    expectInvariant(a);
    expect(a.zh.map((s) => s.index)).toEqual([0, 1, 2]);
    expect(shape(a)).toEqual(['[0]:[0]', '[1]:[1]', '[2]:[2]']);
  });

  it('gives the same alignment whether the sentence analyses are cached or not', () => {
    const first = alignSegments(segs(ZH), segs(EN_SPLIT), resources);
    const again = alignSegments(segs(ZH), segs(EN_SPLIT), resources);
    clearAnalysisCache(compileResources(resources));
    const fresh = alignSegments(segs(ZH), segs(EN_SPLIT), resources);
    expect(again).toEqual(first);
    expect(fresh).toEqual(first);
  });

  it('respects maxLinkSize', () => {
    const a = alignSegments(segs(ZH), segs(EN_SPLIT), resources, { maxLinkSize: 1 });
    expectInvariant(a);
    expect(a.links.every((l) => l.zh.length <= 1 && l.en.length <= 1)).toBe(true);
  });

  it('keeps the invariant on fuzzed inputs (shuffled, dropped, duplicated, split sentences)', () => {
    let seed = 7;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pool = [...ZH, '今天天气很好。', '记者问：经济增长如何？', '答：很好！'];
    const enPool = [
      ...EN,
      'The talks were held in Southbay City.',
      'Growth is good.',
      'Q: How is the economy?',
    ];
    for (let run = 0; run < 60; run++) {
      const zh = Array.from(
        { length: Math.floor(rand() * 12) },
        () => pool[Math.floor(rand() * pool.length)]!,
      );
      const en = Array.from({ length: Math.floor(rand() * 14) }, () => {
        const s = enPool[Math.floor(rand() * enPool.length)]!;
        return rand() < 0.2 ? s.slice(0, Math.max(1, Math.floor(s.length / 2))) : s;
      });
      const options = { maxLinkSize: 1 + Math.floor(rand() * 4) };
      const a = alignSegments(segs(zh), segs(en), resources, options);
      expectInvariant(a);
      expect(
        a.links.every(
          (l) => l.zh.length <= options.maxLinkSize && l.en.length <= options.maxLinkSize,
        ),
      ).toBe(true);
    }
  });
});

describe('alignArticles', () => {
  it('splits both articles and derives paragraph links consistent with the sentence links', () => {
    const zh = article('zh', [
      ZH.slice(0, 2).join(''),
      ZH.slice(2, 4).join(''),
      ZH.slice(4).join(''),
    ]);
    // The English splits the second paragraph in two and merges the last one into it.
    const en = article('en', [EN.slice(0, 2).join(' '), EN[2]!, [EN[3], EN[4], EN[5]].join(' ')]);
    const a = alignArticles(zh, en, resources);
    expectInvariant(a);
    expect(a.zh).toHaveLength(6);
    expect(a.en).toHaveLength(6);
    expect(a.zh[3]).toMatchObject({ paragraph: 1, start: ZH[2]!.length, text: ZH[3] });
    expect(a.paragraphs.map((p) => `[${p.zh}]:[${p.en}]`)).toEqual(['[0]:[0]', '[1,2]:[1,2]']);
    expect(a.paragraphs.every((p) => p.confidence >= CONFIDENT)).toBe(true);
  });

  it('aligns the titles too when asked', () => {
    const a = alignArticles(
      article('zh', ZH.slice(0, 2), '外交部发言人宣布北岛国总统将访问帕洛玛'),
      article('en', EN.slice(0, 2), 'President of Northisle to visit Paloma'),
      resources,
      { title: true },
    );
    expectInvariant(a);
    expect(a.zh[0]!.paragraph).toBe(-1);
    expect(shape(a)[0]).toBe('[0]:[0]');
  });
});

describe('buildAlignment', () => {
  it('orders links, adds the missing 1:0 / 0:1 links and refuses an index used twice', () => {
    const zh = segs(ZH.slice(0, 3));
    const en = segs(EN.slice(0, 4));
    const a = buildAlignment(zh, en, [
      { zh: [2], en: [0], confidence: 0.9 },
      { zh: [0], en: [1, 2], confidence: 0.8 },
    ]);
    expect(shape(a)).toEqual(['[0]:[1,2]', '[]:[3]', '[1]:[]', '[2]:[0]']);
    expect(a.links.find((l) => l.zh[0] === 2)!.crossing).toBe(true);
    expect(() =>
      buildAlignment(zh, en, [
        { zh: [0], en: [0], confidence: 1 },
        { zh: [0], en: [1], confidence: 1 },
      ]),
    ).toThrow(/two links/);
    expect(() => buildAlignment(zh, en, [{ zh: [5], en: [0], confidence: 1 }])).toThrow(
      /out of range/,
    );
  });
});
