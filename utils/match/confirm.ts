/**
 * The matcher's final decision, made sure by sentence alignment. The document scorer
 * (score.ts) sees words, names, numbers and dates; a transcript of the previous or next day, by
 * the same spokesperson on overlapping topics, shares many of them. What it cannot share is a
 * sentence-by-sentence counterpart for most of the Chinese text: the alignment
 * (utils/align) measures how much of the Chinese finds a confident counterpart, in order or not,
 * and that share moves the log-odds of the leading candidates before the threshold-and-margin
 * decision is taken again.
 *
 * The constants were chosen on the 2018–2019 ministry press conferences of the shared corpus
 * (tests/bench/match-align-eval.ts, dates removed, ±7 days); those of 2020 were held out.
 */
import type { Article } from '../article';
import { alignArticles } from '../align/align';
import type { AlignmentSummary } from '../align/types';
import { enFeatures, zhFeatures } from './features';
import { compileResources, type ScorerResources } from './resources';
import { decide, LINKED, scoreFeatures, type Ranking, type Scored } from './score';

/** How many of the leading candidates are aligned (alignment costs a few ms per candidate). */
export const CONFIRM_TOP = 3;
/** Candidates below these log-odds are not worth aligning: they cannot win. */
export const ALIGN_FLOOR = -12;
/** Log-odds added per unit of confident coverage above the pivot (and taken below it). */
export const COVERAGE_WEIGHT = 20;
/** The coverage at which the alignment neither helps nor hurts. */
export const COVERAGE_PIVOT = 0.6;
/** Below this coverage, a candidate is never "found". */
export const MIN_COVERAGE = 0.6;

/**
 * How much of both texts is in confident links: the smaller of the Chinese and the English
 * shares. A translation covers both (an official rewrite that drops content still has most of its
 * English in links); a long English text on the same topics lends many Chinese sentences a
 * look-alike, but most of its own sentences stay unlinked.
 */
export function mutualCoverage(summary: AlignmentSummary): number {
  return Math.min(summary.confidentCoverage, summary.enConfidentCoverage);
}

export interface ConfirmedRanking extends Ranking {
  /** Confident coverage of the aligned candidates, by candidate index (null: not aligned). */
  coverage: (number | null)[];
}

/**
 * Re-decide over `scored` (best first, as `scoreFeatures` returns it) with the alignment of the
 * leading candidates. `align(index)` aligns the Chinese text with candidate `index`; null when it
 * cannot be aligned (no text), which counts as no counterpart.
 */
export function confirmScored(
  scored: readonly Scored[],
  candidateCount: number,
  align: (index: number) => AlignmentSummary | null,
): ConfirmedRanking {
  const coverage: (number | null)[] = Array.from({ length: candidateCount }, () => null);
  const first = scored[0];
  // A page that links to the Chinese one settles the match: no alignment needed.
  if (!first || first.z >= LINKED) return { ...decide(scored), coverage };
  const adjusted = scored.map((s, rank) => {
    if (rank < CONFIRM_TOP && s.z >= ALIGN_FLOOR) {
      const aligned = align(s.index);
      const share = aligned ? mutualCoverage(aligned) : 0;
      coverage[s.index] = share;
      return { index: s.index, z: s.z + COVERAGE_WEIGHT * (share - COVERAGE_PIVOT) };
    }
    // Not aligned: as if no sentence had a counterpart (it was behind the leaders anyway).
    return { index: s.index, z: s.z - COVERAGE_WEIGHT * COVERAGE_PIVOT };
  });
  adjusted.sort((a, b) => b.z - a.z || a.index - b.index);
  const ranking = decide(adjusted);
  if (ranking.best !== null && (coverage[ranking.best] ?? 0) < MIN_COVERAGE) ranking.best = null;
  return { ...ranking, coverage };
}

/**
 * Rank English candidate articles as translations of a Chinese article, the decision made sure
 * by aligning the leading candidates: what the background's search and `cli match` answer.
 */
export function rankConfirmed(
  zh: Article,
  candidates: readonly Article[],
  resources: ScorerResources,
): ConfirmedRanking {
  const compiled = compileResources(resources);
  const scored = scoreFeatures(
    zhFeatures(zh, compiled),
    candidates.map((c) => enFeatures(c, compiled)),
  );
  return confirmScored(
    scored,
    candidates.length,
    (index) => alignArticles(zh, candidates[index]!, resources).summary,
  );
}
