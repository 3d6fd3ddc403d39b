import { describe, expect, it } from 'vitest';
import { Annotator } from '../../../utils/reading/annotate';
import {
  applyRootSettings,
  installCopyHandler,
  textWithoutRuby,
  watchNewParagraphs,
} from '../../../utils/reading/page-hooks';
import {
  DEFAULT_READING_SETTINGS,
  modeForSite,
  normaliseReadingSettings,
} from '../../../utils/reading/settings';
import { loadNodeEngine } from '../../../utils/reading/reader-node';
import { loadHtml } from './dom-helpers';

describe('page hooks', () => {
  it('copies the Chinese without the pinyin', async () => {
    const engine = await loadNodeEngine();
    loadHtml('<p id="a">中方坚决反对。</p><p id="b">不干涉内政。</p>');
    const els = [document.getElementById('a')!, document.getElementById('b')!];
    new Annotator({
      doc: document,
      read: (t) => t.map((x) => engine.read(x)),
      display: { tones: 'marks', sandhi: false },
    }).annotateSync(els);
    expect(els[0]!.textContent).not.toBe('中方坚决反对。'); // rt text is in the DOM
    expect(textWithoutRuby(els[0]!)).toBe('中方坚决反对。');
    const off = installCopyHandler(document);
    const range = document.createRange();
    range.setStartBefore(els[0]!);
    range.setEndAfter(els[1]!);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    const data = new Map<string, string>();
    const event = new Event('copy', { bubbles: true, cancelable: true }) as ClipboardEvent;
    Object.defineProperty(event, 'clipboardData', {
      value: { setData: (k: string, v: string) => data.set(k, v) },
    });
    document.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(data.get('text/plain')).toBe('中方坚决反对。\n不干涉内政。');
    off();
  });

  it("reports paragraphs the page adds later, not the annotator's own nodes", async () => {
    loadHtml('<div id="body"><p>已有段落。</p></div>');
    const body = document.getElementById('body')!;
    const ours = new WeakSet<Node>();
    const added: Element[][] = [];
    const stop = watchNewParagraphs(
      document,
      [body],
      (el) => el.tagName === 'P',
      (n) => ours.has(n),
      (els) => added.push(els),
    );
    const mine = document.createElement('p');
    ours.add(mine);
    body.append(mine);
    const p = document.createElement('p');
    p.textContent = '新加载的段落。';
    body.append(p);
    await new Promise((r) => setTimeout(r, 0));
    expect(added.flat()).toEqual([p]);
    stop();
  });

  it('reflects settings on the root and undoes them', () => {
    const root = document.documentElement;
    const before = root.getAttribute('class');
    const undo = applyRootSettings(
      document,
      { ...DEFAULT_READING_SETTINGS, toneColors: true, rubySize: 70 },
      'unknown',
    );
    expect(root.classList.contains('dz-colors')).toBe(true);
    expect(root.classList.contains('dz-hide-known')).toBe(true);
    expect(root.style.getPropertyValue('--dz-rt-size')).toBe('70%');
    undo();
    expect(root.getAttribute('class')).toBe(before);
    expect(root.hasAttribute('style')).toBe(false);
  });

  it('validates stored settings field by field', () => {
    const s = normaliseReadingSettings({
      mode: 'unknown',
      tones: 'bogus',
      rubySize: 500,
      siteModes: { mfa: 'off', x: 'nope' },
    });
    expect(s.mode).toBe('unknown');
    expect(s.tones).toBe('marks');
    expect(s.rubySize).toBe(DEFAULT_READING_SETTINGS.rubySize);
    expect(s.siteModes).toEqual({ mfa: 'off' });
    expect(modeForSite(s, 'mfa')).toBe('off');
    expect(modeForSite(s, 'xinhua')).toBe('unknown');
    expect(normaliseReadingSettings(null)).toEqual(DEFAULT_READING_SETTINGS);
  });
});
