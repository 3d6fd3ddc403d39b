/**
 * The sentence aligner: links of any shape (1:1, 1:n, n:1, n:m up to four segments a side, 1:0,
 * 0:1), crossings allowed, each with a confidence. A dictionary-based Bertalign variant that does
 * not assume order (../shared/docs/alignment-methods.md §5):
 *   1. the 1:1 similarity matrix (similarity.ts);
 *   2. anchors found without regard to order: mutual best pairs, clear of the runner-up;
 *   3. the heaviest monotone chain of anchors is the backbone; a monotone n:m bead DP runs in the
 *      band between consecutive backbone anchors, with skips; anchors off the backbone (content
 *      the English moved) are held back;
 *   4. the held-back and unlinked segments are aligned again the same way (a few rounds), so a
 *      moved block gets its own backbone and its own 1:n links;
 *   5. leftovers join a neighbouring link where that raises its value, else become 1:0 / 0:1.
 * Paragraph links are derived from the sentence links. Pure TypeScript (browser and Node).
 */
import type { Article } from '../article';
import { compileResources, type ScorerResources } from '../match/resources';
import { hanCount } from '../extract/text';
import { PairModel } from './similarity';
import { splitArticle, type SplitOptions } from './split';
import {
  CONFIDENT,
  type Alignment,
  type AlignmentSummary,
  type Link,
  type ParagraphLink,
  type Segment,
} from './types';

export interface AlignOptions {
  /** Largest number of segments on one side of a link (1–4, default 4). */
  maxLinkSize?: number;
}

/** Tuned on the gold files marked for tuning (tests/bench/align-gold). */
export const ALIGN_PARAMS = {
  /**
   * A bead is worth its similarity above this floor (unrelated sentences score below it)…
   * 0.1 until the lexicon grew from 599 to 1,193 terms: with more set phrases to match, a
   * sentence's other half scored 0.14 against an unrelated neighbour and the DP took that link
   * over the right 1:2 (seed strict F1 0.941 → 0.800). Retuned on the tune files only: their
   * strict F1 is 0.977 for every floor from 0.11 to 0.17 (0.958 at 0.1, 0.954 at 0.2); the middle.
   */
  floor: 0.14,
  /** …less this for each sentence beyond 1:1 (merges must earn their keep). */
  mergeCost: 0.04,
  /** A sentence joins a span only if its 1:1 similarity with some member exceeds this. */
  shared: 0.02,
  /** Cost of leaving a sentence unlinked (a 1:0 or 0:1 bead) in the DP. */
  skip: 0.03,
  /**
   * A leftover sentence joins a neighbouring link if the link's value drops by less than this
   * (a condensed rendering still counts: the English of two sentences may read as one).
   */
  attachSlack: 0.12,
  /** What a sentence's place between two links is worth (see fillGaps)… */
  position: 0.15,
  /** …and the least confidence of a link made for it (likely, not confirmed by the words). */
  positionConfidence: 0.3,
  /** An anchor needs this similarity… */
  anchorMin: 0.3,
  /** …and this lead over the runner-up in its row and its column. */
  anchorMargin: 0.05,
  /** Rounds of re-alignment for moved content. */
  rounds: 4,
  /** Confidence = logistic((sim − mid) / width): on the tune files 95% of right links reach 0.5, and 20% of the links between a transcript and another day’s English. */
  confidenceMid: 0.3,
  confidenceWidth: 0.05,
};

interface Bead {
  zh: number[];
  en: number[];
  sim: number;
  /** Linked for its place between two links rather than for what it says (fillGaps). */
  positional?: boolean;
}

/** Bead shapes (zh, en) tried by the DP, 1:0 and 0:1 first. */
function shapes(max: number): [number, number][] {
  const out: [number, number][] = [
    [1, 0],
    [0, 1],
  ];
  for (let a = 1; a <= max; a++)
    for (let b = 1; b <= max; b++) if (a + b <= max + 1 || (a === 2 && b === 2)) out.push([a, b]);
  return out;
}

class Aligner {
  private readonly nz: number;
  private readonly ne: number;
  private readonly S: Float32Array;
  private readonly shapes: [number, number][];
  private readonly max: number;

  constructor(
    private readonly model: PairModel,
    options: AlignOptions,
  ) {
    this.nz = model.nz;
    this.ne = model.ne;
    this.S = model.matrix();
    this.max = Math.max(1, Math.min(4, Math.floor(options.maxLinkSize ?? 4)));
    this.shapes = shapes(this.max);
  }

  private s(i: number, j: number): number {
    return this.S[i * this.ne + j]!;
  }

  /** What a bead is worth to the DP (a linked one by its similarity, a skip by its cost). */
  value(zn: number, en: number, sim: number): number {
    if (!zn || !en) return -ALIGN_PARAMS.skip * (zn + en);
    return sim - ALIGN_PARAMS.floor - ALIGN_PARAMS.mergeCost * (zn + en - 2);
  }

  run(): Bead[] {
    const beads: Bead[] = [];
    const zhUsed = new Uint8Array(this.nz);
    const enUsed = new Uint8Array(this.ne);
    for (let round = 0; round < ALIGN_PARAMS.rounds; round++) {
      const freeZ = range(this.nz).filter((i) => !zhUsed[i]);
      const freeE = range(this.ne).filter((j) => !enUsed[j]);
      if (!freeZ.length || !freeE.length) break;
      const found = this.round(freeZ, freeE, round === ALIGN_PARAMS.rounds - 1);
      if (!found.length) break;
      for (const bead of found) {
        beads.push(bead);
        for (const i of bead.zh) zhUsed[i] = 1;
        for (const j of bead.en) enUsed[j] = 1;
      }
    }
    this.fillGaps(beads, zhUsed, enUsed);
    this.attachLeftovers(beads, zhUsed, enUsed);
    return beads;
  }

  /** One round over the free segments: anchors, backbone, banded DP. Returns linked beads. */
  private round(freeZ: number[], freeE: number[], last: boolean): Bead[] {
    const anchors = this.anchors(freeZ, freeE);
    const backbone = heaviestChain(anchors);
    const onBackbone = new Set(backbone);
    const heldZ = new Set<number>();
    const heldE = new Set<number>();
    const held: Bead[] = [];
    anchors.forEach((a, k) => {
      if (onBackbone.has(k)) return;
      heldZ.add(a.z);
      heldE.add(a.e);
      held.push({ zh: [a.z], en: [a.e], sim: a.s });
    });
    const Z = freeZ.filter((i) => !heldZ.has(i));
    const E = freeE.filter((j) => !heldE.has(j));
    const beads = this.dp(
      Z,
      E,
      backbone.map((k) => anchors[k]!),
    );
    // On the last round (or when nothing else was linked, so that no later round comes) the
    // held-back anchors are linked as they are.
    return last || !beads.length ? [...beads, ...held] : beads;
  }

  /** Mutual-best pairs among the free segments, clear of the runner-up in row and column. */
  private anchors(freeZ: number[], freeE: number[]): { z: number; e: number; s: number }[] {
    const colBest = new Map<number, { i: number; s: number; second: number }>();
    for (const j of freeE) colBest.set(j, { i: -1, s: 0, second: 0 });
    const rows: { i: number; j: number; s: number; second: number }[] = [];
    for (const i of freeZ) {
      let best = -1;
      let bs = 0;
      let second = 0;
      for (const j of freeE) {
        const v = this.s(i, j);
        const col = colBest.get(j)!;
        if (v > col.s) {
          col.second = col.s;
          col.s = v;
          col.i = i;
        } else if (v > col.second) col.second = v;
        if (v > bs) {
          second = bs;
          bs = v;
          best = j;
        } else if (v > second) second = v;
      }
      if (best >= 0) rows.push({ i, j: best, s: bs, second });
    }
    const out: { z: number; e: number; s: number }[] = [];
    for (const r of rows) {
      const col = colBest.get(r.j)!;
      if (col.i !== r.i || r.s < ALIGN_PARAMS.anchorMin) continue;
      if (r.s - Math.max(r.second, col.second) < ALIGN_PARAMS.anchorMargin) continue;
      out.push({ z: r.i, e: r.j, s: r.s });
    }
    return out; // ascending zh, since freeZ is
  }

  /**
   * Monotone n:m bead DP over the segment lists Z × E (ascending indices), searched only in the
   * band of rectangles between consecutive backbone anchors.
   */
  private dp(Z: number[], E: number[], backbone: { z: number; e: number }[]): Bead[] {
    const nZ = Z.length;
    const nE = E.length;
    if (!nZ || !nE) return [];
    const posZ = new Map(Z.map((i, p) => [i, p]));
    const posE = new Map(E.map((j, q) => [j, q]));
    const corners = [
      { p: 0, q: 0 },
      ...backbone.map((a) => ({ p: posZ.get(a.z)!, q: posE.get(a.e)! })),
      { p: nZ, q: nE },
    ];
    const lo = new Int32Array(nZ + 1).fill(nE + 1);
    const hi = new Int32Array(nZ + 1).fill(-1);
    for (let k = 0; k + 1 < corners.length; k++) {
      const from = corners[k]!;
      const to = corners[k + 1]!;
      const pTo = Math.min(nZ, to.p + 1);
      const qTo = Math.min(nE, to.q + 1);
      for (let p = from.p; p <= pTo; p++) {
        if (from.q < lo[p]!) lo[p] = from.q;
        if (qTo > hi[p]!) hi[p] = qTo;
      }
    }
    const width = nE + 1;
    const D = new Float64Array((nZ + 1) * width).fill(-Infinity);
    const back = new Int8Array((nZ + 1) * width).fill(-1);
    const sims = new Float64Array((nZ + 1) * width);
    D[0] = 0;
    const { shapes } = this;
    const zs: number[] = [];
    const es: number[] = [];
    for (let p = 0; p <= nZ; p++) {
      for (let q = lo[p]!; q <= hi[p]!; q++) {
        if (p === 0 && q === 0) continue;
        let best = -Infinity;
        let bestShape = -1;
        let bestSim = 0;
        for (let k = 0; k < shapes.length; k++) {
          const [a, b] = shapes[k]!;
          const pp = p - a;
          const qq = q - b;
          if (pp < 0 || qq < 0 || qq < lo[pp]! || qq > hi[pp]!) continue;
          const prev = D[pp * width + qq]!;
          if (prev === -Infinity) continue;
          let sim = 0;
          let v = -ALIGN_PARAMS.skip;
          if (a && b) {
            if (a > 1 && Z[p - 1]! - Z[pp]! !== a - 1) continue;
            if (b > 1 && E[q - 1]! - E[qq]! !== b - 1) continue;
            if (a === 1 && b === 1) sim = this.s(Z[pp]!, E[qq]!);
            else {
              if (!this.worthScoring(Z, E, pp, p, qq, q)) continue;
              zs.length = 0;
              es.length = 0;
              for (let x = pp; x < p; x++) zs.push(Z[x]!);
              for (let y = qq; y < q; y++) es.push(E[y]!);
              sim = this.model.span(zs, es);
            }
            v = this.value(a, b, sim);
          }
          if (prev + v > best) {
            best = prev + v;
            bestShape = k;
            bestSim = sim;
          }
        }
        D[p * width + q] = best;
        back[p * width + q] = bestShape;
        sims[p * width + q] = bestSim;
      }
    }
    const beads: Bead[] = [];
    let p = nZ;
    let q = nE;
    while (p > 0 || q > 0) {
      const k = back[p * width + q]!;
      if (k < 0) break; // unreachable: cannot happen, the band always links the corners
      const [a, b] = shapes[k]!;
      if (a && b)
        beads.push({
          zh: Z.slice(p - a, p),
          en: E.slice(q - b, q),
          sim: sims[p * width + q]!,
        });
      p -= a;
      q -= b;
    }
    return beads.reverse();
  }

  /**
   * A span is scored only where one of its 1:1 cells is above the floor and every sentence in it
   * shares something with the other side (a sentence sharing nothing only lowers the span).
   */
  private worthScoring(Z: number[], E: number[], p0: number, p1: number, q0: number, q1: number) {
    let best = 0;
    let cols = 0;
    for (let x = p0; x < p1; x++) {
      let row = 0;
      for (let y = q0; y < q1; y++) {
        const v = this.s(Z[x]!, E[y]!);
        if (v > row) row = v;
        if (v > ALIGN_PARAMS.shared) cols |= 1 << (y - q0);
      }
      if (row <= ALIGN_PARAMS.shared) return false;
      if (row > best) best = row;
    }
    return best >= ALIGN_PARAMS.floor && cols === (1 << (q1 - q0)) - 1;
  }

  /**
   * A sentence left out between two links that follow each other in both texts is most likely
   * rendered by what lies between them on the other side (a short follow-up question, "Thank
   * you."), whatever the dictionary says: free sentences opposite it are linked to it, or the
   * edge sentence a neighbouring link took is given to it when that costs less than the
   * position is worth (ALIGN_PARAMS.position).
   */
  private fillGaps(beads: Bead[], zhUsed: Uint8Array, enUsed: Uint8Array): void {
    for (const side of ['zh', 'en'] as const) {
      const other = side === 'zh' ? 'en' : 'zh';
      const used = side === 'zh' ? zhUsed : enUsed;
      const otherUsed = side === 'zh' ? enUsed : zhUsed;
      const owner = new Map<number, Bead>();
      for (const b of beads) for (const k of b[side]) owner.set(k, b);
      const n = side === 'zh' ? this.nz : this.ne;
      for (let k = 0; k < n; k++) {
        if (used[k]) continue;
        const before = owner.get(k - 1);
        const after = owner.get(k + 1);
        if (!before || !after || before === after) continue;
        const end = Math.max(...before[other]);
        const start = Math.min(...after[other]);
        if (start <= end || start - end - 1 > this.max) continue;
        const mine = (others: number[]): Bead =>
          side === 'zh'
            ? { zh: [k], en: others, sim: this.model.span([k], others), positional: true }
            : { zh: others, en: [k], sim: this.model.span(others, [k]), positional: true };
        const worth = (b: Bead) => this.value(b.zh.length, b.en.length, b.sim);
        let chosen: { bead: Bead; from?: Bead; rest?: Bead } | null = null;
        if (start - end > 1) {
          // Free sentences opposite: all of them must be free.
          const between = range(start - end - 1).map((d) => end + 1 + d);
          if (between.every((x) => !otherUsed[x])) chosen = { bead: mine(between) };
        } else {
          // Nothing between: take the nearer edge of a neighbour that holds several.
          let best = 0;
          for (const [from, edge] of [
            [before, end],
            [after, start],
          ] as const) {
            if (from[other].length < 2) continue;
            const rest: Bead = { ...from, [other]: from[other].filter((x) => x !== edge) };
            rest.sim = this.model.span(rest.zh, rest.en);
            const bead = mine([edge]);
            const gain =
              worth(rest) + worth(bead) + ALIGN_PARAMS.position - worth(from) + ALIGN_PARAMS.skip;
            if (gain > best) {
              best = gain;
              chosen = { bead, from, rest };
            }
          }
        }
        if (!chosen) continue;
        if (chosen.from && chosen.rest) {
          chosen.from[other] = chosen.rest[other];
          chosen.from.sim = chosen.rest.sim;
        }
        beads.push(chosen.bead);
        used[k] = 1;
        for (const x of chosen.bead[other]) otherUsed[x] = 1;
        owner.set(k, chosen.bead);
      }
    }
  }

  /** A free segment joins the link next to it (on its own side) when that raises the link's value. */
  private attachLeftovers(beads: Bead[], zhUsed: Uint8Array, enUsed: Uint8Array): void {
    if (!beads.length) return;
    const byZh = new Map<number, Bead>();
    const byEn = new Map<number, Bead>();
    for (const b of beads) {
      for (const i of b.zh) byZh.set(i, b);
      for (const j of b.en) byEn.set(j, b);
    }
    const tryAttach = (side: 'zh' | 'en', index: number): void => {
      const owners = side === 'zh' ? byZh : byEn;
      let best: Bead | null = null;
      let bestGain = 0;
      let bestSim = 0;
      for (const neighbour of [index - 1, index + 1]) {
        const bead = owners.get(neighbour);
        if (!bead || bead[side].length >= this.max) continue;
        const zs = side === 'zh' ? [...bead.zh, index].sort((x, y) => x - y) : bead.zh;
        const es = side === 'en' ? [...bead.en, index].sort((x, y) => x - y) : bead.en;
        const sim = this.model.span(zs, es);
        const gain =
          this.value(zs.length, es.length, sim) -
          this.value(bead.zh.length, bead.en.length, bead.sim) +
          ALIGN_PARAMS.attachSlack;
        if (gain > bestGain) {
          best = bead;
          bestGain = gain;
          bestSim = sim;
        }
      }
      if (!best) return;
      best[side].push(index);
      best[side].sort((x, y) => x - y);
      best.sim = bestSim;
      owners.set(index, best);
      (side === 'zh' ? zhUsed : enUsed)[index] = 1;
    };
    for (let i = 0; i < this.nz; i++) if (!zhUsed[i]) tryAttach('zh', i);
    for (let j = 0; j < this.ne; j++) if (!enUsed[j]) tryAttach('en', j);
  }
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/**
 * Indices of the heaviest chain of points increasing in both coordinates (points sorted by z,
 * distinct z): a weighted longest increasing subsequence, O(k²) on the few anchors.
 */
function heaviestChain(points: readonly { z: number; e: number; s: number }[]): number[] {
  const n = points.length;
  const score = new Float64Array(n);
  const prev = new Int32Array(n).fill(-1);
  let bestEnd = -1;
  for (let k = 0; k < n; k++) {
    score[k] = points[k]!.s;
    for (let m = 0; m < k; m++) {
      if (points[m]!.e < points[k]!.e && score[m]! + points[k]!.s > score[k]!) {
        score[k] = score[m]! + points[k]!.s;
        prev[k] = m;
      }
    }
    if (bestEnd < 0 || score[k]! > score[bestEnd]!) bestEnd = k;
  }
  const chain: number[] = [];
  for (let k = bestEnd; k >= 0; k = prev[k]!) chain.push(k);
  return chain.reverse();
}

/** Confidence (0–1) of a link from its similarity. */
export function confidenceOf(sim: number): number {
  const x = (sim - ALIGN_PARAMS.confidenceMid) / ALIGN_PARAMS.confidenceWidth;
  return Math.round((1 / (1 + Math.exp(-x))) * 100) / 100;
}

/** Segments whose `index` is their position (as given when they already are). */
function renumber(segments: readonly Segment[]): readonly Segment[] {
  return segments.every((s, i) => s.index === i)
    ? segments
    : segments.map((s, index) => ({ ...s, index }));
}

/**
 * Align two lists of segments. Link indices are positions in the lists (a segment whose
 * `index` differs from its position is renumbered in the result).
 */
export function alignSegments(
  zh: readonly Segment[],
  en: readonly Segment[],
  resources: ScorerResources,
  options: AlignOptions = {},
): Alignment {
  const zhs = renumber(zh);
  const ens = renumber(en);
  const model = new PairModel(zhs, ens, compileResources(resources));
  const beads = zhs.length && ens.length ? new Aligner(model, options).run() : [];
  return buildAlignment(
    zhs,
    ens,
    beads.map((b) => ({
      zh: b.zh,
      en: b.en,
      confidence: Math.max(confidenceOf(b.sim), b.positional ? ALIGN_PARAMS.positionConfidence : 0),
    })),
  );
}

/** Split two articles into sentences and align them. */
export function alignArticles(
  zh: Article,
  en: Article,
  resources: ScorerResources,
  options: AlignOptions & SplitOptions = {},
): Alignment {
  return alignSegments(splitArticle(zh, options), splitArticle(en, options), resources, options);
}

/**
 * The full Alignment from linked (non-empty) links: 1:0 and 0:1 links for every segment left
 * out, links in reading order, crossing flags, paragraph links and the summary. Exported for
 * tools that build alignments by other means (the Gale-Church baseline, gold files).
 */
export function buildAlignment(
  zh: readonly Segment[],
  en: readonly Segment[],
  linked: readonly { zh: number[]; en: number[]; confidence: number }[],
): Alignment {
  const zhOwner = new Int32Array(zh.length).fill(-1);
  const enOwner = new Int32Array(en.length).fill(-1);
  const main: Link[] = [];
  for (const l of linked) {
    if (!l.zh.length || !l.en.length) continue;
    const link: Link = {
      zh: [...l.zh].sort((a, b) => a - b),
      en: [...l.en].sort((a, b) => a - b),
      confidence: l.confidence,
    };
    for (const i of link.zh) {
      if (i < 0 || i >= zh.length || zhOwner[i] !== -1)
        throw new Error(`zh segment ${i} is out of range or in two links`);
      zhOwner[i] = 1;
    }
    for (const j of link.en) {
      if (j < 0 || j >= en.length || enOwner[j] !== -1)
        throw new Error(`en segment ${j} is out of range or in two links`);
      enOwner[j] = 1;
    }
    main.push(link);
  }
  zh.forEach((_, i) => {
    if (zhOwner[i] === -1) main.push({ zh: [i], en: [], confidence: 0 });
  });
  main.sort((a, b) => a.zh[0]! - b.zh[0]!);
  markCrossings(main);
  const links = placeEnglishOnly(main, en.length, enOwner);
  return {
    zh: [...zh],
    en: [...en],
    links,
    paragraphs: paragraphLinks(zh, en, links),
    summary: summarise(zh, en, links),
  };
}

/** Links off the heaviest order-keeping chain (weighted by sentences) are crossings. */
function markCrossings(links: Link[]): void {
  const points = links
    .map((l, k) => ({ k, z: l.zh[0]!, e: l.en[0] ?? -1, s: l.zh.length + l.en.length }))
    .filter((p) => p.e >= 0);
  const chain = new Set(heaviestChain(points).map((m) => points[m]!.k));
  for (const p of points) if (!chain.has(p.k)) links[p.k]!.crossing = true;
}

/** Insert the 0:1 links after the link holding the English sentence before them. */
function placeEnglishOnly(main: Link[], ne: number, enOwner: Int32Array): Link[] {
  const holder = new Map<number, Link>();
  for (const l of main) for (const j of l.en) holder.set(j, l);
  const after = new Map<Link | null, Link[]>();
  let previous: Link | null = null;
  for (let j = 0; j < ne; j++) {
    if (enOwner[j] !== -1) {
      previous = holder.get(j)!;
      continue;
    }
    const list = after.get(previous) ?? [];
    list.push({ zh: [], en: [j], confidence: 0 });
    after.set(previous, list);
  }
  const out: Link[] = [...(after.get(null) ?? [])];
  for (const l of main) out.push(l, ...(after.get(l) ?? []));
  return out;
}

/** Paragraph links: paragraphs joined by sentence links, as connected groups. */
function paragraphLinks(
  zh: readonly Segment[],
  en: readonly Segment[],
  links: readonly Link[],
): ParagraphLink[] {
  const zhParas = [...new Set(zh.map((s) => s.paragraph))].sort((a, b) => a - b);
  const enParas = [...new Set(en.map((s) => s.paragraph))].sort((a, b) => a - b);
  const zhNode = new Map(zhParas.map((p, k) => [p, k]));
  const enNode = new Map(enParas.map((p, k) => [p, zhParas.length + k]));
  const parent = range(zhParas.length + enParas.length);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const weight = new Map<number, { sum: number; chars: number }>();
  for (const l of links) {
    const nodes = [
      ...l.zh.map((i) => zhNode.get(zh[i]!.paragraph)!),
      ...l.en.map((j) => enNode.get(en[j]!.paragraph)!),
    ];
    for (const n of nodes.slice(1)) union(nodes[0]!, n);
  }
  for (const l of links) {
    if (!l.zh.length || !l.en.length) continue;
    const root = find(zhNode.get(zh[l.zh[0]!]!.paragraph)!);
    const chars = l.zh.reduce((n, i) => n + Math.max(1, hanCount(zh[i]!.text)), 0);
    const w = weight.get(root) ?? { sum: 0, chars: 0 };
    w.sum += l.confidence * chars;
    w.chars += chars;
    weight.set(root, w);
  }
  const groups = new Map<number, ParagraphLink>();
  const group = (node: number) => {
    const root = find(node);
    let g = groups.get(root);
    if (!g) {
      const w = weight.get(root);
      g = { zh: [], en: [], confidence: w ? Math.round((w.sum / w.chars) * 100) / 100 : 0 };
      groups.set(root, g);
    }
    return g;
  };
  zhParas.forEach((p, k) => group(k).zh.push(p));
  enParas.forEach((p, k) => group(zhParas.length + k).en.push(p));
  const all = [...groups.values()];
  // Reading order, as for sentence links: by first zh paragraph; English-only after their predecessor.
  const withZh = all.filter((g) => g.zh.length).sort((a, b) => a.zh[0]! - b.zh[0]!);
  const enOnly = all.filter((g) => !g.zh.length).sort((a, b) => a.en[0]! - b.en[0]!);
  const out: ParagraphLink[] = [];
  const byEn = new Map<number, ParagraphLink>();
  for (const g of withZh) for (const p of g.en) byEn.set(p, g);
  const after = new Map<ParagraphLink | null, ParagraphLink[]>();
  for (const g of enOnly) {
    let prev: ParagraphLink | null = null;
    for (const p of enParas) {
      if (p >= g.en[0]!) break;
      prev = byEn.get(p) ?? prev;
    }
    const list = after.get(prev) ?? [];
    list.push(g);
    after.set(prev, list);
  }
  out.push(...(after.get(null) ?? []));
  for (const g of withZh) out.push(g, ...(after.get(g) ?? []));
  return out;
}

function summarise(
  zh: readonly Segment[],
  en: readonly Segment[],
  links: readonly Link[],
): AlignmentSummary {
  let zhChars = 0;
  let zhCharsMissing = 0;
  let confidentChars = 0;
  let zhSentencesMissing = 0;
  let enSentencesOnly = 0;
  let crossings = 0;
  let enChars = 0;
  let enConfident = 0;
  for (const l of links) {
    const chars = l.zh.reduce((n, i) => n + hanCount(zh[i]!.text), 0);
    const enLength = l.en.reduce((n, j) => n + en[j]!.text.length, 0);
    enChars += enLength;
    if (l.zh.length && l.en.length && l.confidence >= CONFIDENT) enConfident += enLength;
    zhChars += chars;
    if (!l.zh.length) enSentencesOnly += l.en.length;
    else if (!l.en.length) {
      zhSentencesMissing += l.zh.length;
      zhCharsMissing += chars;
    } else if (l.confidence >= CONFIDENT) confidentChars += chars;
    if (l.crossing) crossings++;
  }
  return {
    zhSentences: zh.length,
    enSentences: en.length,
    zhSentencesMissing,
    zhChars,
    zhCharsMissing,
    enSentencesOnly,
    crossings,
    confidentCoverage: zhChars ? Math.round((confidentChars / zhChars) * 1000) / 1000 : 0,
    enConfidentCoverage: enChars ? Math.round((enConfident / enChars) * 1000) / 1000 : 0,
  };
}
