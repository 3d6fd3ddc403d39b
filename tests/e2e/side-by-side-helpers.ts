/**
 * Helpers of the side-by-side tests and benchmark (tests/e2e/side-by-side.e2e.ts,
 * tests/bench/side-by-side-bench.ts): a long made-up statement built from a fixture, and the
 * page's main-thread tasks from a Chromium trace.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { FIXTURES_DIR } from '../fixtures/fixtures';

export const ZH_FILE = 'mfa/zh-current-press-conference.html';
export const EN_FILE = 'mfa/en-current-press-conference.html';
export const LONG_ZH_URL =
  'https://www.mfa.gov.cn/web/fyrbt_673021/jzhsl_673025/202503/t20250303_11650901.shtml';
export const LONG_EN_URL =
  'https://www.mfa.gov.cn/eng/xw/fyrbt/lxjzh/202503/t20250303_11650902.html';
/** The fixture's questions and answers asked again and again: 150+ sentences. */
export const LONG_TIMES = 13;

/** The fixture's body paragraphs repeated `times` times, moved to 3 March (no English listed). */
export function longPage(file: string, times: number, first: RegExp, end: RegExp): string {
  const html = readFileSync(path.join(FIXTURES_DIR, file), 'utf8');
  const start = html.search(first);
  const stop = start + html.slice(start).search(end);
  if (start < 0 || stop <= start) throw new Error(`${file}: body paragraphs not found`);
  const body = html.slice(start, stop);
  return (html.slice(0, start) + body.repeat(times) + html.slice(stop))
    .replace(/2025年6月20日/g, '2025年3月3日')
    .replace(/2025-06-20/g, '2025-03-03')
    .replace(/June 20, 2025/g, 'March 3, 2025');
}

/** The routes serving the long statement in Chinese and in English (no English listed). */
export const longStatementRoutes = () => [
  {
    url: LONG_ZH_URL,
    body: longPage(ZH_FILE, LONG_TIMES, /<p style="text-indent: 2em;">/, /\s*<\/div>/),
    contentType: 'text/html; charset=utf-8',
  },
  {
    url: LONG_EN_URL,
    body: longPage(
      EN_FILE,
      LONG_TIMES,
      /<p style="text-indent: 0px; text-align: justify;">/,
      /<\/div>/,
    ),
    contentType: 'text/html; charset=utf-8',
  },
];

/**
 * The page's main-thread tasks while `run` runs, from a Chromium trace. How long a task takes
 * depends on the machine; what the view asks of a frame does not, so the tests check that: the
 * time Duizhao's own scripts run per task, and how many objects a single layout has to place
 * (ruby is what layout is slow at). The full task times are logged.
 */
export interface Tasks {
  /** Main-thread time of each task (ms): what the task itself cost, whatever else ran. */
  cpu: number[];
  /** Wall-clock length of each task (ms), which a busy machine stretches. */
  wall: number[];
  /** Main-thread time of the extension's own script in each task (ms). */
  script: number[];
  /** Objects each layout placed (the trace's dirtyObjects). */
  layouts: number[];
}

type TraceEvent = {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: {
    name?: string;
    data?: { url?: string; frames?: { url: string; processId?: number }[] };
    beginData?: { dirtyObjects?: number };
  };
};

const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript']);

export async function traceTasks(page: Page, run: () => Promise<void>): Promise<Tasks> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) =>
    events.push(...(value as unknown as TraceEvent[])),
  );
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  try {
    await run();
  } finally {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
  const url = page.url();
  const pids = new Set(
    events
      .flatMap((e) => e.args?.data?.frames?.filter((f) => f.url === url) ?? [])
      .map((f) => f.processId),
  );
  const main = new Set(
    events
      .filter(
        (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && pids.has(e.pid),
      )
      .map((e) => `${e.pid}:${e.tid}`),
  );
  if (main.size === 0) throw new Error('The trace holds no main thread of the page');
  const onMain = events.filter((e) => e.ph === 'X' && main.has(`${e.pid}:${e.tid}`));
  const tasks = onMain.filter((e) => e.name === 'RunTask');
  // Entries into the extension's scripts (a call or a script evaluated), outermost only.
  const ours = onMain
    .filter(
      (e) => SCRIPT_EVENTS.has(e.name) && (e.args?.data?.url ?? '').startsWith('chrome-extension:'),
    )
    .sort((a, b) => a.ts - b.ts);
  const outermost: TraceEvent[] = [];
  for (const e of ours) {
    const last = outermost[outermost.length - 1];
    if (!last || e.ts >= last.ts + (last.dur ?? 0)) outermost.push(e);
  }
  const within = (task: TraceEvent, e: TraceEvent) =>
    e.pid === task.pid &&
    e.tid === task.tid &&
    e.ts >= task.ts &&
    e.ts <= task.ts + (task.dur ?? 0);
  return {
    cpu: tasks.map((e) => (e.tdur ?? e.dur ?? 0) / 1000),
    wall: tasks.map((e) => (e.dur ?? 0) / 1000),
    script: tasks.map(
      (task) =>
        outermost
          .filter((e) => within(task, e))
          .reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0), 0) / 1000,
    ),
    layouts: onMain
      .filter((e) => e.name === 'Layout')
      .map((e) => e.args?.beginData?.dirtyObjects ?? 0),
  };
}

export const over = (values: number[], limit: number) => values.filter((v) => v > limit);
export const max = (values: number[]) => Math.max(0, ...values);
