/**
 * Which script a Chinese text is written in, for the `lang` Duizhao declares on it when the page
 * declares none (annotate.ts rubyLang): a font picks its glyph forms, and a screen reader its
 * voice, by zh-Hans or zh-Hant. Told by frequent characters whose two forms differ: each side's
 * form does not occur in a text of the other script.
 */
import { CHINESE_TEXT_LANG } from './dom-labels';

const SIMPLIFIED = new Set(
  '国发说会这对时为们个来经现关进与问动际济区务长门开义东样还战应实种学华让过军两边总统议题机构场么从协贸员组织报记请谈话该认识设爱',
);
const TRADITIONAL = new Set(
  '國發說會這對時為們個來經現關進與問動際濟區務長門開義東樣還戰應實種學華讓過軍兩邊總統議題機構場麼從協貿員組織報記請談話該認識設愛',
);

/** The characters looked at: enough to tell, however long the statement. */
const SAMPLE = 20000;

/**
 * zh-Hant when more of the telling characters of `texts` (a statement's title and paragraphs) are
 * traditional, else zh-Hans; read up to SAMPLE characters, without joining the texts.
 */
export function chineseTextLang(texts: Iterable<string>): 'zh-Hans' | 'zh-Hant' {
  let simplified = 0;
  let traditional = 0;
  let left = SAMPLE;
  for (const text of texts) {
    const end = Math.min(text.length, left);
    for (let i = 0; i < end; i++) {
      const ch = text[i]!;
      if (SIMPLIFIED.has(ch)) simplified++;
      else if (TRADITIONAL.has(ch)) traditional++;
    }
    left -= end;
    if (left <= 0) break;
  }
  return traditional > simplified ? 'zh-Hant' : CHINESE_TEXT_LANG;
}
