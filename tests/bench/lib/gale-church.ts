/**
 * Gale-Church sentence alignment (Gale & Church 1993, "A Program for Aligning Sentences in
 * Bilingual Corpora", J93-1004): the length-based, monotone baseline of the alignment benchmark.
 *
 * Each side's sentence lengths are counted in characters: Han characters (and any Latin letters
 * or digits) for Chinese, letters and digits for English. A bead of zh length l1 and en length l2
 * costs −log P(shape) − log P(|δ|) with δ = (c·l1 − l2) / √(s²·m), m = (l1 + l2/c) / 2, where c is
 * the expected number of English letters per Chinese character and s² the variance per
 * character; P(|δ|) = 2(1 − Φ(|δ|)). Dynamic programming picks the cheapest monotone sequence of
 * 1:1, 1:0, 0:1, 2:1, 1:2 and 2:2 beads, with the paper's priors (as NLTK's gale_church has them).
 */
import type { Bead } from './align-score';

export interface GaleChurchParams {
  /** English letters per Chinese character (mean ratio). */
  c: number;
  /** Variance of the length difference per character. */
  s2: number;
}

/**
 * Defaults estimated with `estimateParams` on the 101 1:1 links of the gold files in the "tune"
 * split (seed, p01, p03, p05, p07), rounded: 3.39 English letters per Chinese character, variance
 * 13.6 per character (twice Gale and Church's 6.8 for European pairs: zh–en lengths are noisier).
 * The benchmark estimates them again from the tune split and prints what it uses.
 */
export const DEFAULT_PARAMS: GaleChurchParams = { c: 3.39, s2: 13.6 };

/** Bead shapes and their prior probabilities (Gale & Church 1993, table 5). */
export const PRIORS: readonly { zh: number; en: number; p: number }[] = [
  { zh: 1, en: 1, p: 0.89 },
  { zh: 1, en: 0, p: 0.0099 },
  { zh: 0, en: 1, p: 0.0099 },
  { zh: 2, en: 1, p: 0.089 },
  { zh: 1, en: 2, p: 0.089 },
  { zh: 2, en: 2, p: 0.011 },
];

const HAN = /\p{Script=Han}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{Nd}]/u;

/** Length of a Chinese sentence: Han characters plus any other letters (Latin names) and digits. */
export function zhLength(text: string): number {
  let n = 0;
  for (const ch of text) if (HAN.test(ch) || LETTER_OR_DIGIT.test(ch)) n++;
  return n;
}

/** Length of an English sentence: letters and digits. */
export function enLength(text: string): number {
  let n = 0;
  for (const ch of text) if (LETTER_OR_DIGIT.test(ch)) n++;
  return n;
}

/**
 * Complementary error function, |error| < 1.2e-7 (Numerical Recipes' Chebyshev fit), so that
 * far tails stay finite and ordered.
 */
function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 +
                            t *
                              (-1.13520398 +
                                t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

/** −log P(|δ| ≥ observed) for two lengths under the model, P = 2(1 − Φ(|δ|)) = erfc(|δ|/√2). */
export function lengthCost(l1: number, l2: number, params: GaleChurchParams): number {
  const m = (l1 + l2 / params.c) / 2;
  if (m === 0) return 0;
  const delta = (params.c * l1 - l2) / Math.sqrt(params.s2 * m);
  const p = erfc(Math.abs(delta) / Math.SQRT2);
  return -Math.log(Math.max(p, 1e-300));
}

/**
 * Aligns two sentence lists by length; returns the beads in order, every sentence of both sides
 * in exactly one bead.
 */
export function galeChurch(
  zh: readonly string[],
  en: readonly string[],
  params: GaleChurchParams = DEFAULT_PARAMS,
): Bead[] {
  const a = zh.map(zhLength);
  const b = en.map(enLength);
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  const cost = new Float64Array((n + 1) * width).fill(Infinity);
  const step = new Int8Array((n + 1) * width).fill(-1);
  cost[0] = 0;
  const sum = (xs: number[], from: number, count: number) => {
    let s = 0;
    for (let k = from; k < from + count; k++) s += xs[k]!;
    return s;
  };
  for (let i = 0; i <= n; i++)
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let bestShape = -1;
      PRIORS.forEach((shape, s) => {
        if (shape.zh > i || shape.en > j) return;
        const before = cost[(i - shape.zh) * width + (j - shape.en)]!;
        if (before === Infinity) return;
        const c =
          before -
          Math.log(shape.p) +
          lengthCost(sum(a, i - shape.zh, shape.zh), sum(b, j - shape.en, shape.en), params);
        if (c < best) {
          best = c;
          bestShape = s;
        }
      });
      cost[i * width + j] = best;
      step[i * width + j] = bestShape;
    }
  const beads: Bead[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const shape = PRIORS[step[i * width + j]!]!;
    const bead: Bead = { zh: [], en: [] };
    for (let k = i - shape.zh; k < i; k++) bead.zh.push(k);
    for (let k = j - shape.en; k < j; k++) bead.en.push(k);
    beads.push(bead);
    i -= shape.zh;
    j -= shape.en;
  }
  return beads.reverse();
}

/**
 * Estimates c and s² from 1:1 links (zh text, en text): c = Σ l2 / Σ l1, and s² the mean of
 * (l2 − c·l1)² / l1, the variance per Chinese character of the English length.
 */
export function estimateParams(pairs: readonly { zh: string; en: string }[]): GaleChurchParams {
  const lens = pairs
    .map((p) => ({ l1: zhLength(p.zh), l2: enLength(p.en) }))
    .filter((x) => x.l1 > 0 && x.l2 > 0);
  if (!lens.length) throw new Error('estimateParams: no pair with text on both sides');
  const c = lens.reduce((s, x) => s + x.l2, 0) / lens.reduce((s, x) => s + x.l1, 0);
  const s2 = lens.reduce((s, x) => s + (x.l2 - c * x.l1) ** 2 / x.l1, 0) / lens.length;
  return { c, s2 };
}
