/**
 * Popup data of the words on screen, fetched before the pointer gets there, so a hover shows the
 * popup without waiting on the background (pointer move to popup content: what is left is the
 * hit test and the popup's render, measured in tests/bench/reading-browser-bench.ts).
 * Paragraphs are fetched when they come near the viewport (IntersectionObserver, one
 * screen ahead; for a contained paragraph, when the browser reports it rendered, about half a
 * screen ahead: `unobserve`, `rendered`) once their ruby exists, or when the pointer enters them.
 * The cache is keyed by the ruby element itself (a WeakMap: restored or re-rendered text frees
 * it) and holds at most MAX_WORDS words, dropping the paragraphs fetched longest ago.
 * Each word's data is also kept by word (at most MAX_WORDS words), and `prefetchWords` fetches
 * every distinct word of the statement once annotation is done, while the background is warm:
 * a word whose paragraph was never fetched is then shown from another occurrence (`guess`) with
 * its own reading, without waiting on the background, which a browser may have stopped meanwhile
 * (a Manifest V3 worker restarting loads the whole dictionary again: about a second).
 *   const words = createWordPrefetch(doc, fetchWords);
 *   words.observe(paragraphs); … words.annotated(p, itsWords); … words.get(ruby); … words.stop();
 */
import { DZ } from './dom-labels';
import type { WordInfo } from './reader';
import { BLOCK, offsetsIn } from './hit-test';
import { wordOf } from './ruby';

/** Words kept with their popup data (a few screens of text; ~1 kB each). */
const MAX_WORDS = 4000;
/** Words per message to the background (bounds the size of one answer). */
const CHUNK = 300;

export type FetchWords = (
  text: string,
  words: { offset: number; word: string }[],
) => Promise<(WordInfo | null)[]>;

export interface WordPrefetch {
  /** Watch elements of the reading layer; their words are fetched when they come near view. */
  observe(elements: readonly Element[]): void;
  /**
   * Stop watching an element with the observer: the browser tells when it is near the viewport
   * instead (a contained paragraph: `rendered`, see Annotator onContained). `observe` watches
   * it again.
   */
  unobserve(element: Element): void;
  /**
   * The browser started (true) or stopped rendering an element no longer observed: it is near
   * the viewport (within about half a screen) or not. Near, its words are fetched.
   */
  rendered(element: Element, near: boolean): void;
  /**
   * An element's ruby is complete, showing these distinct words (as the annotator made them: no
   * walk over its rubies): fetch its words now if it is near view.
   */
  annotated(element: Element, words: readonly string[]): void;
  /**
   * Fetch the words of the block (a paragraph) around `node` (the pointer entered it), unless
   * done; a ruby missing from a fetched block (the page re-rendered it) fetches the block again.
   */
  prefetchAround(node: Element): void;
  /** The popup data of a word ruby, if fetched (`null`: fetched, no data). */
  get(ruby: HTMLElement): WordInfo | null | undefined;
  /**
   * The popup data of the ruby's word as fetched for another occurrence, with this ruby's own
   * reading (numbered syllables, sandhi) and `start` (its offset in the lookup text); undefined
   * when the word was never fetched. The official term or name is the one found for that word.
   */
  guess(ruby: HTMLElement, start: number): WordInfo | undefined;
  /**
   * Fetch the data of every distinct word of `elements` not yet known, a few hundred words per
   * message (nothing when there are more than the cache holds).
   */
  prefetchWords(elements: readonly Element[]): void;
  /** Resolves with the first word fetched (to warm the popup up with real data). */
  readonly first: Promise<WordInfo>;
  /** Forget what was fetched (pinyin was switched off: the rubies are gone). */
  reset(): void;
  stop(): void;
}

/** The blocks (lookup contexts, see hit-test.ts) holding the word rubies of `element`. */
function blocksOf(element: Element): Element[] {
  const blocks = new Set<Element>();
  for (const ruby of element.querySelectorAll(`ruby.${DZ.word}`)) {
    blocks.add(ruby.parentElement?.closest(BLOCK) ?? element);
  }
  return [...blocks];
}

export function createWordPrefetch(
  doc: Document,
  fetchWords: FetchWords,
  { maxWords = MAX_WORDS }: { maxWords?: number } = {},
): WordPrefetch {
  const infoByRuby = new WeakMap<HTMLElement, WordInfo | null>();
  /** Blocks fetched or being fetched → words cached, oldest first. */
  const fetched = new Map<Element, number>();
  let cached = 0;
  let generation = 0;
  const near = new Set<Element>();
  /**
   * The latest data fetched for each word; its entries are shared by every occurrence (的,
   * 中方 … repeat on every line; answers arrive as copies).
   */
  const byWord = new Map<string, WordInfo>();
  /** Words asked for by prefetchWords and not answered yet. */
  const asking = new Set<string>();
  /**
   * The distinct words of each annotated element, noted when its ruby is complete, so that
   * prefetchWords does not walk every ruby of the statement in one task (160 ms on 40,000
   * characters).
   */
  let wordsOf = new WeakMap<Element, readonly string[]>();
  const noteWords = (element: Element): readonly string[] => {
    let list = wordsOf.get(element);
    if (!list) {
      const set = new Set<string>();
      for (const ruby of element.querySelectorAll(`ruby.${DZ.word}`)) set.add(wordOf(ruby));
      list = [...set];
      wordsOf.set(element, list);
    }
    return list;
  };
  let gotFirst: ((info: WordInfo) => void) | undefined;
  const first = new Promise<WordInfo>((resolve) => (gotFirst = resolve));

  const evict = () => {
    for (const [block, count] of fetched) {
      if (cached <= maxWords) break;
      fetched.delete(block);
      cached -= count;
      block.querySelectorAll<HTMLElement>(`ruby.${DZ.word}`).forEach((r) => infoByRuby.delete(r));
    }
  };

  const store = (ruby: HTMLElement, info: WordInfo | null) => {
    if (info) {
      gotFirst?.(info);
      gotFirst = undefined;
      remember(info);
    }
    infoByRuby.set(ruby, info);
  };

  const remember = (info: WordInfo) => {
    if (byWord.size > maxWords) byWord.clear();
    const known = byWord.get(info.word);
    if (known && known.entries.length === info.entries.length) info.entries = known.entries;
    byWord.set(info.word, info);
  };

  const fetchBlock = (block: Element) => {
    if (fetched.has(block)) return;
    // Only the block's own words: a container of paragraphs is not a lookup context.
    const rubies = Array.from(block.querySelectorAll<HTMLElement>(`ruby.${DZ.word}`)).filter(
      (r) => (r.parentElement?.closest(BLOCK) ?? block) === block,
    );
    if (!rubies.length) return;
    const { text, offsets } = offsetsIn(block, rubies);
    const words = rubies.map((r, i) => ({
      offset: offsets[i]!,
      word: wordOf(r),
    }));
    fetched.set(block, 0);
    const asked = generation;
    for (let from = 0; from < rubies.length; from += CHUNK) {
      void fetchWords(text, words.slice(from, from + CHUNK)).then(
        (infos) => {
          if (asked !== generation || !fetched.has(block)) return;
          let count = 0;
          infos.forEach((info, i) => {
            const ruby = rubies[from + i];
            if (ruby?.isConnected) {
              store(ruby, info);
              count++;
            }
          });
          fetched.set(block, (fetched.get(block) ?? 0) + count);
          cached += count;
          evict();
        },
        // Background busy or restarting: fetched again on the next hover or scroll.
        () => {
          if (asked !== generation || !fetched.has(block)) return;
          cached -= fetched.get(block)!;
          fetched.delete(block);
        },
      );
    }
  };

  const fetchElement = (element: Element) => blocksOf(element).forEach(fetchBlock);

  const View = doc.defaultView;
  let stopped = false;
  const setNear = (element: Element, isNear: boolean) => {
    if (stopped) return;
    if (!isNear) {
      near.delete(element);
      return;
    }
    near.add(element);
    fetchElement(element);
  };

  const io = View?.IntersectionObserver
    ? new View.IntersectionObserver(
        (entries) => {
          for (const e of entries) setNear(e.target, e.isIntersecting);
        },
        // One screen above and below: scrolled-to text is ready before the pointer reaches it.
        { rootMargin: '100% 0px' },
      )
    : null;

  return {
    observe(elements) {
      // Without IntersectionObserver, hovering a paragraph fetches it (prefetchAround).
      if (!stopped) elements.forEach((el) => io?.observe(el));
    },
    unobserve(element) {
      io?.unobserve(element);
    },
    rendered: setNear,
    annotated(element, list) {
      wordsOf.set(element, list);
      if (near.has(element)) fetchElement(element);
    },
    prefetchAround(node) {
      const ruby = node.closest<HTMLElement>(`ruby.${DZ.word}`);
      const block = (ruby?.parentElement ?? node).closest(BLOCK);
      if (!block) return;
      if (!ruby) {
        // Cheap test that the block is a paragraph of the reading layer, not a container of them.
        const first = block.querySelector(`ruby.${DZ.word}`);
        if (!first || first.parentElement?.closest(BLOCK) !== block) return;
      }
      if (ruby && fetched.get(block) && !infoByRuby.has(ruby)) {
        cached -= fetched.get(block)!;
        fetched.delete(block);
      }
      if (fetched.has(block)) {
        // Seen again: the most recently used blocks are the last to be dropped.
        const count = fetched.get(block)!;
        fetched.delete(block);
        fetched.set(block, count);
        return;
      }
      fetchBlock(block);
    },
    get: (ruby) => infoByRuby.get(ruby),
    guess(ruby, start) {
      const known = byWord.get(wordOf(ruby));
      if (!known) return undefined;
      const py = ruby.getAttribute(DZ.attrPy)?.split(' ').filter(Boolean) ?? [];
      if (py.length === 0) return undefined;
      const sandhi = ruby.getAttribute(DZ.attrSandhi)?.split(' ').filter(Boolean);
      const info: WordInfo = { ...known, start, py };
      if (sandhi?.length) info.sandhi = sandhi;
      else delete info.sandhi;
      return info;
    },
    prefetchWords(elements) {
      const missing = new Set<string>();
      for (const element of elements) {
        for (const word of noteWords(element)) {
          if (word && !byWord.has(word) && !asking.has(word)) missing.add(word);
        }
      }
      if (missing.size === 0 || missing.size + byWord.size > maxWords) return;
      const list = [...missing];
      const asked = generation;
      for (let from = 0; from < list.length; from += CHUNK) {
        const chunk = list.slice(from, from + CHUNK);
        chunk.forEach((word) => asking.add(word));
        // The words one per line: each is read alone (no neighbour joins it into a longer word).
        const words: { offset: number; word: string }[] = [];
        let text = '';
        for (const word of chunk) {
          words.push({ offset: text.length, word });
          text += `${word}\n`;
        }
        void fetchWords(text, words).then(
          (infos) => {
            chunk.forEach((word) => asking.delete(word));
            if (asked !== generation) return;
            for (const info of infos) if (info) remember(info);
          },
          // Background busy or restarting: asked again after the next annotation.
          () => chunk.forEach((word) => asking.delete(word)),
        );
      }
    },
    first,
    reset() {
      generation++;
      wordsOf = new WeakMap();
      fetched.clear();
      byWord.clear();
      asking.clear();
      cached = 0;
    },
    stop() {
      stopped = true;
      io?.disconnect();
      near.clear();
      this.reset();
    },
  };
}
