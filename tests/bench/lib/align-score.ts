/**
 * Scoring sentence alignments against a hand-made gold set, as Vecalign's scorer does
 * (thompsonb/vecalign score.py, after Sennrich & Volk, W11-4624), plus crossing-link recall.
 *
 * A bead (link) is a pair of index lists, `[zh]:[en]`. Both texts are split into lines; the
 * indices are 0-based line numbers.
 *
 * - Precision is taken over the test beads that are non-empty on at least one side (1:0 and 0:1
 *   test beads included). Strict: the bead equals a gold bead. Lax: otherwise, some gold bead
 *   that shares a zh index with it also shares an en index with it.
 * - Recall swaps the roles, after removing every bead empty on either side (insertions and
 *   deletions) from both gold and test: a gold bead is a strict hit when the test holds exactly
 *   it, a lax hit when a test bead overlaps it on both sides.
 * - Counts are summed over all files before dividing (micro-average), as `score_multiple` does;
 *   a division by zero gives 0.
 */

/** One link: zh line indices rendered by en line indices, each list sorted ascending. */
export interface Bead {
  zh: number[];
  en: number[];
}

export interface Counts {
  /** Over test beads: strict true/false positives, lax true/false positives. */
  precision: { strictTp: number; strictFp: number; laxTp: number; laxFp: number };
  /** Over gold beads without 1:0/0:1: strict hits/misses, lax hits/misses. */
  recall: { strictTp: number; strictFn: number; laxTp: number; laxFn: number };
}

export interface Scores {
  precisionStrict: number;
  recallStrict: number;
  f1Strict: number;
  precisionLax: number;
  recallLax: number;
  f1Lax: number;
}

const key = (b: Bead): string => `${b.zh.join(',')}:${b.en.join(',')}`;

function normalise(b: Bead): Bead {
  return { zh: [...b.zh].sort((x, y) => x - y), en: [...b.en].sort((x, y) => x - y) };
}

/**
 * score.py's `_precision(goldalign, testalign)`: for each distinct test bead (non-empty on some
 * side), strict when it is a gold bead, lax when a gold bead sharing one of its zh indices also
 * shares one of its en indices.
 */
function precisionCounts(
  gold: readonly Bead[],
  test: readonly Bead[],
): { tpStrict: number; fpStrict: number; tpLax: number; fpLax: number } {
  const dedupe = (beads: readonly Bead[]) => {
    const out = new Map<string, Bead>();
    for (const b of beads) {
      if (!b.zh.length && !b.en.length) continue;
      const n = normalise(b);
      out.set(key(n), n);
    }
    return out;
  };
  const goldSet = dedupe(gold);
  const testSet = dedupe(test);
  const goldEnOfZh = new Map<number, Set<number>>();
  for (const g of goldSet.values())
    for (const z of g.zh) {
      const set = goldEnOfZh.get(z) ?? new Set<number>();
      for (const e of g.en) set.add(e);
      goldEnOfZh.set(z, set);
    }
  let tpStrict = 0;
  let fpStrict = 0;
  let tpLax = 0;
  let fpLax = 0;
  for (const [k, t] of testSet) {
    if (goldSet.has(k)) {
      tpStrict++;
      tpLax++;
      continue;
    }
    fpStrict++;
    const lax = t.zh.some((z) => t.en.some((e) => goldEnOfZh.get(z)?.has(e)));
    if (lax) tpLax++;
    else fpLax++;
  }
  return { tpStrict, fpStrict, tpLax, fpLax };
}

const bothSides = (b: Bead) => b.zh.length > 0 && b.en.length > 0;

/** The counts of one file's alignment against its gold. */
export function countFile(gold: readonly Bead[], test: readonly Bead[]): Counts {
  const p = precisionCounts(gold, test);
  const r = precisionCounts(test.filter(bothSides), gold.filter(bothSides));
  return {
    precision: { strictTp: p.tpStrict, strictFp: p.fpStrict, laxTp: p.tpLax, laxFp: p.fpLax },
    recall: { strictTp: r.tpStrict, strictFn: r.fpStrict, laxTp: r.tpLax, laxFn: r.fpLax },
  };
}

export function emptyCounts(): Counts {
  return {
    precision: { strictTp: 0, strictFp: 0, laxTp: 0, laxFp: 0 },
    recall: { strictTp: 0, strictFn: 0, laxTp: 0, laxFn: 0 },
  };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return {
    precision: {
      strictTp: a.precision.strictTp + b.precision.strictTp,
      strictFp: a.precision.strictFp + b.precision.strictFp,
      laxTp: a.precision.laxTp + b.precision.laxTp,
      laxFp: a.precision.laxFp + b.precision.laxFp,
    },
    recall: {
      strictTp: a.recall.strictTp + b.recall.strictTp,
      strictFn: a.recall.strictFn + b.recall.strictFn,
      laxTp: a.recall.laxTp + b.recall.laxTp,
      laxFn: a.recall.laxFn + b.recall.laxFn,
    },
  };
}

const ratio = (n: number, d: number) => (d === 0 ? 0 : n / d);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function scoresOf(c: Counts): Scores {
  const { precision: p, recall: r } = c;
  const precisionStrict = ratio(p.strictTp, p.strictTp + p.strictFp);
  const precisionLax = ratio(p.laxTp, p.laxTp + p.laxFp);
  const recallStrict = ratio(r.strictTp, r.strictTp + r.strictFn);
  const recallLax = ratio(r.laxTp, r.laxTp + r.laxFn);
  return {
    precisionStrict,
    recallStrict,
    f1Strict: f1(precisionStrict, recallStrict),
    precisionLax,
    recallLax,
    f1Lax: f1(precisionLax, recallLax),
  };
}

/** Strict and lax precision/recall/F1 over several files at once (counts summed first). */
export function scoreMultiple(files: readonly { gold: readonly Bead[]; test: readonly Bead[] }[]) {
  return scoresOf(
    files.reduce((acc, f) => addCounts(acc, countFile(f.gold, f.test)), emptyCounts()),
  );
}

// ── Crossing links ────────────────────────────────────────────────────────────────────────────

const minOf = (xs: readonly number[]) => Math.min(...xs);

/**
 * Gold beads (non-empty on both sides) that cross another such bead: one comes first in the
 * Chinese and the other first in the English (by their first indices). Returned as indices into
 * `gold`.
 */
export function crossingBeads(gold: readonly Bead[]): number[] {
  const linked = gold.map((b, i) => ({ b, i })).filter(({ b }) => bothSides(b));
  const out: number[] = [];
  for (const a of linked) {
    const az = minOf(a.b.zh);
    const ae = minOf(a.b.en);
    if (
      linked.some(({ b, i }) => {
        if (i === a.i) return false;
        const bz = minOf(b.zh);
        const be = minOf(b.en);
        return (az < bz && ae > be) || (az > bz && ae < be);
      })
    )
      out.push(a.i);
  }
  return out;
}

/**
 * Gold beads the English moved: those off the heaviest chain of beads that is in order on both
 * sides (weight = sentences in the bead), i.e. the fewest sentences whose moving explains every
 * crossing. Indices into `gold`. A monotone alignment is right on every other bead at best.
 */
export function movedBeads(gold: readonly Bead[]): number[] {
  const linked = gold
    .map((b, i) => ({ i, z: minOf(b.zh), e: minOf(b.en), w: b.zh.length + b.en.length }))
    .filter(({ i }) => bothSides(gold[i]!))
    .sort((a, b) => a.z - b.z || a.e - b.e);
  const best = linked.map((x) => x.w);
  const prev = linked.map(() => -1);
  for (let j = 0; j < linked.length; j++)
    for (let k = 0; k < j; k++)
      if (linked[k]!.e < linked[j]!.e && linked[k]!.z < linked[j]!.z) {
        const w = best[k]! + linked[j]!.w;
        if (w > best[j]!) {
          best[j] = w;
          prev[j] = k;
        }
      }
  let end = -1;
  for (let j = 0; j < linked.length; j++) if (end < 0 || best[j]! > best[end]!) end = j;
  const chain = new Set<number>();
  for (let j = end; j >= 0; j = prev[j]!) chain.add(linked[j]!.i);
  return linked.filter((x) => !chain.has(x.i)).map((x) => x.i);
}

/** How many of the chosen gold beads the test finds: exactly (strict), or overlapping on both sides (lax). */
export function beadRecall(
  gold: readonly Bead[],
  chosen: readonly number[],
  test: readonly Bead[],
): { total: number; strict: number; lax: number } {
  const testKeys = new Set(test.map((t) => key(normalise(t))));
  let strict = 0;
  let lax = 0;
  for (const i of chosen) {
    const g = normalise(gold[i]!);
    if (testKeys.has(key(g))) strict++;
    if (test.some((t) => t.zh.some((z) => g.zh.includes(z)) && t.en.some((e) => g.en.includes(e))))
      lax++;
  }
  return { total: chosen.length, strict, lax };
}

// ── Paragraph level ───────────────────────────────────────────────────────────────────────────

const squash = (s: string) => s.replace(/\s+/g, '');

/**
 * The paragraph each segment line comes from: lines are looked up in order in the paragraphs
 * (whitespace ignored), a first line equal to the title is −1. Null when a line is not found
 * (a segment file and a page that do not match).
 */
export function paragraphOfLines(
  lines: string[],
  title: string | null,
  paragraphs: string[],
): number[] | null {
  const out: number[] = [];
  let p = 0;
  let offset = 0;
  const texts = paragraphs.map(squash);
  for (const [n, line] of lines.entries()) {
    const s = squash(line);
    if (n === 0 && title !== null && squash(title) === s) {
      out.push(-1);
      continue;
    }
    let found = -1;
    for (let q = p; q < texts.length && found < 0; q++) {
      const at = texts[q]!.indexOf(s, q === p ? offset : 0);
      if (at >= 0) {
        found = q;
        offset = at + s.length;
      }
    }
    if (found < 0) return null;
    p = found;
    out.push(found);
  }
  return out;
}

/**
 * Paragraph-level links implied by sentence links: paragraphs joined by any sentence link form
 * one link (connected components); a paragraph whose sentences are all unlinked is 1:0 / 0:1. Paragraph
 * indices are shifted by one (the title, −1, becomes 0) so that they stay non-negative.
 */
export function paragraphBeads(
  beads: readonly Bead[],
  map: { zh: number[]; en: number[] },
): Bead[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const r = find(p);
    parent.set(x, r);
    return r;
  };
  const union = (a: string, b: string) => parent.set(find(a), find(b));
  const nodes = new Set<string>();
  for (const side of ['zh', 'en'] as const) for (const p of map[side]) nodes.add(`${side}${p}`);
  for (const b of beads) {
    const ids = [...b.zh.map((i) => `zh${map.zh[i]}`), ...b.en.map((i) => `en${map.en[i]}`)];
    for (const id of ids.slice(1)) union(ids[0]!, id);
  }
  const groups = new Map<string, Bead>();
  for (const n of nodes) {
    const root = find(n);
    const g = groups.get(root) ?? { zh: [], en: [] };
    // Paragraph −1 (the title) is shifted to 0 so that indices stay non-negative.
    (n.startsWith('zh') ? g.zh : g.en).push(Number(n.slice(2)) + 1);
    groups.set(root, g);
  }
  return [...groups.values()].map((g) => ({
    zh: g.zh.sort((a, b) => a - b),
    en: g.en.sort((a, b) => a - b),
  }));
}

// ── Shapes ────────────────────────────────────────────────────────────────────────────────────

/**
 * A bead's shape: "1:1", "1:2", "2:1", "2:2", "1:0", "0:1", "1:n" / "n:1" (n ≥ 3), or "n:m" for
 * any other link with several sentences on both sides.
 */
export function shapeOf(b: Bead): string {
  const z = b.zh.length;
  const e = b.en.length;
  if (z <= 2 && e <= 2) return `${z}:${e}`;
  if (z <= 1) return `${z}:n`;
  if (e <= 1) return `n:${e}`;
  return 'n:m';
}

export function shapeCounts(beads: readonly Bead[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const b of beads) {
    const s = shapeOf(b);
    out[s] = (out[s] ?? 0) + 1;
  }
  return out;
}

// ── Parsing and validation ────────────────────────────────────────────────────────────────────

export class GoldFormatError extends Error {
  override name = 'GoldFormatError';
}

/** What a gold file's header says about its sources (`# zh: PATH lines=N sha256=HEX`). */
export interface GoldSource {
  path: string;
  lines: number;
  sha256?: string;
}

export interface ParsedBeads {
  beads: Bead[];
  sources: { zh?: GoldSource; en?: GoldSource };
}

const BEAD_LINE = /^\[([\d,\s]*)\]\s*:\s*\[([\d,\s]*)\](?:\s*:\s*(-?[\d.eE+-]+))?$/;
const SOURCE_LINE = /^#\s*(zh|en):\s*(\S+)\s+lines=(\d+)(?:\s+sha256=([0-9a-f]{64}))?\s*$/;

function parseIndexList(text: string, where: string): number[] {
  const trimmed = text.trim();
  if (!trimmed) return [];
  return trimmed.split(',').map((part) => {
    const p = part.trim();
    if (!/^\d+$/.test(p)) throw new GoldFormatError(`${where}: "${part}" is not a line index`);
    return Number(p);
  });
}

/**
 * Parses Vecalign-format beads (`[0]:[0,1]`, optionally `:confidence` as the CLI prints), one per
 * line; blank lines and `#` comments are skipped, and the header's source lines are returned.
 * `name` is used in error messages.
 */
export function parseBeads(text: string, name = 'alignment'): ParsedBeads {
  const beads: Bead[] = [];
  const sources: ParsedBeads['sources'] = {};
  text.split(/\r?\n/).forEach((raw, n) => {
    const line = raw.trim();
    const where = `${name} line ${n + 1}`;
    if (!line) return;
    if (line.startsWith('#')) {
      const m = SOURCE_LINE.exec(line);
      if (m) sources[m[1] as 'zh' | 'en'] = { path: m[2]!, lines: Number(m[3]), sha256: m[4] };
      return;
    }
    const m = BEAD_LINE.exec(line);
    if (!m)
      throw new GoldFormatError(`${where}: expected "[zh indices]:[en indices]", got "${raw}"`);
    const zh = parseIndexList(m[1]!, where);
    const en = parseIndexList(m[2]!, where);
    if (!zh.length && !en.length) throw new GoldFormatError(`${where}: a link empty on both sides`);
    beads.push(normalise({ zh, en }));
  });
  return { beads, sources };
}

/**
 * Checks that every line index 0…count-1 of each side is in exactly one bead, and no index is
 * out of range. Throws a GoldFormatError listing what is wrong.
 */
export function validateBeads(
  beads: readonly Bead[],
  counts: { zh: number; en: number },
  name = 'alignment',
): void {
  const problems: string[] = [];
  for (const side of ['zh', 'en'] as const) {
    const seen = new Map<number, number>();
    for (const b of beads) for (const i of b[side]) seen.set(i, (seen.get(i) ?? 0) + 1);
    const outOfRange = [...seen.keys()].filter((i) => i >= counts[side]).sort((a, b) => a - b);
    const twice = [...seen]
      .filter(([, n]) => n > 1)
      .map(([i]) => i)
      .sort((a, b) => a - b);
    const missing: number[] = [];
    for (let i = 0; i < counts[side]; i++) if (!seen.has(i)) missing.push(i);
    if (outOfRange.length)
      problems.push(`${side} index beyond its ${counts[side]} lines: ${outOfRange.join(', ')}`);
    if (twice.length) problems.push(`${side} index in more than one link: ${twice.join(', ')}`);
    if (missing.length) problems.push(`${side} index in no link: ${missing.join(', ')}`);
  }
  if (problems.length) throw new GoldFormatError(`${name}: ${problems.join('; ')}`);
}

/** Formats beads in Vecalign's format, one per line. */
export function formatBeads(beads: readonly Bead[]): string {
  return beads.map((b) => `[${b.zh.join(',')}]:[${b.en.join(',')}]`).join('\n');
}
