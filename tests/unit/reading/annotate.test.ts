import { describe, expect, it } from 'vitest';
import { wordOf } from '../../../utils/reading/ruby';
import {
  afterNextFrame,
  Annotator,
  containmentIsSafe,
  rubyLang,
} from '../../../utils/reading/annotate';
import type { ReadingToken } from '../../../utils/reading/pinyin';
import { loadNodeEngine } from '../../../utils/reading/reader-node';
import { loadHtml } from './dom-helpers';
import { chineseTextLang } from '../../../utils/reading/script';

const FIXTURE = `<h1 id="t">外交部发言人就朝鲜半岛问题答记者问</h1>
<div class="body"><p>问：<a href="#x">伊核问题</a>应通过对话协商解决吗？</p>
<p style="text-indent:2em">答：我们注意到有关报道。<b>中方</b>一贯主张，各方应保持冷静克制。&nbsp;2025年</p>
<p>No Chinese here.</p><p>習近平同普京通電話。<script>var x = "中文";</script><span contenteditable="true">可编辑</span></p></div>`;

async function setup() {
  const engine = await loadNodeEngine();
  loadHtml(FIXTURE);
  const read = (texts: string[]): ReadingToken[][] => texts.map((t) => engine.read(t));
  const els = [document.getElementById('t')!, ...Array.from(document.querySelectorAll('p'))];
  return { engine, read, els };
}

describe('Annotator', () => {
  it('wraps whole words in ruby and restores the DOM byte for byte', async () => {
    const { read, els } = await setup();
    const before = document.body.innerHTML;
    const originals = els.map((el) => Array.from(el.childNodes));
    const annotator = new Annotator({
      doc: document,
      read,
      display: { tones: 'marks', sandhi: false },
    });
    annotator.annotateSync(els);
    const words = Array.from(document.querySelectorAll('ruby.dz-word')).map((r) => wordOf(r));
    expect(words).toContain('朝鲜半岛问题');
    expect(words).toContain('習近平');
    expect(document.querySelector('script')!.textContent).toBe('var x = "中文";');
    expect(document.querySelector('[contenteditable]')!.textContent).toBe('可编辑');
    expect(document.body.innerHTML).not.toBe(before);
    // The text (without rt) is unchanged.
    const ying = Array.from(document.querySelectorAll('ruby.dz-word')).find(
      (r) => wordOf(r) === '应',
    );
    expect(ying!.querySelector('rt')!.textContent).toBe('yīng');
    annotator.unannotate();
    expect(document.body.innerHTML).toBe(before);
    // The very same text nodes are back.
    els.forEach((el, i) => expect(Array.from(el.childNodes)).toEqual(originals[i]));
  });

  it('time-slices work and can be cancelled', async () => {
    const { read, els } = await setup();
    const before = document.body.innerHTML;
    let t = 0;
    const annotator = new Annotator({
      doc: document,
      read,
      display: { tones: 'numbers', sandhi: true },
      budgetMs: 1,
      now: () => (t += 0.6),
    });
    await annotator.annotate(els);
    expect(annotator.stats.slices).toBeGreaterThan(3);
    expect(document.querySelector('rt')!.textContent).toMatch(/[a-z]+[1-5]/);
    annotator.unannotate();
    expect(document.body.innerHTML).toBe(before);
  });

  it('counts the time it waited for readings and the time it handed back to the page', async () => {
    const { read, els } = await setup();
    let t = 0;
    let yields = 0;
    const annotator = new Annotator({
      doc: document,
      // Each reading arrives 5 ms later (the clock moves on while it is awaited).
      read: (texts) => new Promise((resolve) => setTimeout(() => ((t += 5), resolve(read(texts))))),
      display: { tones: 'marks', sandhi: false },
      budgetMs: 1,
      now: () => (t += 0.1),
      // Each hand-back takes 10 ms of the clock.
      yieldToPage: () => (yields++, (t += 10), Promise.resolve()),
    });
    await annotator.annotate(els);
    expect(yields).toBeGreaterThan(0);
    expect(annotator.stats.yieldMs).toBeGreaterThanOrEqual(yields * 10);
    expect(annotator.stats.yieldMs).toBeLessThan(yields * 10 + yields * 1);
    expect(annotator.stats.readWaitMs).toBeGreaterThanOrEqual(5);
    annotator.unannotate();
  });

  it('re-renders readings without re-annotating; a ruby carries its Chinese, no known mark', async () => {
    const { read, els } = await setup();
    const annotator = new Annotator({
      doc: document,
      read,
      display: { tones: 'marks', sandhi: false },
    });
    annotator.annotateSync(els);
    const zhongfang = Array.from(document.querySelectorAll<HTMLElement>('ruby.dz-word')).find(
      (r) => wordOf(r) === '中方',
    )!;
    expect(zhongfang.getAttribute('data-dz-h')).toBe('中方');
    expect(document.querySelector('.dz-known')).toBeNull();
    await annotator.setDisplay({ tones: 'numbers', sandhi: false });
    expect(zhongfang.querySelector('rt')!.textContent).toBe('zhong1fang1');
  });

  it('re-renders for new display options in slices, paragraphs on screen first', async () => {
    const engine = await loadNodeEngine();
    loadHtml(
      [0, 1, 2].map(() => `<p>${'中方一贯主张各方应保持冷静克制。'.repeat(20)}</p>`).join(''),
    );
    const els = Array.from(document.querySelectorAll('p'));
    let t = 0;
    const redrawn = () =>
      els.map(
        (el) =>
          Array.from(el.querySelectorAll('ruby.dz-word')).filter((ruby) =>
            /\d/.test(ruby.querySelector('rt')?.textContent ?? ''),
          ).length,
      );
    const seen: { lane: string; redrawn: number[] }[] = [];
    const annotator = new Annotator({
      doc: document,
      read: (texts) => texts.map((text) => engine.read(text)),
      display: { tones: 'marks', sandhi: false },
      budgetMs: 0.05,
      now: () => (t += 0.1),
      yieldToPage: () => (seen.push({ lane: 'page', redrawn: redrawn() }), Promise.resolve()),
      yieldIdle: () => (seen.push({ lane: 'idle', redrawn: redrawn() }), Promise.resolve()),
    });
    annotator.annotateSync(els);
    const total = els.map((el) => el.querySelectorAll('ruby.dz-word').length);
    expect(Math.min(...total)).toBeGreaterThan(64);
    annotator.offscreen([els[0]!]);
    seen.length = 0;
    const done = annotator.setDisplay({ tones: 'numbers', sandhi: false });
    // Nothing is redrawn in the caller's task.
    expect(redrawn()).toEqual([0, 0, 0]);
    await done;
    expect(redrawn()).toEqual(total);
    // In slices: the paragraphs on screen first (yielding to the page's frames), the one off
    // screen last (in idle time).
    expect(seen.length).toBeGreaterThan(2);
    const firstIdle = seen.findIndex((s) => s.lane === 'idle');
    expect(seen[0]).toEqual({ lane: 'page', redrawn: [0, expect.any(Number), 0] });
    expect(seen[firstIdle]!.redrawn.slice(1)).toEqual(total.slice(1));
    // Set again meanwhile: the last options win everywhere.
    const again = annotator.setDisplay({ tones: 'marks', sandhi: false });
    void annotator.setDisplay({ tones: 'numbers', sandhi: false });
    await again;
    expect(redrawn()).toEqual(total);
  });

  it('keeps the first slice short: the first frame with pinyin lays out only its rubies', async () => {
    const engine = await loadNodeEngine();
    loadHtml(Array.from({ length: 60 }, () => '<p>中方一贯主张各方应保持冷静克制。</p>').join(''));
    let t = 0;
    const written: number[] = [];
    const annotator = new Annotator({
      doc: document,
      read: (texts) => texts.map((text) => engine.read(text)),
      display: { tones: 'marks', sandhi: false },
      budgetMs: 8,
      firstBudgetMs: 2,
      now: () => (t += 0.25),
      yieldToPage: () => (
        written.push(document.querySelectorAll('ruby.dz-word').length),
        Promise.resolve()
      ),
    });
    await annotator.annotate(Array.from(document.querySelectorAll('p')));
    expect(written.length).toBeGreaterThan(2);
    const [first, second] = [written[0]!, written[1]! - written[0]!];
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThanOrEqual(3 * first);
  });

  it('annotates prioritised (visible) paragraphs first', async () => {
    const { read, els } = await setup();
    const order: string[] = [];
    const annotator = new Annotator({
      doc: document,
      read: (texts) => {
        order.push(texts[0]!.slice(0, 4));
        return read(texts);
      },
      display: { tones: 'marks', sandhi: false },
      yieldToPage: () => Promise.resolve(),
    });
    const last = els[els.length - 1]!;
    const lastStart = last.textContent!.slice(0, 4);
    const done = annotator.annotate(els);
    annotator.prioritise([last]);
    await done;
    expect(order[0]).toBe(lastStart);
  });

  it('annotates off-screen paragraphs last, yielding to idle time between their slices', async () => {
    const { read, els } = await setup();
    const before = document.body.innerHTML;
    let t = 0;
    let idle = 0;
    let page = 0;
    const order: Element[] = [];
    const annotator = new Annotator({
      doc: document,
      read,
      display: { tones: 'marks', sandhi: false },
      budgetMs: 1,
      now: () => (t += 0.6),
      yieldToPage: () => (page++, Promise.resolve()),
      yieldIdle: () => (idle++, Promise.resolve()),
      onAnnotated: (el) => order.push(el),
    });
    const [title, ...rest] = els;
    const away = rest.filter((el) => /[\u4e00-\u9fff]/.test(el.textContent ?? ''));
    annotator.offscreen(away);
    const done = annotator.annotate(els);
    annotator.prioritise([title!]);
    await done;
    expect(idle).toBeGreaterThan(0);
    expect(page).toBeGreaterThan(0);
    // All annotated, those on screen (or not known to be off it) first.
    expect(order).toEqual([title, ...rest.filter((el) => !away.includes(el)), ...away]);
    for (const el of away) expect(el.querySelector('ruby.dz-word')).not.toBeNull();
    annotator.unannotate();
    expect(document.body.innerHTML).toBe(before);
  });

  it('with containment, renders paragraphs only near view at their height, and takes it off exactly', async () => {
    const { read, els } = await setup();
    const before = document.body.innerHTML;
    const annotator = new Annotator({
      doc: document,
      read,
      display: { tones: 'marks', sandhi: false },
      contain: true,
    });
    const [title, ...rest] = els;
    const indented = els[2]!;
    // Reported twice, as the container of two <br>-split paragraphs is: still restored exactly.
    const away = [...rest, indented];
    annotator.offscreen(
      away,
      away.map((_, i) => 20.4 + i),
    );
    // Given at once to the elements off screen, at their height, keeping their own inline style;
    // not to the title, on screen.
    rest.forEach((el, i) => {
      expect(el.classList.contains('dz-cv')).toBe(true);
      expect((el as HTMLElement).style.getPropertyValue('contain-intrinsic-block-size')).toBe(
        `auto ${Math.round(20.4 + i)}px`,
      );
    });
    await annotator.annotate([...els, indented]);
    expect(title!.classList.contains('dz-cv')).toBe(false);
    expect((indented as HTMLElement).style.textIndent).toBe('2em');
    annotator.unannotate();
    expect(document.body.innerHTML).toBe(before);
    // Without the option, nothing of it.
    const plain = new Annotator({
      doc: document,
      read,
      display: { tones: 'marks', sandhi: false },
    });
    plain.offscreen(
      els,
      els.map(() => 10),
    );
    await plain.annotate(els);
    expect(document.querySelector('.dz-cv, [style*="contain"]')).toBeNull();
  });

  it('contains paragraphs reported off screen during the first slice only after its frame', async () => {
    const { read, els } = await setup();
    const before = document.body.innerHTML;
    const [title, ...rest] = els;
    let answer: () => void = () => undefined;
    const contained = () => document.querySelectorAll('.dz-cv').length;
    const atYields: number[] = [];
    const annotator = new Annotator({
      doc: document,
      // The first reading comes later (the background), the others at once.
      read: (texts) =>
        atYields.length || texts.join('') !== title!.textContent
          ? read(texts)
          : new Promise((resolve) => (answer = () => resolve(read(texts)))),
      display: { tones: 'marks', sandhi: false },
      contain: true,
      budgetMs: 0,
      firstBudgetMs: 0,
      yieldToPage: async () => void atYields.push(contained()),
      yieldIdle: async () => void atYields.push(contained()),
      idleSlice: async () => (atYields.push(contained()), 0),
    });
    const done = annotator.annotate(els);
    await new Promise((resolve) => setTimeout(resolve, 0));
    // The observers report the paragraphs off screen while the first reading is on its way.
    annotator.offscreen(
      rest,
      rest.map(() => 30),
    );
    expect(contained()).toBe(0);
    answer();
    await done;
    // None when the first frame with ruby was asked for; every one after it.
    expect(atYields[0]).toBe(0);
    expect(Math.max(...atYields)).toBe(rest.length);
    expect(contained()).toBe(rest.length);
    // Reported once that frame was drawn: contained at once, as before.
    annotator.unannotate();
    expect(document.body.innerHTML).toBe(before);
    annotator.offscreen([rest[0]!], [30]);
    expect(contained()).toBe(1);
    annotator.unannotate();
    expect(document.body.innerHTML).toBe(before);
  });

  it('yields until the next frame is drawn (a timer in a hidden tab, or when no frame comes)', async () => {
    const frames: (() => void)[] = [];
    const timers: { cb: () => void; ms: number }[] = [];
    const fake = (visibilityState: string) =>
      ({
        document: { visibilityState },
        requestAnimationFrame: (cb: () => void) => frames.push(cb),
        setTimeout: (cb: () => void, ms: number) => timers.push({ cb, ms }),
        clearTimeout: () => undefined,
      }) as unknown as Window;
    let resolved = false;
    void afterNextFrame(fake('visible')).then(() => (resolved = true));
    // Nothing before the frame; after it, a task.
    expect(frames).toHaveLength(1);
    expect(timers.map((t) => t.ms)).toEqual([100]);
    frames[0]!();
    expect(timers.map((t) => t.ms)).toEqual([100, 0]);
    await Promise.resolve();
    expect(resolved).toBe(false);
    timers[1]!.cb();
    await Promise.resolve();
    expect(resolved).toBe(true);
    // The safety timer alone also ends the wait (no frame drawn); a hidden tab: a timer at once.
    frames.length = 0;
    timers.length = 0;
    let late = false;
    void afterNextFrame(fake('visible')).then(() => (late = true));
    timers[0]!.cb();
    await Promise.resolve();
    expect(late).toBe(true);
    frames.length = 0;
    timers.length = 0;
    void afterNextFrame(fake('hidden'));
    expect(frames).toHaveLength(0);
    expect(timers.map((t) => t.ms)).toEqual([0]);
  });

  it('gives containment only where nothing floats (it would move text flowing around a float)', () => {
    loadHtml(
      '<div id="a"><p>中文</p><p>中文</p></div><div id="b"><img style="float:left"><p>中文</p></div>',
    );
    const a = document.getElementById('a')!;
    const b = document.getElementById('b')!;
    expect(containmentIsSafe([a])).toBe(true);
    expect(containmentIsSafe([a, b])).toBe(false);
    expect(containmentIsSafe([a], 1)).toBe(false);
  });

  it('declares Simplified Chinese on its rubies unless the page declares a Chinese language there', async () => {
    const engine = await loadNodeEngine();
    loadHtml(
      '<div id="none"><p>我们注意到有关报道。</p></div><div id="en" lang="en"><p>各方应保持冷静。</p></div>' +
        '<div id="zh" lang="zh-CN"><p>中方一贯主张。</p></div><div id="hant" lang="ZH-Hant"><p>中方一貫主張。</p></div>' +
        '<div id="zhx" lang="zhx"><p>中方。</p></div>',
    );
    const ps = Array.from(document.querySelectorAll('p'));
    expect(ps.map((p) => rubyLang(p) ?? null)).toEqual([
      'zh-Hans',
      'zh-Hans',
      null,
      null,
      'zh-Hans',
    ]);
    const before = document.body.innerHTML;
    const annotator = new Annotator({
      doc: document,
      read: (texts) => texts.map((t) => engine.read(t)),
      display: { tones: 'marks', sandhi: false },
    });
    annotator.annotateSync(ps);
    const langs = (id: string) =>
      Array.from(document.querySelectorAll(`#${id} ruby.dz-word`)).map((r) =>
        r.getAttribute('lang'),
      );
    expect(langs('none').length).toBeGreaterThan(1);
    expect(new Set(langs('none'))).toEqual(new Set(['zh-Hans']));
    expect(new Set(langs('en'))).toEqual(new Set(['zh-Hans']));
    expect(new Set(langs('zh'))).toEqual(new Set([null]));
    expect(new Set(langs('hant'))).toEqual(new Set([null]));
    // The page's own elements are not given a language; taking the layer off leaves no trace.
    expect(ps.every((p) => !p.hasAttribute('lang'))).toBe(true);
    annotator.unannotate();
    expect(document.body.innerHTML).toBe(before);
  });

  it('declares the statement’s script when it is Traditional, on a page that declares none', async () => {
    const engine = await loadNodeEngine();
    loadHtml('<p>外交部發言人說，中方一貫主張通過對話解決問題。</p><p lang="zh-CN">中方。</p>');
    const ps = Array.from(document.querySelectorAll('p'));
    const texts = ps.map((p) => p.textContent!);
    expect(chineseTextLang(texts)).toBe('zh-Hant');
    const annotator = new Annotator({
      doc: document,
      read: (texts) => texts.map((t) => engine.read(t)),
      display: { tones: 'marks', sandhi: false },
      textLang: chineseTextLang(texts),
    });
    annotator.annotateSync(ps);
    const langs = (p: Element) =>
      new Set(Array.from(p.querySelectorAll('ruby.dz-word')).map((r) => r.getAttribute('lang')));
    expect(langs(ps[0]!)).toEqual(new Set(['zh-Hant']));
    // Where the page declares a Chinese language, the rubies inherit it.
    expect(langs(ps[1]!)).toEqual(new Set([null]));
  });

  it('asks for the readings of the next paragraphs together, while writing the current one', async () => {
    const { read, els } = await setup();
    const calls: number[] = [];
    const annotator = new Annotator({
      doc: document,
      read: (texts) => (calls.push(texts.length), Promise.resolve(read(texts))),
      display: { tones: 'marks', sandhi: false },
    });
    await annotator.annotate(els);
    const han = els.filter((el) => /[\u4e00-\u9fff]/.test(el.textContent ?? ''));
    // The first paragraph alone, then all the others in one message.
    expect(calls.length).toBe(2);
    for (const el of han) expect(el.querySelector('ruby.dz-word')).not.toBeNull();
    const sync = new Annotator({ doc: document, read, display: { tones: 'marks', sandhi: false } });
    annotator.unannotate();
    sync.annotateSync(els);
    expect(Array.from(document.querySelectorAll('ruby.dz-word')).length).toBeGreaterThan(10);
  });

  it('keeps several batches of readings asked for ahead of the paragraph it writes', async () => {
    const { engine } = await setup();
    // Twelve paragraphs of six characters; batches of twelve characters (two paragraphs).
    loadHtml(
      Array.from(
        { length: 12 },
        (_, i) => `<p>第${'一二三四五六七八九十甲乙'[i]}段外交部</p>`,
      ).join(''),
    );
    const els = Array.from(document.querySelectorAll('p'));
    const text = els.map((el) => el.textContent!);
    const asked: string[][] = [];
    let writtenWhenAsked = new Map<string, number>();
    let written = 0;
    const annotator = new Annotator({
      doc: document,
      read: (texts) => {
        asked.push(texts);
        for (const t of texts) writtenWhenAsked.set(t, written);
        return Promise.resolve(texts.map((t) => engine.read(t)));
      },
      display: { tones: 'marks', sandhi: false },
      readBatchChars: 12,
      onAnnotated: () => written++,
    });
    await annotator.annotate(els);
    expect(written).toBe(12);
    // The first paragraph alone, then batches of two paragraphs.
    expect(asked[0]).toEqual([text[0]]);
    expect(asked.map((texts) => texts.length)).toEqual([1, 2, 2, 2, 2, 2, 1]);
    // While the first paragraph was written, three batches (six paragraphs) were asked for.
    const early = text.filter((t) => writtenWhenAsked.get(t) === 0);
    expect(early).toEqual(text.slice(0, 7));
    // Each paragraph asked for once.
    expect(asked.flat().sort()).toEqual([...text].sort());
    writtenWhenAsked = new Map();
  });

  it('asks ahead for the paragraphs on screen before those off it, then in queue order', async () => {
    const { engine } = await setup();
    loadHtml(
      Array.from({ length: 10 }, (_, i) => `<p>第${'一二三四五六七八九十'[i]}段外交部</p>`).join(
        '',
      ),
    );
    const els = Array.from(document.querySelectorAll('p'));
    const text = els.map((el) => el.textContent!);
    const asked: string[] = [];
    const order: string[] = [];
    const annotator = new Annotator({
      doc: document,
      read: (texts) => {
        asked.push(...texts);
        return Promise.resolve(texts.map((t) => engine.read(t)));
      },
      display: { tones: 'marks', sandhi: false },
      readBatchChars: 6,
      onAnnotated: (el) =>
        order.push(el.textContent!.replace(/[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ' ]/gi, '')),
    });
    // Paragraphs 1–6 off screen; 0 and 7–9 on it.
    annotator.offscreen(els.slice(1, 7));
    await annotator.annotate(els);
    expect(order).toEqual([0, 7, 8, 9, 1, 2, 3, 4, 5, 6].map((i) => text[i]));
    // Asked for in the order they are written, each once.
    expect(asked).toEqual(order);
  });

  it('writes what the content script read early, without asking again', async () => {
    const { read, els } = await setup();
    const asked: string[] = [];
    const annotator = new Annotator({
      doc: document,
      read: (texts) => (asked.push(...texts), read(texts)),
      display: { tones: 'marks', sandhi: false },
    });
    const [title, first] = els;
    const texts = [title!.textContent!];
    const titleText = texts[0];
    annotator.seed([
      { element: title!, texts, tokens: Promise.resolve(read(texts)) },
      // Pieces that are not the element's (the page changed it meanwhile): read again.
      { element: first!, texts: ['问：'], tokens: Promise.resolve(read(['问：'])) },
    ]);
    await annotator.annotate(els);
    expect(asked).not.toContain(titleText);
    expect(asked).toContain('问：');
    expect(title!.querySelector('ruby.dz-word')).not.toBeNull();
    expect(Array.from(first!.querySelectorAll('ruby.dz-word')).map((r) => wordOf(r))).toContain(
      '伊核问题',
    );
  });

  /** Tells `el` what the browser says of a content-visibility: auto element it (un)skips. */
  const reportSkipped = (el: Element, skipped: boolean) =>
    el.dispatchEvent(
      Object.assign(new Event('contentvisibilityautostatechange'), { skipped }) as Event,
    );

  /** An annotator whose idle periods are recorded, with every paragraph but the title off screen. */
  const offscreenSetup = async () => {
    const { read, els } = await setup();
    let t = 0;
    const idle: number[] = [];
    const annotator = new Annotator({
      doc: document,
      read,
      display: { tones: 'marks', sandhi: false },
      budgetMs: 1,
      contain: true,
      now: () => (t += 0.6),
      yieldToPage: () => Promise.resolve(),
      yieldIdle: () => Promise.resolve(),
      idleSlice: () => (idle.push(t), Promise.resolve(20)),
    });
    const [, ...rest] = els;
    annotator.offscreen(
      rest,
      rest.map(() => 20),
    );
    return { annotator, els, rest, idle };
  };

  it('gives skipped contained paragraphs slices as long as the idle period', async () => {
    const { annotator, els, rest, idle } = await offscreenSetup();
    for (const el of rest) reportSkipped(el, true);
    await annotator.annotate(els);
    expect(idle.length).toBeGreaterThan(0);
    // Slices longer than the 1 ms budget, up to the 20 ms the idle period gave.
    expect(annotator.stats.longestSliceMs).toBeGreaterThan(1.2);
    expect(annotator.stats.longestSliceMs).toBeLessThanOrEqual(21);
    annotator.unannotate();
  });

  it('keeps the usual budget for contained paragraphs the browser still renders', async () => {
    const { annotator, els, rest, idle } = await offscreenSetup();
    // Near the viewport: contained, but rendered (and one skipped, then rendered again).
    reportSkipped(rest[0]!, true);
    reportSkipped(rest[0]!, false);
    await annotator.annotate(els);
    expect(idle).toEqual([]);
    // The 1 ms budget, overrun by at most one checkpoint's work (0.6 ms per clock read here).
    expect(annotator.stats.longestSliceMs).toBeLessThan(2.5);
    expect(document.querySelectorAll('ruby.dz-word').length).toBeGreaterThan(10);
    annotator.unannotate();
  });

  it('tells which paragraphs the browser tracks, and puts one scrolled to first', async () => {
    const scope = window as unknown as Record<string, unknown>;
    scope.ContentVisibilityAutoStateChangeEvent = class extends Event {};
    try {
      const { read, els } = await setup();
      const contained: [Element, boolean][] = [];
      const rendered: [Element, boolean][] = [];
      const order: Element[] = [];
      const annotator = new Annotator({
        doc: document,
        read,
        display: { tones: 'marks', sandhi: false },
        contain: true,
        yieldToPage: () => Promise.resolve(),
        yieldIdle: () => Promise.resolve(),
        idleSlice: () => Promise.resolve(20),
        onAnnotated: (el) => order.push(el),
        onContained: (el, on) => contained.push([el, on]),
        onRendered: (el, on) => rendered.push([el, on]),
      });
      const [title, ...rest] = els;
      const last = rest[rest.length - 1]!;
      annotator.offscreen(
        rest,
        rest.map(() => 20),
      );
      expect(contained).toEqual(rest.map((el) => [el, true]));
      const done = annotator.annotate(els);
      for (const el of rest) reportSkipped(el, true);
      // Near the viewport at once (rendered, never skipped): keeps its place.
      reportSkipped(rest[0]!, false);
      // Skipped, then rendered: scrolled towards, so it comes next.
      reportSkipped(last, false);
      expect(rendered.slice(-2)).toEqual([
        [rest[0], true],
        [last, true],
      ]);
      await done;
      expect(order[0]).toBe(last);
      expect(order.indexOf(title!)).toBeLessThan(order.indexOf(rest[1]!));
      annotator.unannotate();
      expect(contained.slice(rest.length)).toEqual(rest.map((el) => [el, false]));
      expect(document.querySelector('.dz-cv')).toBeNull();
    } finally {
      delete scope.ContentVisibilityAutoStateChangeEvent;
    }
  });

  it('tells, with each element annotated, the distinct words its rubies show', async () => {
    const { read, els } = await setup();
    const told = new Map<Element, string[]>();
    new Annotator({
      doc: document,
      read,
      display: { tones: 'marks', sandhi: false },
      onAnnotated: (el, words) => told.set(el, words),
    }).annotateSync(els);
    expect([...told.keys()]).toEqual(els);
    for (const el of els) {
      const shown = new Set(Array.from(el.querySelectorAll('ruby.dz-word'), (r) => wordOf(r)));
      expect(new Set(told.get(el))).toEqual(shown);
      expect(told.get(el)!.length).toBe(shown.size);
    }
    expect([...told.values()].flat().length).toBeGreaterThan(20);
  });

  it('leaves the observers watching where the browser does not tell what it renders', async () => {
    // happy-dom has no ContentVisibilityAutoStateChangeEvent: containment, but no hand-over.
    const { read, els } = await setup();
    const calls: boolean[] = [];
    const annotator = new Annotator({
      doc: document,
      read,
      display: { tones: 'marks', sandhi: false },
      contain: true,
      onContained: (_el, on) => calls.push(on),
    });
    annotator.offscreen([els[1]!], [20]);
    expect(els[1]!.classList.contains('dz-cv')).toBe(true);
    annotator.unannotate();
    expect(els[1]!.classList.contains('dz-cv')).toBe(false);
    expect(calls).toEqual([]);
  });

  it('survives a page that re-renders annotated paragraphs', async () => {
    const { read, els } = await setup();
    const annotator = new Annotator({
      doc: document,
      read,
      display: { tones: 'marks', sandhi: false },
    });
    annotator.annotateSync(els);
    const p = els[1]!;
    p.replaceChildren(document.createTextNode('页面重新渲染的内容。'));
    expect(() => annotator.unannotate()).not.toThrow();
    expect(p.textContent).toBe('页面重新渲染的内容。');
    expect(document.querySelector('ruby.dz-word')).toBeNull();
  });
});
