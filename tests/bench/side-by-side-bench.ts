/**
 * The side-by-side view in Chromium with the built extension, on the long made-up press
 * conference of the e2e tests (the fixture's questions asked 13 times, 150+ sentences, no English
 * listed), paired by hand in the view as a user would:
 *
 *  - the page's main-thread tasks from the Enter in the view's address field until every row is
 *    drawn and has its pinyin (a Chromium trace, so a busy machine's waiting does not count):
 *    the longest task's main-thread time and wall clock, how many are over 50 ms, the longest
 *    time Duizhao's own script ran in one task, the largest layout in objects;
 *  - how long the view took to be ready and to have every sentence's pinyin.
 *
 *   node --import tsx tests/bench/side-by-side-bench.ts [--runs N]
 *
 * Uses the built extension (.output/chrome-mv3, `npm run bench` builds it first) and only the
 * project's own made-up fixtures. Writes tests/bench/results/side-by-side-bench.json.
 */
import { loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { tabOf } from '../e2e/browsers';
import { launch, type Session } from '../e2e/harness';
import { inShadow } from '../e2e/shadow-locator';
import {
  LONG_EN_URL,
  LONG_ZH_URL,
  longStatementRoutes,
  max,
  over,
  traceTasks,
} from '../e2e/side-by-side-helpers';
import { writeResult, type SummaryItem } from './results';
import { median } from './lib/stats';

const argv = process.argv.slice(2);
const runsArg = argv.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(argv[runsArg + 1]) : 3;

const view = (page: Page) => inShadow(page, 'duizhao-side-by-side', '[data-testid="side-by-side"]');

async function until<T>(what: string, read: () => Promise<T>, ok: (value: T) => boolean) {
  const deadline = Date.now() + 90_000;
  for (;;) {
    const value = await read().catch(() => undefined);
    if (value !== undefined && ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`side-by-side-bench: timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

interface Run {
  sentences: number;
  readyMs: number;
  pinyinMs: number;
  longestTaskMs: number;
  longestTaskWallMs: number;
  tasksOver50: number;
  longestScriptMs: number;
  largestLayout: number;
}

async function measure(session: Session): Promise<Run> {
  const page = await session.context.newPage();
  // The test driver's page functions, compiled by tsx, call esbuild's name helper (vitest's
  // transform does not): give the page one.
  await page.addInitScript('globalThis.__name = (f) => f');
  await page.goto(LONG_ZH_URL);
  await page.waitForSelector('ruby.dz-word', { timeout: 60_000 });
  const panel = inShadow(page, 'duizhao-english', '[data-testid="english-state"]');
  await until(
    'the English panel',
    () => panel.getAttribute('data-phase'),
    (p) => p !== 'searching',
  );
  // The page's own annotation settles: its HTML stops changing.
  const html = () => page.evaluate(() => document.documentElement.outerHTML);
  for (let before = '', now = await html(); now !== before; now = await html()) {
    before = now;
    await page.waitForTimeout(400);
  }
  await tabOf(page).click(['duizhao-english', 'button'], { hasText: 'Side by side' });
  await until(
    'the view',
    () => view(page).getAttribute('data-phase'),
    (p) => p === 'unknown',
  );

  let readyMs = 0;
  let pinyinMs = 0;
  let sentences = 0;
  const tasks = await traceTasks(page, async () => {
    await view(page).getByTestId('manual-url').fill(LONG_EN_URL);
    const start = Date.now();
    await view(page).getByTestId('manual-url').press('Enter');
    await until(
      'the alignment',
      () => view(page).getAttribute('data-phase'),
      (p) => p === 'ready',
    );
    readyMs = Date.now() - start;
    await until(
      'every row',
      async () => {
        const rows = await view(page).getByTestId('sbs-row').count();
        await page.waitForTimeout(300);
        return rows === (await view(page).getByTestId('sbs-row').count()) ? rows : -1;
      },
      (rows) => rows > 0,
    );
    await until(
      'every sentence’s pinyin',
      () => view(page).locator('[data-zh]:not(:has(ruby))').count(),
      (n) => n === 0,
    );
    pinyinMs = Date.now() - start;
    sentences = await view(page).locator('[data-zh]').count();
  });
  await page.close();
  return {
    sentences,
    readyMs,
    pinyinMs,
    longestTaskMs: max(tasks.cpu),
    longestTaskWallMs: max(tasks.wall),
    tasksOver50: over(tasks.cpu, 50).length,
    longestScriptMs: max(tasks.script),
    largestLayout: max(tasks.layouts),
  };
}

async function main(): Promise<number> {
  if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error('--runs needs a positive integer');
  const loadBefore = loadavg()[0]!;
  const runs: Run[] = [];
  // A browser each run: the view and a hand-made pairing are remembered for the site.
  for (let i = 0; i < RUNS; i++) {
    const session = await launch({ routes: longStatementRoutes() });
    try {
      runs.push(await measure(session));
    } finally {
      await session.close();
    }
  }
  const pick = (key: keyof Run) => Number(median(runs.map((r) => r[key])).toFixed(1));
  const data = {
    date: new Date().toISOString().slice(0, 10),
    runs: RUNS,
    sentences: runs[0]!.sentences,
    medians: {
      readyMs: pick('readyMs'),
      pinyinMs: pick('pinyinMs'),
      longestTaskMs: pick('longestTaskMs'),
      longestTaskWallMs: pick('longestTaskWallMs'),
      tasksOver50: pick('tasksOver50'),
      longestScriptMs: pick('longestScriptMs'),
      largestLayout: pick('largestLayout'),
    },
    worstLongestTaskMs: Number(Math.max(...runs.map((r) => r.longestTaskMs)).toFixed(1)),
    machineLoad: [Number(loadBefore.toFixed(2)), Number(loadavg()[0]!.toFixed(2))],
    each: runs,
  };
  const m = data.medians;
  const summary: SummaryItem[] = [
    {
      label: `${data.sentences} sentences paired by hand: ready / every sentence's pinyin (ms)`,
      value: `${m.readyMs} / ${m.pinyinMs}`,
    },
    {
      label: 'longest task, main-thread ms (median / worst run); wall clock; tasks over 50 ms',
      value: `${m.longestTaskMs} / ${data.worstLongestTaskMs}; ${m.longestTaskWallMs}; ${m.tasksOver50}`,
    },
    {
      label: "Duizhao's script, longest in a task (ms); largest layout (objects)",
      value: `${m.longestScriptMs}; ${m.largestLayout}`,
    },
    {
      label: 'runs (medians); machine load (1-min average)',
      value: `${RUNS}; ${loadBefore.toFixed(1)}`,
    },
  ];
  writeResult('side-by-side-bench', data, summary);
  process.stdout.write(summary.map((s) => `${s.label}: ${s.value}`).join('\n') + '\n');
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(
      `side-by-side-bench: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
