/**
 * Alignment speed (Node): 100 Chinese × 150 English sentences of real ministry press conferences
 * (the Chinese transcript with its own English version, and with the English of another day, as
 * the matcher's confirmation aligns candidates that are not the translation), aligned by
 * alignSegments with the real resources. Real texts are read at run time from ../shared/corpus.
 * → tests/bench/results/align-speed.json
 *   node --import tsx tests/bench/align-speed.ts
 */
import { loadavg } from 'node:os';
import { alignSegments } from '../../utils/align/align';
import { clearAnalysisCache } from '../../utils/align/similarity';
import { splitArticle } from '../../utils/align/split';
import type { Segment } from '../../utils/align/types';
import { loadMatchResources } from '../../utils/match/node-resources';
import { compileResources } from '../../utils/match/resources';
import { loadMfa, requireCorpus } from './lib/match-corpus';
import { writeResult } from './results';

const ZH_SENTENCES = 100;
const EN_SENTENCES = 150;
/** The target of issue 7: 100 × 150 sentences in under 50 ms. */
const TARGET_MS = 50;
const RUNS = 30;

const ms = (n: number) => +n.toFixed(2);
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

/** The first `n` segments, renumbered (a prefix of a real transcript). */
function first(segments: Segment[], n: number): Segment[] {
  return segments.slice(0, n).map((s, index) => ({ ...s, index }));
}

async function main() {
  requireCorpus();
  const resources = await loadMatchResources();
  const { zh, en } = loadMfa();
  const enByDate = new Map(en.filter((e) => e.isPressConference).map((e) => [e.date, e]));
  // Press conferences long enough on both sides, with their English of the same day.
  const pairs: { zh: Segment[]; en: Segment[]; other: Segment[] }[] = [];
  const long = zh
    .filter((z) => z.isPressConference && enByDate.has(z.date))
    .map((z) => ({
      zh: splitArticle(z.article),
      en: splitArticle(enByDate.get(z.date)!.article),
    }))
    .filter((p) => p.zh.length >= ZH_SENTENCES && p.en.length >= EN_SENTENCES);
  for (let k = 0; k < long.length && pairs.length < 10; k++) {
    const other = long[(k + 1) % long.length]!;
    pairs.push({
      zh: first(long[k]!.zh, ZH_SENTENCES),
      en: first(long[k]!.en, EN_SENTENCES),
      other: first(other.en, EN_SENTENCES),
    });
  }
  if (pairs.length < 2)
    throw new Error('align-speed: too few long press conferences in the corpus');

  // Cold: the first alignment of the process (gloss cache empty, code not yet optimised).
  const t0 = performance.now();
  alignSegments(pairs[0]!.zh, pairs[0]!.en, resources);
  const coldMs = performance.now() - t0;

  // Texts never seen (the sentence-analysis cache emptied before each alignment), and the same
  // texts again (the matcher aligns one statement with several candidates; the view re-aligns).
  const compiled = compileResources(resources);
  const translation: number[] = [];
  const otherDay: number[] = [];
  const again: number[] = [];
  let coverage = 0;
  let otherCoverage = 0;
  for (let run = 0; run < RUNS; run++) {
    for (const pair of pairs) {
      clearAnalysisCache(compiled);
      let start = performance.now();
      const a = alignSegments(pair.zh, pair.en, resources);
      translation.push(performance.now() - start);
      start = performance.now();
      alignSegments(pair.zh, pair.en, resources);
      again.push(performance.now() - start);
      clearAnalysisCache(compiled);
      start = performance.now();
      const b = alignSegments(pair.zh, pair.other, resources);
      otherDay.push(performance.now() - start);
      if (run === 0) {
        coverage += a.summary.confidentCoverage / pairs.length;
        otherCoverage += b.summary.confidentCoverage / pairs.length;
      }
    }
  }
  const median = pct(translation, 50);
  const data = {
    sentences: { zh: ZH_SENTENCES, en: EN_SENTENCES },
    transcripts: pairs.length,
    runs: RUNS,
    coldMs: ms(coldMs),
    /** The machine's 1-minute load average when the run ended (timings on a busy machine inflate). */
    loadAverage: +loadavg()[0]!.toFixed(2),
    translation: {
      minMs: ms(Math.min(...translation)),
      medianMs: ms(median),
      p95Ms: ms(pct(translation, 95)),
      maxMs: ms(Math.max(...translation)),
      confidentCoverage: +coverage.toFixed(3),
    },
    otherDay: {
      minMs: ms(Math.min(...otherDay)),
      medianMs: ms(pct(otherDay, 50)),
      p95Ms: ms(pct(otherDay, 95)),
      maxMs: ms(Math.max(...otherDay)),
      confidentCoverage: +otherCoverage.toFixed(3),
    },
    sameTextsAgain: {
      minMs: ms(Math.min(...again)),
      medianMs: ms(pct(again, 50)),
      p95Ms: ms(pct(again, 95)),
    },
    targetMs: TARGET_MS,
    meetsTarget: pct(translation, 95) < TARGET_MS && pct(otherDay, 95) < TARGET_MS,
  };
  const file = writeResult('align-speed', data, [
    {
      label: '100×150 sentences, median (p95)',
      value: `${ms(median)} ms (${data.translation.p95Ms} ms)`,
    },
    {
      label: 'against another day’s English, median (p95)',
      value: `${data.otherDay.medianMs} ms (${data.otherDay.p95Ms} ms)`,
    },
    {
      label: 'same texts again (analysis cached), median',
      value: `${data.sameTextsAgain.medianMs} ms`,
    },
    { label: 'first alignment of the process', value: `${data.coldMs} ms` },
    { label: `under ${TARGET_MS} ms`, value: data.meetsTarget },
  ]);
  process.stdout.write(JSON.stringify(data, null, 2) + `\n→ ${file}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`align-speed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
