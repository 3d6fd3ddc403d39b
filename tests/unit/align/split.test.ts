// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { segmentsFromLines, splitArticle, splitSentences } from '../../../utils/align/split';
import { article } from './fixtures';

const zh = (text: string) => splitSentences(text, 'zh');
const en = (text: string) => splitSentences(text, 'en');

describe('Chinese sentences', () => {
  it('ends at 。！？ and their half-width forms', () => {
    expect(zh('双方同意加强合作。项目将启动！你怎么看？好的?再见!')).toEqual([
      '双方同意加强合作。',
      '项目将启动！',
      '你怎么看？',
      '好的?',
      '再见!',
    ]);
  });

  it('never ends at ；, ，or ：', () => {
    expect(zh('第一，推动停火；第二，保障安全；第三，开启对话。')).toEqual([
      '第一，推动停火；第二，保障安全；第三，开启对话。',
    ]);
  });

  it('keeps closing quotes and brackets with the sentence, and runs of terminators together', () => {
    expect(zh('他说：“我们欢迎。”随后离开。')).toEqual(['他说：“我们欢迎。”', '随后离开。']);
    expect(zh('（完）真的吗？！当然。')).toEqual(['（完）真的吗？！', '当然。']);
    expect(zh('《声明》指出：“合作共赢。”）然后结束。')).toEqual([
      '《声明》指出：“合作共赢。”）',
      '然后结束。',
    ]);
  });

  it('keeps 问：/答： with their sentence', () => {
    expect(zh('问：你们如何评价？答：我们表示欢迎。谢谢。')).toEqual([
      '问：你们如何评价？',
      '答：我们表示欢迎。',
      '谢谢。',
    ]);
  });

  it('takes a "." between Chinese characters as a full stop, but not in numbers or Latin text', () => {
    expect(zh('双方交换意见.普京表示欢迎。')).toEqual(['双方交换意见.', '普京表示欢迎。']);
    expect(zh('增长3.5%。访问www.example.gov了解。')).toEqual([
      '增长3.5%。',
      '访问www.example.gov了解。',
    ]);
  });

  it('returns one sentence for text without a terminator, and none for blank text', () => {
    expect(zh('外交部发言人林雅')).toEqual(['外交部发言人林雅']);
    expect(zh('  \n ')).toEqual([]);
  });
});

describe('English sentences', () => {
  it('ends at . ! ? before a capital, a digit or a quote', () => {
    expect(
      en('Both sides agreed. They will meet again! Will they? "Yes," he said. 2026 will tell.'),
    ).toEqual([
      'Both sides agreed.',
      'They will meet again!',
      'Will they?',
      '"Yes," he said.',
      '2026 will tell.',
    ]);
  });

  it('does not end after abbreviations, initials or inside decimals', () => {
    const text =
      'The U.S. President met Mr. Smith and Dr. Lee at No. 10 on Jan. 5 and grew 3.5 percent. ' +
      'John F. Kennedy spoke, e.g. on trade, i.e. tariffs. The U.N. Secretary-General and St. Petersburg agreed.';
    expect(en(text)).toEqual([
      'The U.S. President met Mr. Smith and Dr. Lee at No. 10 on Jan. 5 and grew 3.5 percent.',
      'John F. Kennedy spoke, e.g. on trade, i.e. tariffs.',
      'The U.N. Secretary-General and St. Petersburg agreed.',
    ]);
  });

  it('ends after "etc." before a capital but not before a lowercase word', () => {
    expect(en('Farms, ports etc. are covered. Roads etc. are not.')).toEqual([
      'Farms, ports etc. are covered.',
      'Roads etc. are not.',
    ]);
    expect(en('Farms, ports, etc. The talks went on.')).toEqual([
      'Farms, ports, etc.',
      'The talks went on.',
    ]);
  });

  it('keeps quotes with the sentence, and Q:/A: with theirs', () => {
    expect(en('He said: "We welcome it." Then he left.')).toEqual([
      'He said: "We welcome it."',
      'Then he left.',
    ]);
    expect(en('Q: How do you see it? A: We welcome it. Thank you.')).toEqual([
      'Q: How do you see it?',
      'A: We welcome it.',
      'Thank you.',
    ]);
    expect(en('It rose to 20. "Good," she said.')).toEqual(['It rose to 20.', '"Good," she said.']);
  });

  it('does not end before a lowercase word', () => {
    expect(en('The report (p. 5) says so. it was late.')).toEqual([
      'The report (p. 5) says so. it was late.',
    ]);
  });
});

describe('splitArticle', () => {
  it('gives each sentence its paragraph, offsets within the paragraph, and role', () => {
    const a = article('zh', ['  双方同意。项目启动！', '问：如何评价？']);
    a.paragraphs[1]!.role = 'question';
    const segments = splitArticle(a);
    expect(segments).toEqual([
      { index: 0, paragraph: 0, start: 2, end: 7, text: '双方同意。' },
      { index: 1, paragraph: 0, start: 7, end: 12, text: '项目启动！' },
      { index: 2, paragraph: 1, start: 0, end: 7, text: '问：如何评价？', role: 'question' },
    ]);
    for (const s of segments)
      expect(a.paragraphs[s.paragraph]!.text.slice(s.start, s.end)).toBe(s.text);
  });

  it('puts the title first (paragraph -1) when asked', () => {
    const a = article('en', ['One. Two.'], ' A title ');
    expect(splitArticle(a, { title: true }).map((s) => [s.paragraph, s.text, s.start])).toEqual([
      [-1, 'A title', 1],
      [0, 'One.', 0],
      [0, 'Two.', 5],
    ]);
    expect(splitArticle(a)).toHaveLength(2);
  });
});

describe('segmentsFromLines', () => {
  it('makes every non-empty line one segment, as given', () => {
    expect(segmentsFromLines(['第一句。第二句。', '', '  Two. Sentences.  '])).toEqual([
      { index: 0, paragraph: 0, start: 0, end: 8, text: '第一句。第二句。' },
      { index: 1, paragraph: 1, start: 0, end: 15, text: 'Two. Sentences.' },
    ]);
  });
});
