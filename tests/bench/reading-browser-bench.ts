/**
 * The reading layer in Chromium (built extension, tests/e2e/harness.ts), on the longest real
 * press conferences of ../shared/corpus (the real pages, served unmodified under their own URLs)
 * and on a 40,000-character statement made of real ministry paragraphs in the structure of a
 * made-up ministry fixture (both read at run time; nothing is committed).
 *
 * Each statement is opened in three states of the extension:
 * - cold, fresh browser: the first statement after the browser started (the reading host opened
 *   with it and is loading the dictionary; no script was evaluated in the page before);
 * - cold, worker stopped: after the browser stopped the service worker (CDP
 *   ServiceWorker.stopAllWorkers, what Chromium does after ~30 s without events); the reading
 *   host (utils/reading/host.ts) keeps the engine, so the page's readings do not wait for a new
 *   worker (its start-up still competes with the page for the two cores);
 * - warm: the same statement again in a new tab.
 * Figures, in ms after DOMContentLoaded:
 * - first ruby in view: the frame that first lays out a ruby inside the viewport (an
 *   IntersectionObserver's entry time: the ruby is on screen, not only in the DOM);
 * - last ruby: the last one added (annotation done);
 * - the longest main-thread task after DOMContentLoaded (PerformanceObserver 'longtask', tasks of
 *   50 ms or more; 0 = none; every one is listed in the results) and the longest animation frame,
 *   which also counts the style, layout and paint the page's changes cost
 *   ('long-animation-frame'). The page's own tasks count too: each run also opens every statement
 *   in a browser without Duizhao, and reports its longest task and frame ("page alone"), and
 *   its first contentful paint: no ruby can be seen before the page itself is. On the
 *   40,000-character statement Chromium first paints it 180–350 ms after DOMContentLoaded, and
 *   runs an extension's script no sooner: a script declared at document_end started 180–220 ms
 *   after it too (probe of 2026-12-02, six loads);
 * - the first word popup after a worker stop (pointer straight onto a word of a paragraph
 *   scrolled to at once: pointermove → popup content).
 * The recorder in the page only observes: it never reads layout (a getBoundingClientRect in its
 * mutation callback forced a layout of the page inside the reader's task, which the long-task
 * figure then counted).
 * Where the time goes: performance marks of the service worker (its start-up; in Chromium the
 * dictionary marks are the reading host's worker's, which the bench does not read) and of the
 * page (content script started, statement recognised, reader started, first reading asked and
 * answered; the page's own load event, which a document_idle script may wait for).
 * Then, warm, the popup latency for words hovered after the pointer entered their paragraph,
 * and for words the pointer jumps straight onto a moment after scrolling to them, and the
 * page's JS heap; and the memory of Chromium's extension process (the service worker and the
 * reading host, which keeps the dictionary) after the warm loads. Every figure is the median of RUNS runs (DUIZHAO_BENCH_RUNS, default 3).
 *   npx wxt build && node --import tsx tests/bench/reading-browser-bench.ts
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import type { BrowserContext, Page } from 'playwright-core';
import path from 'node:path';
import { exposeShadowRoots, launch, type Session } from '../e2e/harness';
import type { TestWindow } from '../e2e/driver';
import { FIXTURES_DIR } from '../server/official-sites';
import { CORPUS, loadCorpusDocs } from './lib/reading-corpus';
import { writeResult } from './results';
import { cpuTimes, median, stealPercent } from './lib/stats';
import { extensionProcessMemory, type ProcessMemory } from './lib/process-memory';

const RUNS = Number(process.env.DUIZHAO_BENCH_RUNS ?? 3);
const COMPOSITE_URL = 'https://www.fmprc.gov.cn/web/wjdt_674879/fyrbt_674889/t1999999.shtml';
const COMPOSITE_CHARS = 40_000;
/** How many of the longest real statements (DUIZHAO_BENCH_REAL, default 3; fewer for a quick look). */
const LONGEST_REAL = Number(process.env.DUIZHAO_BENCH_REAL ?? 3);

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

interface Statement {
  name: string;
  url: string;
  html: string;
  /** Characters of the body paragraphs. */
  chars: number;
  /** Characters of the page's HTML. */
  htmlChars: number;
}

/** The made-up MFA fixture page with its body replaced by ~40,000 characters of real text. */
function compositeStatement(): Statement {
  const fixture = readFileSync(
    path.join(FIXTURES_DIR, 'mfa/zh-2019-press-conference.html'),
    'utf8',
  );
  const paragraphs: string[] = [];
  let chars = 0;
  for (const doc of loadCorpusDocs()) {
    if (doc.lang !== 'zh' || !doc.ref.startsWith('mfa:')) continue;
    for (const p of doc.paragraphs) {
      if (chars >= COMPOSITE_CHARS) break;
      paragraphs.push(p);
      chars += p.length;
    }
    if (chars >= COMPOSITE_CHARS) break;
  }
  const body = paragraphs.map((p) => `<P align=justify>${escapeHtml(p)}</P>`).join('\n');
  const html = fixture.replace(
    /(<div id="News_Body_Txt_A" class="content">)[\s\S]*?(<\/div>\s*<div class="news" id="appendix_list")/,
    `$1\n${body}\n$2`,
  );
  if (html === fixture) throw new Error('fixture structure changed: body not found');
  return {
    name: `composite ${chars} chars`,
    url: COMPOSITE_URL,
    html,
    chars,
    htmlChars: html.length,
  };
}

/** The longest real Chinese press conferences of the corpus, as the site served them. */
function longestRealStatements(): Statement[] {
  const parsed = JSON.parse(
    readFileSync(path.join(CORPUS, 'mfa-2018-2020', 'parsed.json'), 'utf8'),
  ) as { file: string; url: string; lang: string; paragraphs?: string[] }[];
  return parsed
    .filter((p) => p.lang === 'zh' && p.paragraphs?.length && /fyrbt/.test(p.url))
    .map((p) => ({ p, chars: p.paragraphs!.join('').length }))
    .sort((a, b) => b.chars - a.chars)
    .slice(0, LONGEST_REAL)
    .map(({ p, chars }) => {
      const html = readFileSync(path.join(CORPUS, 'mfa-2018-2020', p.file), 'utf8');
      return {
        name: p.url.replace(/^.*\//, ''),
        url: p.url,
        html,
        chars,
        htmlChars: html.length,
      };
    });
}

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;
const round = (n: number) => Number(n.toFixed(1));

/** The longest of `entries` ([start, duration]) that start after DOMContentLoaded; 0 if none. */
const longestAfter = (entries: [number, number][], dcl: number) =>
  round(Math.max(0, ...entries.filter(([start]) => start >= dcl).map(([, ms]) => ms)));

/** Every statement served under its own URL. */
const routesOf = (statements: readonly Statement[]) =>
  statements.map((s) => ({ url: s.url, body: s.html, contentType: 'text/html; charset=utf-8' }));

/** Records, from the page's start: long tasks, rubies added (in view or not), DOMContentLoaded. */
const RECORDER = `(() => {
  window.__long = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push([e.startTime, e.duration]); })
    .observe({ type: 'longtask', buffered: true });
  window.__frames = [];
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__frames.push([e.startTime, e.duration]); })
      .observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
  window.__firstRuby = 0; window.__firstInView = 0; window.__lastChange = 0;
  // In view: the frame that first lays out a ruby inside the viewport (the observer's entry time).
  // Not getBoundingClientRect in the mutation callback: that forced a layout of the page inside
  // the reader's own task, which the long-task figure then counted.
  const seen = new IntersectionObserver((entries) => {
    for (const e of entries) {
      if (!e.isIntersecting || e.boundingClientRect.width === 0) continue;
      if (!window.__firstInView || e.time < window.__firstInView) window.__firstInView = e.time;
    }
    if (window.__firstInView) seen.disconnect();
  });
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver((records) => {
      let added = false;
      for (const r of records) for (const n of r.addedNodes) {
        if (n.nodeType !== 1 || !n.matches || !n.matches('ruby.dz-word')) continue;
        added = true;
        if (!window.__firstInView) seen.observe(n);
      }
      if (added) { window.__firstRuby ||= performance.now(); window.__lastChange = performance.now(); }
    }).observe(document.body, { childList: true, subtree: true });
  });
})()`;

interface Load {
  dclMs: number;
  firstRubyMs: number;
  firstInViewMs: number;
  lastRubyMs: number;
  longestTaskMs: number;
  /** Every task of 50 ms or more after DOMContentLoaded: [start, duration] (ms after it). */
  longTasks: [number, number][];
  /** Longest animation frame (scripts + style, layout, paint; 'long-animation-frame', ≥ 50 ms). */
  longestFrameMs: number;
  words: number;
  /** The annotator's own work on the page's thread (ms) and the slices it took. */
  annotatorBusyMs: number;
  /** The page's thread time of recognition and extraction (utils/extract), ms. */
  extractMs: number;
  annotatorSlices: number;
  /** The annotator's waits: for readings not there yet, and handed back to the page. */
  annotatorReadWaitMs: number;
  annotatorYieldMs: number;
  /** Page marks (ms after DOMContentLoaded). */
  marks: Record<string, number>;
  /** Worker marks: durations between them (ms). */
  worker: Record<string, number>;
  /** Worker marks on the page's clock (ms after DOMContentLoaded). */
  workerOnPageClock: Record<string, number>;
}

async function currentWorker(session: Session) {
  const workers = session.context.serviceWorkers();
  return workers[workers.length - 1];
}

/** The worker's performance marks (name → ms since the worker started), then cleared. */
async function workerMarks(session: Session): Promise<Record<string, number>> {
  const worker = await currentWorker(session);
  if (!worker) return {};
  const timeout = new Promise<Record<string, number>>((r) => setTimeout(() => r({}), 2000));
  try {
    const marks = worker.evaluate(() => {
      const out: Record<string, number> = {};
      for (const m of performance.getEntriesByType('mark')) {
        if (m.name.startsWith('dz:') && !(m.name in out)) out[m.name] = m.startTime;
      }
      out['origin'] = performance.timeOrigin;
      performance.clearMarks();
      return out;
    }) as Promise<Record<string, number>>;
    return await Promise.race([marks, timeout]);
  } catch {
    return {};
  }
}

async function stopWorker(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  console.error('worker stopped');
  // Let the stop settle (the worker's thread is gone).
  await new Promise((r) => setTimeout(r, 300));
}

/** Open `statement` in a new tab and wait until no ruby was added for 1.5 s. */
async function openStatement(
  session: Session,
  statement: Statement,
  workerStopped = false,
): Promise<[Page, Load]> {
  // Clear the worker's marks of earlier loads (a stopped worker has none: asking would start it).
  if (!workerStopped) await workerMarks(session);
  const page = await session.context.newPage();
  await page.addInitScript(RECORDER);
  await page.goto(statement.url);
  for (let i = 0; i < 120; i++) {
    await page.waitForTimeout(250);
    const idle = (await page.evaluate(
      'window.__lastChange && performance.now() - window.__lastChange > 1500',
    )) as boolean;
    if (idle) break;
  }
  const t = (await page.evaluate(`(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const marks = {};
    for (const m of performance.getEntriesByType('mark')) if (m.name.startsWith('dz:')) marks[m.name] = m.startTime;
    for (const p of performance.getEntriesByType('paint')) marks['page:' + p.name] = p.startTime;
    if (nav.loadEventStart > 0) marks['page:load'] = nav.loadEventStart;
    const annotated = performance.getEntriesByName('dz:annotated')[0];
    const recognised = performance.getEntriesByName('dz:recognised')[0];
    return { extractMs: recognised?.detail?.costMs ?? NaN, origin: performance.timeOrigin, annotator: annotated ? annotated.detail : null, dcl: nav.domContentLoadedEventEnd, first: window.__firstRuby, inView: window.__firstInView,
      last: window.__lastChange, long: window.__long, frames: window.__frames, marks,
      words: document.querySelectorAll('ruby.dz-word').length };
  })()`)) as {
    dcl: number;
    first: number;
    inView: number;
    last: number;
    long: [number, number][];
    frames: [number, number][];
    marks: Record<string, number>;
    words: number;
    extractMs: number;
    origin: number;
    annotator: {
      busyMs: number;
      slices: number;
      longestSliceMs: number;
      readWaitMs: number;
      yieldMs: number;
    } | null;
  };
  const since = (x: number) => (x ? round(x - t.dcl) : NaN);
  const w = await workerMarks(session);
  console.error(
    `${statement.name}: first ${since(t.first)} in view ${since(t.inView)} last ${since(t.last)} words ${t.words} busy ${round(t.annotator?.busyMs ?? NaN)}`,
  );
  const span = (a: string, b: string) =>
    w[a] !== undefined && w[b] !== undefined ? round(w[b]! - w[a]!) : NaN;
  return [
    page,
    {
      dclMs: round(t.dcl),
      firstRubyMs: since(t.first),
      firstInViewMs: since(t.inView),
      lastRubyMs: since(t.last),
      longestTaskMs: longestAfter(t.long, t.dcl),
      longestFrameMs: longestAfter(t.frames, t.dcl),
      longTasks: t.long
        .filter(([start]) => start >= t.dcl)
        .map(([start, ms]) => [round(start - t.dcl), round(ms)]),
      words: t.words,
      annotatorBusyMs: round(t.annotator?.busyMs ?? NaN),
      extractMs: round(t.extractMs),
      annotatorSlices: t.annotator?.slices ?? NaN,
      annotatorReadWaitMs: round(t.annotator?.readWaitMs ?? NaN),
      annotatorYieldMs: round(t.annotator?.yieldMs ?? NaN),
      marks: Object.fromEntries(Object.entries(t.marks).map(([k, v]) => [k, round(v - t.dcl)])),
      // The worker's marks on the page's clock (ms after DOMContentLoaded), its start as 'worker:start'.
      workerOnPageClock: w['origin']
        ? Object.fromEntries(
            Object.entries({ ...w, 'dz:worker-start': 0 })
              .filter(([k]) => k !== 'origin')
              .map(([k, v]) => [k, round(v + w['origin']! - t.origin - t.dcl)]),
          )
        : {},
      worker: {
        // From the worker's start (its time origin) to the dictionary request. Not its start-up
        // alone: opening the tab wakes the worker before the page has loaded.
        startToDictMs: round(w['dz:dict-fetch'] ?? NaN),
        // Its start-up: the browser starting it until its script runs, then the script's own run.
        startToEvalMs: round(w['dz:worker-eval'] ?? NaN),
        evalToReadyMs: span('dz:worker-eval', 'dz:worker-ready'),
        dictFetchMs: span('dz:dict-fetch', 'dz:dict-fetched'),
        dictParseMs: span('dz:dict-fetched', 'dz:dict-parsed'),
        engineMs: span('dz:dict-parsed', 'dz:engine-ready'),
      },
    },
  ];
}

/** The statement's own long tasks and frames, in a browser without Duizhao (the same routes). */
interface PageAlone {
  /** The page's first contentful paint, ms after DOMContentLoaded (negative: before it). */
  firstPaintMs: number;
  longestTaskMs: number;
  longestFrameMs: number;
}

async function pageAlone(statements: readonly Statement[]): Promise<Map<string, PageAlone>> {
  const session = await launch({
    extension: false,
    routes: routesOf(statements),
  });
  const out = new Map<string, PageAlone>();
  try {
    for (const statement of statements) {
      const page = await session.context.newPage();
      await page.addInitScript(RECORDER);
      await page.goto(statement.url);
      // As long as a statement with Duizhao takes to be annotated, at most.
      await page.waitForTimeout(4000);
      const t = (await page.evaluate(`(() => ({
        dcl: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd,
        paint: (performance.getEntriesByType('paint').find((p) => p.name === 'first-contentful-paint') || {}).startTime,
        long: window.__long, frames: window.__frames }))()`)) as {
        dcl: number;
        paint?: number;
        long: [number, number][];
        frames: [number, number][];
      };
      out.set(statement.name, {
        firstPaintMs: t.paint === undefined ? NaN : round(t.paint - t.dcl),
        longestTaskMs: longestAfter(t.long, t.dcl),
        longestFrameMs: longestAfter(t.frames, t.dcl),
      });
      await page.close();
    }
  } finally {
    await session.close();
  }
  return out;
}

/** True when the word's lower left corner is not covered by the popup or another element. */
async function wordIsFree(
  page: Page,
  b: { x: number; y: number; height: number },
): Promise<boolean> {
  return (await page.evaluate(
    `(() => { const e = document.elementFromPoint(${b.x + 3}, ${b.y + b.height - 4}); return !!(e && e.closest('ruby.dz-word')); })()`,
  )) as boolean;
}

/** Wait (at most `ms`) for the word popup to show. */
async function waitForPopup(page: Page, ms = 3000): Promise<void> {
  // The popup's root is closed: the test driver reaches it (tests/e2e/driver.ts).
  await exposeShadowRoots(page);
  await page
    .waitForFunction(
      () =>
        !!(window as unknown as TestWindow)
          .__dzTestShadow('#dz-popup-host')
          ?.querySelector('[role=dialog]'),
      undefined,
      { timeout: ms },
    )
    .catch(() => undefined);
}

async function recordPopupLatency(page: Page): Promise<void> {
  await exposeShadowRoots(page);
  await page.evaluate(`(() => {
    window.__lat = []; let t = 0;
    document.addEventListener('pointermove', () => { t = performance.now(); }, true);
    const root = window.__dzTestShadow('#dz-popup-host');
    new MutationObserver(() => {
      if (t && root.querySelector('[role=dialog]')) { window.__lat.push(performance.now() - t); t = 0; }
    }).observe(root, { subtree: true, childList: true });
  })()`);
}

/**
 * The first popup after a worker stop: on an annotated page, the worker is stopped, then the
 * pointer goes straight onto a word of a paragraph scrolled to at once (no popup data cached).
 */
async function popupAfterStop(session: Session, page: Page, run: number): Promise<number> {
  await recordPopupLatency(page);
  const rubies = page.locator('#News_Body_Txt_A ruby.dz-word');
  const count = await rubies.count();
  await stopWorker(session.context, page);
  for (let k = 0; k < 5; k++) {
    const word = rubies.nth(Math.floor(count * (0.5 + 0.09 * ((run + k) % 5))));
    await word.scrollIntoViewIfNeeded();
    const b = await word.boundingBox();
    if (!b || !(await wordIsFree(page, b))) continue;
    await page.mouse.move(b.x + 3, b.y + b.height - 4);
    await waitForPopup(page, 5000);
    const lat = (await page.evaluate('window.__lat')) as number[];
    return lat[0] ?? NaN;
  }
  return NaN;
}

/** Warm popup latency: hovered after entering the paragraph, and straight onto a word. */
async function hoverLatency(session: Session, page: Page) {
  await recordPopupLatency(page);
  const rubies = page.locator('#News_Body_Txt_A ruby.dz-word');
  const count = await rubies.count();
  for (let i = 0; i < 40; i++) {
    const word = rubies.nth((i * 37) % Math.min(count, 400));
    await word.scrollIntoViewIfNeeded();
    const b = await word.boundingBox();
    if (!b || !(await wordIsFree(page, b))) continue;
    await page.keyboard.press('Escape');
    await page.mouse.move(1, b.y + b.height - 4);
    const para = (await word.evaluateHandle((r) => r.closest('p')!)).asElement()!;
    const pb = (await para.boundingBox())!;
    await page.mouse.move(pb.x + 2, b.y + b.height - 4);
    await page.waitForTimeout(150);
    await page.mouse.move(b.x + 3, b.y + b.height - 4);
    await waitForPopup(page);
  }
  const lat = (await page.evaluate('window.__lat')) as number[];
  // Straight onto a word of a paragraph the pointer never entered, a moment after scrolling
  // there (what the visibility prefetch of utils/reading/word-prefetch.ts is for).
  await page.evaluate('window.__lat = []');
  for (let i = 0; i < 25; i++) {
    const word = rubies.nth(400 + ((i * 211) % Math.max(1, count - 400)));
    await page.keyboard.press('Escape');
    await word.scrollIntoViewIfNeeded();
    await page.waitForTimeout(250);
    const b = await word.boundingBox();
    if (!b || !(await wordIsFree(page, b))) continue;
    await page.mouse.move(b.x + 3, b.y + b.height - 4);
    await waitForPopup(page);
    await page.mouse.move(1, b.y + b.height - 4);
  }
  const direct = (await page.evaluate('window.__lat')) as number[];
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  const stats = (xs: number[]) => ({
    samples: xs.length,
    p50Ms: round(pct(xs, 50)),
    p95Ms: round(pct(xs, 95)),
    maxMs: round(Math.max(...xs)),
  });
  return { hover: stats(lat), direct: stats(direct), heapMb: round(usedSize / 1048576) };
}

type State = 'fresh' | 'stopped' | 'warm';

/**
 * A quick look while tuning (DUIZHAO_BENCH_PROBE=N): N loads of the longest real statement and
 * of the 40,000-character one, medians printed; writes no result. DUIZHAO_BENCH_PROBE_STATE:
 * warm (default; one browser), stopped (the worker stopped before each load) or fresh (a new
 * browser for each load).
 */
async function probe(loadsEach: number, state: State): Promise<void> {
  const real = longestRealStatements().slice(0, 1);
  const composite = compositeStatement();
  const statements = [...real, composite];
  const seen = new Map<string, Load[]>();
  const open = async (session: Session, s: Statement) => {
    if (state === 'stopped') {
      const keep = await session.context.newPage();
      await stopWorker(session.context, keep);
      const [page, load] = await openStatement(session, s, true);
      await page.close();
      await keep.close();
      return load;
    }
    const [page, load] = await openStatement(session, s);
    await page.close();
    return load;
  };
  const record = (s: Statement, load: Load) =>
    seen.set(s.name, [...(seen.get(s.name) ?? []), load]);
  if (state === 'fresh') {
    for (let i = 0; i < loadsEach; i++) {
      for (const s of statements) {
        const session = await launch({ routes: routesOf(statements) });
        try {
          record(s, await open(session, s));
        } finally {
          await session.close();
        }
      }
    }
  } else {
    const session = await launch({ routes: routesOf(statements) });
    try {
      await (await openStatement(session, composite))[0].close();
      for (let i = 0; i < loadsEach; i++)
        for (const s of statements) record(s, await open(session, s));
    } finally {
      await session.close();
    }
  }
  for (const [name, xs] of seen) {
    const m = (f: (l: Load) => number) => round(median(xs.map(f)));
    const mark = (k: string) => m((l) => l.marks[k] ?? NaN);
    const wmark = (k: string) => m((l) => l.workerOnPageClock[k] ?? NaN);
    console.log(
      `${name} (${state}): in view ${m((l) => l.firstInViewMs)} first ${m((l) => l.firstRubyMs)} last ${m((l) => l.lastRubyMs)} task ${m((l) => l.longestTaskMs)} (worst ${round(Math.max(...xs.map((l) => l.longestTaskMs)))}) busy ${m((l) => l.annotatorBusyMs)} yield ${m((l) => l.annotatorYieldMs)} wait ${m((l) => l.annotatorReadWaitMs)} frame ${m((l) => l.longestFrameMs)} | content ${mark('dz:content-start')} recognised ${mark('dz:recognised')} (extract ${m((l) => l.extractMs)}) reader ${mark('dz:reader-start')} reading ${mark('dz:reading-start')} early ${mark('dz:early-answered')} paint ${mark('page:first-contentful-paint')} load ${mark('page:load')} | worker start ${wmark('dz:worker-start')} eval ${wmark('dz:worker-eval')} ready ${wmark('dz:worker-ready')} tab ${wmark('dz:tab-loading')} dict ${wmark('dz:dict-fetch')} fetched ${wmark('dz:dict-fetched')} engine ${wmark('dz:engine-ready')}`,
    );
  }
}

async function main() {
  const probeLoads = Number(process.env.DUIZHAO_BENCH_PROBE ?? 0);
  if (probeLoads > 0)
    return probe(probeLoads, (process.env.DUIZHAO_BENCH_PROBE_STATE ?? 'warm') as State);
  const real = longestRealStatements();
  const composite = compositeStatement();
  const statements = [...real, composite];
  const loads: { run: number; state: State; statement: string; load: Load }[] = [];
  const popupsAfterStop: number[] = [];
  const hostMemory: ProcessMemory[] = [];
  const load1 = (await import('node:os')).loadavg()[0]!;
  const cpuBefore = cpuTimes();
  let hover: Awaited<ReturnType<typeof hoverLatency>> | undefined;
  const alone: Map<string, PageAlone>[] = [];
  for (let run = 0; run < RUNS; run++) {
    alone.push(await pageAlone(statements));
    // A fresh browser per run; its first statement is cold. Which one goes first rotates.
    for (const first of [real[0]!, composite]) {
      const session = await launch({
        routes: routesOf(statements),
      });
      try {
        const [p0, fresh] = await openStatement(session, first);
        loads.push({ run, state: 'fresh', statement: first.name, load: fresh });
        await p0.close();
        if (first !== composite) continue;
        for (const s of statements) {
          const [page, warm] = await openStatement(session, s);
          loads.push({ run, state: 'warm', statement: s.name, load: warm });
          if (s === real[0] && run === 0) hover = await hoverLatency(session, page);
          await page.close();
        }
        // Every statement read once warm: the dictionary, definitions and caches are loaded.
        const memory = extensionProcessMemory();
        if (memory) hostMemory.push(memory);
        for (const s of statements) {
          const keep = await session.context.newPage(); // a tab to send CDP through
          await stopWorker(session.context, keep);
          const [page, stopped] = await openStatement(session, s);
          loads.push({ run, state: 'stopped', statement: s.name, load: stopped });
          if (s === composite) popupsAfterStop.push(await popupAfterStop(session, page, run));
          await page.close();
          await keep.close();
        }
      } finally {
        await session.close();
      }
    }
    console.error(`run ${run + 1}/${RUNS} done`);
  }

  const figures = (state: State, statement: string) => {
    const xs = loads
      .filter((l) => l.state === state && l.statement === statement)
      .map((l) => l.load);
    const m = (f: (l: Load) => number) => round(median(xs.map(f)));
    return {
      runs: xs.length,
      firstInViewMs: m((l) => l.firstInViewMs),
      firstRubyMs: m((l) => l.firstRubyMs),
      lastRubyMs: m((l) => l.lastRubyMs),
      longestTaskMs: m((l) => l.longestTaskMs),
      longestFrameMs: m((l) => l.longestFrameMs),
      words: m((l) => l.words),
      annotatorBusyMs: m((l) => l.annotatorBusyMs),
      annotatorSlices: m((l) => l.annotatorSlices),
      annotatorReadWaitMs: m((l) => l.annotatorReadWaitMs),
      annotatorYieldMs: m((l) => l.annotatorYieldMs),
      pageFirstPaintMs: m((l) => l.marks['page:first-contentful-paint'] ?? NaN),
      // Chromium runs a document_idle script at the page's load event or about 200 ms after
      // DOMContentLoaded, whichever comes first: where content starts late, this says why.
      pageLoadMs: m((l) => l.marks['page:load'] ?? NaN),
      contentStartMs: m((l) => l.marks['dz:content-start'] ?? NaN),
      recognisedMs: m((l) => l.marks['dz:recognised'] ?? NaN),
      readerStartMs: m((l) => l.marks['dz:reader-start'] ?? NaN),
      readingStartMs: m((l) => l.marks['dz:reading-start'] ?? NaN),
      firstReadAskedMs: m((l) => l.marks['dz:read-asked'] ?? NaN),
      firstReadAnsweredMs: m((l) => l.marks['dz:read-answered'] ?? NaN),
      workerDictFetchMs: m((l) => l.worker.dictFetchMs ?? NaN),
      workerDictParseMs: m((l) => l.worker.dictParseMs ?? NaN),
      workerEngineMs: m((l) => l.worker.engineMs ?? NaN),
      workerStartToDictMs: m((l) => l.worker.startToDictMs ?? NaN),
      earlyAnsweredMs: m((l) => l.marks['dz:early-answered'] ?? NaN),
    };
  };
  const byStatement = statements.map((s) => ({
    statement: s.name,
    url: s.url,
    characters: s.chars,
    htmlCharacters: s.htmlChars,
    fresh: figures('fresh', s.name),
    stopped: figures('stopped', s.name),
    warm: figures('warm', s.name),
    pageAlone: {
      firstPaintMs: round(median(alone.map((a) => a.get(s.name)!.firstPaintMs))),
      longestTaskMs: round(median(alone.map((a) => a.get(s.name)!.longestTaskMs))),
      longestFrameMs: round(median(alone.map((a) => a.get(s.name)!.longestFrameMs))),
    },
  }));
  const loadAfter = os.loadavg()[0]!;
  const steal = stealPercent(cpuBefore, cpuTimes());
  const worst = (state: State, key: 'firstInViewMs' | 'longestTaskMs') =>
    Math.max(...byStatement.map((b) => b[state][key]).filter(Number.isFinite));
  const c = byStatement[byStatement.length - 1]!;
  const r0 = byStatement[0]!;
  const result = {
    date: new Date().toISOString().slice(0, 10),
    runs: RUNS,
    machineLoad1m: { before: round(load1), after: round(loadAfter) },
    /** CPU time the hypervisor gave to others during the bench (%, /proc/stat). */
    cpuStealPercent: steal,
    statements: byStatement,
    firstPopupAfterStopMs: {
      median: round(median(popupsAfterStop)),
      samples: popupsAfterStop.map(round),
    },
    warmHover: hover,
    /** Chromium's extension process after the warm loads (tests/bench/lib/process-memory.ts). */
    extensionProcessMemory: hostMemory.length
      ? {
          pssMb: round(median(hostMemory.map((m) => m.pssMb))),
          rssMb: round(median(hostMemory.map((m) => m.rssMb))),
          samples: hostMemory,
        }
      : null,
    loads,
  };
  const fig = (b: (typeof byStatement)[number], state: State) =>
    `${b[state].firstInViewMs} / ${b[state].lastRubyMs} / ${b[state].longestTaskMs} / ${b[state].longestFrameMs}`;
  // Each value short enough for the README's table (tests/bench/results.ts: at most 40 chars).
  const STATES: [State, string][] = [
    ['warm', 'warm'],
    ['fresh', 'fresh browser'],
    ['stopped', 'worker stopped'],
  ];
  writeResult('reading-browser-bench', result, [
    ...[r0, c].flatMap((b) =>
      STATES.map(([state, name]) => ({
        label: `${b === c ? b.characters : `longest real (${b.characters})`} chars, ${name}: first ruby in view / last ruby (ms after DOMContentLoaded) / longest task / longest frame incl. layout (ms)`,
        value: fig(b, state),
      })),
    ),
    {
      label:
        'without Duizhao, the page alone: its first paint (ms after DOMContentLoaded) / longest task / longest frame (ms), longest real; 40k',
      value: `${r0.pageAlone.firstPaintMs} / ${r0.pageAlone.longestTaskMs} / ${r0.pageAlone.longestFrameMs}; ${c.pageAlone.firstPaintMs} / ${c.pageAlone.longestTaskMs} / ${c.pageAlone.longestFrameMs}`,
    },
    {
      label: `first ruby in view, worst of the ${byStatement.length} statements (ms): warm / fresh / stopped`,
      value: `${worst('warm', 'firstInViewMs')} / ${worst('fresh', 'firstInViewMs')} / ${worst('stopped', 'firstInViewMs')}`,
    },
    {
      // The medians above hide a long task in one load of five: the target is none in any.
      label: `main-thread tasks of 50 ms or more after DOMContentLoaded, over all ${loads.length} loads: count / longest (ms) / loads with one`,
      value: (() => {
        const long = loads.map((l) => l.load.longTasks);
        const all = long.flat().map(([, ms]) => ms);
        return `${all.length} / ${round(Math.max(0, ...all))} / ${long.filter((t) => t.length).length}`;
      })(),
    },
    {
      label: 'first word popup after a worker stop, pointermove → content (ms, median)',
      value: result.firstPopupAfterStopMs.median,
    },
    {
      label:
        'word popup warm, pointermove → content p50 / p95; straight onto a word after scrolling (ms)',
      value: hover
        ? `${hover.hover.p50Ms} / ${hover.hover.p95Ms}; ${hover.direct.p50Ms} / ${hover.direct.p95Ms}`
        : null,
    },
    {
      label:
        'extension process (service worker, reading host with the dictionary) after the warm loads: PSS / RSS (MB)',
      value: result.extensionProcessMemory
        ? `${result.extensionProcessMemory.pssMb} / ${result.extensionProcessMemory.rssMb}`
        : null,
    },
    {
      label: `runs (medians); machine load (1-min average); CPU steal during the bench (%)`,
      value: `${RUNS}; ${round(load1)}; ${steal ?? 'n/a'}`,
    },
  ]);
  console.log(JSON.stringify({ ...result, loads: undefined }, null, 1));
}

void main();
