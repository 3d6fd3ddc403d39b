/**
 * Word-level ruby annotation of a page's statement paragraphs, reversible and time-sliced.
 * - Only the elements handed in (title + body paragraphs) are touched; inside them, every text
 *   node with Han characters is replaced by plain text nodes and one <ruby> per word.
 * - `unannotate` puts the ORIGINAL text nodes back (same objects), so the DOM is restored
 *   exactly and page scripts holding references to them keep working.
 * - Work runs in slices of `budgetMs` (default 8 ms) with yields in between, visible paragraphs
 *   first; `annotateSync` does the same work at once (tests, small pages).
 */
import { DZ } from './dom-labels';
import type { ReadingToken } from './pinyin';
import { makeRuby, renderRuby, wordOf, type DisplayOptions } from './ruby';
import { HAN_RE } from './segment';

/** Reads texts into tokens: in-process (tests, CLI) or by message to the background. */
export type ReadFn = (texts: string[]) => ReadingToken[][] | Promise<ReadingToken[][]>;

export interface AnnotatorOptions {
  doc: Document;
  read: ReadFn;
  display: DisplayOptions;
  isKnown?: (word: string) => boolean;
  /** Called when an element's ruby is complete (e.g. to prefetch its popup data). */
  onAnnotated?: (el: Element) => void;
  /** Longest uninterrupted piece of work, in ms. */
  budgetMs?: number;
  /** Characters per read call (one message to the background per call). */
  readBatchChars?: number;
  /** Hands control back to the page between slices (default: a macrotask). */
  yieldToPage?: () => Promise<void>;
  now?: () => number;
}

export interface AnnotatorStats {
  slices: number;
  longestSliceMs: number;
  busyMs: number;
  words: number;
  paragraphs: number;
}

interface Replacement {
  original: Text;
  inserted: Node[];
}

/** Elements whose text is never annotated. */
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'RUBY',
  'RT',
  'RP',
  'CODE',
  'KBD',
  'SAMP',
  'SVG',
  'MATH',
  'TEMPLATE',
  'IFRAME',
  'CANVAS',
]);

type Step = undefined | Promise<ReadingToken[][]>;

function isPromise<T>(value: unknown): value is Promise<T> {
  return !!value && typeof (value as Promise<T>).then === 'function';
}

/** Split a long text at clause punctuation into pieces of at most ~`max` chars. */
export function splitForReading(text: string, max = 300): string[] {
  if (text.length <= max) return [text];
  const pieces: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + max);
    if (end < text.length) {
      const window = text.slice(start, end);
      const cut = Math.max(
        ...['。', '；', '！', '？', '，', '、', '\n', '.', ';', ','].map((p) =>
          window.lastIndexOf(p),
        ),
      );
      if (cut > max / 3) end = start + cut + 1;
    }
    pieces.push(text.slice(start, end));
    start = end;
  }
  return pieces;
}

export class Annotator {
  readonly stats: AnnotatorStats = {
    slices: 0,
    longestSliceMs: 0,
    busyMs: 0,
    words: 0,
    paragraphs: 0,
  };
  private readonly records = new Map<Element, Replacement[]>();
  private readonly ours = new WeakSet<Node>();
  private queue: Element[] = [];
  private running: Promise<void> | undefined;
  private generation = 0;
  private display: DisplayOptions;
  private readonly budget: number;
  private readonly batchChars: number;
  private readonly now: () => number;
  private readonly yieldToPage: () => Promise<void>;

  constructor(private readonly options: AnnotatorOptions) {
    this.display = options.display;
    this.budget = options.budgetMs ?? 8;
    this.batchChars = options.readBatchChars ?? 1500;
    this.now = options.now ?? (() => performance.now());
    this.yieldToPage =
      options.yieldToPage ?? (() => new Promise((resolve) => setTimeout(resolve, 0)));
  }

  /** True for nodes the annotator created (so a MutationObserver can ignore them). */
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
    for (const el of elements) {
      if (this.records.has(el)) continue;
      const work = this.work(el);
      for (let step = work.next(); !step.done;) {
        if (isPromise(step.value)) throw new Error('annotateSync needs a synchronous read');
        step = work.next();
      }
    }
  }

  /** Queue elements and annotate them in time slices; resolves when the queue is empty. */
  annotate(elements: readonly Element[]): Promise<void> {
    for (const el of elements) {
      if (!this.records.has(el) && !this.queue.includes(el)) this.queue.push(el);
    }
    this.running ??= this.run().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** Move these (e.g. now visible) elements to the front of the queue. */
  prioritise(elements: readonly Element[]): void {
    const first = elements.filter((el) => this.queue.includes(el));
    if (first.length) this.queue = [...first, ...this.queue.filter((el) => !first.includes(el))];
  }

  /** Stop queued work; elements already annotated stay annotated. */
  cancel(): void {
    this.generation++;
    this.queue = [];
  }

  /** Restore the given elements (default: all) exactly as they were. */
  unannotate(elements?: readonly Element[]): void {
    this.cancel();
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

  /** Re-render every ruby for new display options (tone marks/numbers, sandhi, words/characters). */
  setDisplay(display: DisplayOptions): void {
    this.display = display;
    for (const ruby of this.rubies()) renderRuby(this.options.doc, ruby, wordOf(ruby), display);
  }

  /** Mark or unmark a word as known on every occurrence. */
  setKnown(word: string, known: boolean): void {
    for (const ruby of this.rubies()) {
      if (wordOf(ruby) === word) ruby.classList.toggle(DZ.known, known);
    }
  }

  /** All word rubies of the annotated elements, in document order per element. */
  rubies(): HTMLElement[] {
    const out: HTMLElement[] = [];
    for (const el of this.records.keys()) {
      out.push(...Array.from(el.querySelectorAll<HTMLElement>(`ruby.${DZ.word}`)));
    }
    return out;
  }

  private async run(): Promise<void> {
    // Start after the caller's synchronous code, so a prioritise() right after annotate() counts.
    await Promise.resolve();
    const generation = this.generation;
    let sliceStart = this.now();
    const endSlice = () => {
      const took = this.now() - sliceStart;
      this.stats.slices++;
      this.stats.busyMs += took;
      this.stats.longestSliceMs = Math.max(this.stats.longestSliceMs, took);
    };
    while (this.queue.length && generation === this.generation) {
      const el = this.queue.shift()!;
      if (this.records.has(el)) continue;
      const work = this.work(el);
      let step = work.next();
      while (!step.done) {
        let input: ReadingToken[][] | undefined;
        if (isPromise<ReadingToken[][]>(step.value)) {
          endSlice();
          input = await step.value;
          sliceStart = this.now();
        } else if (this.now() - sliceStart >= this.budget) {
          endSlice();
          await this.yieldToPage();
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
  }

  /** The work for one element, as a generator: yields at checkpoints and for async reads. */
  private *work(el: Element): Generator<Step, void, ReadingToken[][] | undefined> {
    const { doc } = this.options;
    const nodes = this.textNodes(el);
    const list: Replacement[] = [];
    this.records.set(el, list);
    this.stats.paragraphs++;
    // Read in batches of pieces; each piece is a clause-bounded part of one text node.
    const pieces: { node: number; text: string }[] = [];
    nodes.forEach((node, i) => {
      for (const text of splitForReading(node.data)) pieces.push({ node: i, text });
    });
    const tokens: ReadingToken[][] = nodes.map(() => []);
    for (let i = 0; i < pieces.length;) {
      const batch: typeof pieces = [];
      let size = 0;
      while (
        i < pieces.length &&
        (batch.length === 0 || size + pieces[i]!.text.length <= this.batchChars)
      ) {
        size += pieces[i]!.text.length;
        batch.push(pieces[i++]!);
      }
      const result = this.options.read(batch.map((p) => p.text));
      const read = isPromise<ReadingToken[][]>(result) ? yield result : result;
      batch.forEach((p, k) => tokens[p.node]!.push(...(read?.[k] ?? [])));
      yield;
    }
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      const words = tokens[i]!;
      // The page changed the text meanwhile, or the reading does not cover it: leave it alone.
      if (!node.parentNode || words.map((t) => t.text).join('') !== node.data) continue;
      const inserted: Node[] = [];
      const frag = doc.createDocumentFragment();
      let plain = '';
      const flush = () => {
        if (!plain) return;
        const text = doc.createTextNode(plain);
        this.ours.add(text);
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
        const ruby = makeRuby(
          doc,
          token,
          this.display,
          this.options.isKnown?.(token.text) ?? false,
        );
        this.ours.add(ruby);
        inserted.push(ruby);
        frag.append(ruby);
        this.stats.words++;
        if (k % 64 === 63) yield;
      }
      flush();
      if (!node.parentNode) continue;
      node.parentNode.replaceChild(frag, node);
      list.push({ original: node, inserted });
      yield;
    }
    this.options.onAnnotated?.(el);
  }

  /** Text nodes under `el` that contain Han characters and are not in skipped elements. */
  private textNodes(el: Element): Text[] {
    const out: Text[] = [];
    const walk = (node: Node): void => {
      for (let child = node.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === 3) {
          if (HAN_RE.test((child as Text).data)) out.push(child as Text);
        } else if (child.nodeType === 1) {
          const element = child as Element;
          if (SKIP.has(element.tagName.toUpperCase())) continue;
          if (element.getAttribute('contenteditable') === 'true') continue;
          walk(element);
        }
      }
    };
    walk(el);
    return out;
  }
}
