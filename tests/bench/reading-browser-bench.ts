/**
 * The reading layer in Chromium (built extension, tests/e2e/harness.ts): a 20,000-character
 * statement made of real ministry paragraphs (read at run time from ../shared/corpus, served
 * locally in the structure of a made-up ministry fixture; nothing is committed) is annotated:
 * time to the first ruby and to the whole body, the longest main-thread task (PerformanceObserver
 * 'longtask', tasks ≥ 50 ms; 0 = none), and the word popup latency (pointermove handler → popup
 * content in the DOM), for words hovered after the pointer entered their paragraph, as a hand
 * does, and for words the pointer jumps straight onto a moment after scrolling to them.
 *   npx wxt build && node --import tsx tests/bench/reading-browser-bench.ts
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import path from 'node:path';
import { launch } from '../e2e/harness';
import { FIXTURES_DIR } from '../server/official-sites';
import { loadCorpusDocs } from './lib/reading-corpus';
import { writeResult } from './results';

const URL = 'https://www.fmprc.gov.cn/web/wjdt_674879/fyrbt_674889/t1999999.shtml';
const TARGET_CHARS = 20_000;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The made-up MFA fixture page with its body replaced by ~20,000 characters of real text. */
function buildPage(): { html: string; chars: number; paragraphs: number } {
  const fixture = readFileSync(
    path.join(FIXTURES_DIR, 'mfa/zh-2019-press-conference.html'),
    'utf8',
  );
  const paragraphs: string[] = [];
  let chars = 0;
  for (const doc of loadCorpusDocs()) {
    if (doc.lang !== 'zh' || !doc.ref.startsWith('mfa:')) continue;
    for (const p of doc.paragraphs) {
      if (chars >= TARGET_CHARS) break;
      paragraphs.push(p);
      chars += p.length;
    }
    if (chars >= TARGET_CHARS) break;
  }
  const body = paragraphs.map((p) => `<P align=justify>${escapeHtml(p)}</P>`).join('\n');
  const html = fixture.replace(
    /(<div id="News_Body_Txt_A" class="content">)[\s\S]*?(<\/div>\s*<div class="news" id="appendix_list")/,
    `$1\n${body}\n$2`,
  );
  if (html === fixture) throw new Error('fixture structure changed: body not found');
  return { html, chars, paragraphs: paragraphs.length };
}

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;
const round = (n: number) => Number(n.toFixed(2));

/** True when the word's lower left corner is not covered by the popup or another element. */
async function wordIsFree(
  page: Page,
  b: { x: number; y: number; height: number },
): Promise<boolean> {
  return (await page.evaluate(
    `(() => { const e = document.elementFromPoint(${b.x + 3}, ${b.y + b.height - 4}); return !!(e && e.closest('ruby.dz-word')); })()`,
  )) as boolean;
}

/** Wait (at most 3 s) for the word popup to show. */
async function waitForPopup(page: Page): Promise<void> {
  await page
    .waitForFunction(
      () => !!document.getElementById('dz-popup-host')?.shadowRoot?.querySelector('[role=dialog]'),
      undefined,
      { timeout: 3000 },
    )
    .catch(() => undefined);
}

async function main() {
  const page20k = buildPage();
  const session = await launch({
    routes: [{ url: URL, body: page20k.html, contentType: 'text/html; charset=utf-8' }],
  });
  try {
    const page = await session.context.newPage();
    await page.addInitScript(`(() => {
      window.__long = [];
      new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push([e.startTime, e.duration]); })
        .observe({ type: 'longtask', buffered: true });
      window.__firstRuby = 0; window.__lastChange = 0;
      document.addEventListener('DOMContentLoaded', () => {
        new MutationObserver((records) => {
          for (const r of records) for (const n of r.addedNodes) {
            if (n.nodeType === 1 && n.matches && n.matches('ruby.dz-word')) {
              window.__firstRuby ||= performance.now(); window.__lastChange = performance.now();
            }
          }
        }).observe(document.body, { childList: true, subtree: true });
      });
    })()`);
    await page.goto(URL);
    const loadedAt = (await page.evaluate(
      'performance.timing.domContentLoadedEventEnd - performance.timing.navigationStart',
    )) as number;
    // Done when no ruby was added for 1.5 s.
    for (let i = 0; i < 120; i++) {
      await page.waitForTimeout(500);
      const idle = (await page.evaluate(
        'window.__lastChange && performance.now() - window.__lastChange > 1500',
      )) as boolean;
      if (idle) break;
    }
    const t = (await page.evaluate(
      '({ first: window.__firstRuby, last: window.__lastChange, long: window.__long, words: document.querySelectorAll("ruby.dz-word").length })',
    )) as {
      first: number;
      last: number;
      long: [number, number][];
      words: number;
    };

    // JS heap of the page's V8 isolate (page + content script) after a full GC, in MB: before
    // any hover, and after hovering across the whole statement (the popup data cache is full).
    const cdp = await session.context.newCDPSession(page);
    const heapMb = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      return round(usedSize / 1048576);
    };
    const heapBefore = await heapMb();

    // Popup latency.
    await page.evaluate(`(() => {
      window.__lat = []; let t = 0;
      document.addEventListener('pointermove', () => { t = performance.now(); }, true);
      const host = document.getElementById('dz-popup-host');
      new MutationObserver(() => {
        if (t && host.shadowRoot.querySelector('[role=dialog]')) { window.__lat.push(performance.now() - t); t = 0; }
      }).observe(host.shadowRoot, { subtree: true, childList: true });
    })()`);
    const rubies = page.locator('#News_Body_Txt_A ruby.dz-word');
    const count = await rubies.count();
    for (let i = 0; i < 60; i++) {
      const word = rubies.nth((i * 37) % Math.min(count, 400));
      await word.scrollIntoViewIfNeeded();
      const b = await word.boundingBox();
      if (!b) continue;
      const free = await wordIsFree(page, b);
      if (!free) continue;
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
    for (let i = 0; i < 40; i++) {
      const word = rubies.nth(400 + ((i * 211) % Math.max(1, count - 400)));
      await page.keyboard.press('Escape');
      await word.scrollIntoViewIfNeeded();
      await page.waitForTimeout(250);
      const b = await word.boundingBox();
      if (!b) continue;
      const free = await wordIsFree(page, b);
      if (!free) continue;
      await page.mouse.move(b.x + 3, b.y + b.height - 4);
      await waitForPopup(page);
      await page.mouse.move(1, b.y + b.height - 4);
    }
    const direct = (await page.evaluate('window.__lat')) as number[];
    const heapAfter = await heapMb();
    const result = {
      date: new Date().toISOString().slice(0, 10),
      browser: session.context.browser()?.version() ?? 'chromium',
      statement: { characters: page20k.chars, paragraphs: page20k.paragraphs, words: t.words },
      domContentLoadedMs: loadedAt,
      firstRubyMs: round(t.first),
      annotationDoneMs: round(t.last),
      annotationSpanMs: round(t.last - t.first),
      /** [start, duration] in ms after navigation. */
      longTasks: t.long.map(([start, ms]) => [round(start), round(ms)]),
      longestTaskMs: round(Math.max(0, ...t.long.map(([, ms]) => ms))),
      // The page's own parsing and first layout end at DOMContentLoaded, before any of our code.
      longestTaskAfterLoadMs: round(
        Math.max(0, ...t.long.filter(([start]) => start >= loadedAt).map(([, ms]) => ms)),
      ),
      popup: {
        samples: lat.length,
        p50Ms: round(pct(lat, 50)),
        p95Ms: round(pct(lat, 95)),
        maxMs: round(Math.max(...lat)),
      },
      heapMb: { beforeHovering: heapBefore, afterHovering: heapAfter },
      popupDirect: {
        samples: direct.length,
        p50Ms: round(pct(direct, 50)),
        p95Ms: round(pct(direct, 95)),
        maxMs: round(Math.max(...direct)),
      },
    };
    writeResult('reading-browser-bench', result, [
      {
        label: `annotate ${page20k.chars} chars in Chromium: first ruby / all (ms after navigation)`,
        value: `${result.firstRubyMs} / ${result.annotationDoneMs}`,
      },
      {
        label: 'longest main-thread task during load + annotation (ms, ≥50 reported)',
        value: `${result.longestTaskMs} (after DOMContentLoaded: ${result.longestTaskAfterLoadMs})`,
      },
      {
        label: 'word popup, pointermove → content p50 / p95 (ms)',
        value: `${result.popup.p50Ms} / ${result.popup.p95Ms}`,
      },
      {
        label: 'word popup, pointer straight onto a word after scrolling: p50 / p95 (ms)',
        value: `${result.popupDirect.p50Ms} / ${result.popupDirect.p95Ms}`,
      },
    ]);
    console.log(JSON.stringify(result, null, 1));
  } finally {
    await session.close();
  }
}

void main();
