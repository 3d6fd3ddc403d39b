/**
 * A made-up statement and its made-up English version, with an alignment of every shape the
 * view has to show: 1:1, 1:2, a Chinese sentence the English leaves out, an English sentence with
 * no Chinese counterpart, and a passage the English moved (a crossing link).
 */
import type { Article } from '../../../utils/article';
import type { Alignment, Segment } from '../../../utils/align/types';

export const ZH: Article = {
  url: 'https://www.mfa.gov.cn/web/fyrbt_673021/jzhsl_673025/202506/t20250620_11650001.shtml',
  lang: 'zh',
  site: 'mfa',
  kind: 'press-conference',
  title: '2025年6月20日外交部发言人林剑主持例行记者会',
  date: '2025-06-20',
  speakers: ['林剑'],
  source: '外交部',
  paragraphs: [
    { text: '中方欢迎各方来访。我们愿加强合作。', role: 'statement', speaker: '林剑' },
    { text: '双方同意继续保持沟通。这一点很重要。', role: 'answer', speaker: '林剑' },
    { text: '会议将于明天举行。', role: 'answer', speaker: '林剑' },
  ],
};

export const EN: Article = {
  url: 'https://www.mfa.gov.cn/eng/xw/fyrbt/lxjzh/202506/t20250620_11650123.html',
  lang: 'en',
  site: 'mfa',
  kind: 'press-conference',
  title: 'Foreign Ministry Spokesperson Lin Jian’s Regular Press Conference on June 20, 2025',
  date: '2025-06-20',
  speakers: ['Lin Jian'],
  source: 'Ministry of Foreign Affairs',
  paragraphs: [
    { text: 'The meeting will be held tomorrow.', role: 'answer', speaker: 'Lin Jian' },
    {
      text: 'China welcomes visits from all sides. It is ready to step up cooperation. We mean it.',
      role: 'statement',
      speaker: 'Lin Jian',
    },
    { text: 'The two sides agreed to stay in communication.', role: 'answer', speaker: 'Lin Jian' },
  ],
};

function segments(article: Article, texts: [number, string][]): Segment[] {
  return texts.map(([paragraph, text], index) => {
    const start = article.paragraphs[paragraph]!.text.indexOf(text);
    return { index, paragraph, start, end: start + text.length, text };
  });
}

/**
 * zh 0 ↔ en 1, zh 1 ↔ en 2+3 (1:2), en 4 only in the English, zh 2 ↔ en 5, zh 3 not in the
 * English, zh 4 ↔ en 0 (moved: the English gives it first).
 */
export const ALIGNMENT: Alignment = {
  zh: segments(ZH, [
    [0, '中方欢迎各方来访。'],
    [0, '我们愿加强合作。'],
    [1, '双方同意继续保持沟通。'],
    [1, '这一点很重要。'],
    [2, '会议将于明天举行。'],
  ]),
  en: segments(EN, [
    [0, 'The meeting will be held tomorrow.'],
    [1, 'China welcomes visits from all sides.'],
    [1, 'It is ready'],
    [1, 'to step up cooperation.'],
    [1, 'We mean it.'],
    [2, 'The two sides agreed to stay in communication.'],
  ]),
  links: [
    { zh: [0], en: [1], confidence: 0.9 },
    { zh: [1], en: [2, 3], confidence: 0.8 },
    { zh: [], en: [4], confidence: 0 },
    { zh: [2], en: [5], confidence: 0.85 },
    { zh: [3], en: [], confidence: 0 },
    { zh: [4], en: [0], confidence: 0.95, crossing: true },
  ],
  paragraphs: [
    { zh: [0], en: [1], confidence: 0.85 },
    { zh: [1], en: [2], confidence: 0.85 },
    { zh: [2], en: [0], confidence: 0.95 },
  ],
  summary: {
    zhSentences: 5,
    enSentences: 6,
    zhSentencesMissing: 1,
    zhChars: 39,
    zhCharsMissing: 6,
    enSentencesOnly: 1,
    crossings: 1,
    confidentCoverage: 0.85,
    enConfidentCoverage: 0.8,
  },
};
