// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import { Annotator } from '../../../utils/reading/annotate';
import {
  capitalsOf,
  decodeWritten,
  encodeWritten,
  wordsFromCapitals,
  writeLine,
  writeWords,
  writtenWordsOf,
} from '../../../utils/reading/orthography';
import type { ReadingToken } from '../../../utils/reading/pinyin';
import type { ReadingEngine } from '../../../utils/reading/reader';
import { loadNodeEngine } from '../../../utils/reading/reader-node';
import { textWithoutRuby } from '../../../utils/reading/page-hooks';
import { makeRuby, renderRuby, rubyPieces, wordOf } from '../../../utils/reading/ruby';
import { runCli } from '../run-cli';
import { loadHtml } from './dom-helpers';

let engine: ReadingEngine;
beforeAll(async () => {
  engine = await loadNodeEngine();
}, 60_000);

/** The token of `word` in the reading of `sentence`. */
function tokenOf(sentence: string, word: string): ReadingToken {
  const token = engine.read(sentence).find((t) => t.text === word);
  if (!token) throw new Error(`${word} is not one token of ${sentence}`);
  return token;
}

/** How `word` is written in `sentence` (tone marks). */
function written(sentence: string, word: string, sandhi = false): string {
  const t = tokenOf(sentence, word);
  return writeWords(
    sandhi && t.sandhi ? t.sandhi : t.py,
    t.written ?? [{ n: t.py.length }],
    'marks',
  );
}

// Made-up sentences in the style of official statements.
describe('pinyin orthography (GB/T 16159-2012)', () => {
  it('writes a set phrase of the lexicon word by word, as one unit', () => {
    expect(written('外交部发言人林剑答记者问。', '外交部发言人')).toBe('Wàijiāobù fāyánrén');
    expect(written('维护以联合国为核心的国际体系。', '以联合国为核心的国际体系')).toBe(
      'yǐ Liánhéguó wéi héxīn de guójì tǐxì',
    );
    expect(written('人类命运共同体。', '人类命运共同体')).toBe('rénlèi mìngyùn gòngtóngtǐ');
    // A set phrase that is itself a short dictionary word stays one word.
    expect(written('中方表示欢迎。', '中方')).toBe('zhōngfāng');
  });

  it('splits a long word that names one concept into its words; an idiom takes a hyphen', () => {
    expect(written('实现可持续发展。', '可持续发展')).toBe('kěchíxù fāzhǎn');
    expect(written('中方一如既往支持。', '一如既往')).toBe('yīrú-jìwǎng');
    // Words of up to three syllables are never split.
    expect(written('我们的发言人。', '发言人')).toBe('fāyánrén');
  });

  it('capitalises names: surname and given name apart, places and bodies as one word each', () => {
    expect(written('发言人林剑说。', '林剑')).toBe('Lín Jiàn');
    expect(written('王毅同对方通电话。', '王毅')).toBe('Wáng Yì');
    expect(written('习近平主席指出。', '习近平')).toBe('Xí Jìnpíng');
    expect(written('中国和俄罗斯。', '中国')).toBe('Zhōngguó');
    expect(written('联合国安理会通过决议。', '联合国安理会')).toBe('Liánhéguó Ānlǐhuì');
    // A word that is a name only in one of its dictionary entries is not capitalised.
    expect(written('东方和西方。', '东方')).toBe('dōngfāng');
    expect(tokenOf('发言人林剑说。', '林剑').proper).toBe(true);
  });

  it('puts the syllable-dividing apostrophe before a, o, e inside a word only', () => {
    expect(written('访问西安。', '西安')).toBe("Xī'ān");
    expect(written('北京天安门。', '天安门')).toBe("Tiān'ānmén");
    expect(written('中方表示欢迎。', '中方')).not.toContain("'");
    // Not at the start of a written word inside a unit: … Liánhéguó Ānlǐhuì.
    expect(written('联合国安理会通过决议。', '联合国安理会')).not.toContain("'");
  });

  it('writes numerals and measure words apart, and 一/不 as the sandhi setting says', () => {
    expect(written('坚持一个中国原则。', '一个中国原则')).toBe('yī gè Zhōngguó yuánzé');
    expect(written('坚持一个中国原则。', '一个中国原则', true)).toBe('yí gè Zhōngguó yuánzé');
    const line = engine.read('问题不是这样。');
    expect(writeLine(line, 'marks')).toBe('Wèntí bùshì zhèyàng.');
    expect(
      writeLine(
        line.map((t) => ({ ...t, py: t.sandhi ?? t.py })),
        'marks',
      ),
    ).toBe('Wèntí búshì zhèyàng.');
  });

  it('writes a line with word spaces, Western punctuation and sentence capitals', () => {
    const line = engine.read('发言人说：“中方欢迎。”双方同意，继续沟通！2025年');
    expect(writeLine(line, 'marks')).toBe(
      'Fāyánrén shuō: “Zhōngfāng huānyíng.” Shuāngfāng tóngyì, jìxù gōutōng! 2025 nián',
    );
    expect(writeLine(engine.read('西安'), 'numbers')).toBe("Xi1'an1");
    expect(writeLine([], 'marks')).toBe('');
  });

  it('encodes written words for the page and rejects malformed values', () => {
    const words = wordsFromCapitals(capitalsOf('Xí Jìn píng'));
    expect(words).toEqual([
      { n: 1, capital: true },
      { n: 2, capital: true },
    ]);
    expect(encodeWritten(words)).toBe('1c 2c');
    expect(decodeWritten('1c 2c', 3)).toEqual(words);
    expect(encodeWritten([{ n: 2, hyphen: true }, { n: 2 }])).toBe('2h 2');
    expect(encodeWritten([{ n: 3 }])).toBeNull();
    expect(decodeWritten('1c 2c', 4)).toEqual([{ n: 4 }]);
    expect(decodeWritten('x', 2)).toEqual([{ n: 2 }]);
    expect(decodeWritten(null, 2)).toEqual([{ n: 2 }]);
  });
});

describe('ruby written word by word, or over each character', () => {
  const setup = (over: 'words' | 'characters') => {
    loadHtml('<p id="p">外交部发言人林剑说，维护以联合国为核心的国际体系。</p>');
    const p = document.getElementById('p')!;
    const before = p.innerHTML;
    const annotator = new Annotator({
      doc: document,
      read: (texts) => texts.map((t) => engine.read(t)),
      display: { tones: 'marks', sandhi: false, over },
    });
    annotator.annotateSync([p]);
    const unit = (word: string) =>
      Array.from(p.querySelectorAll<HTMLElement>('ruby.dz-word')).find((r) => wordOf(r) === word)!;
    return { p, before, annotator, unit };
  };
  const pairs = (ruby: Element) =>
    Array.from(ruby.querySelectorAll('rt')).map((rt) => [
      rt.previousSibling!.textContent,
      rt.textContent,
    ]);

  it('puts one base/rt pair per written word inside the unit', () => {
    const { p, unit } = setup('words');
    const phrase = unit('以联合国为核心的国际体系');
    expect(phrase.classList.contains('dz-term')).toBe(true);
    expect(pairs(phrase)).toEqual([
      ['以', 'yǐ'],
      ['联合国', 'Liánhéguó'],
      ['为', 'wéi'],
      ['核心', 'héxīn'],
      ['的', 'de'],
      ['国际', 'guójì'],
      ['体系', 'tǐxì'],
    ]);
    expect(pairs(unit('林剑'))).toEqual([
      ['林', 'Lín'],
      ['剑', 'Jiàn'],
    ]);
    // Still one element per unit; the Chinese is its text without the rts.
    expect(p.querySelectorAll('ruby ruby')).toHaveLength(0);
    expect(textWithoutRuby(p)).toBe('外交部发言人林剑说，维护以联合国为核心的国际体系。');
  });

  it('puts each syllable over its own character in character mode, inside the same unit', async () => {
    const { p, before, annotator, unit } = setup('characters');
    expect(pairs(unit('外交部发言人'))).toEqual([
      ['外', 'Wài'],
      ['交', 'jiāo'],
      ['部', 'bù'],
      ['发', 'fā'],
      ['言', 'yán'],
      ['人', 'rén'],
    ]);
    const units = p.querySelectorAll('ruby.dz-word').length;
    // Switching back re-renders the same elements, word by word.
    const phrase = unit('外交部发言人');
    await annotator.setDisplay({ tones: 'numbers', sandhi: false, over: 'words' });
    expect(pairs(phrase)).toEqual([
      ['外交部', 'Wai4jiao1bu4'],
      ['发言人', 'fa1yan2ren2'],
    ]);
    expect(p.querySelectorAll('ruby.dz-word')).toHaveLength(units);
    expect(textWithoutRuby(p)).toBe('外交部发言人林剑说，维护以联合国为核心的国际体系。');
    annotator.unannotate();
    expect(p.innerHTML).toBe(before);
  });
});

describe('rubyPieces', () => {
  const marks = { tones: 'marks' as const };
  it('writes one word as one piece: its capital and apostrophe in, numbers when asked', () => {
    expect(rubyPieces('西安', ['xi1', 'an1'], [{ n: 2, capital: true }], marks)).toEqual([
      { base: '西安', py: ['xi1', 'an1'], texts: ['Xī', "'ān"] },
    ]);
    expect(rubyPieces('说', ['shuo1'], [{ n: 1 }], { tones: 'numbers' })).toEqual([
      { base: '说', py: ['shuo1'], texts: ['shuo1'] },
    ]);
  });

  it('splits words and joins a hyphenated pair; per character in character mode', () => {
    const py = ['yi1', 'ru2', 'ji4', 'wang3'];
    expect(rubyPieces('一如既往', py, [{ n: 2, hyphen: true }, { n: 2 }], marks)).toEqual([
      { base: '一如既往', py, texts: ['yī', 'rú-', 'jì', 'wǎng'] },
    ]);
    expect(
      rubyPieces(
        '林剑',
        ['lin2', 'jian4'],
        [
          { n: 1, capital: true },
          { n: 1, capital: true },
        ],
        marks,
      ),
    ).toEqual([
      { base: '林', py: ['lin2'], texts: ['Lín'] },
      { base: '剑', py: ['jian4'], texts: ['Jiàn'] },
    ]);
    expect(
      rubyPieces('西安', ['xi1', 'an1'], [{ n: 2, capital: true }], {
        ...marks,
        over: 'characters',
      }),
    ).toEqual([
      { base: '西', py: ['xi1'], texts: ['Xī'] },
      { base: '安', py: ['an1'], texts: ['ān'] },
    ]);
  });

  it('counts a character outside the BMP as one; unmatched syllables stay as they are', () => {
    // 𠀀 is one character in two UTF-16 units.
    expect(rubyPieces('𠀀人', ['he1', 'ren2'], [{ n: 2 }], marks)).toEqual([
      { base: '𠀀人', py: ['he1', 'ren2'], texts: ['hē', 'rén'] },
    ]);
    expect(rubyPieces('𠀀', ['he1', 'ren2'], [{ n: 2 }], marks)).toEqual([
      { base: '𠀀', py: ['he1', 'ren2'], texts: ['he1', 'ren2'] },
    ]);
  });
});

describe('a set phrase with punctuation or digits', () => {
  it('is one unit on the page, its 、 and digits without pinyin, restored exactly', () => {
    loadHtml('<p id="q">坚持和平、合作、开放、包容，落实2030年可持续发展议程。</p>');
    const p = document.getElementById('q')!;
    const before = p.innerHTML;
    const annotator = new Annotator({
      doc: document,
      read: (texts) => texts.map((t) => engine.read(t)),
      display: { tones: 'marks', sandhi: false },
    });
    annotator.annotateSync([p]);
    const words = Array.from(p.querySelectorAll('ruby.dz-word'), (r) => wordOf(r));
    expect(words).toContain('和平、合作、开放、包容');
    expect(words).toContain('2030年可持续发展议程');
    const unit = Array.from(p.querySelectorAll('ruby.dz-word')).find(
      (r) => wordOf(r) === '和平、合作、开放、包容',
    )!;
    expect(Array.from(unit.querySelectorAll('rt'), (rt) => rt.textContent)).toEqual([
      'hépíng',
      '',
      'hézuò',
      '',
      'kāifàng',
      '',
      'bāoróng',
    ]);
    expect(textWithoutRuby(p)).toBe('坚持和平、合作、开放、包容，落实2030年可持续发展议程。');
    annotator.unannotate();
    expect(p.innerHTML).toBe(before);
  });

  it('is written with its punctuation and digits in the orthography', () => {
    expect(writeLine(engine.read('坚持和平、合作、开放、包容。'), 'marks')).toBe(
      'Jiānchí hépíng, hézuò, kāifàng, bāoróng.',
    );
    expect(writeLine(engine.read('落实2030年可持续发展议程'), 'marks')).toBe(
      'Luòshí 2030 nián kěchíxù fāzhǎn yìchéng',
    );
  });
});

describe('cli pinyin --orthography', () => {
  it('prints each line written in pinyin', () => {
    const result = runCli(['pinyin', '--orthography'], '外交部发言人林剑说。\n访问西安\n');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("Wàijiāobù fāyánrén Lín Jiàn shuō.\nFǎngwèn Xī'ān\n");
    const sandhi = runCli(['pinyin', '--orthography', '--sandhi', '--numbers'], '不是\n');
    expect(sandhi.stdout).toBe('Bu2shi4\n');
  }, 60_000);
});

describe('ruby built from a token', () => {
  it('is the ruby its data attributes render again, in every display', () => {
    loadHtml('<p></p>');
    const sentence =
      '外交部发言人林剑说，中方一如既往维护以联合国为核心的国际体系，不是一个人。访问西安。';
    const tokens = engine.read(sentence).filter((t) => t.kind === 'han' && t.py.length);
    expect(tokens.some((t) => t.sandhi)).toBe(true);
    expect(tokens.some((t) => (t.written?.length ?? 0) > 1)).toBe(true);
    for (const tones of ['marks', 'numbers'] as const)
      for (const sandhi of [false, true])
        for (const over of ['words', 'characters'] as const)
          for (const colors of [false, true]) {
            const display = { tones, sandhi, over, colors };
            for (const token of tokens) {
              const made = makeRuby(document, token, display);
              expect(wordOf(made)).toBe(token.text);
              const again = made.cloneNode(false) as Element;
              renderRuby(document, again, token.text, display);
              expect(again.innerHTML, `${token.text} ${JSON.stringify(display)}`).toBe(
                made.innerHTML,
              );
            }
          }
  });

  it('reads its Chinese from the base texts when the attribute is gone', () => {
    loadHtml('<p></p>');
    const made = makeRuby(document, tokenOf('访问西安。', '西安'), {
      tones: 'marks',
      sandhi: false,
    });
    made.removeAttribute('data-dz-h');
    expect(wordOf(made)).toBe('西安');
  });

  it('makes each ruby its own element, in its own document, with the language asked for', () => {
    const display = { tones: 'marks', sandhi: false } as const;
    const xian = tokenOf('访问西安。', '西安');
    const first = makeRuby(document, xian, display, 'zh-Hans');
    const second = makeRuby(document, xian, display, 'zh-Hans');
    expect(second).not.toBe(first);
    expect(first.outerHTML).toBe(second.outerHTML);
    expect(first.getAttribute('lang')).toBe('zh-Hans');
    expect(first.querySelector('rt')?.getAttribute('aria-hidden')).toBe('true');
    // Editing one leaves the other alone (the prototypes are cloned, never shared).
    first.querySelector('rt')!.textContent = 'x';
    expect(second.querySelector('rt')!.textContent).toBe("Xī'ān");
    // No language asked for: none declared, even after rubies that declared one.
    expect(makeRuby(document, xian, display).hasAttribute('lang')).toBe(false);
    const other = document.implementation.createHTMLDocument('');
    const there = makeRuby(other, xian, display, 'zh-Hans');
    expect(there.ownerDocument).toBe(other);
    expect(there.querySelector('rt')!.ownerDocument).toBe(other);
    expect(there.outerHTML).toBe(second.outerHTML);
  });
});

describe('writtenWordsOf', () => {
  it('gives the written words for a reading, or null without them or with a missing syllable', () => {
    const words = [{ n: 2, capital: true }, { n: 1 }];
    expect(writtenWordsOf(['zhong1', 'guo2', 'shuo1'], words)).toBe(words);
    expect(writtenWordsOf(['zhong1', 'guo2', 'shuo1'], [{ n: 2 }])).toEqual([{ n: 3 }]);
    expect(writtenWordsOf(['he2', 'ping2', '', 'he2', 'zuo4'], [{ n: 5 }])).toBeNull();
    expect(writtenWordsOf(['zhong1'], undefined)).toBeNull();
    expect(writtenWordsOf([], [])).toBeNull();
  });
});
