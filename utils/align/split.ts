/**
 * Sentence splitting for the aligner. Chinese ends a sentence at 。！？ (and their half-width forms,
 * and a "." written between Chinese characters), keeping closing quotes and brackets with the
 * sentence, never at ；. English ends at . ! ? followed by a space and a capital, a digit or an
 * opening quote, except after abbreviations (U.S., Mr., No., Jan. …), initials and inside
 * decimals. 问：/答： and Q:/A: need no rule: a role label opens its sentence and stays with it.
 * Pure functions (browser and Node).
 */
import type { Article, Lang } from '../article';
import type { Segment } from './types';

/** A sentence's place in its text: offsets (UTF-16 code units, end exclusive). */
export interface Span {
  start: number;
  end: number;
}

const ZH_END = new Set(['。', '！', '？', '!', '?', '｡']);
/** Closing quotes and brackets that belong to the sentence they close. */
const CLOSERS = new Set([
  '”',
  '’',
  '」',
  '』',
  '）',
  ')',
  '】',
  '》',
  '〉',
  '"',
  "'",
  '］',
  ']',
  '〕',
]);
const HAN = /\p{Script=Han}/u;

function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /\s/.test(ch);
}

/** Cut `text` at the given end positions, trimming whitespace; empty pieces are dropped. */
function cut(text: string, ends: number[]): Span[] {
  const spans: Span[] = [];
  let from = 0;
  for (const end of [...ends, text.length]) {
    let start = from;
    let stop = end;
    while (start < stop && isSpace(text[start])) start++;
    while (stop > start && isSpace(text[stop - 1])) stop--;
    if (stop > start) spans.push({ start, end: stop });
    from = end;
  }
  return spans;
}

/** Move past closing quotes/brackets (and further terminators: "？！", "。”"). */
function absorbClosers(text: string, i: number, terminators: Set<string>): number {
  let j = i;
  while (j < text.length && (CLOSERS.has(text[j]!) || terminators.has(text[j]!))) j++;
  return j;
}

/** Sentence spans of a Chinese text. */
export function splitChineseSpans(text: string): Span[] {
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    let end = -1;
    if (ZH_END.has(ch)) {
      end = absorbClosers(text, i + 1, ZH_END);
    } else if (
      ch === '.' &&
      HAN.test(text[i - 1] ?? '') &&
      !/[0-9A-Za-z.]/.test(text[i + 1] ?? '')
    ) {
      // "…交换意见.普京…": a full stop typed as "." between Chinese characters.
      end = absorbClosers(text, i + 1, ZH_END);
    }
    if (end < 0) continue;
    ends.push(end);
    i = end - 1;
  }
  return cut(text, ends);
}

/** Words after which a full stop does not end an English sentence. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen col lt maj capt sgt sen rep gov pres st mt no nos vol art para fig p pp ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'jr sr inc ltd co corp dept univ approx est vs e.g i.e etc cf ' +
    'u.s u.k u.n e.u p.r.c u.s.a d.c a.m p.m'
  ).split(/\s+/),
);
/** Abbreviations that end a sentence when a capitalised word follows ("… and so on etc. The"). */
const MAY_END = new Set(['etc', 'a.m', 'p.m']);
const OPENERS = /["'“‘([]/;

/** The word (letters and inner dots) that ends just before position `dot`. */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && /[A-Za-z.]/.test(text[i - 1]!)) i--;
  return text.slice(i, dot);
}

/** Sentence spans of an English text. */
export function splitEnglishSpans(text: string): Span[] {
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    // Runs of terminators ("?!", "...") and closing quotes stay with the sentence.
    let end = i + 1;
    while (end < text.length && /[.!?]/.test(text[end]!)) end++;
    while (end < text.length && CLOSERS.has(text[end]!)) end++;
    if (!isSpace(text[end])) {
      i = end - 1;
      continue;
    }
    let next = end;
    while (isSpace(text[next])) next++;
    const following = text[next];
    if (following === undefined) break;
    const startsSentence = /[A-Z0-9]/.test(following) || OPENERS.test(following);
    if (!startsSentence) {
      i = end - 1;
      continue;
    }
    if (ch === '.' && end === i + 1) {
      const word = wordBefore(text, i);
      const key = word.toLowerCase();
      // "J. Smith": an initial; "U.S. President": an abbreviation. Neither ends the sentence.
      const initial = /^[A-Z]$/.test(word);
      if ((ABBREVIATIONS.has(key) && !MAY_END.has(key)) || initial) {
        i = end - 1;
        continue;
      }
      if (MAY_END.has(key) && !/[A-Z]/.test(following)) {
        i = end - 1;
        continue;
      }
    }
    ends.push(end);
    i = end - 1;
  }
  return cut(text, ends);
}

export function splitSpans(text: string, lang: Lang): Span[] {
  return lang === 'zh' ? splitChineseSpans(text) : splitEnglishSpans(text);
}

/** The sentences of a text, as strings. */
export function splitSentences(text: string, lang: Lang): string[] {
  return splitSpans(text, lang).map((s) => text.slice(s.start, s.end));
}

export interface SplitOptions {
  /**
   * Make the title the first segment (paragraph -1), so that the titles are aligned too.
   * Default false: the segments are the body's sentences only.
   */
  title?: boolean;
}

/** Paragraph index given to the title segment when `SplitOptions.title` is set. */
export const TITLE_PARAGRAPH = -1;

/** The sentences of an article, each with its paragraph index, offsets and role. */
export function splitArticle(article: Article, options: SplitOptions = {}): Segment[] {
  const segments: Segment[] = [];
  const push = (paragraph: number, text: string, span: Span, role?: Segment['role']) => {
    const segment: Segment = {
      index: segments.length,
      paragraph,
      start: span.start,
      end: span.end,
      text: text.slice(span.start, span.end),
    };
    if (role) segment.role = role;
    segments.push(segment);
  };
  if (options.title && article.title.trim()) {
    const title = article.title;
    const start = title.length - title.trimStart().length;
    push(TITLE_PARAGRAPH, title, { start, end: title.trimEnd().length });
  }
  article.paragraphs.forEach((paragraph, p) => {
    for (const span of splitSpans(paragraph.text, article.lang))
      push(p, paragraph.text, span, paragraph.role);
  });
  return segments;
}

/**
 * Given segments, one per non-empty line, aligned as given (no re-splitting). Each line is its
 * own paragraph (paragraph = segment index); surrounding whitespace is trimmed.
 */
export function segmentsFromLines(lines: readonly string[]): Segment[] {
  const segments: Segment[] = [];
  for (const line of lines) {
    const text = line.trim();
    if (!text) continue;
    const index = segments.length;
    segments.push({ index, paragraph: index, start: 0, end: text.length, text });
  }
  return segments;
}
