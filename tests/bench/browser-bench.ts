/**
 * What Duizhao costs a page in the real browser: Debian's Chromium with the built extension, the
 * committed fixture pages served under the official sites' host names (tests/e2e/harness.ts).
 *
 *  - recognition cost: the time the content script spends deciding what the page is and
 *    extracting it (its PageStatus.costMs, shown by the popup as data-cost-ms);
 *  - the longest main-thread task while the page loads and settles (PerformanceObserver
 *    'longtask', i.e. tasks of 50 ms or more), with the extension and in a Chromium without it.
 *
 *   node --import tsx tests/bench/browser-bench.ts [--runs N] [--no-build]
 *
 * Builds the extension first (`npx wxt build`) unless --no-build. Writes
 * tests/bench/results/browser-bench.json. Uses only the project's own made-up fixtures.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { EXTENSION_DIR, launch, type Session } from '../e2e/harness';
import { loadFixtureIndex, type FixtureEntry } from '../server/official-sites';
import { writeResult, type SummaryItem } from './results';
import { median } from './lib/stats';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const argv = process.argv.slice(2);
const runsArg = argv.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(argv[runsArg + 1]) : 3;
/** After load, how long to keep watching for long tasks (the reader features start after recognition). */
const SETTLE_MS = 1500;

type Category = 'statement' | 'listing' | 'other';

interface PageRun {
  file: string;
  category: Category;
  state: string;
  costMs: number[];
  longestTaskMs: number[];
  longestTaskWithoutMs: number[];
}

function category(entry: FixtureEntry): Category {
  if (entry.expected === 'article') return 'statement';
  return entry.reason === 'listing' ? 'listing' : 'other';
}

const round = (n: number, digits = 2) => Number(n.toFixed(digits));

/** Record the longest task of the page's main thread from its very start. */
async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __longest: number; __longTasks: number };
    w.__longest = 0;
    w.__longTasks = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        w.__longTasks++;
        w.__longest = Math.max(w.__longest, entry.duration);
      }
    }).observe({ type: 'longtask', buffered: true });
  });
}

async function openAndSettle(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await watchLongTasks(page);
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

async function longestTask(page: Page): Promise<number> {
  await page.waitForTimeout(SETTLE_MS);
  return page.evaluate(() => (window as unknown as { __longest: number }).__longest);
}

async function measureWith(session: Session, entry: FixtureEntry, run: PageRun): Promise<void> {
  const page = await openAndSettle(session.context, entry.url);
  const popup = await session.openPopup(page);
  const status = popup.locator('[data-testid="status"]:not([data-state="pending"])');
  await status.waitFor();
  run.state = (await status.getAttribute('data-state')) ?? '';
  run.costMs.push(Number(await status.getAttribute('data-cost-ms')));
  await popup.close();
  run.longestTaskMs.push(await longestTask(page));
  await page.close();
}

function stats(runs: PageRun[], pick: (r: PageRun) => number[]) {
  const perPage = runs.map((r) => median(pick(r)));
  const all = runs.flatMap(pick);
  return {
    pages: runs.length,
    medianMs: round(median(perPage)),
    maxMs: round(Math.max(...all)),
  };
}

async function main(): Promise<number> {
  if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error('--runs needs a positive integer');
  if (!argv.includes('--no-build')) {
    process.stdout.write('building the extension (npx wxt build)…\n');
    const build = spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'ignore' });
    if (build.status !== 0) throw new Error('`npx wxt build` failed: run it to see why');
  }
  // Pages off the official sites get no content script (it is injected only on a toolbar click).
  const entries = loadFixtureIndex().filter(
    (e) => e.file.endsWith('.html') && !new URL(e.url).hostname.endsWith('.example'),
  );
  const runs: PageRun[] = entries.map((e) => ({
    file: e.file,
    category: category(e),
    state: '',
    costMs: [],
    longestTaskMs: [],
    longestTaskWithoutMs: [],
  }));

  // A private copy: a rebuild (`wxt dev`, another build) must not swap files under the browser.
  const copy = mkdtempSync(path.join(os.tmpdir(), 'duizhao-bench-ext-'));
  cpSync(EXTENSION_DIR, copy, { recursive: true });
  const withExtension = await launch({ extensionDir: copy }).catch((error: unknown) => {
    rmSync(copy, { recursive: true, force: true });
    throw error;
  });
  try {
    // Warm-up: the first page of a fresh profile pays for starting the renderer and the worker.
    await (await openAndSettle(withExtension.context, entries[0]!.url)).close();
    for (let i = 0; i < RUNS; i++) {
      for (const [n, entry] of entries.entries()) await measureWith(withExtension, entry, runs[n]!);
    }
  } finally {
    await withExtension.close();
    rmSync(copy, { recursive: true, force: true });
  }
  const plain = await launch({ extension: false });
  try {
    await (await openAndSettle(plain.context, entries[0]!.url)).close();
    for (let i = 0; i < RUNS; i++) {
      for (const [n, entry] of entries.entries()) {
        const page = await openAndSettle(plain.context, entry.url);
        runs[n]!.longestTaskWithoutMs.push(await longestTask(page));
        await page.close();
      }
    }
  } finally {
    await plain.close();
  }

  const wrong = entries.filter((e, n) => {
    const state = runs[n]!.state;
    return e.expected === 'article' ? state !== 'recognised' : state !== 'not-statement';
  });
  const byCategory = (c: Category) => runs.filter((r) => r.category === c);
  const data = {
    date: new Date().toISOString().slice(0, 10),
    runsPerPage: RUNS,
    settleMs: SETTLE_MS,
    recognitionCost: {
      statementPages: stats(byCategory('statement'), (r) => r.costMs),
      listingPages: stats(byCategory('listing'), (r) => r.costMs),
      otherPages: stats(byCategory('other'), (r) => r.costMs),
    },
    longestTask: {
      note: 'tasks of 50 ms or more (longtask); 0 means none',
      withExtension: stats(runs, (r) => r.longestTaskMs),
      withoutExtension: stats(runs, (r) => r.longestTaskWithoutMs),
      statementPagesWithExtension: stats(byCategory('statement'), (r) => r.longestTaskMs),
    },
    wrongState: wrong.map((e) => e.file),
    pages: runs.map((r) => ({
      file: r.file,
      category: r.category,
      state: r.state,
      costMs: round(median(r.costMs)),
      longestTaskMs: round(median(r.longestTaskMs), 1),
      longestTaskWithoutMs: round(median(r.longestTaskWithoutMs), 1),
    })),
  };
  const cost = data.recognitionCost;
  const task = data.longestTask;
  const pair = (x: { medianMs: number; maxMs: number }) => `${x.medianMs} / ${x.maxMs}`;
  const summary: SummaryItem[] = [
    { label: 'recognition ms, statement pages (median / max)', value: pair(cost.statementPages) },
    { label: 'recognition ms, listing pages (median / max)', value: pair(cost.listingPages) },
    { label: 'longest task ms with extension (median / max)', value: pair(task.withExtension) },
    { label: 'without extension', value: pair(task.withoutExtension) },
  ];
  writeResult('browser-bench', data, summary);
  for (const r of data.pages) {
    process.stdout.write(
      `${r.file.padEnd(44)} ${r.state.padEnd(14)} cost ${String(r.costMs).padStart(6)} ms  longest task ${r.longestTaskMs} ms (without: ${r.longestTaskWithoutMs})\n`,
    );
  }
  process.stdout.write(summary.map((s) => `${s.label}: ${s.value}`).join('\n') + '\n');
  if (wrong.length) {
    process.stderr.write(`browser-bench: wrong state on ${wrong.map((e) => e.file).join(', ')}\n`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(
      `browser-bench: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
