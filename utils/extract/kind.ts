/**
 * What kind of statement a page is, and who speaks, from its title (and the first paragraph when
 * the title says too little). Rules are ordered: the first that matches wins.
 */
import type { ArticleKind, Lang } from '../article';

type Rule = [ArticleKind, RegExp];

const ZH_RULES: Rule[] = [
  ['press-conference', /例行记者会|记者招待会|新闻发布会|吹风会/],
  ['remarks', /答记者问|发言人.{0,30}(?:表示|答问|回答|谈|发表谈话|就)|答问|应询|宣布/],
  ['message', /贺电|唁电|贺信|慰问电|复信|致信|互致贺|致电/],
  ['report', /白皮书|工作报告|政府工作报告|报告全文/],
  ['statement', /(?:联合)?声明(?:（全文）|\(全文\))?$|发表声明|联合公报|宣言/],
  ['speech', /讲话|致辞|贺词|演讲|主旨发言|发言|献词/],
  ['readout', /通电话|会见|会谈|会晤|举行会谈|视频会晤|通话|接见|集体会见|交换意见/],
  ['statement', /声明|公报/],
];

const EN_RULES: Rule[] = [
  ['press-conference', /Regular Press Conference|Press Conference|Press Briefing|Daily Briefing/i],
  [
    'remarks',
    /Spokesperson.*(?:Remarks|Answers?|Comments?|Question)|Answers? .*Question|Remarks on|: *(?:FM |Foreign Ministry )?spokesperson$/i,
  ],
  [
    'message',
    /Congratulat\w* (?:Message|Letter)|Condolence|Message of|Sends? (?:Congratulat|Condolen)|Letter to/i,
  ],
  ['report', /White Paper|Work Report|Government Work Report/i],
  ['statement', /Joint Statement|Statement\b|Communiqu|Declaration/i],
  ['speech', /Speech|Address|Keynote|Remarks (?:by|at)|New Year|Toast/i],
  [
    'readout',
    /Phone (?:Call|Talks?)|on the Phone|Telephone|\bMeets?\b|\bTalks?\b|Meeting with|Holds? Talks|Video Call|Virtual Meeting/i,
  ],
];

const OPENING_KINDS = new Set<ArticleKind>(['remarks', 'readout', 'message']);

/** Classify a statement from its title, falling back to its first paragraph. */
export function classifyKind(title: string, lang: Lang, firstParagraph = ''): ArticleKind {
  const rules = lang === 'zh' ? ZH_RULES : EN_RULES;
  for (const [kind, pattern] of rules) if (pattern.test(title)) return kind;
  // The opening only settles reports of remarks, readouts and messages; a report that mentions a
  // press conference or a speech is not the transcript or the speech itself.
  const opening = firstParagraph.slice(0, 200);
  for (const [kind, pattern] of rules) {
    if (OPENING_KINDS.has(kind) && pattern.test(opening)) return kind;
  }
  return 'other';
}

const HAN_NAME = '[\\u4e00-\\u9fff]{2,3}';
const ZH_SPOKESPERSON = new RegExp(
  `发言人(?![就答表宣介回在谈应对])(${HAN_NAME}?)(?=主持|就|答|表示|回答|宣布|介绍|发表|谈|应约|应询|在|：|:|\\d)`,
);
const ZH_LEADER_TITLES =
  '(?:国家主席|主席|总统|总理|首相|国王|女王|元首|秘书长|外长|外交部长|国务卿|委员长|副主席|副总统|副总理|总书记|议长|大使)';
const ZH_COUNTERPART = new RegExp(
  `${ZH_LEADER_TITLES}(?![就致在表出向与同])([\\u4e00-\\u9fff·]{2,10}?)(?=通电话|举行会谈|会谈|会晤|通话|并|，|,)`,
);
const ZH_LEAD = new RegExp(
  `^(${HAN_NAME}?)(?=同|会见|集体会见|出席|致|向|主持|在|与|接见|复信|回信|签署|发表|视察|考察|强调|指出|：|:)`,
);

const EN_SPOKESPERSON =
  /Spokesperson ([A-Z][a-z]+(?: [A-Z][a-z]+){1,2})(?:['’]s\b| (?:Answers|Remarks|on\b|Holds))/;
const EN_LEAD =
  /^(?:President |Premier |Chinese President |Vice President )?((?:Xi Jinping|Li Qiang|Wang Yi|Li Keqiang|Han Zheng|Zhao Leji|Wang Huning|Ding Xuexiang|Cai Qi|Li Xi))\b/;
const EN_COUNTERPART =
  /(?:President|Prime Minister|Chancellor|King|Secretary-General|Premier|Foreign Minister|Secretary of State) ((?:[A-Z][a-zé'-]+ ){1,2}[A-Z][a-zé'-]+)(?=$|[ ,.;:]|’s|'s)/g;
const ZH_TITLED = new RegExp(
  `${ZH_LEADER_TITLES}([\\u4e00-\\u9fff]{2,3}?)(?=同|通电话|会见|会谈|举行|在|，|,|、|表示|指出|致|向)`,
  'g',
);
/** Institutions, not people: "外交部：…", "新华社：…". */
const INSTITUTION = /[部院馆网社委会局办署处厅台报]$/;

/** People who speak, as far as the title says: the spokesperson, or the leaders of a readout. */
export function speakersFromTitle(title: string, lang: Lang): string[] {
  const found: string[] = [];
  const add = (name: string | undefined) => {
    const clean = name?.trim();
    if (clean && !found.includes(clean)) found.push(clean);
  };
  if (lang === 'zh') {
    add(ZH_SPOKESPERSON.exec(title)?.[1]);
    if (!found.length) {
      const lead = ZH_LEAD.exec(title)?.[1];
      if (lead && !INSTITUTION.test(lead)) add(lead);
      add(ZH_COUNTERPART.exec(title)?.[1]);
    }
  } else {
    add(EN_SPOKESPERSON.exec(title)?.[1]);
    if (!found.length) {
      add(EN_LEAD.exec(title)?.[1]);
      for (const m of title.matchAll(EN_COUNTERPART)) add(m[1]);
    }
  }
  return found;
}

/** Leaders named with their titles in an opening paragraph ("国家主席习近平同俄罗斯总统普京…"). */
export function speakersFromOpening(paragraph: string, lang: Lang): string[] {
  const text = paragraph.slice(0, 300);
  const pattern = lang === 'zh' ? ZH_TITLED : EN_COUNTERPART;
  const found: string[] = [];
  for (const m of text.matchAll(pattern)) if (m[1] && !found.includes(m[1])) found.push(m[1]);
  return found;
}
