// @vitest-environment node
import { runCli } from '../run-cli';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReadingEngine } from '../../../utils/reading/reader';
import { loadNodeEngine } from '../../../utils/reading/reader-node';
import { checkedWritten, writeWords } from '../../../utils/reading/orthography';

let engine: ReadingEngine;
beforeAll(async () => {
  engine = await loadNodeEngine();
});

/** Reading of `word` (first occurrence) in `sentence`, numbered syllables. */
function readingOf(sentence: string, word: string, sandhi = false): string {
  const start = sentence.indexOf(word);
  const out: string[] = [];
  let pos = 0;
  for (const t of engine.read(sentence)) {
    Array.from(t.text).forEach((_ch, k) => {
      const at = pos + Array.from(t.text).slice(0, k).join('').length;
      if (at >= start && at < start + word.length)
        out.push((sandhi ? t.sandhi?.[k] : undefined) ?? t.py[k]!);
    });
    pos += t.text.length;
  }
  return out.join(' ');
}

// Made-up sentences in the style of official statements.
const CASES: [sentence: string, word: string, expected: string][] = [
  ['伊核问题应通过对话协商解决。', '应', 'ying1'],
  ['冲突双方应保障平民安全。', '应', 'ying1'],
  ['应国务院总理邀请，某国总理将访华。', '应', 'ying4'],
  ['应巴方请求，中方派出救援队。', '应', 'ying4'],
  ['各方应对气候变化的行动不应削弱。', '应对', 'ying4 dui4'],
  ['中方对此作出回应。', '回应', 'hui2 ying4'],
  ['他应邀出席开幕式。', '应邀', 'ying4 yao1'],
  ['这只会加剧地区紧张局势。', '只', 'zhi3'],
  ['渔民救起了一只受伤的海龟。', '只', 'zhi1'],
  ['朝鲜半岛局势总体稳定。', '朝鲜', 'chao2 xian3'],
  ['各方坦率地交换了意见。', '地', 'de5'],
  ['双方将加强在地区事务中的协调。', '将', 'jiang1'],
  ['中方重申一个中国原则。', '重申', 'chong2 shen1'],
  ['双方同意进一步加强合作。', '强', 'qiang2'],
  ['中方代表团团长率团出席会议。', '率', 'shuai4'],
  ['今年经济增长率为百分之五。', '率', 'lü4'],
  ['该国外交部长会见中国大使。', '部长', 'bu4 zhang3'],
  ['中方将提供给受灾国更多援助。', '给', 'gei3'],
  ['中國外交部發言人表示歡迎。', '發言人', 'fa1 yan2 ren2'],
  ['调查组公布了结果。', '了', 'le5'],
  ['这个问题解决不了。', '了', 'liao3'],
  ['打击暴恐分子。', '分子', 'fen4 zi3'],
  ['双方走得那么近。', '得', 'de5'],
  ['这件事办得到。', '得到', 'de5 dao4'],
  ['各方得到了援助。', '得到', 'de2 dao4'],
  ['该措施不以限制贸易为目的。', '为', 'wei2'],
  ['中方为地区和平作出贡献。', '为', 'wei4'],
  ['習近平同普京通電話。', '習近平', 'xi2 jin4 ping2'],
];

describe('readings of official statements', () => {
  it.each(CASES)('%s → %s = %s', (sentence, word, expected) => {
    expect(readingOf(sentence, word)).toBe(expected);
  });

  it('applies the tone sandhi of 一 and 不 only when asked', () => {
    expect(readingOf('推动共建一带一路。', '一带一路')).toBe('yi1 dai4 yi1 lu4');
    expect(readingOf('推动共建一带一路。', '一带一路', true)).toBe('yi2 dai4 yi2 lu4');
    expect(readingOf('这不是事实。', '不是', true)).toBe('bu2 shi4');
    expect(readingOf('维护国家统一。', '统一', true)).toBe('tong3 yi1');
    expect(readingOf('这是第一次。', '第一', true)).toBe('di4 yi1');
    expect(readingOf('我们一起努力。', '一起', true)).toBe('yi4 qi3');
  });

  it('marks names and set phrases', () => {
    const tokens = engine.read('王毅会见联合国秘书长古特雷斯，推动构建人类命运共同体。');
    const by = (t: string) => tokens.find((x) => x.text === t);
    expect(by('王毅')?.proper).toBe(true);
    expect(by('古特雷斯')?.proper).toBe(true);
    expect(tokens.find((x) => x.text.endsWith('人类命运共同体'))?.term).toBe(true);
  });

  it('gives a word inside a set phrase the phrase (never cut), the same in wordsAt and wordAt', () => {
    const text = '中方愿同各方推动构建人类命运共同体。双方同意加强合作。';
    const at = (w: string) => ({ offset: text.indexOf(w), word: w });
    const asked = [at('命运'), at('人类'), at('共同体'), at('双方'), at('合作'), at('推动')];
    const many = engine.wordsAt(text, asked);
    const one = asked.map((a) => engine.wordAt(text, a.offset, { word: a.word }));
    expect(many).toEqual(one);
    expect(many[0]!.term!.zh).toContain('人类命运共同体');
    expect(many[1]!.term!.zh).toBe(many[0]!.term!.zh);
    asked.forEach(({ offset, word }, k) => {
      const zh = many[k]!.term?.zh;
      if (!zh) return;
      // The phrase is in the text around the whole word, from a start at or before it.
      const starts = [...text.matchAll(new RegExp(zh, 'g'))].map((m) => m.index);
      expect(starts.some((s) => s <= offset && s + zh.length >= offset + word.length)).toBe(true);
    });
  });

  it("gives the popup a word's own syllables, inside a longer unit and after a character outside the BMP", () => {
    const text = '林剑说，要维护以联合国为核心的国际体系。';
    expect(engine.wordAt(text, text.indexOf('联合国'), { word: '联合国' })!.py).toEqual([
      'lian2',
      'he2',
      'guo2',
    ]);
    expect(engine.wordAt(text, text.indexOf('核心'), { word: '核心' })!.py).toEqual([
      'he2',
      'xin1',
    ]);
    // 𠀀 is two UTF-16 units: 人民 starts at offset 3.
    expect(engine.wordAt('说𠀀人民', 3, { word: '人民' })!.py).toEqual(['ren2', 'min2']);
  });

  it('gives the popup a reading unit written as its ruby is, and no written words for a cut', () => {
    const text = '林剑说，要维护以联合国为核心的国际体系。';
    const phrase = '以联合国为核心的国际体系';
    const token = engine.read(text).find((t) => t.text === phrase)!;
    const written = (w: string, offset = text.indexOf(w)) => ({
      many: engine.wordsAt(text, [{ offset, word: w }])[0]!.written,
      one: engine.wordAt(text, offset, { word: w })!.written,
      plain: engine.wordAt(text, offset)!.written,
      exact: engine.wordAt(text, offset, { exact: true })!.written,
    });
    const words = checkedWritten(token.written, token.py.length);
    expect(writeWords(token.py, words, 'marks')).toBe('yǐ Liánhéguó wéi héxīn de guójì tǐxì');
    for (const got of Object.values(written(phrase))) expect(got).toEqual(words);
    expect(written('林剑').one).toEqual([
      { n: 1, capital: true },
      { n: 1, capital: true },
    ]);
    // A word cutting a reading unit (the middle of the phrase) has none.
    expect(written('联合国').many).toBeUndefined();
  });

  it('gives one syllable slot per character, outside the BMP too', () => {
    // 𠮷 (U+20BB7) is two code units: its word still has one slot for it.
    for (const t of engine.read('𠮷野家和𠀀字，双方同意。')) {
      if (t.kind === 'han') expect(t.py).toHaveLength(Array.from(t.text).length);
    }
    expect(readingOf('他说𠮷野家不错。', '不错', true)).toBe('bu2 cuo4');
  });

  it('reads 一 and 不 with their sandhi only where they are, in runs with and without them', () => {
    const tokens = engine.read('双方同意，不断深化合作。各方一致认为。');
    expect(tokens.filter((t) => t.sandhi).map((t) => t.text)).toEqual(['不断', '一致']);
    expect(engine.read('双方同意加强合作。').some((t) => t.sandhi)).toBe(false);
  });
});

describe('pinyin CLI', () => {
  const run = (input: string, args: string[] = []) => {
    const result = runCli(['pinyin', ...args], input);
    expect(result.code, result.stderr).toBe(0);
    return result.stdout;
  };

  it('prints one JSON token array per line that concatenates back to the line', () => {
    const lines = [
      '伊核问题应通过对话协商解决。',
      'Xi 习近平 said：２０２５年，“一带一路”！',
      '',
      '𠀀未知字 abc',
    ];
    const out = run(lines.join('\n') + '\n').split('\n');
    expect(out.length).toBe(lines.length + 1);
    lines.forEach((line, i) => {
      const tokens = JSON.parse(out[i]!) as { text: string; pinyin: string[] }[];
      expect(tokens.map((t) => t.text).join('')).toBe(line);
      for (const t of tokens) {
        const han = Array.from(t.text).filter((c) => /\p{Script=Han}/u.test(c)).length;
        expect(t.pinyin.length).toBe(han);
      }
    });
    const first = JSON.parse(out[0]!) as { text: string; pinyin: string[] }[];
    expect(first.find((t) => t.text === '应')?.pinyin).toEqual(['yīng']);
    expect(first.find((t) => t.text === '。')?.pinyin).toEqual([]);
  }, 60_000);

  it('prints tone numbers with --numbers and rejects unknown options', () => {
    expect(run('中国\n', ['--numbers'])).toBe('[{"text":"中国","pinyin":["zhong1","guo2"]}]\n');
    const bogus = runCli(['pinyin', '--bogus'], '中国\n');
    expect(bogus.code).toBe(1);
    expect(JSON.parse(bogus.stderr)).toMatchObject({ error: expect.any(String) });
  }, 60_000);
});
