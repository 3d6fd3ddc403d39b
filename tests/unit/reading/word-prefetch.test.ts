import { describe, expect, it, vi } from 'vitest';
import { wordOf } from '../../../utils/reading/ruby';
import { createWordPrefetch, type FetchWords } from '../../../utils/reading/word-prefetch';
import { Annotator } from '../../../utils/reading/annotate';
import type { ReadingToken } from '../../../utils/reading/pinyin';
import { loadNodeEngine } from '../../../utils/reading/reader-node';
import { loadHtml } from './dom-helpers';

// Made-up statement text.
const FIXTURE = `<div id="body"><p id="a">答：中方一贯主张通过对话协商解决问题。</p>
<p id="b">双方同意<b>加强</b>在联合国的沟通与协调。</p></div>`;

async function setup() {
  const engine = await loadNodeEngine();
  loadHtml(FIXTURE);
  const read = (texts: string[]): ReadingToken[][] => texts.map((t) => engine.read(t));
  const annotated: Element[] = [];
  const paragraphs = Array.from(document.querySelectorAll('p'));
  new Annotator({
    doc: document,
    read,
    display: { tones: 'marks', sandhi: false },
    onAnnotated: (el) => annotated.push(el),
  }).annotateSync(paragraphs);
  // Answers wait until the test releases them, as messages to the background would.
  const answers: (() => void)[] = [];
  const fetchWords = vi.fn<FetchWords>(
    (text, words) =>
      new Promise((resolve) => answers.push(() => resolve(engine.wordsAt(text, words)))),
  );
  const prefetch = createWordPrefetch(document, fetchWords);
  const make = (maxWords: number) => createWordPrefetch(document, fetchWords, { maxWords });
  const flush = async () => {
    answers.splice(0).forEach((answer) => answer());
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  const rubies = (id: string) =>
    Array.from(document.querySelectorAll<HTMLElement>(`#${id} ruby.dz-word`));
  return { prefetch, make, fetchWords, flush, rubies, annotated, paragraphs };
}

describe('word prefetch', () => {
  it('fetches the popup data of a paragraph once, keyed by its rubies', async () => {
    const { prefetch, fetchWords, flush, rubies, annotated, paragraphs } = await setup();
    expect(annotated).toEqual(paragraphs);
    const [first, ...rest] = rubies('b');
    prefetch.prefetchAround(first!);
    expect(fetchWords).toHaveBeenCalledTimes(1);
    // The paragraph's text without pinyin, and each word at its offset.
    const [text, words] = fetchWords.mock.calls[0]!;
    expect(text).toBe('双方同意加强在联合国的沟通与协调。');
    for (const { offset, word } of words)
      expect(text.slice(offset, offset + word.length)).toBe(word);
    expect(prefetch.get(first!)).toBeUndefined();
    await flush();
    for (const ruby of [first!, ...rest]) {
      expect(prefetch.get(ruby)?.word).toBe(wordOf(ruby));
    }
    const inBold = rubies('b').find((r) => r.parentElement!.tagName === 'B')!;
    expect(prefetch.get(inBold)?.word).toBe('加强');
    // Entering the paragraph again, or its plain text, asks nothing more.
    prefetch.prefetchAround(rest[2]!);
    prefetch.prefetchAround(document.getElementById('b')!);
    expect(fetchWords).toHaveBeenCalledTimes(1);
    expect(await prefetch.first).toMatchObject({ word: wordOf(first!) });
  });

  it('fetches a paragraph the browser renders (no longer observed), and not after stop', async () => {
    const { prefetch, fetchWords, flush, rubies, paragraphs } = await setup();
    const [a, b] = paragraphs;
    prefetch.unobserve(a!);
    prefetch.rendered(a!, false);
    expect(fetchWords).not.toHaveBeenCalled();
    prefetch.rendered(a!, true);
    expect(fetchWords).toHaveBeenCalledTimes(1);
    expect(fetchWords.mock.calls[0]![0]).toBe('答：中方一贯主张通过对话协商解决问题。');
    await flush();
    expect(prefetch.get(rubies('a')[0]!)?.word).toBe(wordOf(rubies('a')[0]!));
    // Rendered again: fetched already.
    prefetch.rendered(a!, true);
    expect(fetchWords).toHaveBeenCalledTimes(1);
    prefetch.stop();
    prefetch.rendered(b!, true);
    expect(fetchWords).toHaveBeenCalledTimes(1);
  });

  it('does not fetch a container of paragraphs as one block', async () => {
    const { prefetch, fetchWords } = await setup();
    prefetch.prefetchAround(document.getElementById('body')!);
    expect(fetchWords).not.toHaveBeenCalled();
  });

  it('drops the paragraphs fetched longest ago beyond its budget', async () => {
    const { make, flush, rubies } = await setup();
    // Room for the first paragraph, not for both.
    const [a, b] = [rubies('a').length, rubies('b').length];
    expect(a + b).toBeGreaterThan(Math.max(a, b) + 1);
    const prefetch = make(Math.max(a, b) + 1);
    prefetch.prefetchAround(rubies('a')[0]!);
    await flush();
    expect(rubies('a').every((r) => prefetch.get(r) !== undefined)).toBe(true);
    prefetch.prefetchAround(rubies('b')[0]!);
    await flush();
    expect(rubies('b').every((r) => prefetch.get(r) !== undefined)).toBe(true);
    expect(rubies('a').every((r) => prefetch.get(r) === undefined)).toBe(true);
  });

  it('fetches again a paragraph the page re-rendered', async () => {
    const { prefetch, fetchWords, flush, rubies } = await setup();
    prefetch.prefetchAround(rubies('a')[0]!);
    await flush();
    const old = rubies('a')[1]!;
    const copy = old.cloneNode(true) as HTMLElement;
    old.replaceWith(copy);
    expect(prefetch.get(copy)).toBeUndefined();
    prefetch.prefetchAround(copy);
    expect(fetchWords).toHaveBeenCalledTimes(2);
    await flush();
    expect(prefetch.get(copy)?.word).toBe(wordOf(copy));
  });

  it('fetches the words the annotator handed over, without reading them from the rubies', async () => {
    const { prefetch, fetchWords, paragraphs, rubies } = await setup();
    const [a, b] = paragraphs;
    // Told for the first paragraph; the second is read from its rubies.
    expect(rubies('a').map(wordOf)).toContain('问题');
    prefetch.annotated(a!, ['解决']);
    prefetch.prefetchWords([a!, b!]);
    const asked = fetchWords.mock.calls.flatMap(([, words]) => words.map((w) => w.word));
    expect(asked).toEqual(expect.arrayContaining(['解决', '联合国']));
    // A word of the first paragraph's rubies that was not handed over.
    expect(asked).not.toContain('问题');
  });

  it('ignores answers that arrive after a reset (pinyin switched off)', async () => {
    const { prefetch, flush, rubies } = await setup();
    prefetch.prefetchAround(rubies('a')[0]!);
    prefetch.reset();
    await flush();
    expect(prefetch.get(rubies('a')[0]!)).toBeUndefined();
    prefetch.stop();
  });

  it('fetches every distinct word once, and shows a word from another occurrence with its own reading', async () => {
    const { prefetch, fetchWords, flush, rubies, paragraphs } = await setup();
    const ruby = rubies('b').find((r) => wordOf(r) === '联合国')!;
    // Never fetched: nothing to show without the background.
    expect(prefetch.guess(ruby, 7)).toBeUndefined();
    prefetch.prefetchWords(paragraphs);
    expect(fetchWords).toHaveBeenCalledTimes(1);
    const [text, words] = fetchWords.mock.calls[0]!;
    const distinct = new Set([...rubies('a'), ...rubies('b')].map(wordOf));
    expect(words.map((w) => w.word).sort()).toEqual([...distinct].sort());
    for (const { offset, word } of words) expect(text.startsWith(`${word}\n`, offset)).toBe(true);
    await flush();
    // The paragraph itself was never fetched, its word is known all the same.
    expect(prefetch.get(ruby)).toBeUndefined();
    ruby.setAttribute('data-dz-py', 'Lian2 he2 guo2');
    const info = prefetch.guess(ruby, 7)!;
    expect(info).toMatchObject({ word: '联合国', start: 7, py: ['Lian2', 'he2', 'guo2'] });
    expect(info.entries.length).toBeGreaterThan(0);
    expect(info.sandhi).toBeUndefined();
    // Known words are not asked for again.
    prefetch.prefetchWords(paragraphs);
    expect(fetchWords).toHaveBeenCalledTimes(1);
    // Nothing at all when the statement has more distinct words than the cache holds.
    const small = createWordPrefetch(document, fetchWords, { maxWords: 2 });
    small.prefetchWords(paragraphs);
    expect(fetchWords).toHaveBeenCalledTimes(1);
  });
});
