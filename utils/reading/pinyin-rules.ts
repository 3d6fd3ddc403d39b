/**
 * Reading corrections for the language of official statements, where pinyin-pro 3.29 is wrong.
 * A rule sees one word (as segmented) in its clause and returns the word's syllables, or null
 * to keep the default. Most rules are for single-character words: multi-character words like
 * 应对, 回应, 只有, 干预 are already settled by the dictionary. Each rule cites the fault it
 * fixes; all were measured on the gold set (tests/bench/pinyin-gold.json).
 */

export interface RuleContext {
  /** The Han run (code points) holding the word, and the word's start index in it. */
  run: string[];
  at: number;
  /** The word before and after in the run ('' at the edges). */
  prevWord: string;
  nextWord: string;
  /** Text after the run, up to ~60 characters (the clause may continue past a quote mark). */
  following: string;
  /** Text before the run, up to ~30 characters. */
  preceding: string;
}

type Rule = (ctx: RuleContext) => string[] | null;

const CLAUSE_END = /[，。；：！？,;:!?]/;

/** The clause text after the word (inside the run, then past it). */
function after(ctx: RuleContext, length: number): string {
  const rest = ctx.run.slice(ctx.at + length).join('') + ctx.following;
  const end = rest.search(CLAUSE_END);
  return end < 0 ? rest : rest.slice(0, end);
}

const NUMERAL_OR_DEMONSTRATIVE = new Set(Array.from('一二两三四五六七八九十百几这那每某数半'));
/** Verbs and adverbs that follow the adverb 只 "only" (只会, 只能, 只对 …). */
const AFTER_ZHI_ADVERB = new Set(
  Array.from('会能是有要在不想好得限对为需靠剩看说可把将管顾求做讲用从允许提当针就谈代属'),
);
/** 为 wéi "as / to be" before these (以…为借口, 以…为例, 为期, 为止 …); otherwise the default. */
const WEI2_BEFORE = [
  '借口',
  '基础',
  '核心',
  '中心',
  '原则',
  '指导',
  '契机',
  '导向',
  '引领',
  '纽带',
  '平台',
  '依托',
  '代价',
  '前提',
  '载体',
  '标志',
  '榜样',
  '动力',
  '主线',
  '主体',
  '支撑',
  '宗旨',
  '根本',
  '首要',
  '己任',
  '目的',
  '依据',
  '遵循',
  '准绳',
  '参照',
  '指引',
  '主导',
  '优先',
  '代表',
  '目标',
  '重点',
  '抓手',
  '方向',
  '例',
  '由',
  '名',
  '题',
  '首',
  '期',
  '止',
  '限',
  '准',
  '主',
  '重',
  '先',
  '本',
  '敌',
  '伍',
  '荣',
];
/** 为 wéi "into / as" after verbs of change or naming (扩大为贸易争端, 视为, 列为). */
const WEI2_AFTER = new Set([
  '扩大',
  '升级',
  '演变',
  '转化',
  '转变',
  '视',
  '称',
  '定',
  '列',
  '评',
  '选',
  '分',
  '划',
  '译',
  '命名',
  '任命',
  '认定',
  '确定',
  '界定',
  '定性',
  '提升',
  '调整',
  '改',
  '变',
  '降',
  '升',
  '合',
  '并',
]);
/** Heads of organisations: 室长, 会长, 市长 … read zhǎng (pinyin-pro: 安保室长 → cháng). */
const ZHANG3_AFTER = new Set(
  Array.from('室部局处科司厅院校州市省县镇村队团组会所馆社行厂站班署办委台船机车'),
);
const PRONOUNS = new Set([
  '你',
  '我',
  '他',
  '她',
  '您',
  '咱',
  '我们',
  '你们',
  '他们',
  '她们',
  '咱们',
  '大家',
  '谁',
]);
/** One-character verbs taking the potential complement 得到 (办得到, 做得到). */
const POTENTIAL_VERBS = new Set(Array.from('办做看找买听想猜吃用拿走跑睡见感摸闻等接收达'));
/** Degree words after the complement marker 得 (跳得最高, 说得很清楚). */
const AFTER_DE5 = new Set(Array.from('最很更太非越好快多十比特相还挺极满那这如'));
/** 地 dì before these (地区, 地方, 地位 … when not segmented as one word). */
const DI4_BEFORE = new Set(Array.from('区方位点带面域球图理震下上中缘表铁块主'));
/** After 率 "to lead" comes who is led (率中国代表团, 率该党代表团); 率 "rate" ends a phrase. */
const SHUAI4_BEFORE = new Set(Array.from('中该领团代我各本他其两三数近百千全部队军'));

const RULES: Record<string, Rule> = {
  // 应 alone is the modal yīng "should / shall" (伊核问题应通过对话协商解决), but yìng in
  // 应…邀请 / 应…要求 / 应…申请 "at the invitation / request of" (应韩国大学自愿申请).
  应: (ctx) =>
    /^[^，。；：！？,;:!?]{0,40}?(邀请|之邀|邀|要求|请求|申请|之请|约请|委托)/.test(after(ctx, 1))
      ? ['ying4']
      : ['ying1'],
  // 只 alone: the adverb zhǐ "only" (这只会加剧紧张), a measure word only after a numeral.
  只: ({ run, at }) => {
    const prev = run[at - 1];
    const next = run[at + 1];
    if (prev && NUMERAL_OR_DEMONSTRATIVE.has(prev) && !(next && AFTER_ZHI_ADVERB.has(next))) {
      return ['zhi1'];
    }
    return ['zhi3'];
  },
  为: (ctx) =>
    WEI2_BEFORE.some((w) => after(ctx, 1).startsWith(w)) || WEI2_AFTER.has(ctx.prevWord)
      ? ['wei2']
      : null,
  长: ({ prevWord }) => (ZHANG3_AFTER.has(prevWord.slice(-1)) ? ['zhang3'] : null),
  // 得 alone: děi "must" after a pronoun (你得首先核查), de after a verb before a degree word.
  得: ({ prevWord, nextWord }) => {
    if (PRONOUNS.has(prevWord)) return ['dei3'];
    if (prevWord && AFTER_DE5.has(nextWord.charAt(0))) return ['de5'];
    return null;
  },
  // 地 alone after a word is the adverbial marker de (坦率地说, 随意地抹黑, 充分地交换意见).
  地: ({ prevWord, nextWord }) => {
    if (DI4_BEFORE.has(nextWord.charAt(0))) return ['di4'];
    return Array.from(prevWord).length >= 2 ? ['de5'] : null;
  },
  // 将 alone is jiāng "will / (take) X" (马上将在北京举行: pinyin-pro reads 上将 jiàng).
  将: () => ['jiang1'],
  率: ({ nextWord }) => (SHUAI4_BEFORE.has(nextWord.charAt(0)) ? ['shuai4'] : ['lü4']),
  // 给 alone is gěi (提供给谁); jǐ only in words (供给, 给予, 补给).
  给: () => ['gei3'],
  // 干 alone is gàn "to do" (加油干); gān in words (干预, 干涉, 若干).
  干: () => ['gan4'],
  // 得到 after a one-character verb is the potential complement (办得到, 做得到, 看得到).
  得到: ({ prevWord }) => (POTENTIAL_VERBS.has(prevWord) ? ['de5', 'dao4'] : null),
  // 分子 in statements is fènzǐ "element, member" (暴恐分子, 极端分子); fēnzǐ only in chemistry.
  分子: (ctx) => (/^(式|量|结构|生物|筛)/.test(after(ctx, 2)) ? null : ['fen4', 'zi3']),
  // 了 alone is the particle le; liǎo after 不 / 得 (解决不了, 办得了). pinyin-pro reads the
  // 了 of 公布了结果 as liǎo (了结).
  了: ({ run, at }) => (run[at - 1] === '不' || run[at - 1] === '得' ? ['liao3'] : ['le5']),
  // Words whose reading depends on the sentence.
  当天: () => ['dang4', 'tian1'],
  当晚: () => ['dang4', 'wan3'],
  口角: ({ preceding, run, at }) =>
    /(发生|激烈|起|争执)$/.test(preceding + run.slice(0, at).join('')) ? ['kou3', 'jue2'] : null,
};
RULES['應'] = RULES['应']!;
RULES['為'] = RULES['为']!;
RULES['長'] = RULES['长']!;
RULES['將'] = RULES['将']!;
RULES['給'] = RULES['给']!;
RULES['隻'] = () => ['zhi1'];

/** The corrected syllables of a word in context, or null when no rule applies. */
export function ruleReading(word: string, ctx: RuleContext): string[] | null {
  const rule = RULES[word];
  return rule ? rule(ctx) : null;
}

/** The words some rule reads (a Set: looking a word up in RULES itself cost more). */
const RULE_WORDS = new Set(Object.keys(RULES));

/** Whether some rule reads `word` (so that no context is built for the words none does). */
export function hasRule(word: string): boolean {
  return RULE_WORDS.has(word);
}
