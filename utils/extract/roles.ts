/**
 * Press-conference roles. Old transcripts (2018–2020) mark turns with 问：/答： and Q:/A:;
 * current ones name the outlet ("路透社记者：", "Reuters:") in bold for questions and the
 * spokesperson ("林剑：", "Lin Jian:") for answers. Text before the first question is the
 * spokesperson's opening announcements ('statement'); unmarked paragraphs continue the turn.
 */
import type { Paragraph, ParagraphRole } from '../article';
import type { Block } from './blocks';

const ZH_QUESTION = /^(?:问|追问|又问|再问|记者问|记者追问|记者解释|提问)\s*[:：]/;
const ZH_ANSWER = /^(?:答|又答|回答)\s*[:：]/;
const EN_QUESTION = /^(?:Q|Question|Follow-up(?: question)?)\s*[:：]/i;
const EN_ANSWER = /^(?:A|Answer)\s*[:：]/;
/** "路透社记者：", "总台央视记者：", "法新社：" — an outlet before a colon at the start. */
const ZH_OUTLET = /^([\u4e00-\u9fff·A-Za-z]{1,14}?(?:记者|社|台|报|网|通讯社|电视台|新闻))\s*[:：]/;
/** "Reuters:", "China Media Group:", "AFP:" — a short name before a colon (questions are bold). */
const EN_OUTLET = /^([A-Z][\w.&’' -]{1,40}?)\s*:/;

export interface RoleContext {
  /** Spokesperson names known from the title (耿爽, Geng Shuang), to recognise answers. */
  speakers: readonly string[];
}

/** A colon after optional spaces, at the start of the text (sticky: tested from lastIndex). */
const COLON_NEXT = /\s*[:：]/y;

/** The speaker whose name, then a colon, opens the text (no RegExp built per paragraph). */
function startsWithSpeaker(text: string, speakers: readonly string[]): string | null {
  for (const name of speakers) {
    if (!name || !text.startsWith(name)) continue;
    COLON_NEXT.lastIndex = name.length;
    if (COLON_NEXT.test(text)) return name;
  }
  return null;
}

/** Assign question/answer/statement roles to a press conference's blocks. */
export function assignRoles(blocks: readonly Block[], context: RoleContext): Paragraph[] {
  let current: ParagraphRole = 'statement';
  let currentSpeaker: string | undefined;
  let seenQuestion = false;
  return blocks.map((block) => {
    const text = block.text;
    const speaker = startsWithSpeaker(text, context.speakers);
    let role: ParagraphRole | null = null;
    let who: string | undefined;
    if (ZH_QUESTION.test(text) || EN_QUESTION.test(text)) role = 'question';
    else if (ZH_ANSWER.test(text) || EN_ANSWER.test(text)) role = 'answer';
    else if (speaker) {
      role = 'answer';
      who = speaker;
    } else if (block.bold) {
      // Current transcripts: the whole question, outlet included, is set in bold.
      const outlet = ZH_OUTLET.exec(text) ?? EN_OUTLET.exec(text);
      if (outlet || seenQuestion || current === 'answer') {
        role = 'question';
        who = outlet?.[1];
      }
    } else if (ZH_OUTLET.test(text) && current !== 'question' && seenQuestion) {
      role = 'question';
      who = ZH_OUTLET.exec(text)?.[1];
    }
    if (role) {
      if (role === 'question') seenQuestion = true;
      current = role;
      currentSpeaker = who ?? (role === 'answer' ? context.speakers[0] : undefined);
    }
    const paragraph: Paragraph = { text, role: current };
    if (currentSpeaker) paragraph.speaker = currentSpeaker;
    return paragraph;
  });
}
