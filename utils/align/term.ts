/**
 * Term in context: for a Chinese word or set phrase in an aligned sentence, the English words of
 * the aligned English sentence(s) that render it — the official rendering of a set phrase, the
 * official spelling of a name, the same number or date, or else the words the dictionary glosses
 * it by. Pure and fast (a few microseconds per call): the word popup calls it through the
 * background worker.
 */
import { findChineseDates, findEnglishDates, monthDayKey } from '../match/dates';
import { contentStems, stem, stemId } from '../match/english';
import { scanAnchorsEn, segmentChinese } from '../match/features';
import { findChineseNumbers, findEnglishNumbers } from '../match/numbers';
import {
  compileResources,
  glossStems,
  type BilingualLexicon,
  type ScorerResources,
} from '../match/resources';
import type { Alignment, Segment } from './types';

export type TermSource = 'official' | 'name' | 'number' | 'date' | 'dictionary';

export interface TermSpan {
  /** Index of the English segment. */
  en: number;
  /** Offsets within that segment's text (end exclusive). */
  start: number;
  end: number;
  /** The same offsets within its paragraph (segment.start added). */
  paragraphStart: number;
  paragraphEnd: number;
  text: string;
  source: TermSource;
}

export interface TermRendering {
  /** The Chinese word or phrase looked up. */
  zh: string;
  /** Where the English renders it, best first. */
  spans: TermSpan[];
}

function span(segment: Segment, start: number, end: number, source: TermSource): TermSpan {
  return {
    en: segment.index,
    start,
    end,
    paragraphStart: segment.start + start,
    paragraphEnd: segment.start + end,
    text: segment.text.slice(start, end),
    source,
  };
}

const anchorIndex = new WeakMap<ScorerResources, Map<string, Set<number>>>();
const termIndex = new WeakMap<ScorerResources, Set<string>>();

/** Chinese form → the anchors (names, set phrases) written so, built once per resources. */
function anchorsByChinese(resources: ScorerResources): Map<string, Set<number>> {
  let index = anchorIndex.get(resources);
  if (!index) {
    index = new Map();
    compileResources(resources).anchors.forEach((a, i) => {
      const ids = index!.get(a.zh) ?? new Set<number>();
      ids.add(i);
      index!.set(a.zh, ids);
    });
    anchorIndex.set(resources, index);
  }
  return index;
}

function officialTerms(resources: ScorerResources): Set<string> {
  let terms = termIndex.get(resources);
  if (!terms) termIndex.set(resources, (terms = new Set(resources.terms.map((t) => t.zh))));
  return terms;
}

const EN_NUMBER_LIKE =
  /(?<![\w.])[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?(?:\s*(?:thousand|million|billion|trillion))?(?:\s*(?:%|per\s*cent|percent))?/gi;
const MONTHS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec';
const EN_DATE_LIKE = new RegExp(
  `\\b(?:${MONTHS})[a-z]*\\.?\\s*[0-9]{1,2}(?:st|nd|rd|th)?(?:,?\\s*[0-9]{4})?|\\b[0-9]{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS})[a-z]*(?:,?\\s*[0-9]{4})?`,
  'gi',
);
const EN_WORD = /[A-Za-z][A-Za-z'-]*[A-Za-z]|[A-Za-z]/g;

/**
 * The English rendering of the Chinese text at `start`–`end` of segment `zh`, found in the
 * aligned English segments `en` (usually the ones its link holds), or null when none is found.
 */
export function termInContext(
  zh: Segment,
  start: number,
  end: number,
  en: readonly Segment[],
  resources: ScorerResources,
): TermRendering | null {
  const word = zh.text.slice(Math.max(0, start), Math.min(zh.text.length, end)).trim();
  if (!word || !en.length) return null;
  const compiled = compileResources(resources);
  const found = (spans: TermSpan[]) => (spans.length ? { zh: word, spans } : null);

  // 1. A set phrase or a name: its official English, as the statement writes it.
  const anchorIds = anchorsByChinese(resources).get(word);
  if (anchorIds) {
    const source: TermSource = officialTerms(resources).has(word) ? 'official' : 'name';
    const spans: TermSpan[] = [];
    for (const segment of en) {
      scanAnchorsEn(segment.text, compiled, (anchor, s, e) => {
        if (anchorIds.has(anchor) && !spans.some((x) => x.en === segment.index && x.start === s))
          spans.push(span(segment, s, e, source));
      });
    }
    // Longest spelling first ("the Ministry of Foreign Affairs" over "Foreign Affairs").
    spans.sort((a, b) => b.end - b.start - (a.end - a.start));
    const result = found(spans);
    if (result) return result;
  }

  // 2. A date or a number: the same value in the English.
  const dates = new Set(findChineseDates(word).map(monthDayKey));
  if (dates.size) {
    const result = found(
      matchValues(en, EN_DATE_LIKE, 'date', (t) => findEnglishDates(t).map(monthDayKey), dates),
    );
    if (result) return result;
  }
  const numbers = new Set(findChineseNumbers(word));
  if (numbers.size) {
    const result = found(matchValues(en, EN_NUMBER_LIKE, 'number', findEnglishNumbers, numbers));
    if (result) return result;
  }

  // 3. The dictionary: English words glossing it (or its parts, for a phrase CC-CEDICT lacks).
  if (!compiled.dictionary) return null;
  const phrases = found(glossPhrases(compiled.dictionary, word, en));
  if (phrases) return phrases;
  const stems = new Set<number>(glossStems(compiled, word));
  if (!stems.size) {
    for (const part of segmentChinese(word, compiled, new Set()))
      if (part.length > 1 || word.length === 1)
        for (const s of glossStems(compiled, part)) stems.add(s);
  }
  if (!stems.size) return null;
  const scored: { span: TermSpan; hits: number }[] = [];
  for (const segment of en) {
    const best = glossRun(segment, stems);
    if (best) scored.push(best);
  }
  scored.sort((a, b) => b.hits - a.hits || a.span.en - b.span.en);
  return found(scored.map((s) => s.span));
}

/** Spans of `pattern` in the segments whose values (by `read`) include one of `wanted`. */
function matchValues(
  en: readonly Segment[],
  pattern: RegExp,
  source: TermSource,
  read: (text: string) => string[],
  wanted: Set<string>,
): TermSpan[] {
  const spans: TermSpan[] = [];
  for (const segment of en) {
    for (const m of segment.text.matchAll(pattern)) {
      if (read(m[0]).some((v) => wanted.has(v)))
        spans.push(span(segment, m.index, m.index + m[0].trimEnd().length, source));
    }
  }
  return spans;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern for a word and its inflections: "country" → countr(?:y|ie)[a-z'-]* (countries). */
function inflected(word: string): string {
  const base = stem(word.toLowerCase());
  return base.endsWith('y')
    ? `${escape(base.slice(0, -1))}(?:y|ie|i)[a-z'-]*`
    : `${escape(base)}[a-z'-]*`;
}

/**
 * Multi-word glosses ("to clean up", "Foreign Ministry") written out in the English, each word
 * allowing an inflection ("cleaned up", "Foreign Ministries"); longest first.
 */
function glossPhrases(
  dictionary: BilingualLexicon,
  word: string,
  en: readonly Segment[],
): TermSpan[] {
  const patterns: RegExp[] = [];
  for (const entry of dictionary.lookup(word).slice(0, 4)) {
    for (const gloss of entry.definitions) {
      const words = gloss
        .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
        .replace(/^\s*(?:to|a|an|the)\s+/i, '')
        .match(/[A-Za-z][A-Za-z'-]*/g);
      if (!words || words.length < 2 || words.length > 5) continue;
      const body = words.map(inflected).join('[\\s-]+');
      patterns.push(new RegExp(`\\b${body}\\b`, 'gi'));
    }
  }
  const spans: TermSpan[] = [];
  for (const segment of en) {
    for (const pattern of patterns) {
      for (const m of segment.text.matchAll(pattern)) {
        if (!spans.some((x) => x.en === segment.index && x.start <= m.index && x.end > m.index))
          spans.push(span(segment, m.index, m.index + m[0].length, 'dictionary'));
      }
    }
  }
  return spans.sort((a, b) => b.end - b.start - (a.end - a.start) || a.en - b.en);
}

/**
 * The longest run of words glossing the term in a segment: words whose stem is a gloss stem,
 * joined across at most one function word ("rule of law"). Null when no word matches.
 */
function glossRun(segment: Segment, stems: Set<number>): { span: TermSpan; hits: number } | null {
  let best: { start: number; end: number; hits: number } | null = null;
  let run: { start: number; end: number; hits: number } | null = null;
  let gap = 0;
  for (const m of segment.text.matchAll(EN_WORD)) {
    const content = contentStems(m[0]);
    const hit = content.length > 0 && content.every((s) => stems.has(stemId(s)));
    if (hit) {
      if (run && gap <= 1) {
        run.end = m.index + m[0].length;
        run.hits++;
      } else run = { start: m.index, end: m.index + m[0].length, hits: 1 };
      gap = 0;
      if (!best || run.hits > best.hits) best = { ...run };
      else if (best.start === run.start) best = { ...run };
    } else if (content.length === 0 && run) gap++;
    else {
      run = null;
      gap = 0;
    }
  }
  return best ? { span: span(segment, best.start, best.end, 'dictionary'), hits: best.hits } : null;
}

/** A word of the statement as the word popup sees it: in a sentence, at an offset. */
export interface WordInSentence {
  /** The sentence (or longer run of text) around the word, as shown on the page. */
  sentence: string;
  word: string;
  /** Offset of the word in `sentence`. */
  offset: number;
}

/**
 * "In this statement": the English that renders a word of the Chinese text, found in the English
 * sentences aligned with the sentence the word stands in. Null when the sentence is not in the
 * alignment, has no English counterpart, or no rendering is found there.
 */
export function termInAlignment(
  alignment: Alignment,
  where: WordInSentence,
  resources: ScorerResources,
): TermRendering | null {
  const { sentence, word, offset } = where;
  if (!word || sentence.slice(offset, offset + word.length) !== word) return null;
  // The segment holding the word: the one whose text lies around it within the sentence, or the
  // one the sentence lies in (the page may cut a sentence differently from the splitter).
  for (const seg of alignment.zh) {
    let start = -1;
    const inSentence = sentence.indexOf(seg.text);
    if (
      inSentence >= 0 &&
      inSentence <= offset &&
      offset + word.length <= inSentence + seg.text.length
    )
      start = offset - inSentence;
    else {
      const at = seg.text.indexOf(sentence);
      if (at >= 0) start = at + offset;
    }
    if (start < 0) continue;
    const link = alignment.links.find((l) => l.zh.includes(seg.index));
    if (!link?.en.length) return null;
    return termInContext(
      seg,
      start,
      start + word.length,
      link.en.map((j) => alignment.en[j]!),
      resources,
    );
  }
  return null;
}
