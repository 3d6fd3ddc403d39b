// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { GlossaryIndex, pinyinTokens, queryText } from '../../../utils/glossary/search';
import type { GlossaryEntry } from '../../../utils/glossary/schema';
import { source } from './helpers';

function entry(zh: string, pinyin: string, extra: Partial<GlossaryEntry> = {}): GlossaryEntry {
  const savedAt = extra.createdAt ?? '2025-01-01T00:00:00.000Z';
  return {
    id: `term:${zh}`,
    type: 'term',
    zh,
    traditional: zh,
    pinyin,
    definitions: [],
    renderings: [],
    english: null,
    contexts: [{ ...source(), sentence: '', savedAt }],
    note: '',
    tags: [],
    createdAt: savedAt,
    updatedAt: savedAt,
    ...extra,
  };
}

const ENTRIES = [
  entry('战略', 'zhan4lüe4', {
    english: { text: 'strategy', origin: 'term' },
    createdAt: '2025-01-01T00:00:00.000Z',
  }),
  entry('战略伙伴关系', 'zhan4lüe4 huo3ban4 guan1xi4', {
    traditional: '戰略夥伴關係',
    english: { text: 'strategic partnership', origin: 'term' },
    tags: ['Europe'],
    createdAt: '2025-01-03T00:00:00.000Z',
  }),
  entry('站立', 'zhan4li4', { note: 'not a strategy', createdAt: '2025-01-02T00:00:00.000Z' }),
  entry('核心利益', 'he2xin1 li4yi4', {
    english: { text: 'core interests', origin: 'term' },
    contexts: [
      {
        ...source('https://www.news.cn/a/c.html', { kind: 'readout', site: 'xinhua' }),
        sentence: '',
        savedAt: '2025-02-01T00:00:00.000Z',
      },
    ],
    createdAt: '2025-02-01T00:00:00.000Z',
  }),
  {
    ...entry(
      '中方愿同各方一道推动和平。',
      'zhong1fang1 yuan4 tong2 ge4fang1 yi1dao4 tui1dong4 he2ping2',
      {
        createdAt: '2024-12-01T00:00:00.000Z',
      },
    ),
    id: 'passage:x#中方愿同各方一道推动和平。',
    type: 'passage' as const,
  },
];

const ids = (list: GlossaryEntry[]) => list.map((e) => e.zh);

describe('glossary search', () => {
  const index = new GlossaryIndex();
  index.sync(ENTRIES);

  it('without a query: everything, newest saved first', () => {
    expect(ids(index.find(''))).toEqual([
      '核心利益',
      '战略伙伴关系',
      '站立',
      '战略',
      '中方愿同各方一道推动和平。',
    ]);
  });

  it('finds 战略 by pinyin without tones, with tone marks, with numbers, with v for ü', () => {
    for (const q of ['zhanlue', 'zhànlüè', 'zhan4lüe4', 'zhanlve', 'zhan lue', 'ZHANLUE']) {
      expect(ids(index.find(q)), q).toEqual(expect.arrayContaining(['战略', '战略伙伴关系']));
      expect(ids(index.find(q)), q).not.toContain('站立');
    }
    // Tones narrow: zhàn with a different tone mark does not match.
    expect(ids(index.find('zhǎnlüè'))).toEqual([]);
  });

  it('finds words inside passages and multi-word terms by pinyin', () => {
    expect(ids(index.find('huoban'))).toEqual(['战略伙伴关系']);
    expect(ids(index.find('zhanlue huoban'))).toEqual(['战略伙伴关系']);
    expect(ids(index.find('yidao'))).toEqual(['中方愿同各方一道推动和平。']);
    expect(ids(index.find('hexinliyi'))).toEqual(['核心利益']);
    // Syllables inside one long word: its second half, by prefix.
    expect(ids(index.find('hexin liyi'))).toEqual(['核心利益']);
    const local = new GlossaryIndex();
    local.sync([entry('多边主义', 'duo1bian1zhu3yi4')]);
    expect(ids(local.find('duobian zhuyi'))).toEqual(['多边主义']);
    expect(ids(local.find('zhǔyì'))).toEqual(['多边主义']);
    expect(ids(local.find('zhùyì'))).toEqual([]);
    expect(ids(local.find('zhuyi'))).toEqual(['多边主义']);
  });

  it('finds Chinese anywhere in the text, characters together, and traditional forms', () => {
    expect(ids(index.find('伙伴'))).toEqual(['战略伙伴关系']);
    expect(ids(index.find('夥伴'))).toEqual(['战略伙伴关系']);
    expect(ids(index.find('各方一道'))).toEqual(['中方愿同各方一道推动和平。']);
    expect(ids(index.find('伴伙'))).toEqual([]);
  });

  it('finds English (prefix, a typo) and notes', () => {
    expect(ids(index.find('partner'))).toEqual(['战略伙伴关系']);
    expect(ids(index.find('intrests'))).toEqual(['核心利益']);
    expect(ids(index.find('strategy'))).toEqual(expect.arrayContaining(['战略', '站立']));
  });

  it('filters by site, kind, type, tag and date', () => {
    expect(ids(index.find('', { site: 'xinhua' }))).toEqual(['核心利益']);
    expect(ids(index.find('', { kind: 'readout' }))).toEqual(['核心利益']);
    expect(ids(index.find('', { type: 'passage' }))).toEqual(['中方愿同各方一道推动和平。']);
    expect(ids(index.find('zhanlue', { tag: 'europe' }))).toEqual(['战略伙伴关系']);
    expect(ids(index.find('', { from: '2025-01-02', to: '2025-01-03' }))).toEqual([
      '战略伙伴关系',
      '站立',
    ]);
    expect(index.tags()).toEqual(['Europe']);
  });

  it('builds in slices and catches up with entries changed meanwhile', async () => {
    const local = new GlossaryIndex();
    local.sync(ENTRIES);
    const building = local.prepareAsync(2);
    local.sync([...ENTRIES.slice(1), entry('和平', 'he2ping2')]);
    await building;
    expect(ids(local.find('heping'))).toContain('和平');
    expect(ids(local.find('zhanlue'))).toEqual(['战略伙伴关系']);
  });

  it('follows changes: added, edited and removed entries', () => {
    const local = new GlossaryIndex();
    local.sync(ENTRIES);
    const edited = { ...ENTRIES[2]!, note: 'posture', updatedAt: '2025-03-01T00:00:00.000Z' };
    local.sync([...ENTRIES.slice(0, 2), edited, entry('和平', 'he2ping2')]);
    expect(local.size).toBe(4);
    expect(ids(local.find('posture'))).toEqual(['站立']);
    expect(ids(local.find('strategy'))).not.toContain('站立');
    expect(ids(local.find('hexin'))).toEqual([]);
    expect(ids(local.find('heping'))).toEqual(['和平']);
  });

  it('indexes every spelling of a syllable; numbered queries become tone marks', () => {
    expect(pinyinTokens('lüe4')).toEqual(['lüè', 'lüe', 'lue', 'lve']);
    expect(queryText('Zhan4lve4 de5 lu:4')).toBe('zhànlüè de lǜ');
    expect(ids(index.find('zhan4lve4'))).toEqual(expect.arrayContaining(['战略', '战略伙伴关系']));
  });
});
