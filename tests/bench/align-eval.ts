/**
 * Sentence alignment against the hand-made gold set (tests/bench/align-gold/), scored as
 * Vecalign's score.py does (tests/bench/lib/align-score.ts), for Duizhao's aligner and the
 * Gale-Church baseline, over the hand-split sentences of ../shared/corpus/segments (read at run
 * time, never copied).
 *
 *   node --import tsx tests/bench/align-eval.ts            score both systems, write the result
 *   node --import tsx tests/bench/align-eval.ts --cli      also check that the CLI's Vecalign
 *                                                          output gives the same links
 *   node --import tsx tests/bench/align-eval.ts --score ID FILE
 *                                                          score one alignment in Vecalign format
 *                                                          (e.g. the output of `npm run -s cli --
 *                                                          align ID.zh ID.en --segments --format
 *                                                          vecalign`) against ID.gold
 *
 * Writes tests/bench/results/align-eval.json. Targets (issue 7): strict F1 ≥ 0.90 and lax ≥ 0.97
 * overall, strict ≥ 0.85 on the seed; the exit code is 1 when one is missed (or on bad input).
 * Gale-Church's length parameters are estimated on the 1:1 gold links of the "tune" split only.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { alignSegments } from '../../utils/align/align';
import { segmentsFromLines } from '../../utils/align/split';
import { loadMatchResources } from '../../utils/match/node-resources';
import {
  addCounts,
  beadRecall,
  countFile,
  crossingBeads,
  emptyCounts,
  formatBeads,
  GoldFormatError,
  movedBeads,
  paragraphBeads,
  paragraphOfLines,
  parseBeads,
  scoresOf,
  shapeCounts,
  validateBeads,
  type Bead,
  type Counts,
  type Scores,
} from './lib/align-score';
import { estimateParams, galeChurch, type GaleChurchParams } from './lib/gale-church';
import { writeResult } from './results';

const here = path.dirname(fileURLToPath(import.meta.url));
const GOLD_DIR = path.join(here, 'align-gold');
const SHARED = path.resolve(here, '..', '..', '..', 'shared');
const CORPUS = path.join(SHARED, 'corpus');
const SEGMENTS = path.join(CORPUS, 'segments');

const TARGETS = { overallStrict: 0.9, overallLax: 0.97, seedStrict: 0.85 };

class BenchError extends Error {}

interface GoldFile {
  id: string;
  split: 'tune' | 'held-out';
  zh: string[];
  en: string[];
  gold: Bead[];
  /** Paragraph of each segment line (−1: the title), when the lines could be located in the pair's paragraphs. */
  paragraphs?: { zh: number[]; en: number[] };
}

/** The lines of a segment file: one segment per line, no blank line inside. */
function readSegmentLines(file: string): { lines: string[]; sha256: string } {
  if (!existsSync(file)) throw new BenchError(`missing segment file ${file}`);
  const raw = readFileSync(file);
  const lines = raw.toString('utf8').split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  const blank = lines.findIndex((l) => !l.trim());
  if (blank >= 0)
    throw new BenchError(`${file}: blank line ${blank + 1} (one segment per line expected)`);
  return { lines, sha256: createHash('sha256').update(raw).digest('hex') };
}

function loadSplits(): Map<string, 'tune' | 'held-out'> {
  const raw = JSON.parse(readFileSync(path.join(GOLD_DIR, 'splits.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  const out = new Map<string, 'tune' | 'held-out'>();
  for (const split of ['tune', 'held-out'] as const) {
    const ids = raw[split];
    if (!Array.isArray(ids)) throw new BenchError(`splits.json: "${split}" must be a list of ids`);
    for (const id of ids) {
      if (typeof id !== 'string') throw new BenchError(`splits.json: bad id ${JSON.stringify(id)}`);
      if (out.has(id)) throw new BenchError(`splits.json: ${id} is in both splits`);
      out.set(id, split);
    }
  }
  return out;
}

/** Loads and checks one gold file against the segment files its header names. */
function loadGold(id: string, split: 'tune' | 'held-out'): GoldFile {
  const name = `${id}.gold`;
  const parsed = parseBeads(readFileSync(path.join(GOLD_DIR, name), 'utf8'), name);
  const sides = {} as Record<'zh' | 'en', string[]>;
  for (const side of ['zh', 'en'] as const) {
    const source = parsed.sources[side];
    if (!source)
      throw new GoldFormatError(`${name}: header lacks "# ${side}: PATH lines=N sha256=…"`);
    const file = path.join(SEGMENTS, `${id}.${side}`);
    const { lines, sha256 } = readSegmentLines(file);
    if (lines.length !== source.lines || (source.sha256 && source.sha256 !== sha256))
      throw new GoldFormatError(
        `${name}: ${id}.${side} has changed since it was annotated (${lines.length} lines, sha256 ` +
          `${sha256.slice(0, 12)}…; the gold expects ${source.lines} lines` +
          (source.sha256 ? `, ${source.sha256.slice(0, 12)}…)` : ')') +
          ': the gold must be checked again',
      );
    sides[side] = lines;
  }
  validateBeads(parsed.beads, { zh: sides.zh.length, en: sides.en.length }, name);
  const file: GoldFile = { id, split, zh: sides.zh, en: sides.en, gold: parsed.beads };
  file.paragraphs = locateParagraphs(id, sides.zh, sides.en);
  return file;
}

// ── Paragraphs ────────────────────────────────────────────────────────────────────────────────

interface RawSide {
  title?: string;
  paragraphs?: string[];
}

function locateParagraphs(id: string, zh: string[], en: string[]): GoldFile['paragraphs'] {
  let zhSide: RawSide;
  let enSide: RawSide;
  try {
    if (id === 'seed') {
      zhSide = JSON.parse(readFileSync(path.join(CORPUS, 'seed', 'zh.json'), 'utf8')) as RawSide;
      enSide = JSON.parse(readFileSync(path.join(CORPUS, 'seed', 'en.json'), 'utf8')) as RawSide;
    } else {
      const pair = JSON.parse(
        readFileSync(path.join(CORPUS, 'pairs', `${id}.json`), 'utf8'),
      ) as Record<'zh' | 'en', RawSide>;
      zhSide = pair.zh;
      enSide = pair.en;
    }
  } catch {
    return undefined;
  }
  const z = paragraphOfLines(zh, zhSide.title ?? null, zhSide.paragraphs ?? []);
  const e = paragraphOfLines(en, enSide.title ?? null, enSide.paragraphs ?? []);
  return z && e ? { zh: z, en: e } : undefined;
}

// ── Systems ───────────────────────────────────────────────────────────────────────────────────

type Aligner = (file: GoldFile) => Bead[];

async function duizhaoAligner(): Promise<Aligner> {
  const resources = await loadMatchResources();
  return (file) =>
    alignSegments(segmentsFromLines(file.zh), segmentsFromLines(file.en), resources).links.map(
      (l) => ({ zh: [...l.zh], en: [...l.en] }),
    );
}

const ROOT = path.resolve(here, '..', '..');

/**
 * The CLI's alignment of one file, as a user gets it: `npm run -s cli -- align ID.zh ID.en
 * --segments --format vecalign` in a child process, parsed as Vecalign beads.
 */
function cliBeads(file: GoldFile): Bead[] {
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'utils/cli/index.ts',
      'align',
      path.join(SEGMENTS, `${file.id}.zh`),
      path.join(SEGMENTS, `${file.id}.en`),
      '--segments',
      '--format',
      'vecalign',
    ],
    { cwd: ROOT, encoding: 'utf8', timeout: 120_000 },
  );
  if (run.status !== 0)
    throw new BenchError(
      `cli align ${file.id} failed (${run.error?.message ?? `exit code ${run.status}`}): ${run.stderr.trim()}`,
    );
  const beads = parseBeads(run.stdout, `cli align ${file.id}`).beads;
  validateBeads(beads, { zh: file.zh.length, en: file.en.length }, `cli align ${file.id}`);
  return beads;
}

/** Ids of the files where the CLI's links differ from the direct call's. */
function cliDisagreements(files: GoldFile[], direct: Map<string, Bead[]>): string[] {
  const canonical = (beads: Bead[]) =>
    formatBeads(
      [...beads].sort(
        (a, b) => (a.zh[0] ?? -1) - (b.zh[0] ?? -1) || (a.en[0] ?? -1) - (b.en[0] ?? -1),
      ),
    );
  return files
    .filter((f) => canonical(cliBeads(f)) !== canonical(direct.get(f.id) ?? []))
    .map((f) => f.id);
}

// ── Scoring ───────────────────────────────────────────────────────────────────────────────────

interface Tally {
  counts: Counts;
  paragraphCounts: Counts;
  paragraphFiles: number;
  crossing: { total: number; strict: number; lax: number };
  moved: { total: number; strict: number; lax: number };
}

const emptyTally = (): Tally => ({
  counts: emptyCounts(),
  paragraphCounts: emptyCounts(),
  paragraphFiles: 0,
  crossing: { total: 0, strict: 0, lax: 0 },
  moved: { total: 0, strict: 0, lax: 0 },
});

function tallyFile(file: GoldFile, test: Bead[]): Tally {
  const t = emptyTally();
  t.counts = countFile(file.gold, test);
  if (file.paragraphs) {
    t.paragraphCounts = countFile(
      paragraphBeads(file.gold, file.paragraphs),
      paragraphBeads(test, file.paragraphs),
    );
    t.paragraphFiles = 1;
  }
  t.crossing = beadRecall(file.gold, crossingBeads(file.gold), test);
  t.moved = beadRecall(file.gold, movedBeads(file.gold), test);
  return t;
}

function addTally(a: Tally, b: Tally): Tally {
  const add = (x: Tally['crossing'], y: Tally['crossing']) => ({
    total: x.total + y.total,
    strict: x.strict + y.strict,
    lax: x.lax + y.lax,
  });
  return {
    counts: addCounts(a.counts, b.counts),
    paragraphCounts: addCounts(a.paragraphCounts, b.paragraphCounts),
    paragraphFiles: a.paragraphFiles + b.paragraphFiles,
    crossing: add(a.crossing, b.crossing),
    moved: add(a.moved, b.moved),
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function report(t: Tally, files: number) {
  const s: Scores = scoresOf(t.counts);
  const p = scoresOf(t.paragraphCounts);
  const rate = (x: Tally['crossing']) => ({
    links: x.total,
    strict: x.total ? round(x.strict / x.total) : null,
    lax: x.total ? round(x.lax / x.total) : null,
  });
  return {
    files,
    strict: {
      precision: round(s.precisionStrict),
      recall: round(s.recallStrict),
      f1: round(s.f1Strict),
    },
    lax: { precision: round(s.precisionLax), recall: round(s.recallLax), f1: round(s.f1Lax) },
    crossingRecall: rate(t.crossing),
    movedRecall: rate(t.moved),
    paragraph: t.paragraphFiles
      ? { files: t.paragraphFiles, f1Strict: round(p.f1Strict), f1Lax: round(p.f1Lax) }
      : null,
  };
}

type Report = ReturnType<typeof report>;

function evaluate(files: GoldFile[], align: Aligner) {
  const perFile: Record<string, Report & { ms: number }> = {};
  const groups = {
    all: emptyTally(),
    tune: emptyTally(),
    'held-out': emptyTally(),
    seed: emptyTally(),
  };
  const sizes = { all: 0, tune: 0, 'held-out': 0, seed: 0 };
  let totalMs = 0;
  for (const file of files) {
    const started = performance.now();
    const test = align(file);
    const ms = performance.now() - started;
    totalMs += ms;
    validateBeads(test, { zh: file.zh.length, en: file.en.length }, `${file.id} (system output)`);
    const t = tallyFile(file, test);
    perFile[file.id] = { ...report(t, 1), ms: round(ms) };
    for (const g of [
      'all',
      file.split,
      ...(file.id === 'seed' ? ['seed' as const] : []),
    ] as const) {
      groups[g] = addTally(groups[g], t);
      sizes[g]++;
    }
  }
  return {
    overall: report(groups.all, sizes.all),
    tune: report(groups.tune, sizes.tune),
    heldOut: report(groups['held-out'], sizes['held-out']),
    seed: sizes.seed ? report(groups.seed, 1) : null,
    perFile,
    totalMs: round(totalMs),
  };
}

type Evaluation = ReturnType<typeof evaluate>;

function targetsMet(e: Evaluation) {
  return {
    overallStrict: e.overall.strict.f1 >= TARGETS.overallStrict,
    overallLax: e.overall.lax.f1 >= TARGETS.overallLax,
    seedStrict: (e.seed?.strict.f1 ?? 0) >= TARGETS.seedStrict,
  };
}

function printEvaluation(name: string, e: Evaluation): void {
  const line = (label: string, r: Report | null) => {
    if (!r) return;
    const cr = r.crossingRecall.links
      ? ` crossing ${r.crossingRecall.strict}/${r.crossingRecall.lax}`
      : '';
    const mv = r.movedRecall.links ? ` moved ${r.movedRecall.strict}/${r.movedRecall.lax}` : '';
    const para = r.paragraph ? ` paragraphs ${r.paragraph.f1Strict}/${r.paragraph.f1Lax}` : '';
    process.stdout.write(
      `  ${label.padEnd(10)} strict P ${r.strict.precision.toFixed(3)} R ${r.strict.recall.toFixed(3)} ` +
        `F1 ${r.strict.f1.toFixed(3)} | lax F1 ${r.lax.f1.toFixed(3)}${cr}${mv}${para}\n`,
    );
  };
  process.stdout.write(`\n${name} (${e.totalMs.toFixed(0)} ms in all)\n`);
  line('overall', e.overall);
  line('tune', e.tune);
  line('held-out', e.heldOut);
  line('seed', e.seed);
  process.stdout.write('  per file:\n');
  for (const [id, r] of Object.entries(e.perFile)) line(`  ${id}`, r);
}

function goldStatistics(files: GoldFile[]) {
  const all = files.flatMap((f) => f.gold);
  const perFile = Object.fromEntries(
    files.map((f) => [
      f.id,
      {
        split: f.split,
        zh: f.zh.length,
        en: f.en.length,
        links: f.gold.length,
        shapes: shapeCounts(f.gold),
        crossing: crossingBeads(f.gold).length,
        moved: movedBeads(f.gold).length,
      },
    ]),
  );
  return {
    files: files.length,
    zhSentences: files.reduce((s, f) => s + f.zh.length, 0),
    enSentences: files.reduce((s, f) => s + f.en.length, 0),
    links: all.length,
    shapes: shapeCounts(all),
    crossing: files.reduce((s, f) => s + crossingBeads(f.gold).length, 0),
    moved: files.reduce((s, f) => s + movedBeads(f.gold).length, 0),
    perFile,
  };
}

function requireSegments(): void {
  if (!existsSync(SEGMENTS))
    throw new BenchError(
      `align-eval needs the hand-split sentences at ${SEGMENTS} (../shared/corpus/segments relative ` +
        `to the project root); they are missing, nothing was scored.`,
    );
}

/** Ids of the gold files, the seed first. */
function goldIds(): string[] {
  return readdirSync(GOLD_DIR)
    .filter((n) => n.endsWith('.gold'))
    .map((n) => n.slice(0, -'.gold'.length))
    .sort((a, b) => (a === 'seed' ? -1 : b === 'seed' ? 1 : a.localeCompare(b)));
}

function loadAllGold(): GoldFile[] {
  const splits = loadSplits();
  const ids = goldIds();
  const unsplit = ids.filter((id) => !splits.has(id));
  if (unsplit.length)
    throw new BenchError(
      `splits.json does not place ${unsplit.join(', ')} in "tune" or "held-out"`,
    );
  if (!ids.includes('seed')) throw new BenchError('align-gold/seed.gold is missing');
  return ids.map((id) => loadGold(id, splits.get(id)!));
}

function galeChurchParams(files: GoldFile[]): GaleChurchParams & { pairs: number } {
  const pairs = files
    .filter((f) => f.split === 'tune')
    .flatMap((f) =>
      f.gold
        .filter((b) => b.zh.length === 1 && b.en.length === 1)
        .map((b) => ({ zh: f.zh[b.zh[0]!]!, en: f.en[b.en[0]!]! })),
    );
  return { ...estimateParams(pairs), pairs: pairs.length };
}

/** `--score ID FILE`: one alignment file against ID.gold. */
function scoreOne(id: string, file: string): void {
  const splits = loadSplits();
  if (!existsSync(path.join(GOLD_DIR, `${id}.gold`)))
    throw new BenchError(`no gold file for "${id}"; there are: ${goldIds().join(', ')}`);
  const g = loadGold(id, splits.get(id) ?? 'held-out');
  if (!existsSync(file)) throw new BenchError(`no such file: ${file}`);
  const test = parseBeads(readFileSync(file, 'utf8'), file).beads;
  if (!test.length) throw new BenchError(`${file} holds no links`);
  validateBeads(test, { zh: g.zh.length, en: g.en.length }, file);
  const r = report(tallyFile(g, test), 1);
  process.stdout.write(JSON.stringify({ id, ...r }, null, 2) + '\n');
}

async function main(argv: string[]): Promise<void> {
  requireSegments();
  if (argv[0] === '--score') {
    if (argv.length !== 3) throw new BenchError('usage: align-eval.ts --score ID FILE');
    scoreOne(argv[1]!, argv[2]!);
    return;
  }
  const unknown = argv.filter((a) => a !== '--cli');
  if (unknown.length)
    throw new BenchError(
      `unknown argument(s) ${unknown.join(' ')}; usage: align-eval.ts [--cli] | --score ID FILE`,
    );
  const files = loadAllGold();
  const gold = goldStatistics(files);
  process.stdout.write(
    `gold: ${gold.files} files, ${gold.zhSentences} zh / ${gold.enSentences} en sentences, ` +
      `${gold.links} links ${JSON.stringify(gold.shapes)}, ${gold.crossing} crossing, ${gold.moved} moved\n`,
  );

  const gcParams = galeChurchParams(files);
  process.stdout.write(
    `Gale-Church: c = ${gcParams.c.toFixed(3)} letters per character, s² = ${gcParams.s2.toFixed(2)} ` +
      `(from ${gcParams.pairs} 1:1 tune links)\n`,
  );
  const gc = evaluate(files, (f) => galeChurch(f.zh, f.en, gcParams));
  printEvaluation('Gale-Church', gc);

  const engine = await duizhaoAligner();
  const direct = new Map<string, Bead[]>();
  const duizhao = evaluate(files, (f) => {
    const beads = engine(f);
    direct.set(f.id, beads);
    return beads;
  });
  printEvaluation('Duizhao', duizhao);

  // --cli: the CLI's Vecalign output must give the very same links as the direct call.
  const cli = argv.includes('--cli') ? cliDisagreements(files, direct) : null;
  if (cli)
    process.stdout.write(
      `\ncli align --segments --format vecalign: ${cli.length ? `differs on ${cli.join(', ')}` : `same links on all ${files.length} files`}\n`,
    );

  const met = targetsMet(duizhao);
  writeResult(
    'align-eval',
    {
      targets: TARGETS,
      targetsMet: met,
      gold,
      splits: {
        tune: files.filter((f) => f.split === 'tune').map((f) => f.id),
        heldOut: files.filter((f) => f.split === 'held-out').map((f) => f.id),
      },
      duizhao,
      cliDiffers: cli,
      galeChurch: { params: gcParams, ...gc },
    },
    [
      {
        label: 'gold',
        value: `${gold.files} files, ${gold.links} links, ${gold.crossing} crossing`,
      },
      {
        label: 'Duizhao strict / lax F1',
        value: `${duizhao.overall.strict.f1} / ${duizhao.overall.lax.f1}`,
      },
      { label: '… held-out strict F1', value: duizhao.heldOut.strict.f1 },
      { label: '… seed strict F1', value: duizhao.seed?.strict.f1 ?? null },
      {
        label: '… crossing / moved links found (strict)',
        value: `${duizhao.overall.crossingRecall.strict} / ${duizhao.overall.movedRecall.strict}`,
      },
      {
        label: 'Gale-Church strict / lax F1',
        value: `${gc.overall.strict.f1} / ${gc.overall.lax.f1}`,
      },
      { label: '… seed strict F1', value: gc.seed?.strict.f1 ?? null },
    ],
  );
  process.stdout.write(
    `\ntargets: overall strict ≥ ${TARGETS.overallStrict} ${met.overallStrict ? 'met' : 'NOT met'}, ` +
      `lax ≥ ${TARGETS.overallLax} ${met.overallLax ? 'met' : 'NOT met'}, ` +
      `seed strict ≥ ${TARGETS.seedStrict} ${met.seedStrict ? 'met' : 'NOT met'}\n`,
  );
  // Like the other evaluations: the result is written either way, the exit code says whether
  // every target is met.
  process.exitCode = Object.values(met).every(Boolean) && !cli?.length ? 0 : 1;
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const known = error instanceof BenchError || error instanceof GoldFormatError;
  process.stderr.write(
    `align-eval: ${known ? (error as Error).message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
