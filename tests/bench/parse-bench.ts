/**
 * How long parsing a fetched page holds the background worker: the largest real statement pages
 * (../shared/corpus, read at run time) parsed at once (parseHtml, linkedom) and in slices
 * (parseHtmlSliced, what the background uses), and pages at the fetcher's byte cap (4 MiB) of
 * ordinary and of tag-dense markup. → tests/bench/results/parse-bench.json
 *   node --import tsx tests/bench/parse-bench.ts
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeHtml, parseHtml } from '../../utils/html';
import { MAX_ELEMENTS, parseHtmlSliced } from '../../utils/html/parse-sliced';
import { MAX_PAGE_BYTES } from '../../utils/net/fetcher';
import { writeResult } from './results';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpus = path.resolve(root, '..', 'shared', 'corpus');
const RUNS = 10;
const ms = (n: number) => +n.toFixed(1);
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

function pages(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.s?html?$/.test(name)) files.push(full);
    }
  };
  walk(path.join(corpus, 'mfa-2018-2020', 'pages'));
  walk(path.join(corpus, 'sites'));
  return files;
}

/** Sliced parse of `html`: total time and the longest slice. */
async function sliced(html: string): Promise<{ total: number; longest: number; slices: number }> {
  const slices: number[] = [];
  const started = performance.now();
  await parseHtmlSliced(html, { onSlice: (t) => slices.push(t) });
  return {
    total: performance.now() - started,
    longest: Math.max(...slices),
    slices: slices.length,
  };
}

function atCap(unit: string): string {
  const head = '<!DOCTYPE html><html><head><title>cap</title></head><body><div class="content">';
  const tail = '</div></body></html>';
  const n = Math.floor((MAX_PAGE_BYTES - head.length - tail.length) / Buffer.byteLength(unit));
  return head + unit.repeat(n) + tail;
}

async function main() {
  if (!existsSync(path.join(corpus, 'mfa-2018-2020'))) {
    process.stderr.write(
      `parse-bench: the shared corpus is missing at ${corpus} (see ../shared/README.md).\n`,
    );
    process.exit(1);
  }
  const all = pages();
  const largest = all
    .map((file) => ({ file, bytes: statSync(file).size }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 10);
  const whole: number[] = [];
  const slices: number[] = [];
  const perPage = [];
  for (const { file, bytes } of largest) {
    const html = decodeHtml(new Uint8Array(readFileSync(file)));
    parseHtml(html); // warm-up
    const times: number[] = [];
    const longest: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      parseHtml(html);
      times.push(performance.now() - t);
      longest.push((await sliced(html)).longest);
    }
    whole.push(...times);
    slices.push(...longest);
    perPage.push({
      page: path.relative(corpus, file),
      bytes,
      parseMsMedian: ms(pct(times, 50)),
      longestSliceMsMedian: ms(pct(longest, 50)),
    });
  }
  const ordinary = await sliced(
    atCap('<p>外交部发言人在例行记者会上回答了记者提问，表示双方将继续加强合作。</p>\n'),
  );
  const dense = await sliced(atCap('<span>词</span>'));
  const data = {
    // Wall-clock slices include time the process was not scheduled: note how busy the machine was.
    loadAverage1m: +os.loadavg()[0]!.toFixed(2),
    pagesInCorpus: all.length,
    largestPageBytes: largest[0]!.bytes,
    runsPerPage: RUNS,
    largestPages: perPage,
    wholeParseMs: {
      median: ms(pct(whole, 50)),
      p95: ms(pct(whole, 95)),
      max: ms(Math.max(...whole)),
    },
    longestSliceMs: {
      median: ms(pct(slices, 50)),
      p95: ms(pct(slices, 95)),
      max: ms(Math.max(...slices)),
    },
    capBytes: MAX_PAGE_BYTES,
    atCapParagraphs: {
      totalMs: ms(ordinary.total),
      longestSliceMs: ms(ordinary.longest),
      slices: ordinary.slices,
    },
    atCapTagDense: {
      totalMs: ms(dense.total),
      longestSliceMs: ms(dense.longest),
      slices: dense.slices,
    },
  };
  writeResult('parse-bench', data, [
    {
      label: 'largest real pages, KB',
      value: `${Math.round(largest[0]!.bytes / 1024)} (10 largest of ${all.length})`,
    },
    {
      label: 'parsed at once, ms (median / p95 / max)',
      value: `${data.wholeParseMs.median} / ${data.wholeParseMs.p95} / ${data.wholeParseMs.max}`,
    },
    {
      label: 'parsed in slices: longest slice, ms (median / p95 / max)',
      value: `${data.longestSliceMs.median} / ${data.longestSliceMs.p95} / ${data.longestSliceMs.max}`,
    },
    {
      label: `4 MiB page at the cap, tag-dense (stopped at ${MAX_ELEMENTS.toLocaleString('en')} elements, read as empty): total / longest slice (ms)`,
      value: `${data.atCapTagDense.totalMs} / ${data.atCapTagDense.longestSliceMs}`,
    },
    // Wall-clock figures: on a busy machine they include time the process was not running.
    { label: 'machine load during the run (1-min average)', value: data.loadAverage1m },
  ]);
  process.stdout.write(JSON.stringify(data, null, 2) + '\n');
}

void main();
