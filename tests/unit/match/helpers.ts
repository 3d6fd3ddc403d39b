/** Small made-up resources and articles for the matcher's unit tests. */
import type { Article } from '../../../utils/article';
import type { BilingualLexicon, ScorerResources } from '../../../utils/match/resources';

const GLOSSES: Record<string, string[]> = {
  外交部: ['Ministry of Foreign Affairs'],
  发言人: ['spokesperson'],
  记者会: ['press conference'],
  合作: ['to cooperate', 'cooperation'],
  农业: ['agriculture'],
  灌溉: ['irrigation', 'to irrigate'],
  项目: ['project'],
  海洋: ['ocean', 'maritime'],
  垃圾: ['garbage', 'waste'],
  清理: ['to clean up'],
  港口: ['port', 'harbor'],
  大学: ['university'],
  学生: ['student'],
  奖学金: ['scholarship'],
  双方: ['both sides'],
  同意: ['to agree'],
  加强: ['to strengthen'],
  森林: ['forest'],
  火灾: ['fire', 'blaze'],
  救援: ['rescue', 'relief'],
  队伍: ['team'],
  派遣: ['to dispatch', 'to send'],
  提供: ['to provide'],
  援助: ['aid', 'assistance'],
  主持: ['to host', 'to preside over'],
  例行: ['regular', 'routine'],
  总统: ['president'],
  通电话: ['to talk on the phone', 'phone call'],
};

/** A dictionary with a handful of words (shaped like utils/reading/dictionary.ts). */
export const tinyDictionary: BilingualLexicon = {
  maxWordLength: 4,
  has: (word) => word in GLOSSES,
  lookup: (word) => (GLOSSES[word] ? [{ definitions: GLOSSES[word] }] : []),
};

export const tinyResources: ScorerResources = {
  gazetteer: [
    { zh: '林雅', en: ['Lin Ya'], type: 'person' },
    { zh: '帕洛玛', en: ['Paloma'], type: 'place' },
    { zh: '北岛国', en: ['Northisle'], type: 'place' },
  ],
  terms: [
    {
      zh: '互利共赢',
      pinyin: 'hù lì gòng yíng',
      renderings: [{ en: 'mutual benefit and win-win', source: 'test' }],
    },
  ],
  dictionary: tinyDictionary,
};

export function article(
  lang: 'zh' | 'en',
  url: string,
  title: string,
  paragraphs: string[],
  date: string | null = null,
): Article {
  return {
    url,
    lang,
    site: 'mfa',
    kind: 'press-conference',
    title,
    date,
    speakers: [],
    source: null,
    paragraphs: paragraphs.map((text) => ({ text })),
  };
}

// A made-up press conference and its translation, plus two made-up same-week English transcripts.
export const ZH = article(
  'zh',
  'https://www.fmprc.gov.cn/web/wjdt_674879/fyrbt_674889/t1700100.shtml',
  '2031年5月14日外交部发言人林雅主持例行记者会',
  [
    '问：北岛国同中方5月12日签署了农业灌溉合作项目，涉及资金5000万元。中方对此有何评论？',
    '林雅：双方同意加强农业合作，项目将覆盖帕洛玛地区1.2万公顷农田，坚持互利共赢。',
    '问：据报道，帕洛玛港口发生森林火灾。中方是否会提供援助？',
    '林雅：中方已派遣救援队伍，并提供300万元紧急援助。',
  ],
  '2031-05-14',
);
export const EN_TRUE = article(
  'en',
  'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1700160.shtml',
  "Foreign Ministry Spokesperson Lin Ya's Regular Press Conference on May 14, 2031",
  [
    'Q: On May 12, Northisle and China signed an agriculture irrigation cooperation project involving 50 million yuan. What is your comment?',
    'Lin Ya: Both sides agreed to strengthen agriculture cooperation. The project will cover 12,000 hectares of farmland in the Paloma region, following mutual benefit and win-win.',
    'Q: It is reported that a forest fire broke out near the Paloma port. Will China provide aid?',
    'Lin Ya: China has dispatched a rescue team and will provide 3 million yuan of emergency assistance.',
  ],
);
export const EN_OTHER_DAY = article(
  'en',
  'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1700230.shtml',
  "Foreign Ministry Spokesperson Lin Ya's Regular Press Conference on May 15, 2031",
  [
    'Q: A university in Northisle announced 40 scholarships for Chinese students. What is your comment?',
    'Lin Ya: We welcome this. Student exchanges are a bridge of friendship between the two peoples.',
    'Q: The ocean garbage clean-up project at the port finished on May 13. Can you give more details?',
    'Lin Ya: I would refer you to the competent authorities for the details.',
  ],
);
export const EN_OTHER_TOPIC = article(
  'en',
  'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1700020.shtml',
  "Foreign Ministry Spokesperson Lin Ya's Regular Press Conference on May 13, 2031",
  [
    'Q: The president of Northisle will visit next month. Can you confirm?',
    'Lin Ya: We will release information in due course. The two presidents had a phone call on May 2.',
  ],
);
