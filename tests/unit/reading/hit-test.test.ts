import { afterEach, describe, expect, it } from 'vitest';
import { wordOf } from '../../../utils/reading/ruby';
import { Annotator } from '../../../utils/reading/annotate';
import { BLOCK, hitTest, offsetsIn, textAround } from '../../../utils/reading/hit-test';
import { loadNodeEngine } from '../../../utils/reading/reader-node';
import { loadHtml } from './dom-helpers';

// Made-up statement text.
const FIXTURE = '<p id="p">答：<b>中方</b>坚决反对。</p><p id="plain">双方同意加强沟通。</p>';

type CaretDoc = Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null };

/**
 * Lay the characters of every text node out on one line, 10 px per character (happy-dom has no
 * layout), and answer caret lookups from that layout.
 */
function fakeLayout() {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  const startOf = new Map<Text, number>();
  let x = 0;
  for (const node of nodes) {
    startOf.set(node, x);
    x += node.data.length * 10;
  }
  const rect = (left: number, width: number) =>
    ({ left, right: left + width, top: 0, bottom: 20, width, height: 20 }) as DOMRect;
  const proto = Range.prototype as Range & { getBoundingClientRect(): DOMRect };
  const original = proto.getBoundingClientRect;
  proto.getBoundingClientRect = function (this: Range) {
    const start = startOf.get(this.startContainer as Text) ?? 0;
    return rect(start + this.startOffset * 10, (this.endOffset - this.startOffset) * 10);
  };
  (document as CaretDoc).caretRangeFromPoint = (px: number) => {
    for (const node of nodes) {
      const start = startOf.get(node)!;
      if (px >= start && px < start + node.data.length * 10) {
        const range = document.createRange();
        range.setStart(node, Math.floor((px - start) / 10));
        return range;
      }
    }
    return null;
  };
  return {
    at: (node: Text, i: number) => startOf.get(node)! + i * 10 + 5,
    restore() {
      proto.getBoundingClientRect = original;
      Reflect.deleteProperty(document, 'caretRangeFromPoint');
    },
  };
}

/** The fixture with its first paragraph annotated. */
async function annotatedFixture(): Promise<HTMLElement> {
  const engine = await loadNodeEngine();
  loadHtml(FIXTURE);
  const p = document.getElementById('p')!;
  new Annotator({
    doc: document,
    read: (texts) => texts.map((t) => engine.read(t)),
    display: { tones: 'marks', sandhi: false },
  }).annotateSync([p]);
  return p;
}

let restore = () => {};
afterEach(() => restore());

describe('hit test', () => {
  it('finds the ruby under the pointer with its paragraph text, and plain Han text', async () => {
    const p = await annotatedFixture();
    const layout = fakeLayout();
    restore = layout.restore;
    const ruby = p.querySelector<HTMLElement>('b ruby.dz-word')!;
    const word = ruby.firstChild as Text;
    expect(word.data).toBe('中方');
    const hit = hitTest(document, layout.at(word, 1), 10)!;
    expect(hit.ruby).toBe(ruby);
    expect(hit.exact).toBe(false);
    expect(hit.text).toBe('答：中方坚决反对。');
    expect(hit.offset).toBe(2);
    expect(hit.nodeOffset).toBe(1);

    const plain = document.getElementById('plain')!.firstChild as Text;
    const onPlain = hitTest(document, layout.at(plain, 4), 10)!;
    expect(onPlain).toMatchObject({
      ruby: null,
      exact: true,
      offset: 4,
      text: '双方同意加强沟通。',
    });
    // Punctuation and the pinyin itself are not words.
    expect(hitTest(document, layout.at(plain, 8), 10)).toBeNull();
    const rt = ruby.querySelector('rt')!;
    // The pinyin's text (an rt's own, or its syllable span's with tone colours).
    const syllable = (rt.querySelector('span') ?? rt).firstChild as Text;
    expect(hitTest(document, layout.at(syllable, 0), 10)).toBeNull();
    // Off the text, or past its end.
    expect(hitTest(document, 99_999, 10)).toBeNull();
    expect(hitTest(document, layout.at(word, 1), 50)).toBeNull();
  });

  it('takes a point beside a ruby’s characters, on their line, for its word', async () => {
    const p = await annotatedFixture();
    const layout = fakeLayout();
    const ruby = p.querySelector<HTMLElement>('b ruby.dz-word')!;
    const word = ruby.firstChild as Text;
    const left = layout.at(word, 0) - 5;
    // The ruby is wider than its characters (pinyin wider than them): 4 px of room each side.
    const original = Element.prototype.getBoundingClientRect;
    Element.prototype.getBoundingClientRect = function (this: Element) {
      if (this !== ruby) return original.call(this);
      return { left: left - 4, right: left + 24, top: -12, bottom: 20 } as DOMRect;
    };
    // The browser's caret for such a point: before the first character, or after the last.
    const doc = document as CaretDoc;
    let caret = 0;
    doc.caretRangeFromPoint = () => {
      const range = document.createRange();
      range.setStart(word, caret);
      return range;
    };
    restore = () => {
      layout.restore();
      Element.prototype.getBoundingClientRect = original;
    };
    expect(hitTest(document, left - 3, 10)).toMatchObject({ ruby, nodeOffset: 0, offset: 2 });
    caret = 2;
    expect(hitTest(document, left + 23, 10)).toMatchObject({ ruby, nodeOffset: 1, offset: 2 });
    // Off the ruby, or above the line of its characters (its pinyin): no word.
    caret = 0;
    expect(hitTest(document, left - 6, 10)).toBeNull();
    expect(hitTest(document, left - 3, -8)).toBeNull();
  });

  it('gives the text without pinyin and the offsets of several targets in one walk', async () => {
    const p = await annotatedFixture();
    const rubies = Array.from(p.querySelectorAll('ruby.dz-word'));
    const { text, offsets } = offsetsIn(p, rubies);
    expect(text).toBe('答：中方坚决反对。');
    expect(offsets.map((o, i) => text.slice(o, o + wordOf(rubies[i]!).length))).toEqual(
      rubies.map((r) => wordOf(r)),
    );
    expect(textAround(p, rubies[1]!)).toEqual({ text, offset: offsets[1] });
    expect(textAround(p, document.body).offset).toBe(-1);
    expect(p.matches(BLOCK)).toBe(true);
  });
});
