// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { buildLexicon } from '../../../utils/reading/lexicon';
import type { ReadingEngine } from '../../../utils/reading/reader';
import { loadNodeEngine } from '../../../utils/reading/reader-node';
import {
  createSegmenter,
  PREFIX_CONTINUES,
  PREFIX_WORD,
  type Segmenter,
} from '../../../utils/reading/segment';

let engine: ReadingEngine;
let seg: Segmenter;
beforeAll(async () => {
  engine = await loadNodeEngine();
  seg = createSegmenter(engine.dict, engine.lexicon);
});

const words = (text: string) => seg.segment(text).map((s) => s.text);

describe('segmentation', () => {
  it.each([
    ['外交部发言人华春莹主持例行记者会', ['华春莹']],
    ['习近平主席同普京总统举行会谈', ['习近平', '普京']],
    ['联合国安理会通过决议', ['联合国安理会']],
    ['坚持和平共处五项原则', ['和平共处五项原则']],
    ['中俄新时代全面战略协作伙伴关系', ['全面战略协作伙伴关系']],
    ['上海合作组织成员国元首理事会', ['上海合作组织']],
    ['習近平同普京通電話', ['習近平', '普京']],
    ['構建人類命運共同體', ['構建人類命運共同體']],
    ['推动人類命運共同體建设', ['人類命運共同體']],
  ])('keeps names and set phrases whole: %s', (text, expected) => {
    const out = words(text);
    for (const w of expected) expect(out).toContain(w);
    expect(out.join('')).toBe(text);
  });

  it('gives non-Chinese runs their own tokens', () => {
    const out = seg.segment('据CNN 5月3日报道，G20峰会（2025）将于 Johannesburg 举行。');
    expect(out.map((s) => s.text).join('')).toBe(
      '据CNN 5月3日报道，G20峰会（2025）将于 Johannesburg 举行。',
    );
    expect(out.find((s) => s.text === 'CNN')?.kind).toBe('latin');
    expect(out.find((s) => s.text === ' ')?.kind).toBe('space');
    expect(out.find((s) => s.text === '（')?.kind).toBe('punct');
    expect(
      out.filter((s) => s.kind === 'han').every((s) => /^\p{Script=Han}+$/u.test(s.text)),
    ).toBe(true);
  });

  it('round-trips arbitrary input exactly, including astral and unknown characters', () => {
    const samples = [
      '',
      ' ',
      '\n\t',
      '𠀀𠀁中文',
      'a\u0301b',
      '１２３，ＡＢＣ',
      '😀中国😀',
      '\u3000中方\u3000',
      '〇一二',
    ];
    for (const s of samples) expect(words(s).join('')).toBe(s);
    // Pseudo-random mixes of all character classes.
    const pool = Array.from('中国外交部发言人表示应只会朝鲜, .。“”abcXYZ019 \n𠀀習');
    let seed = 7;
    for (let n = 0; n < 200; n++) {
      let s = '';
      for (let k = 0; k < 30; k++) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        s += pool[seed % pool.length];
      }
      expect(words(s).join('')).toBe(s);
      expect(
        engine
          .read(s)
          .map((t) => t.text)
          .join(''),
      ).toBe(s);
    }
  });

  it('handles a very long paragraph quickly', () => {
    const long = '中方一贯主张通过对话协商和平解决争端。'.repeat(1000);
    const t0 = performance.now();
    expect(
      engine
        .read(long)
        .map((t) => t.text)
        .join(''),
    ).toBe(long);
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it('cuts as the exhaustive search over every candidate word would (pruned scan)', () => {
    // The reference: every length at every position asked of the dictionary and the lexicon.
    const exhaustive = (run: string): string[] => {
      const chars = Array.from(run);
      const n = chars.length;
      const cost = new Array<number>(n + 1).fill(Infinity);
      const back = new Array<number>(n + 1).fill(0);
      cost[0] = 0;
      for (let i = 0; i < n; i++) {
        for (
          let len = 1;
          len <= Math.max(12, engine.lexicon.maxWordLength) && i + len <= n;
          len++
        ) {
          const w = chars.slice(i, i + len).join('');
          const c = engine.lexicon.get(w)
            ? 10_000 - len * len - 500
            : len <= 12 &&
                engine.dict.has(w) &&
                !(w === '了结' && '果论束构合盟婚'.includes(chars[i + len] ?? '-'))
              ? 10_000 - len * len
              : len === 1
                ? 10_000
                : null;
          if (c === null) continue;
          const total = cost[i]! + c - (1e-3 * len * len * (n - i)) / n;
          if (total < cost[i + len]!) [cost[i + len], back[i + len]] = [total, i];
        }
      }
      const out: string[] = [];
      for (let end = n; end > 0; end = back[end]!)
        out.unshift(chars.slice(back[end], end).join(''));
      return out;
    };
    const runs = [
      '外交部发言人就美国国务卿布林肯访华答记者问',
      '中方坚定不移走和平发展道路坚持独立自主的和平外交政策',
      '以联合国为核心的国际体系和以国际法为基础的国际秩序',
      '公布了结果各方了结此事中华人民共和国与东南亚国家联盟',
      '習近平同普京通電話構建人類命運共同體',
      '𠀋𠀋中国𠀋',
    ];
    for (const run of runs) expect(words(run), run).toEqual(exhaustive(run));
  });

  it('probes the lexicon for words and longer words in one lookup', () => {
    const lex = engine.lexicon;
    expect(lex.probe('人类命运共同体') & PREFIX_WORD).toBeTruthy();
    expect(lex.probe('人类命运') & PREFIX_CONTINUES).toBeTruthy();
    expect(lex.probe('人类命运') & PREFIX_WORD).toBeFalsy();
    expect(lex.probe('𠀋')).toBe(0);
  });

  it('indexes the lexicon under traditional spellings', () => {
    const lex = buildLexicon((ch) => engine.dict.traditionalOf(ch));
    expect(lex.get('習近平')?.name?.en[0]).toBe('Xi Jinping');
    expect(lex.get('人類命運共同體')?.term).toBeTruthy();
    expect(engine.dict.traditionalOf('面')).toBe('面');
    expect(engine.dict.traditionalOf('发')).toBe('發');
  });
});

describe('popup lookups', () => {
  it('finds the word, its traditional form, readings and official rendering', () => {
    const text = '中方愿同俄方深化全面战略协作伙伴关系。';
    const at = text.indexOf('全面');
    const byToken = engine.wordAt(text, at)!;
    const exact = engine.wordAt(text, at, { exact: true })!;
    const given = engine.wordAt(text, at, { word: '全面战略协作伙伴关系' })!;
    for (const info of [byToken, exact, given]) {
      expect(info.word).toBe('全面战略协作伙伴关系');
      expect(info.term?.renderings[0]?.en).toBe(
        'comprehensive strategic partnership of coordination',
      );
      expect(info.py).toHaveLength(10);
    }
    const [batch] = engine.wordsAt(text, [{ offset: at, word: '全面战略协作伙伴关系' }]);
    expect(batch).toEqual(given);
    const ying = engine.wordAt('冲突双方应保障平民安全。', 4, { exact: true })!;
    expect(ying.word).toBe('应');
    expect(ying.py).toEqual(['ying1']);
    expect(ying.entries.length).toBeGreaterThan(1);
    expect(engine.wordAt('中國', 0)!.traditional).toContain('中國');
    expect(engine.wordAt('中国', 0)!.traditional).toEqual(['中國']);
    expect(engine.wordAt('abc', 1)).toBeNull();
    expect(engine.wordsAt('中国', [{ offset: 0, word: '美国' }])).toEqual([null]);
  });
});

describe('meanings of a set phrase the dictionary lacks', () => {
  it('are those of the words it is made of, not of its first character', () => {
    const text = '坚定维护以联合国为核心的国际体系。';
    const info = engine.wordAt(text, text.indexOf('核心'))!;
    expect(info.word).toBe('以联合国为核心的国际体系');
    const words = info.entries.map((entry) => entry.simplified);
    expect(words).toContain('联合国');
    expect(words).toContain('核心');
    expect(words).not.toContain('以');
  });
});
