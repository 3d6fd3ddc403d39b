/**
 * Metadata lines that reprints and some templates put at the top or bottom of the text:
 *   发布时间:2025-06-20 09:10:53 | 来源:新华网 | 作者: | 责任编辑:曹川川
 *   2024年04月24日23:52 | 来源：新华网
 *   (责编：牛镛、岳弘彬)
 * They are parsed into date/source and never shown as body. Half-width ':' and '|' (reprints)
 * are accepted as well as full-width '：' and '｜'.
 */
import { parseDate } from './dates';

export interface MetaLine {
  date: string | null;
  source: string | null;
  author: string | null;
  editor: string | null;
}

const KEYS =
  /(发布时间|发表时间|时间|日期|来源|作者|责任编辑|编辑|责编|稿源|Source|Editor|Author)\s*[:：]/gi;
const EDITOR_ONLY =
  /^[（(【[]?\s*(?:责任编辑|责编|编辑|Web editor|Editor)\s*[:：][^)）】\]]{0,40}[)）】\]]?$/i;
const DATE_START = /^(?:\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}日?)/;

/** Split "k:v | k:v" into a record (keys as written). */
function fields(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of text.split(/\s*[|｜]\s*|\s{2,}/)) {
    const m = /^\s*([^:：]{1,8}?)\s*[:：]\s*(.*)$/.exec(part);
    if (m) out[m[1]!.trim()] = m[2]!.trim();
  }
  return out;
}

/** Parse `text` as a metadata line, or null when it reads like prose. */
export function parseMetaLine(text: string): MetaLine | null {
  if (text.length > 160) return null;
  if (EDITOR_ONLY.test(text)) {
    const editor = /[:：]\s*([^)）】\]]*)/.exec(text)?.[1]?.trim() ?? null;
    return { date: null, source: null, author: null, editor: editor || null };
  }
  const keyCount = text.match(KEYS)?.length ?? 0;
  const dateFirst = DATE_START.test(text) && /来源|Source/i.test(text);
  if (keyCount < 2 && !dateFirst && !/^(?:发布时间|发表时间)\s*[:：]/.test(text)) return null;
  // Prose has sentence punctuation; metadata lines do not.
  if (/[。！？；]/.test(text)) return null;
  const f = fields(text);
  const pick = (...names: string[]) => {
    for (const name of names) {
      const key = Object.keys(f).find((k) => k.toLowerCase() === name.toLowerCase());
      if (key !== undefined && f[key]) return f[key]!;
    }
    return null;
  };
  return {
    date: parseDate(pick('发布时间', '发表时间', '时间', '日期') ?? text),
    source: pick('来源', '稿源', 'Source'),
    author: pick('作者', 'Author'),
    editor: pick('责任编辑', '编辑', '责编', 'Editor'),
  };
}

/** Lines of page furniture that end up inside body containers on some templates. */
const FURNITURE =
  /^(?:【纠错】|\[纠错\]|分享到|分享让更多人看到|打印本页|关闭窗口|【打印】|【关闭】|扫一扫|字体[:：]|\[字体[:：]|返回顶部|相关新闻|延伸阅读|Share\s*:?$|Print$|Close$)/i;

/** True for a line that is page furniture (share bars, print links), not statement text. */
export function isFurniture(text: string): boolean {
  return FURNITURE.test(text);
}
