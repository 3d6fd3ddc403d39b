// @vitest-environment node
/** The small pieces: dates, kinds and speakers, press-conference roles, metadata lines, blocks. */
import { describe, expect, it } from 'vitest';
import { collectBlocks } from '../../../utils/extract/blocks';
import { dateFromUrlPath, parseDate } from '../../../utils/extract/dates';
import { classifyKind, speakersFromTitle } from '../../../utils/extract/kind';
import { parseMetaLine } from '../../../utils/extract/metaline';
import { assignRoles } from '../../../utils/extract/roles';
import { cleanText, detectLang, hanCount, stripSiteSuffix } from '../../../utils/extract/text';
import { parseHtml } from '../../../utils/html';

describe('parseDate', () => {
  it.each([
    ['2019-01-30', '2019-01-30'],
    ['2024年04月24日23:52 | 来源：新华网', '2024-04-24'],
    ['发布时间:2025-06-20 09:10:53', '2025-06-20'],
    ['2026-09-28-21:50:00', '2026-09-28'],
    ['Regular Press Conference on March 27, 2019', '2019-03-27'],
    ['Press Conference on June11, 2018', '2018-06-11'],
    ['11:35, November 23, 2022', '2022-11-23'],
    ['Updated: Mar 13, 2025 21:30', '2025-03-13'],
    ['13 March 2025', '2025-03-13'],
    ['2024 05/09 22:27:02', '2024-05-09'],
    ['2019-02-30', null],
    ['t1680056', null],
    ['Press Conference on September 10', null],
    ['', null],
  ])('%s → %s', (text, iso) => expect(parseDate(text)).toBe(iso));

  it('reads dates from URL paths', () => {
    expect(dateFromUrlPath('https://www.news.cn/politics/20250619/abc/c.html')).toBe('2025-06-19');
    expect(dateFromUrlPath('http://www.xinhuanet.com/politics/2019-06/05/c_1124588552.htm')).toBe(
      '2019-06-05',
    );
    expect(dateFromUrlPath('https://www.fmprc.gov.cn/web/t1680056.shtml')).toBeNull();
  });
});

describe('classifyKind and speakersFromTitle', () => {
  it.each([
    ['2019年1月30日外交部发言人耿爽主持例行记者会', 'zh', 'press-conference', ['耿爽']],
    ['外交部发言人华春莹就美方有关言论答记者问', 'zh', 'remarks', ['华春莹']],
    ['外交部发言人就有关问题发表谈话', 'zh', 'remarks', []],
    ['习近平同俄罗斯总统普京通电话', 'zh', 'readout', ['习近平', '普京']],
    ['王毅会见新加坡外长', 'zh', 'readout', ['王毅']],
    ['中华人民共和国和俄罗斯联邦联合声明', 'zh', 'statement', []],
    ['习近平致电祝贺某国新任总统就职', 'zh', 'message', ['习近平']],
    ['习近平发表二〇二五年新年贺词', 'zh', 'speech', ['习近平']],
    ['《新时代的中国国家安全》白皮书', 'zh', 'report', []],
    ['政府工作报告', 'zh', 'report', []],
    [
      "Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference on May 11, 2018",
      'en',
      'press-conference',
      ['Geng Shuang'],
    ],
    [
      'Foreign Ministry Spokesperson Lin Jian’s Regular Press Conference on October 17, 2025',
      'en',
      'press-conference',
      ['Lin Jian'],
    ],
    [
      "Foreign Ministry Spokesperson Hua Chunying's Remarks on US Remarks on Venezuela",
      'en',
      'remarks',
      ['Hua Chunying'],
    ],
    [
      'Xi Jinping Holds Phone Talks with Russian President Vladimir Putin',
      'en',
      'readout',
      ['Xi Jinping', 'Vladimir Putin'],
    ],
    [
      'Joint Statement Between the People’s Republic of China and the Russian Federation',
      'en',
      'statement',
      [],
    ],
    [
      'Xi Jinping Sends Congratulatory Message to the New President',
      'en',
      'message',
      ['Xi Jinping'],
    ],
    ['Full text: Government Work Report', 'en', 'report', []],
    ['China issues guideline on rural development', 'en', 'other', []],
  ] as const)('%s', (title, lang, kind, speakers) => {
    expect(classifyKind(title, lang)).toBe(kind);
    expect(speakersFromTitle(title, lang)).toEqual(speakers);
  });

  it('never classifies a report as a press conference from its first paragraph', () => {
    expect(
      classifyKind('中方愿同各方共同维护南南合作势头', 'zh', '外交部发言人13日在例行记者会上表示'),
    ).toBe('remarks');
  });
});

const blocks = (html: string) =>
  collectBlocks(parseHtml(`<div id="b">${html}</div>`).querySelector('#b')!);

describe('collectBlocks', () => {
  it('splits <br> runs, joins inline elements, drops empties, keeps the owning element', () => {
    const result = blocks(
      '<p>　　第一段<br>　　第二段</p><p>&nbsp;</p><p><b>问：</b><b>有何评论？</b> </p><script>var x="不是正文";</script>',
    );
    expect(result.map((b) => b.text)).toEqual(['第一段', '第二段', '问：有何评论？']);
    expect(result[0]!.el).toBe(result[1]!.el);
    expect(result[2]!.bold).toBe(true);
    expect(result[0]!.bold).toBe(false);
  });

  it('counts link text and drops lone punctuation, keeps separator lines', () => {
    const result = blocks('<p><a href="#">链接</a>文字</p>、<p>***</p>');
    expect(result.map((b) => b.text)).toEqual(['链接文字', '***']);
    expect(result[0]!.linkChars).toBe(2);
  });
});

describe('assignRoles', () => {
  const run = (texts: [string, boolean][], speakers: string[]) =>
    assignRoles(
      texts.map(([text, bold]) => ({ text, bold, linkChars: 0, el: null as unknown as Element })),
      { speakers },
    ).map((p) => [p.role, p.speaker ?? null]);

  it('old transcripts: 问/答, 追问, continuation, opening statement', () => {
    expect(
      run(
        [
          ['应外长邀请，某国外长将访华。', false],
          ['问：中方有何评论？', true],
          ['答：中方注意到有关报道。', false],
          ['我们希望各方保持克制。', false],
          ['追问：会议只有今天一天吗？', true],
          ['答：明天还会继续。', false],
        ],
        ['耿爽'],
      ),
    ).toEqual([
      ['statement', null],
      ['question', null],
      ['answer', '耿爽'],
      ['answer', '耿爽'],
      ['question', null],
      ['answer', '耿爽'],
    ]);
  });

  it('current transcripts: bold outlet questions, spokesperson-named answers', () => {
    expect(
      run(
        [
          ['Reuters: Can you confirm the visit?', true],
          ['Lin Jian: We will release information in due course.', false],
          ['This is a continuation.', false],
          ['路透社记者：中方有何评论？', true],
          ['林剑：中方注意到有关报道。', false],
        ],
        ['Lin Jian', '林剑'],
      ),
    ).toEqual([
      ['question', 'Reuters'],
      ['answer', 'Lin Jian'],
      ['answer', 'Lin Jian'],
      ['question', '路透社记者'],
      ['answer', '林剑'],
    ]);
  });

  it('a speaker is a name then a colon: spaces between allowed, the name read literally', () => {
    expect(
      run(
        [
          ['问：中方有何评论？', true],
          ['Mao Ning : We have noted the reports.', false],
          ['问：还有吗？', true],
          ['Mao Ning said that we have noted it.', false],
          ['问：最后一个问题？', true],
          ['Wang Wen-bin (acting)：有关情况请向主管部门询问。', false],
          ['问：还有吗？', true],
          ['Wang Wen-bin  acting：不是这位发言人。', false],
        ],
        ['Mao Ning', 'Wang Wen-bin (acting)', ''],
      ),
    ).toEqual([
      ['question', null],
      ['answer', 'Mao Ning'],
      ['question', null],
      ['question', null],
      ['question', null],
      ['answer', 'Wang Wen-bin (acting)'],
      ['question', null],
      ['question', null],
    ]);
  });
});

describe('parseMetaLine', () => {
  it('parses reprint metadata with half-width or full-width punctuation', () => {
    expect(
      parseMetaLine('发布时间:2025-06-20 09:10:53 | 来源:新华网 | 作者: | 责任编辑:曹川川'),
    ).toEqual({
      date: '2025-06-20',
      source: '新华网',
      author: null,
      editor: '曹川川',
    });
    expect(parseMetaLine('发布时间：2025年06月20日 | 来源：新华社')).toMatchObject({
      date: '2025-06-20',
      source: '新华社',
    });
    expect(parseMetaLine('2024年04月24日23:52 | 来源：新华网')).toMatchObject({
      date: '2024-04-24',
      source: '新华网',
    });
    expect(parseMetaLine('(责编：牛镛、岳弘彬)')).toMatchObject({
      editor: '牛镛、岳弘彬',
      date: null,
    });
  });

  it('leaves prose alone, even prose naming a time and a source', () => {
    expect(
      parseMetaLine('6月19日下午,国家主席习近平同俄罗斯总统普京通电话,重点就中东局势交换意见。'),
    ).toBeNull();
    expect(parseMetaLine('来源：据报道，会议时间：明天上午。中方将派代表出席。')).toBeNull();
  });
});

describe('cleanText', () => {
  it('collapses layout whitespace and trims indents of every kind', () => {
    expect(cleanText('\u3000\u3000问：中方\n  有何评论？\u00a0')).toBe('问：中方 有何评论？');
    expect(cleanText('\u2003\u2003新华社北京电')).toBe('新华社北京电');
    expect(cleanText('Ambassador\u2002Feakin')).toBe('Ambassador\u2002Feakin');
    expect(cleanText(null)).toBe('');
  });
});

describe('hanCount', () => {
  it('hanCount counts simplified, traditional, 〇 and supplementary ideographs once each', () => {
    expect(hanCount('国家主席習近平，二〇二五年 Xi')).toBe(12);
    expect(hanCount('𠀀𪚥a')).toBe(2);
    expect(hanCount('')).toBe(0);
    expect(hanCount('Beijing, 20 June')).toBe(0);
  });
});

describe('detectLang and stripSiteSuffix', () => {
  it('tells Chinese, English and neither apart', () => {
    expect(detectLang('习近平同俄罗斯总统普京通电话')).toBe('zh');
    expect(detectLang('國家主席習近平')).toBe('zh');
    expect(
      detectLang(
        'Chinese President Xi Jinping held a phone conversation with Russian President Vladimir Putin on Wednesday.',
      ),
    ).toBe('en');
    expect(detectLang('12345 !!!')).toBeNull();
  });

  it('strips site names from <title>', () => {
    expect(
      stripSiteSuffix('2019年1月30日外交部发言人耿爽主持例行记者会 — 中华人民共和国外交部'),
    ).toBe('2019年1月30日外交部发言人耿爽主持例行记者会');
    expect(stripSiteSuffix('习近平同俄罗斯总统普京通电话-新华网')).toBe(
      '习近平同俄罗斯总统普京通电话',
    );
  });
});
