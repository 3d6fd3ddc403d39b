import { describe, expect, it } from 'vitest';
import { wordOf } from '../../../utils/reading/ruby';
import { Annotator } from '../../../utils/reading/annotate';
import type { ReadingToken } from '../../../utils/reading/pinyin';
import { loadNodeEngine } from '../../../utils/reading/reader-node';
import { loadHtml } from './dom-helpers';

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

  it('re-renders readings and known words without re-annotating', async () => {
    const { read, els } = await setup();
    const annotator = new Annotator({
      doc: document,
      read,
      display: { tones: 'marks', sandhi: false },
      isKnown: (w) => w === '中方',
    });
    annotator.annotateSync(els);
    const zhongfang = annotator.rubies().find((r) => wordOf(r) === '中方')!;
    expect(zhongfang.classList.contains('dz-known')).toBe(true);
    annotator.setKnown('中方', false);
    expect(zhongfang.classList.contains('dz-known')).toBe(false);
    annotator.setDisplay({ tones: 'numbers', sandhi: false });
    expect(zhongfang.querySelector('rt')!.textContent).toBe('zhong1fang1');
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
