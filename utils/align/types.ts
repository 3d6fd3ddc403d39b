/**
 * The sentence alignment of a Chinese statement and its official English version: the contract
 * between the engine (utils/align), the background worker, the side-by-side view, the CLI and
 * the benchmarks. Plain data, JSON-serialisable (it crosses the message protocol).
 */
import type { ParagraphRole } from '../article';

/** One sentence (or a given segment) of one side. */
export interface Segment {
  /** Position in its side's segment list (0-based). */
  index: number;
  /** Index of the Article paragraph it comes from (0-based). */
  paragraph: number;
  /** Offsets of `text` within that paragraph's text (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
  text: string;
  /** The paragraph's role in a press conference (问/答, Q/A), where known. */
  role?: ParagraphRole;
}

/**
 * One link (a "bead"): zh segments rendered by en segments. Any shape: 1:1, 1:n, n:1, n:m,
 * 1:0 (`en` empty: not in the English version), 0:1 (`zh` empty: only in the English version).
 * Indices are sorted ascending within a link; every segment index of each side appears in
 * exactly one link. Links are ordered by their first zh index (0:1 links by the position of
 * their English in the English text, placed after the link that precedes them there).
 */
export interface Link {
  zh: number[];
  en: number[];
  /** 0–1: how sure the engine is of this link (0 for 1:0 and 0:1). */
  confidence: number;
  /** True when the link goes against the order of the texts (content the English moved). */
  crossing?: boolean;
}

/** Paragraph-level view of the same alignment (derived from the sentence links, so consistent). */
export interface ParagraphLink {
  zh: number[];
  en: number[];
  confidence: number;
}

export interface AlignmentSummary {
  zhSentences: number;
  enSentences: number;
  /** Chinese sentences with no English counterpart, and their Han characters. */
  zhSentencesMissing: number;
  zhChars: number;
  zhCharsMissing: number;
  /** English sentences with no Chinese counterpart. */
  enSentencesOnly: number;
  /** Links that cross others (reordered content). */
  crossings: number;
  /** Share (0–1) of the Chinese characters in links of confidence ≥ CONFIDENT. */
  confidentCoverage: number;
  /**
   * Share (0–1) of the English text (characters) in links of confidence ≥ CONFIDENT. With
   * `confidentCoverage`, tells a translation (both sides mostly covered) from a long text on the
   * same topics, where many Chinese sentences find some look-alike but most of the English none.
   */
  enConfidentCoverage: number;
}

export interface Alignment {
  zh: Segment[];
  en: Segment[];
  links: Link[];
  paragraphs: ParagraphLink[];
  summary: AlignmentSummary;
}

/** Links at or above this confidence count as a confident counterpart. */
export const CONFIDENT = 0.5;
