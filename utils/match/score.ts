/**
 * The cross-lingual score of a Chinese article against one English candidate, and the ranking of
 * a set of candidates with a threshold and a margin over the runner-up.
 */
import type { Article } from '../article';
import type { FoundDate } from './dates';
import { enFeatures, zhFeatures, type EnFeatures, type ZhFeatures, type ZhWord } from './features';
import { compileResources, type ScorerResources } from './resources';
import { sameUrl } from './urls';

/** The parts of a score, each in [0, 1] (or [-1, 1] where a mismatch is evidence against). */
export interface ScoreParts {
  /** zh→en: weighted share of Chinese content words whose translation appears in the English. */
  zhCoverage: number;
  /** en→zh: share of English content stems that translate a word of the Chinese. */
  enCoverage: number;
  titleCoverage: number;
  /** zh→en coverage part by part (translations keep the order; different texts on the same topics do not). */
  orderedCoverage: number;
  anchors: number;
  numbers: number;
  dates: number;
  /** +1 same date in both titles, +0.5 the English title has the Chinese page's date, -1 different, 0 unknown. */
  titleDate: number;
  /** +1 the English id is a little above the Chinese one (ministry), -1 far away, 0 unknown. */
  id: number;
  /** 0 (expected ratio) … 1 (far off). */
  lengthPenalty: number;
  /** The English page links to this Chinese page. */
  linked: boolean;
}

export interface Ranking {
  /** Index of the English version among the candidates, or null when none is convincing. */
  best: number | null;
  /** Every candidate, best first. */
  ranking: { index: number; score: number }[];
}

/** Log-odds at or above which a candidate may be the translation (0 = even odds). */
export const THRESHOLD = 0;
/** How far (in log-odds) the best must lead the runner-up. */
export const MARGIN = 1.5;
/** A candidate below THRESHOLD is still taken when it stands out this far from all others… */
export const OUTLIER_LEAD = 5;
/** …provided its log-odds are at least this. */
export const OUTLIER_FLOOR = -2.5;
/** Log-odds given to a candidate that links to the Chinese page: it settles the match. */
export const LINKED = 50;

function dice(a: Set<string | number>, b: Set<string | number>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return (2 * shared) / (a.size + b.size);
}

function coverage(words: ZhWord[], stems: Set<number>): number {
  let hit = 0;
  let total = 0;
  for (const w of words) {
    total += w.weight;
    for (const s of w.stems) {
      if (stems.has(s)) {
        hit += w.weight;
        break;
      }
    }
  }
  return total ? hit / total : 0;
}

function compareDates(zh: FoundDate | null, zhDate: string | null, en: FoundDate | null): number {
  if (!en) return 0;
  const fromPage = zhDate
    ? {
        year: Number(zhDate.slice(0, 4)),
        month: Number(zhDate.slice(5, 7)),
        day: Number(zhDate.slice(8, 10)),
      }
    : null;
  const zhParts = zh ?? fromPage;
  if (!zhParts) return 0;
  if (zhParts.month !== en.month || zhParts.day !== en.day) return -1;
  if (zhParts.year !== null && en.year !== null && zhParts.year !== en.year) return -1;
  return zh ? 1 : 0.5;
}

function compareIds(zh: ZhFeatures, en: EnFeatures): number {
  if (!zh.id || !en.id || zh.id.scheme !== en.id.scheme) return 0;
  const diff = en.id.id - zh.id.id;
  if (diff >= 0 && diff <= 600) return 1;
  if (diff >= -200 && diff <= 3000) return 0.3;
  return -1;
}

/** Score parts of one pair of precomputed features. */
export function scoreParts(zh: ZhFeatures, en: EnFeatures): ScoreParts {
  // A Chinese character is about 0.6–0.8 English words in official translation.
  const ratio = en.words && zh.chars ? en.words / zh.chars : 0;
  const lengthPenalty = ratio ? Math.min(1, Math.abs(Math.log(ratio / 0.68)) / 1.2) : 0.5;
  return {
    zhCoverage: coverage(zh.words, en.stems),
    enCoverage: en.stems.size
      ? [...en.stems].filter((s) => zh.glossUnion.has(s)).length / en.stems.size
      : 0,
    titleCoverage: coverage(zh.titleWords, en.titleStems),
    orderedCoverage:
      zh.chunks.reduce((sum, chunk, k) => sum + coverage(chunk, en.windows[k]!), 0) /
      zh.chunks.length,
    anchors: dice(zh.anchors, en.anchors),
    numbers: dice(zh.numbers, en.numbers),
    dates: dice(zh.dates, en.dates),
    titleDate: compareDates(zh.titleDate, zh.date, en.titleDate),
    id: compareIds(zh, en),
    lengthPenalty,
    linked: en.counterpartUrl !== null && sameUrl(en.counterpartUrl, zh.url),
  };
}

/**
 * Combine the parts into log-odds that the candidate is the translation. The content, number,
 * date and length weights come from a logistic regression on the 2018–2020 ministry press
 * conferences (../shared, read at run time), rounded; the bias, the order bonus and the decision
 * constants above were then chosen by a small grid search on the same pages, so
 * tests/bench/match-eval.ts also checks held-apart material (the pairs, the seed, "none" cases).
 * The id and title-date terms are set by hand so that sites without ids or dated titles are not
 * penalised, only not helped.
 */
export function logOdds(p: ScoreParts): number {
  if (p.linked) return LINKED;
  return (
    -10 +
    5 * p.zhCoverage +
    6 * p.enCoverage +
    // A bonus only: rewrites (Xinhua) reorder freely and must not be penalised for it.
    10 * Math.max(0, p.orderedCoverage - 0.55) +
    1 * p.titleCoverage +
    3 * p.anchors +
    5 * p.numbers +
    3 * p.dates +
    // Same date in both titles says most when the titles otherwise agree (a press conference and
    // a same-day statement share the date, not the title).
    (p.titleDate > 0 ? p.titleDate * (1 + 4 * p.titleCoverage) : p.titleDate < 0 ? -5 : 0) +
    (p.id >= 1 ? 1.5 : p.id < 0 ? -1.5 : 0) -
    5 * p.lengthPenalty
  );
}

/** The score reported to users: a probability-like confidence in [0, 1]. */
export function combine(p: ScoreParts): number {
  return 1 / (1 + Math.exp(-logOdds(p)));
}

/** A candidate's log-odds of being the translation (see `logOdds`). */
export interface Scored {
  index: number;
  z: number;
}

/** Log-odds of every candidate, best first (ties keep the candidates' order). */
export function scoreFeatures(zh: ZhFeatures, candidates: EnFeatures[]): Scored[] {
  return candidates
    .map((en, index) => ({ index, z: logOdds(scoreParts(zh, en)) }))
    .sort((a, b) => b.z - a.z || a.index - b.index);
}

/** The decision over scored candidates (best first): threshold, margin, outlier, link. */
export function decide(scored: readonly Scored[]): Ranking {
  const [first, second] = scored;
  let best: number | null = null;
  if (first) {
    const lead = second ? first.z - second.z : Infinity;
    // A page that links to the Chinese page is its version, unless two pages claim it.
    if (first.z >= LINKED && lead > 0) best = first.index;
    // Convincing on its own and ahead of the runner-up, or a clear outlier among the day's
    // candidates even if its own evidence is thinner (a short transcript, a rewrite).
    else if (
      (first.z >= THRESHOLD && lead >= MARGIN) ||
      (first.z >= OUTLIER_FLOOR && lead >= OUTLIER_LEAD)
    ) {
      best = first.index;
    }
  }
  const ranking = scored.map(({ index, z }) => ({ index, score: round(1 / (1 + Math.exp(-z))) }));
  return { best, ranking };
}

/** Rank precomputed candidates for a precomputed Chinese article. */
export function rankFeatures(zh: ZhFeatures, candidates: EnFeatures[]): Ranking {
  return decide(scoreFeatures(zh, candidates));
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/**
 * Rank English candidate articles as translations of a Chinese article.
 * `best` is null when no candidate clears the threshold with a margin over the runner-up.
 */
export function rankCandidates(
  zh: Article,
  candidates: Article[],
  resources: ScorerResources,
): Ranking {
  const compiled = compileResources(resources);
  return rankFeatures(
    zhFeatures(zh, compiled),
    candidates.map((c) => enFeatures(c, compiled)),
  );
}
