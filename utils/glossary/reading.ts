/**
 * Traditional form and pinyin of a saved text, from the reading engine (utils/reading/): the
 * background fills them in for selections, which arrive as plain text.
 */
import type { ReadingEngine } from '../reading/reader';
import { termInput } from './from-page';
import type { GlossaryInput } from './schema';
import type { Reading } from './store';

/** Numbered pinyin, words written together and separated by spaces ("zhan4lüe4 huo3ban4"). */
export function pinyinOf(engine: ReadingEngine, text: string): string {
  return engine
    .read(text)
    .filter((token) => token.py.length > 0)
    .map((token) => token.py.join(''))
    .join(' ');
}

/** Traditional form, word by word: CC-CEDICT's form of each word, else character by character. */
export function traditionalOf(engine: ReadingEngine, text: string): string {
  let out = '';
  for (const token of engine.read(text)) {
    if (!token.py.length) {
      out += token.text;
      continue;
    }
    const entry = engine.dict.lookup(token.text).find((e) => e.simplified === token.text);
    if (entry) {
      out += entry.traditional;
      continue;
    }
    for (const ch of token.text) out += engine.dict.traditionalOf(ch);
  }
  return out;
}

export function readingFrom(engine: () => Promise<ReadingEngine>): Reading {
  return async (zh) => {
    const e = await engine();
    return { traditional: traditionalOf(e, zh), pinyin: pinyinOf(e, zh) };
  };
}

/** Longest selection considered as a possible single term. */
const MAX_TERM_CHARS = 12;

/**
 * A selection that is exactly one dictionary word or official term is saved as a term (with its
 * meanings, official renderings and the sentence around it), so that saving it from another
 * statement adds a context instead of another passage.
 */
export function asTermIfWord(engine: ReadingEngine, input: GlossaryInput): GlossaryInput {
  const zh = input.zh.trim();
  if (input.type !== 'passage' || zh.length > MAX_TERM_CHARS || !/^\p{Script=Han}+$/u.test(zh)) {
    return input;
  }
  const info = engine.wordAt(zh, 0, { exact: true });
  if (!info || info.word !== zh || (!info.entries.length && info.term?.zh !== zh)) return input;
  const term = termInput(info, input.sentence ?? '', input.source);
  return { ...term, english: input.english ?? term.english, tags: input.tags, note: input.note };
}
