/**
 * The word popup's decisions, without the DOM: which key does what, whether a pointer event may
 * open the popup, the lookup cache, the line copied from the popup and the sentence saved with a
 * word. entrypoints/content/reading.ts wires these to the page's events.
 */
import type { TermRendering } from '../lexicon/types';
import type { WordInfo } from './reader';
import type { PopupTrigger } from './settings';
import { writeWords, writtenWordsOf } from './orthography';
import { formatSyllable } from './syllable';

/** The modifier keys of a pointer or keyboard event. */
export interface Modifiers {
  altKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  metaKey?: boolean;
}

/** True when a pointer event with these modifiers opens the popup under `trigger`. */
export function triggerAllows(trigger: PopupTrigger, e: Modifiers): boolean {
  return (
    trigger === 'hover' ||
    (trigger === 'alt' && e.altKey) ||
    (trigger === 'ctrl' && e.ctrlKey) ||
    (trigger === 'shift' && e.shiftKey)
  );
}

export type PopupCommand = 'close' | 'next' | 'previous';

/**
 * What a key does: Esc closes an open popup; Alt+Shift+N / Alt+Shift+B start at the first word or
 * step from the current one; plain N / B step while the popup is open. Null: not ours (the page
 * keeps the key).
 */
export function keyCommand(
  e: Modifiers & { key: string; code: string },
  popupOpen: boolean,
): PopupCommand | null {
  if (e.key === 'Escape') return popupOpen ? 'close' : null;
  const plain = !e.ctrlKey && !e.metaKey && !e.altKey;
  const start = e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey;
  const key = e.key.toLowerCase();
  if ((plain && popupOpen && key === 'n') || (start && e.code === 'KeyN')) return 'next';
  if ((plain && popupOpen && key === 'b') || (start && e.code === 'KeyB')) return 'previous';
  return null;
}

/**
 * The index of the word to move to among `count` words in reading order, from the word at `at`
 * (-1: none yet, start at the first), clamped to the ends; null when there are no words.
 */
export function stepIndex(at: number, step: 1 | -1, count: number): number | null {
  if (count <= 0) return null;
  return Math.max(0, Math.min(count - 1, at < 0 ? 0 : at + step));
}

/** The sentence of `text` around a word found at `start` (for the glossary's context). */
export function sentenceAround(text: string, start: number, length: number): string {
  return wordInSentence(text, start, length).sentence;
}

/**
 * The sentence around a word of `text` (as `sentenceAround`), with the word's offset in it: what
 * the background needs to find how the aligned English renders the word.
 */
export function wordInSentence(
  text: string,
  start: number,
  length: number,
): { sentence: string; word: string; offset: number } {
  const stops = /[。！？!?\n]/;
  let a = Math.max(0, Math.min(start, text.length));
  while (a > 0 && !stops.test(text.charAt(a - 1))) a--;
  let b = Math.min(text.length, start + length);
  while (b < text.length && !stops.test(text.charAt(b))) b++;
  const raw = text.slice(a, Math.min(text.length, b + 1));
  const lead = raw.length - raw.trimStart().length;
  return {
    sentence: raw.trim(),
    word: text.slice(start, start + length),
    offset: Math.max(0, start - a - lead),
  };
}

/** The tab-separated line the popup's Copy puts on the clipboard: word, pinyin, English. */
export function copyLine(info: WordInfo): string {
  const words = writtenWordsOf(info.py, info.written);
  const py = words
    ? writeWords(info.py, words, 'marks')
    : info.py.map((s) => (s ? formatSyllable(s, 'marks') : '')).join(' ');
  const official = info.term?.renderings[0]?.en;
  return `${info.word}\t${py}\t${official ?? info.entries[0]?.definitions.join('; ') ?? ''}`;
}

export interface LookupRequest {
  text: string;
  offset: number;
  /** Plain text: the longest match starting at `offset`. */
  exact: boolean;
  /** A ruby's word: exactly this word at `offset`. */
  word?: string;
}

/**
 * Word lookups through `fetch` (a message to the background), answers kept for the `max` most
 * recent requests; a failed lookup is not kept.
 */
export function createLookupCache(
  fetch: (request: LookupRequest) => Promise<WordInfo | null>,
  max = 2000,
): (request: LookupRequest) => Promise<WordInfo | null> {
  const cache = new Map<string, WordInfo | null>();
  return async (request) => {
    const { text, offset, exact, word } = request;
    const key = `${exact ? 1 : 0}${word ?? ''}\u0000${offset}\u0000${text}`;
    if (cache.has(key)) return cache.get(key)!;
    const info = await fetch(request);
    if (cache.size >= max) cache.delete(cache.keys().next().value!);
    cache.set(key, info);
    return info;
  };
}

/** A rendering of a set phrase as the popup lists it: how the publisher used it over time. */
export interface RenderingOverTime {
  en: string;
  /** Where it is used (article URL or column), from the lexicon. */
  source: string;
  /** Years of use, newest first, with the count of aligned sentence pairs in each. */
  years: { year: number; count: number }[];
  total: number;
  /** The URL of an article that uses it. */
  example?: string;
}

/**
 * The renderings of a set phrase, newest first: those last used most recently, then the more
 * used; renderings never seen in the aligned corpus keep their order, after them.
 */
export function renderingsOverTime(renderings: readonly TermRendering[]): RenderingOverTime[] {
  const listed = renderings.map((r, order) => {
    const years = [...(r.usage ?? [])].sort((a, b) => b.year - a.year);
    return {
      order,
      item: {
        en: r.en,
        source: r.source,
        years,
        total: years.reduce((n, y) => n + y.count, 0),
        ...(r.example && { example: r.example }),
      } satisfies RenderingOverTime,
    };
  });
  const last = (x: (typeof listed)[number]) => x.item.years[0]?.year ?? -Infinity;
  listed.sort((a, b) => last(b) - last(a) || b.item.total - a.item.total || a.order - b.order);
  return listed.map((x) => x.item);
}
