// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildDictionaryFiles } from '../../../utils/reading/dict-build';
import { Dictionary } from '../../../utils/reading/dictionary';
import { loadNodeDictionary } from '../../../utils/reading/dictionary-node';
import { pinyin as pinyinPro } from 'pinyin-pro';
import {
  formatSyllable,
  fromMarks,
  normaliseSyllable,
  syllableFromMarks,
  toMarks,
} from '../../../utils/reading/syllable';

describe('dictionary index', () => {
  const files = buildDictionaryFiles([
    ['中國', '中国', 'Zhong1 guo2', 'China', [], []],
    ['應', '应', 'ying1', ['should', 'ought to', 'km/h test'], [], []],
    ['應', '应', 'ying4', ['to answer'], [], []],
    ['回應', '回应', 'hui2 ying4', 'to respond', [], []],
    ['一帆風順', '一帆风顺', 'yi1 fan1 feng1 shun4', ['(idiom) smooth sailing'], [], []],
    ['3P', '3P', 'san1 P', 'no Han: dropped', [], []],
  ]);
  const text = files.core;
  const full = () => new Dictionary(files.core, files.definitions);

  it('writes a compact, sorted format and parses it back', () => {
    expect(text.split('\n')[0]).toBe('#duizhao-cedict-core v3 5 unknown 4 8');
    expect(files.definitions.split('\n')[0]).toBe('#duizhao-cedict-defs v3 5 unknown');
    // The core holds no definitions: readings and the idiom flag only.
    expect(text).not.toContain('should');
    const dict = full();
    expect(dict.size).toBe(5);
    expect(dict.lookup('应').map((e) => e.pinyin)).toEqual(['ying1', 'ying4']);
    expect(dict.lookup('應')[0]!.definitions).toEqual(['should', 'ought to', 'km/h test']);
    expect(dict.lookup('中國')[0]!.simplified).toBe('中国');
    expect(dict.lookup('一帆風順')[0]!.definitions).toEqual(['(idiom) smooth sailing']);
    expect(dict.has('3P')).toBe(false);
    expect(dict.longestMatch('我们回应了', 2)?.text).toBe('回应');
    expect(dict.longestMatch('我们', 0)).toBeNull();
  });

  it('reads from the core alone, and looks up entries once the definitions are attached', () => {
    const dict = new Dictionary(text);
    expect(dict.hasDefinitions).toBe(false);
    expect(dict.has('回應')).toBe(true);
    expect(dict.readings('应')).toEqual([
      { pinyin: 'ying1', idiom: false },
      { pinyin: 'ying4', idiom: false },
    ]);
    expect(dict.readings('一帆风顺')).toEqual([{ pinyin: 'yi1 fan1 feng1 shun4', idiom: true }]);
    expect(dict.readings('中')).toEqual([]);
    expect(() => dict.lookup('应')).toThrow(/not loaded/);
    dict.attachDefinitions(files.definitions);
    expect(dict.hasDefinitions).toBe(true);
    expect(dict.lookup('回应')[0]).toEqual({
      simplified: '回应',
      traditional: '回應',
      pinyin: 'hui2 ying4',
      definitions: ['to respond'],
    });
  });

  it('refuses definitions of another build', () => {
    const other = buildDictionaryFiles(
      [['中國', '中国', 'Zhong1 guo2', 'China', [], []]],
      '2020-01-01',
    );
    expect(() => new Dictionary(text).attachDefinitions(other.definitions)).toThrow(
      /another build/,
    );
    expect(() => new Dictionary(text).attachDefinitions('hello\n')).toThrow(/header/);
    const cut = files.definitions.split('\n').slice(0, 3).join('\n');
    expect(() => new Dictionary(text).attachDefinitions(cut)).toThrow(/line count/);
  });

  it('finds keys that are prefixes of others, and misses between them, by binary search', () => {
    const dict = full();
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

  it('lists the headwords at a position in one walk of the index, shortest first', () => {
    const dict = full();
    expect(dict.prefixesAt('我们回应了', 2, 12)).toEqual([2]);
    expect(dict.prefixesAt('应回应', 0, 12)).toEqual([1]);
    expect(dict.prefixesAt('回應', 0, 12)).toEqual([2]);
    expect(dict.prefixesAt('一帆风顺地', 0, 12)).toEqual([4]);
    // Bounded by `max` and by the text's end; nothing before a control character or past the end.
    expect(dict.prefixesAt('一帆风顺', 0, 3)).toEqual([]);
    expect(dict.prefixesAt('一帆风', 0, 12)).toEqual([]);
    expect(dict.prefixesAt('中国', 2, 12)).toEqual([]);
    expect(dict.prefixesAt('\t中国', 0, 12)).toEqual([]);
    expect(dict.prefixesAt('我', 0, 12)).toEqual([]);
  });

  it('agrees with has() for every candidate of real text on the full CC-CEDICT', async () => {
    const dict = await loadNodeDictionary();
    const text =
      '中华人民共和国外交部发言人就有关问题答记者问。我们坚决反对任何形式的霸权主义和强权政治，' +
      '愿同国际社会一道推动构建人类命运共同体。𠀋一帆风顺，AA制和3C认证不在此列。中國與東盟國家';
    for (let i = 0; i < text.length; i++) {
      const expected: number[] = [];
      for (let len = 1; len <= 12 && i + len <= text.length; len++)
        if (dict.has(text.slice(i, i + len))) expected.push(len);
      expect(dict.prefixesAt(text, i, 12), `at ${i}`).toEqual(expected);
    }
  });

  it('rejects a file of another format, or one cut short', () => {
    expect(() => new Dictionary('hello\n')).toThrow(/header/);
    expect(() => new Dictionary(text.slice(0, text.indexOf('#index')))).toThrow(/index/);
    const [header, ...rest] = text.split('\n');
    const more = header!.replace(' 5 unknown', ' 9 unknown');
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

  it.each([
    ['lǜ', 'lü4'],
    ['lüè', 'lüe4'],
    ['de', 'de5'],
    ['Zhōng', 'zhong1'],
    ['ḿ', 'm2'],
    ['ǹg', 'ng4'],
    ['ň', 'n3'],
    ['m\u0300', 'm4'],
    ['e\u0301r', 'er2'],
  ])('syllable with marks %s → %s', (marked, internal) => {
    expect(syllableFromMarks(marked)).toBe(internal);
    // The same again, from the memo.
    expect(syllableFromMarks(marked)).toBe(internal);
  });

  it('gives null for what is not a syllable (pinyin-pro returns unknown characters as is)', () => {
    expect(syllableFromMarks('𠀀')).toBeNull();
    expect(syllableFromMarks('，')).toBeNull();
    expect(syllableFromMarks('')).toBeNull();
  });

  it('reads pinyin-pro tone marks as its numbered syllables, for every common character', () => {
    // What reading asks pinyin-pro for (marks, converted here) must be what it would have
    // given numbered: checked over the CJK block and the syllabic 呣 and 嗯.
    const chars: string[] = [];
    for (let c = 0x4e00; c <= 0x9fff; c++) chars.push(String.fromCodePoint(c));
    const text = chars.join('');
    const marked = pinyinPro(text, { type: 'array', toneSandhi: false });
    const numbered = pinyinPro(text, { type: 'array', toneType: 'num', toneSandhi: false });
    expect(marked).toHaveLength(chars.length);
    const differ = chars.filter(
      (_, i) => syllableFromMarks(marked[i]!) !== normaliseSyllable(numbered[i]!),
    );
    expect(differ).toEqual([]);
    expect(syllableFromMarks(pinyinPro('呣', { type: 'array' })[0]!)).toBe('m2');
    expect(syllableFromMarks(pinyinPro('嗯', { type: 'array' })[0]!)).toBe('ng4');
  });
});
