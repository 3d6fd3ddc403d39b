/**
 * Word-level ruby annotation of a page's statement paragraphs, reversible and time-sliced.
 * - Only the elements handed in (title + body paragraphs) are touched; inside them, every text
 *   node with Han characters is replaced by plain text nodes and one <ruby> per word.
 * - `unannotate` puts the ORIGINAL text nodes back (same objects), so the DOM is restored
 *   exactly and page scripts holding references to them keep working.
 * - Work runs in slices of `budgetMs` (default 8 ms; the first one `firstBudgetMs`, 2 ms, so
 *   that the first frame with pinyin has few rubies to lay out) with yields in between, visible
 *   paragraphs first; elements reported `offscreen` come after, in idle time (contained ones the
 *   browser reports skipped in slices as long as the idle period, up to IDLE_SLICE_MAX_MS). The
 *   readings of the next
 *   paragraphs are asked for (in one message) while the current one is written. `annotateSync`
 *   does the same work at once (tests, small pages).
 * - With `contain`, each element is rendered only near the viewport (`content-visibility: auto`,
 *   its current height kept as its size while skipped): without it, every frame that puts ruby
 *   into a long statement costs a layout, pre-paint and paint of much of the document (20–60 ms
 *   per frame on 40,000 characters, measured in Chromium traces), so annotating off-screen
 *   paragraphs made long frames and took many seconds.
 */
import { CHINESE_TEXT_LANG, DZ } from './dom-labels';
import type { ReadingToken } from './pinyin';
import { makeRuby, renderRuby, wordOf, type DisplayOptions } from './ruby';
import { readableTextNodes, readingPieces, splitForReading } from './pieces';

/** Reads texts into tokens: in-process (tests, CLI) or by message to the background. */
export type ReadFn = (texts: string[]) => ReadingToken[][] | Promise<ReadingToken[][]>;

export interface AnnotatorOptions {
  doc: Document;
  read: ReadFn;
  display: DisplayOptions;
  /**
   * Called when an element's ruby is complete (e.g. to prefetch its popup data), with the
   * distinct words its rubies show (no walk over them needed).
   */
  onAnnotated?: (el: Element, words: string[]) => void;
  /**
   * The language the rubies declare where the page declares no Chinese one (rubyLang): the
   * statement's script, zh-Hans (default) or zh-Hant (utils/reading/script.ts).
   */
  textLang?: string;
  /** Longest uninterrupted piece of work, in ms. */
  budgetMs?: number;
  /** The first slice's budget, in ms (default FIRST_SLICE_MS): see run(). */
  firstBudgetMs?: number;
  /** Characters per read call (one message to the background per call). */
  readBatchChars?: number;
  /**
   * Hands control back to the page between slices (default: after the next frame is drawn, see
   * `afterNextFrame`; a macrotask where there is no window).
   */
  yieldToPage?: () => Promise<void>;
  /**
   * Hands control back between slices of work on elements off screen (default: after the next
   * frame, in the next idle period, as requestIdleCallback gives it; else yieldToPage).
   */
  yieldIdle?: () => Promise<void>;
  /**
   * Hands control back between slices of work on skipped contained elements, resolving with
   * the time the next slice may take (default: the next idle period, as long as it lasts up to
   * IDLE_SLICE_MAX_MS; else yieldIdle and budgetMs). Their ruby costs no layout while they are
   * not rendered, so they need not wait for a frame and can use all the idle time there is.
   */
  idleSlice?: () => Promise<number>;
  /**
   * Render each element reported `offscreen` with its height only near the viewport while the
   * layer is on (see the header); its class and inline size are removed by `unannotate`. Off for elements next to floats, which
   * containment would move (see `containmentIsSafe`).
   */
  contain?: boolean;
  /**
   * An element was given containment (true) or had it taken off (false), where the browser tells
   * whether it renders it ('contentvisibilityautostatechange'; see onRendered). From then on
   * that tells when the element comes near the viewport, and an IntersectionObserver watching it
   * for the same can stop: each target observed costs every frame that puts ruby into the
   * statement (two observers of 477 paragraphs added 1.9 ms of intersection work to each such
   * frame: plain Chromium, trace of 90 frames, 2026-12-03).
   */
  onContained?: (el: Element, contained: boolean) => void;
  /**
   * The browser started (true) or stopped rendering a contained element: it is within about
   * half a screen of the viewport, or no longer.
   */
  onRendered?: (el: Element, rendered: boolean) => void;
  now?: () => number;
}

/** Readings of one element's pieces (see pieces.ts), asked for ahead. */
export interface EarlyReading {
  element: Element;
  texts: string[];
  tokens: ReadingToken[][] | Promise<ReadingToken[][]>;
}

export interface AnnotatorStats {
  slices: number;
  longestSliceMs: number;
  busyMs: number;
  /** Time spent waiting for readings that were not there yet (the background segmenting). */
  readWaitMs: number;
  /** Time handed back to the page between slices (frames, idle periods). */
  yieldMs: number;
  words: number;
  paragraphs: number;
}

interface Replacement {
  original: Text;
  inserted: Node[];
}

type Step = undefined | Promise<ReadingToken[][]>;

/**
 * Longest slice in an idle period for skipped contained elements: under the 50 ms of a long
 * task, with room for the slice to overrun its last checkpoint (64 words or one text node).
 */
export const IDLE_SLICE_MAX_MS = 20;

/** The first slice's budget (ms): what the first frame with pinyin has to lay out. */
export const FIRST_SLICE_MS = 2;

/** Batches of readings asked for ahead of the element being written (see readAhead). */
const READ_AHEAD_BATCHES = 3;

/** An await of a reading that took longer than this waited for another task (a message). */
const AWAITED_MS = 2;

function isPromise<T>(value: unknown): value is Promise<T> {
  return !!value && typeof (value as Promise<T>).then === 'function';
}

export class Annotator {
  readonly stats: AnnotatorStats = {
    slices: 0,
    longestSliceMs: 0,
    busyMs: 0,
    readWaitMs: 0,
    yieldMs: 0,
    words: 0,
    paragraphs: 0,
  };
  private readonly records = new Map<Element, Replacement[]>();
  /** The rubies made (the plain text nodes between them are not kept: see isOurs). */
  private readonly ours = new WeakSet<Node>();
  private queue: Element[] = [];
  /** Elements known to be off screen (annotated after the others, in idle time). */
  private readonly away = new WeakSet<Element>();
  /** Elements given containment → how to take it off again. */
  private readonly contained = new Map<Element, () => void>();
  /**
   * Contained elements the browser reports skipped (not rendered: 'contentvisibilityautostatechange').
   * Only these get long idle slices: a contained element near the viewport is still rendered,
   * and a 20 ms slice of ruby in one cost a 45–60 ms layout (Chromium trace, 2026-12-02).
   */
  private readonly skipped = new WeakSet<Element>();
  /** Whether the browser reports when a contained element is rendered (see onContained). */
  private readonly reportsRendering: boolean;
  /** Readings asked for ahead, by element. */
  private asked = new Map<
    Element,
    { texts: string[]; tokens: ReadingToken[][] | Promise<ReadingToken[][]> }
  >();
  private readonly yieldIdle: () => Promise<void>;
  private readonly idleSlice: () => Promise<number>;
  private running: Promise<void> | undefined;
  /** Annotated elements whose rubies show older display options (setDisplay). */
  private stale = new Set<Element>();
  /**
   * With `contain`, elements reported off screen while the first run waits for its first frame
   * with ruby, and their heights: contained after that frame (null outside that wait).
   * Containing the ~470 paragraphs of a 40,000-character statement at once made that frame
   * recalculate their style and lay them out (28 + 13 ms in a Chromium trace), on the way to the
   * first pinyin on screen: 30 ms sooner without (interleaved, 3 rounds of 3 loads: 30–50 ms
   * from the first ruby to ruby in view against 62–76).
   */
  private pendingContain: Map<Element, number | undefined> | null = null;
  /** A frame with ruby was drawn (or the first run wrote everything without one). */
  private firstFrame = false;
  private redrawing: Promise<void> | undefined;
  private generation = 0;
  private display: DisplayOptions;
  private readonly budget: number;
  private readonly firstBudget: number;
  private readonly batchChars: number;
  private readonly now: () => number;
  private readonly yieldToPage: () => Promise<void>;
  /**
   * run() found every queued element off screen as it took the current one (true for most of
   * a long statement): upcoming() then need not look for elements on screen.
   */
  private queueAllAway = false;

  constructor(private readonly options: AnnotatorOptions) {
    this.display = options.display;
    this.budget = options.budgetMs ?? 8;
    this.firstBudget = options.firstBudgetMs ?? FIRST_SLICE_MS;
    this.batchChars = options.readBatchChars ?? 1500;
    this.now = options.now ?? (() => performance.now());
    const View = options.doc.defaultView;
    this.reportsRendering = !!View && 'ContentVisibilityAutoStateChangeEvent' in View;
    this.yieldToPage =
      options.yieldToPage ??
      (View ? () => afterNextFrame(View) : () => new Promise((resolve) => setTimeout(resolve, 0)));
    this.yieldIdle =
      options.yieldIdle ??
      (View?.requestIdleCallback
        ? () =>
            afterNextFrame(View).then(
              () =>
                new Promise((resolve) =>
                  View.requestIdleCallback(() => resolve(), { timeout: 100 }),
                ),
            )
        : this.yieldToPage);
    this.idleSlice =
      options.idleSlice ??
      (View?.requestIdleCallback
        ? () =>
            new Promise((resolve) =>
              View.requestIdleCallback(
                (deadline) => resolve(Math.min(IDLE_SLICE_MAX_MS, deadline.timeRemaining())),
                { timeout: 100 },
              ),
            )
        : () => this.yieldIdle().then(() => this.budget));
  }

  /**
   * True for the elements the annotator created (so a MutationObserver can ignore them). Text
   * nodes are never elements the page adds: a statement of 40,000 characters has about 20,000
   * plain text nodes between its rubies, which the set held for nothing.
   */
  isOurs(node: Node): boolean {
    return this.ours.has(node);
  }

  isAnnotated(el: Element): boolean {
    return this.records.has(el);
  }

  /** The annotated elements, in the order they were annotated. */
  annotatedElements(): Element[] {
    return [...this.records.keys()];
  }

  /** Annotate at once (read must be synchronous). */
  annotateSync(elements: readonly Element[]): void {
    this.queueAllAway = false;
    for (const el of elements) {
      if (this.records.has(el)) continue;
      const work = this.work(el);
      for (let step = work.next(); !step.done;) {
        if (isPromise(step.value)) throw new Error('annotateSync needs a synchronous read');
        step = work.next();
      }
    }
    this.containPending();
  }

  /** Queue elements and annotate them in time slices; resolves when the queue is empty. */
  annotate(elements: readonly Element[]): Promise<void> {
    // An element may be listed twice (the container of several <br>-split paragraphs).
    const queued = new Set(this.queue);
    const added = elements.filter(
      (el) => !this.records.has(el) && !queued.has(el) && !!queued.add(el),
    );
    this.queue.push(...added);
    this.running ??= this.run().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** Move these (e.g. now visible) elements to the front of the queue. */
  prioritise(elements: readonly Element[]): void {
    for (const el of elements) this.away.delete(el);
    const set = new Set(elements);
    const first = this.queue.filter((el) => set.has(el));
    if (first.length) this.queue = [...first, ...this.queue.filter((el) => !set.has(el))];
  }

  /**
   * These elements are off screen: they are annotated after the others, in idle time. With
   * `contain`, each is given containment at once, keeping `heights[i]` (its border-box height,
   * e.g. an IntersectionObserver entry's, which costs no layout) as its size while skipped, so
   * nothing moves. Reading the heights here instead forced a layout of the whole statement
   * (100–260 ms tasks on 40,000 characters).
   */
  offscreen(elements: readonly Element[], heights?: readonly number[]): void {
    elements.forEach((el, i) => {
      this.away.add(el);
      const height = heights?.[i];
      if (this.pendingContain) {
        if (!this.pendingContain.has(el)) this.pendingContain.set(el, height);
        return;
      }
      if (
        this.options.contain &&
        height !== undefined &&
        !this.contained.has(el) &&
        el.isConnected
      ) {
        this.contained.set(
          el,
          contain(el as HTMLElement, Math.max(0, Math.round(height)), (skipped) =>
            this.renderingChanged(el, skipped),
          ),
        );
        if (this.reportsRendering) this.options.onContained?.(el, true);
      }
    });
  }

  /** The first frame with ruby was drawn: contain the elements reported off screen until then. */
  private containPending(): void {
    this.firstFrame = true;
    const pending = this.pendingContain;
    if (!pending) return;
    this.pendingContain = null;
    for (const [el, height] of pending) {
      // Still off screen (not prioritised since).
      if (this.away.has(el)) this.offscreen([el], height === undefined ? undefined : [height]);
    }
  }

  /**
   * The browser skips (does not render) a contained element, or renders it. Skipped before and
   * rendered now, it was scrolled towards: its ruby comes next, as for one that came into view.
   * Skipped again, it waits for idle time. (Rendered at once, it is only near the viewport:
   * its place in the queue stays, after the paragraphs in view.)
   */
  private renderingChanged(el: Element, skipped: boolean): void {
    const wasSkipped = this.skipped.has(el);
    if (skipped) {
      this.skipped.add(el);
      this.away.add(el);
    } else {
      this.skipped.delete(el);
      if (wasSkipped) this.prioritise([el]);
    }
    this.options.onRendered?.(el, !skipped);
  }

  /**
   * Readings asked for before the annotator existed (the content script asks for the first
   * paragraphs as it shows the statement): work() takes them when its pieces are the same.
   */
  seed(readings: readonly EarlyReading[]): void {
    for (const { element, texts, tokens } of readings) {
      if (this.records.has(element) || this.asked.has(element)) continue;
      this.remember(element, texts, tokens);
    }
  }

  /** Stop queued work; elements already annotated stay annotated. */
  cancel(): void {
    this.generation++;
    this.queue = [];
    this.asked = new Map();
    this.stale = new Set();
  }

  /** Restore the given elements (default: all) exactly as they were. */
  unannotate(elements?: readonly Element[]): void {
    this.cancel();
    if (elements) for (const el of elements) this.pendingContain?.delete(el);
    else this.pendingContain?.clear();
    for (const el of elements ?? [...this.contained.keys()]) {
      const undo = this.contained.get(el);
      if (!undo) continue;
      undo();
      this.contained.delete(el);
      this.skipped.delete(el);
      if (this.reportsRendering) this.options.onContained?.(el, false);
    }
    for (const el of elements ?? [...this.records.keys()]) {
      const list = this.records.get(el);
      if (!list) continue;
      for (let i = list.length - 1; i >= 0; i--) {
        const { original, inserted } = list[i]!;
        const anchor = inserted.find((n) => n.parentNode);
        // If the page removed our nodes (re-rendered), there is nothing left to restore.
        if (anchor?.parentNode) anchor.parentNode.insertBefore(original, anchor);
        for (const node of inserted) node.parentNode?.removeChild(node);
      }
      this.records.delete(el);
    }
  }

  /**
   * Re-render every ruby for new display options (tone marks/numbers, sandhi, words/characters,
   * tone colours), in slices as the annotation runs: visible paragraphs first, the others in
   * idle time. Redrawing all of a 40,000-character statement at once is a task of hundreds of
   * milliseconds. Resolves when every ruby shows the options last set.
   */
  setDisplay(display: DisplayOptions): Promise<void> {
    this.display = display;
    this.stale = new Set(this.records.keys());
    this.redrawing ??= this.redrawStale().finally(() => {
      this.redrawing = undefined;
    });
    return this.redrawing;
  }

  private async redrawStale(): Promise<void> {
    // After the caller's synchronous code, as run(), so that a prioritise() right after counts.
    await Promise.resolve();
    const generation = this.generation;
    const { doc } = this.options;
    let sliceStart = this.now();
    const pick = () => {
      for (const el of this.stale) if (!this.away.has(el)) return el;
      return this.stale.values().next().value as Element;
    };
    let count = 0;
    while (this.stale.size && generation === this.generation) {
      const el = pick();
      this.stale.delete(el);
      if (!this.records.has(el)) continue;
      const rubies = el.querySelectorAll<HTMLElement>(`ruby.${DZ.word}`);
      for (let i = 0; i < rubies.length; i++) {
        const ruby = rubies[i]!;
        renderRuby(doc, ruby, wordOf(ruby), this.display);
        // The clock read every 32 rubies, in and between paragraphs (most are short).
        if (++count % 32 !== 0 || this.now() - sliceStart < this.budget) continue;
        await (this.away.has(el) ? this.yieldIdle() : this.yieldToPage());
        if (generation !== this.generation) return;
        sliceStart = this.now();
      }
    }
  }

  private async run(): Promise<void> {
    // Start after the caller's synchronous code, so a prioritise() right after annotate() counts.
    await Promise.resolve();
    const generation = this.generation;
    if (this.options.contain && !this.firstFrame) this.pendingContain ??= new Map();
    let sliceStart = this.now();
    // The first slice is short: the frame after it lays out every ruby it wrote, and that frame
    // is when the reader sees the first pinyin (300 rubies: 15–40 ms of layout on a 10,000-
    // character statement in Chromium).
    let budget = this.stats.slices === 0 ? Math.min(this.budget, this.firstBudget) : this.budget;
    const endSlice = () => {
      const took = this.now() - sliceStart;
      this.stats.slices++;
      this.stats.busyMs += took;
      this.stats.longestSliceMs = Math.max(this.stats.longestSliceMs, took);
    };
    while (this.queue.length && generation === this.generation) {
      // Elements on screen (or not known to be off it) first; the rest in queue order.
      const next = this.queue.findIndex((e) => !this.away.has(e));
      const el = this.queue.splice(next >= 0 ? next : 0, 1)[0]!;
      this.queueAllAway = next < 0;
      if (this.records.has(el)) continue;
      // A long idle slice that reaches a rendered element goes on with the usual budget only.
      if (!this.skipped.has(el)) budget = Math.min(budget, this.budget);
      const work = this.work(el);
      let step = work.next();
      while (!step.done) {
        let input: ReadingToken[][] | undefined;
        if (isPromise<ReadingToken[][]>(step.value)) {
          const asked = this.now();
          input = await step.value;
          // A reading answered at once (already there) resumes in the same task: the slice goes
          // on, within its budget. One that waited resumed in a new task: a new slice.
          if (this.now() - asked > AWAITED_MS) {
            const resumed = this.now();
            this.stats.readWaitMs += resumed - asked;
            const busy = asked - sliceStart;
            this.stats.slices++;
            this.stats.busyMs += busy;
            this.stats.longestSliceMs = Math.max(this.stats.longestSliceMs, busy);
            sliceStart = resumed;
          }
        } else if (this.now() - sliceStart >= budget) {
          endSlice();
          const yielded = this.now();
          budget = this.budget;
          if (this.away.has(el) && this.skipped.has(el))
            budget = Math.max(this.budget, await this.idleSlice());
          else await (this.away.has(el) ? this.yieldIdle() : this.yieldToPage());
          this.containPending();
          this.stats.yieldMs += this.now() - yielded;
          sliceStart = this.now();
        }
        if (generation !== this.generation) {
          work.return(undefined);
          return;
        }
        step = work.next(input);
      }
    }
    endSlice();
    // All written without a yield (a short statement): no frame to wait for.
    if (generation === this.generation) this.containPending();
  }

  /** The work for one element, as a generator: yields at checkpoints and for async reads. */
  private *work(el: Element): Generator<Step, void, ReadingToken[][] | undefined> {
    const { doc } = this.options;
    const nodes = readableTextNodes(el);
    const lang = rubyLang(el, this.options.textLang);
    const list: Replacement[] = [];
    this.records.set(el, list);
    this.stats.paragraphs++;
    // Read in batches of pieces; each piece is a clause-bounded part of one text node.
    const pieces: { node: number; text: string }[] = [];
    nodes.forEach((node, i) => {
      for (const text of splitForReading(node.data)) pieces.push({ node: i, text });
    });
    const tokens: ReadingToken[][] = nodes.map(() => []);
    // Asked ahead with the elements before it (one message for several paragraphs), or now;
    // the next paragraphs are asked for while this one is written.
    const asked = this.asked.get(el);
    this.asked.delete(el);
    const texts = pieces.map((p) => p.text);
    const result =
      asked && asked.texts.join('\u0000') === texts.join('\u0000')
        ? asked.tokens
        : this.readAll([texts])[0]!;
    this.readAhead(el);
    const read = isPromise<ReadingToken[][]>(result) ? yield result : result;
    pieces.forEach((p, k) => tokens[p.node]!.push(...(read?.[k] ?? [])));
    yield;
    const made = new Set<string>();
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      const words = tokens[i]!;
      // The page changed the text meanwhile, or the reading does not cover it: leave it alone.
      if (!node.parentNode || words.map((t) => t.text).join('') !== node.data) continue;
      const inserted: Node[] = [];
      const texts: string[] = [];
      const frag = doc.createDocumentFragment();
      let plain = '';
      const flush = () => {
        if (!plain) return;
        const text = doc.createTextNode(plain);
        inserted.push(text);
        frag.append(text);
        plain = '';
      };
      for (let k = 0; k < words.length; k++) {
        const token = words[k]!;
        if (token.kind !== 'han' || token.py.length === 0) {
          plain += token.text;
          continue;
        }
        flush();
        // No known-word mark: known words are hidden by a sheet the page cannot read.
        const ruby = makeRuby(doc, token, this.display, lang);
        this.ours.add(ruby);
        inserted.push(ruby);
        texts.push(token.text);
        frag.append(ruby);
        this.stats.words++;
        if (k % 64 === 63) yield;
      }
      flush();
      if (!node.parentNode) continue;
      node.parentNode.replaceChild(frag, node);
      list.push({ original: node, inserted });
      for (const text of texts) made.add(text);
      yield;
    }
    this.options.onAnnotated?.(el, [...made]);
  }

  /** The pieces of text of `el`, as work() reads them. */
  private piecesOf(el: Element): string[] {
    return readingPieces(el);
  }

  /**
   * Read several elements' pieces in as few calls as possible (each at most `readBatchChars`,
   * but a longer piece alone): one token list per piece, per element.
   */
  private readAll(groups: string[][]): (ReadingToken[][] | Promise<ReadingToken[][]>)[] {
    const all = groups.flat();
    const results: (ReadingToken[][] | Promise<ReadingToken[][]>)[] = [];
    for (let i = 0; i < all.length;) {
      const batch: string[] = [];
      let size = 0;
      while (i < all.length && (batch.length === 0 || size + all[i]!.length <= this.batchChars)) {
        size += all[i]!.length;
        batch.push(all[i++]!);
      }
      results.push(this.options.read(batch));
    }
    const joined: ReadingToken[][] | Promise<ReadingToken[][]> = results.some(isPromise)
      ? Promise.all(results).then((parts) => parts.flat())
      : (results as ReadingToken[][][]).flat();
    let from = 0;
    return groups.map((g) => {
      const start = from;
      from += g.length;
      return isPromise<ReadingToken[][]>(joined)
        ? joined.then((list) => list.slice(start, start + g.length))
        : joined.slice(start, start + g.length);
    });
  }

  /**
   * Ask for the readings of the elements that come after `current` (in the order run() takes
   * them), in messages of up to `readBatchChars` characters, until READ_AHEAD_BATCHES batches'
   * worth are asked for ahead: with one batch, the page waited for the worker at the end of
   * each batch (30 ms or so, a quarter of the time on 40,000 characters).
   */
  private readAhead(current: Element): void {
    const upcoming = this.upcoming(current);
    let next = upcoming.next();
    let ahead = 0;
    for (; !next.done; next = upcoming.next()) {
      const asked = this.asked.get(next.value);
      if (!asked) break;
      ahead += asked.texts.reduce((n, t) => n + t.length, 0);
    }
    while (!next.done && ahead < READ_AHEAD_BATCHES * this.batchChars) {
      const els: Element[] = [];
      const texts: string[][] = [];
      let size = 0;
      for (; !next.done; next = upcoming.next()) {
        const e = next.value;
        if (this.asked.has(e)) break;
        const pieces = this.piecesOf(e);
        const chars = pieces.reduce((n, p) => n + p.length, 0);
        if (els.length && size + chars > this.batchChars) break;
        els.push(e);
        texts.push(pieces);
        size += chars;
      }
      if (!els.length) break;
      const tokens = this.readAll(texts);
      els.forEach((e, k) => this.remember(e, texts[k]!, tokens[k]!));
      ahead += size;
    }
  }

  /**
   * The queued elements after `current`, in the order run() takes them (those not known to be
   * off screen first), as they are needed: readAhead stops after a few batches' worth. Copying
   * and filtering the whole queue for each paragraph instead made readAhead 66–72 ms of script
   * on a 40,000-character statement (~470 paragraphs), 25–41 ms since (Chromium profiles,
   * 2026-12-03).
   */
  private *upcoming(current: Element): Generator<Element, void, undefined> {
    const wanted = (e: Element) => e !== current && !this.records.has(e);
    if (!this.queueAllAway) for (const e of this.queue) if (!this.away.has(e) && wanted(e)) yield e;
    for (const e of this.queue) if (this.away.has(e) && wanted(e)) yield e;
  }

  private remember(
    e: Element,
    texts: string[],
    t: ReadingToken[][] | Promise<ReadingToken[][]>,
  ): void {
    const entry = { texts, tokens: t };
    this.asked.set(e, entry);
    // Once answered, the tokens replace the promise: work() then takes them without an await,
    // which would end the slice's time budget and let slices run on without yielding (one
    // task of 200 ms writing a whole screen of ruby before the fix).
    // A failed read ahead is asked again by work() (it then fails there, or not).
    if (isPromise<ReadingToken[][]>(t))
      t.then(
        (list) => (entry.tokens = list),
        () => {
          if (this.asked.get(e) === entry) this.asked.delete(e);
        },
      );
  }
}

/**
 * Resolves in a task after the next frame is drawn, so that each slice's changes are rendered
 * before the next slice runs: with plain macrotasks, Chromium ran many slices between two frames
 * and then laid out their ruby at once (frames of 100–170 ms with 4,000+ objects to lay out,
 * in a trace of a 40,000-character statement). A hidden tab draws no frames: a timer then.
 */
export function afterNextFrame(View: Window, timeoutMs = 100): Promise<void> {
  return new Promise((resolve) => {
    if (View.document.visibilityState === 'hidden' || !View.requestAnimationFrame) {
      View.setTimeout(resolve, 0);
      return;
    }
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      View.clearTimeout(timer);
      resolve();
    };
    const timer = View.setTimeout(finish, timeoutMs);
    View.requestAnimationFrame(() => View.setTimeout(finish, 0));
  });
}

/**
 * The language the rubies in `el` declare: `lang` (the statement's script, script.ts; Simplified
 * Chinese by default), unless the page declares a Chinese language for `el` itself (then theirs
 * is inherited). The ministry's pages declare none, so a browser in another language shows their characters in its own language's fallback font (Noto
 * Sans CJK JP on Debian's Chromium in English: Japanese glyph forms), and found that font again
 * for each of the thousands of text runs the ruby splits a paragraph into: laying out ten 300-
 * character paragraphs of ruby took 650 ms there (median of 8 loads, 280–980), 330 ms with the
 * language declared (240–550; 2026-12-03). Screen readers also read the words as Chinese.
 */
export function rubyLang(el: Element, lang: string = CHINESE_TEXT_LANG): string | undefined {
  const declared = el.closest('[lang]')?.getAttribute('lang')?.trim() ?? '';
  return /^zh(?:-|$)/i.test(declared) ? undefined : lang;
}

/** The size a contained element keeps while it is not rendered (its class: DZ.contained). */
const CONTAIN_PROPERTY = 'contain-intrinsic-block-size';

/**
 * Give `el` containment with `height` px as its size while skipped; returns the undo.
 * `onSkipped` hears whether the browser renders it ('contentvisibilityautostatechange').
 */
function contain(
  el: HTMLElement,
  height: number,
  onSkipped: (skipped: boolean) => void,
): () => void {
  const hadClass = el.hasAttribute('class');
  const listen = (event: Event) =>
    onSkipped((event as Event & { skipped?: boolean }).skipped === true);
  el.addEventListener('contentvisibilityautostatechange', listen);
  const original = el.getAttribute('style');
  const before = el.style.getPropertyValue(CONTAIN_PROPERTY);
  const priority = el.style.getPropertyPriority(CONTAIN_PROPERTY);
  el.classList.add(DZ.contained);
  el.style.setProperty(CONTAIN_PROPERTY, `auto ${height}px`);
  return () => {
    el.removeEventListener('contentvisibilityautostatechange', listen);
    el.classList.remove(DZ.contained);
    if (!hadClass && el.getAttribute('class') === '') el.removeAttribute('class');
    if (before) el.style.setProperty(CONTAIN_PROPERTY, before, priority);
    else el.style.removeProperty(CONTAIN_PROPERTY);
    if (original === null) {
      if (el.getAttribute('style') === '') el.removeAttribute('style');
      return;
    }
    // The page's own text back, as it was written, unless the page changed the style meanwhile.
    const probe = el.ownerDocument.createElement('div');
    probe.setAttribute('style', original);
    if (probe.style.cssText === el.style.cssText) el.setAttribute('style', original);
  };
}

/**
 * Containment makes each element its own formatting context, which would move text that flows
 * around a float: it is safe when no element inside the `containers` floats (checked once, at
 * most `max` elements; containers with more get none).
 */
export function containmentIsSafe(containers: readonly Element[], max = 5000): boolean {
  let seen = 0;
  for (const container of containers) {
    const View = container.ownerDocument.defaultView;
    if (!View) return false;
    const all = container.getElementsByTagName('*');
    seen += all.length;
    if (seen > max) return false;
    for (const el of Array.from(all)) {
      const float = View.getComputedStyle(el).float;
      if (float && float !== 'none') return false;
    }
  }
  return true;
}
