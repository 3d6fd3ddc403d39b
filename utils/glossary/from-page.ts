/**
 * What the content script sends to save (GlossaryInput) from what it has: the recognised
 * statement, a word of the popup or a selected passage. Plain functions (no DOM), shared by the
 * word popup, the in-page save button, the context menu and the keyboard shortcut.
 */
import type { Article } from '../article';
import type { WordInfo } from '../reading/reader';
import type { EnglishOrigin, GlossaryInput, GlossarySource } from './schema';

/** The statement's metadata kept with an entry. */
export function sourceOf(
  article: Pick<Article, 'url' | 'title' | 'kind' | 'speakers' | 'date' | 'site'> & {
    counterpartUrl?: string | null;
  },
  enUrl?: string | null,
): GlossarySource {
  return {
    url: article.url,
    title: article.title,
    kind: article.kind,
    speaker: article.speakers.length ? article.speakers.join(', ') : null,
    date: article.date,
    site: article.site,
    enUrl: enUrl ?? article.counterpartUrl ?? null,
  };
}

/** A word of the popup, with its sentence, meanings, official renderings and the statement. */
export function termInput(
  info: Pick<WordInfo, 'word' | 'traditional' | 'entries' | 'py' | 'term'>,
  sentence: string,
  source: GlossarySource,
): GlossaryInput {
  const exact = info.entries.find((e) => e.simplified === info.word);
  const renderings = info.term?.zh === info.word ? info.term.renderings : [];
  return {
    type: 'term',
    zh: info.word,
    traditional: exact?.traditional ?? info.traditional[0] ?? info.word,
    pinyin: info.py.every(Boolean) && info.py.length ? info.py.join('') : undefined,
    definitions: info.entries.flatMap((e) => e.definitions),
    renderings,
    english: renderings[0] ? { text: renderings[0].en, origin: 'term' } : null,
    source,
    sentence,
  };
}

/** Longest passage saved in one go (a long press-conference answer is a few thousand). */
export const MAX_PASSAGE_CHARS = 10_000;

/** A selection normalised for saving: whitespace collapsed, ruby pinyin dropped by the caller. */
export function cleanSelection(text: string): string {
  return text
    .replace(/[\u200b\u00ad]/g, '')
    .replace(/\s*\n\s*/g, '\n')
    .replace(/[ \t\u00a0\u3000]+/g, ' ')
    .trim();
}

/**
 * A selected text as a passage (or as a term when it is a single dictionary word the caller
 * resolved), with the statement and optionally its official English.
 */
export function passageInput(
  text: string,
  source: GlossarySource,
  english?: { text: string; origin: EnglishOrigin } | null,
): GlossaryInput {
  return {
    type: 'passage',
    zh: cleanSelection(text).slice(0, MAX_PASSAGE_CHARS),
    source,
    english: english && english.text.trim() ? english : null,
  };
}

/** True when a selection has Chinese worth saving. */
export function hasChinese(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}

const SENTENCE_END = /[。！？!?；;\n]/;

/**
 * The sentence of `block` (a paragraph's text) that holds `selected`: from the end of the
 * previous sentence to the end of the last one the selection touches. `selected` itself when it
 * is not found in the block.
 */
export function sentenceContaining(block: string, selected: string): string {
  const at = block.indexOf(selected);
  if (at < 0) return selected;
  let start = at;
  while (start > 0 && !SENTENCE_END.test(block.charAt(start - 1))) start--;
  let end = at + selected.length;
  while (end < block.length && !SENTENCE_END.test(block.charAt(end - 1))) end++;
  return block.slice(start, end).trim();
}
