/**
 * Made-up statement sentences, their English renderings, and a small dictionary, gazetteer and
 * set-phrase list covering them, for the aligner's unit tests.
 */
import type { Article } from '../../../utils/article';
import { segmentsFromLines } from '../../../utils/align/split';
import type { Segment } from '../../../utils/align/types';
import type { BilingualLexicon, ScorerResources } from '../../../utils/match/resources';

const GLOSSES: Record<string, string[]> = {
  外交部: ['Ministry of Foreign Affairs', 'Foreign Ministry'],
  发言人: ['spokesperson', 'spokesman'],
  宣布: ['to announce', 'to declare'],
  访问: ['to visit', 'visit'],
  总统: ['president (of a country)'],
  双方: ['both sides', 'the two parties'],
  同意: ['to agree', 'to consent'],
  加强: ['to strengthen', 'to reinforce'],
  农业: ['agriculture', 'farming'],
  合作: ['to cooperate', 'cooperation'],
  启动: ['to start', 'to launch'],
  灌溉: ['to irrigate', 'irrigation'],
  项目: ['project', 'item'],
  大学: ['university', 'college'],
  提供: ['to offer', 'to provide', 'to supply'],
  学生: ['student', 'pupil'],
  奖学金: ['scholarship'],
  还: ['also', 'still'],
  清理: ['to clear up', 'to clean up'],
  港口: ['port', 'harbor'],
  海洋: ['ocean', 'maritime'],
  垃圾: ['garbage', 'waste'],
  派遣: ['to send', 'to dispatch'],
  救援: ['to rescue', 'to save'],
  队伍: ['team', 'ranks'],
  扑救: ['to fight a fire'],
  森林: ['forest'],
  火灾: ['fire (that burns buildings etc)', 'blaze'],
  表示: ['to express', 'to state', 'to say'],
  本着: ['based on', 'in line with'],
  精神: ['spirit', 'mind'],
  推进: ['to advance', 'to push forward'],
  天气: ['weather'],
  很: ['very', 'quite'],
  好: ['good', 'well'],
  今天: ['today'],
  经济: ['economy', 'economic'],
  增长: ['to grow', 'growth'],
  记者: ['reporter', 'journalist'],
  问: ['to ask'],
  答: ['to answer', 'to reply'],
  会谈: ['talks', 'discussions'],
  举行: ['to hold (a meeting, ceremony etc)'],
  发展中国家: ['developing country'],
  欢迎: ['to welcome'],
};

export const dictionary: BilingualLexicon = {
  maxWordLength: 4,
  has: (word) => word in GLOSSES,
  lookup: (word) => (GLOSSES[word] ? [{ definitions: GLOSSES[word] }] : []),
};

export const resources: ScorerResources = {
  gazetteer: [
    { zh: '林雅', en: ['Lin Ya'], type: 'person' },
    { zh: '帕洛玛', en: ['Paloma'], type: 'place' },
    { zh: '北岛国', en: ['Northisle'], type: 'place' },
    { zh: '南湾市', en: ['Southbay City', 'Southbay'], type: 'place' },
  ],
  terms: [
    {
      zh: '互利共赢',
      pinyin: 'hù lì gòng yíng',
      renderings: [{ en: 'mutual benefit and win-win results', source: 'test' }],
    },
  ],
  dictionary,
};

/** The made-up statement: six sentences, each with a faithful one-sentence English rendering. */
export const ZH = [
  '外交部发言人林雅宣布，北岛国总统将访问帕洛玛。',
  '双方同意加强农业合作，启动120个灌溉项目。',
  '大学将为500名学生提供奖学金。',
  '双方还将合作清理港口的海洋垃圾。',
  '北岛国派遣救援队伍扑救森林火灾。',
  '双方表示愿本着互利共赢精神推进合作。',
];
export const EN = [
  'Foreign Ministry spokesperson Lin Ya announced that the President of Northisle will visit Paloma.',
  'Both sides agreed to strengthen cooperation in agriculture and to launch 120 irrigation projects.',
  'Universities will offer scholarships to 500 students.',
  'The two sides will also cooperate to clean up ocean waste in the port.',
  'Northisle sent rescue teams to fight the forest fire.',
  'Both sides said they would advance cooperation in the spirit of mutual benefit and win-win results.',
];

/** The same English with sentence 1 split in two (a 1:2 link). */
export const EN_SPLIT = [
  EN[0]!,
  'Both sides agreed to strengthen cooperation in agriculture.',
  'They will launch 120 irrigation projects.',
  ...EN.slice(2),
];

export const segs = (lines: string[]): Segment[] => segmentsFromLines(lines);

export function article(lang: 'zh' | 'en', paragraphs: string[], title = ''): Article {
  return {
    url: `https://www.example.gov/${lang}/statement.html`,
    lang,
    site: 'mfa',
    kind: 'remarks',
    title,
    date: '2026-03-04',
    speakers: lang === 'zh' ? ['林雅'] : ['Lin Ya'],
    source: lang === 'zh' ? '外交部' : 'Ministry of Foreign Affairs',
    paragraphs: paragraphs.map((text) => ({ text })),
  };
}
