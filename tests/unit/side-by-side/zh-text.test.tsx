import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { ZhText, type PinyinDisplay } from '../../../components/side-by-side/zh-text';
import type { ReadingToken } from '../../../utils/reading/pinyin';
import { makeRuby } from '../../../utils/reading/ruby';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const TOKENS: ReadingToken[] = [
  // A name in capitals, written as two words.
  {
    text: '外交部发言人',
    kind: 'han',
    py: ['wai4', 'jiao1', 'bu4', 'fa1', 'yan2', 'ren2'],
    term: true,
    written: [{ n: 3, capital: true }, { n: 3 }],
  },
  { text: '说', kind: 'han', py: ['shuo1'] },
  // An idiom: two words joined by a hyphen share one rt.
  {
    text: '一如既往',
    kind: 'han',
    py: ['yi1', 'ru2', 'ji4', 'wang3'],
    sandhi: ['yi4', 'ru2', 'ji4', 'wang3'],
    written: [{ n: 2, hyphen: true }, { n: 2 }],
  },
  // A syllable starting with a vowel inside a word takes an apostrophe.
  { text: '西安', kind: 'han', py: ['xi1', 'an1'], proper: true },
  { text: '。', kind: 'punct', py: [] },
];
const TEXT = TOKENS.map((t) => t.text).join('');

function renderView(display: PinyinDisplay): HTMLElement {
  const container = document.createElement('div');
  const root = createRoot(container);
  act(() => root.render(<ZhText text={TEXT} tokens={TOKENS} display={display} />));
  return container;
}

/** The reading layer's markup of the same tokens, without its data attributes. */
function readingLayer(display: PinyinDisplay): string[] {
  return TOKENS.filter((t) => t.py.length > 0).map((token) => {
    const ruby = makeRuby(document, token, display);
    for (const name of ruby.getAttributeNames())
      if (name.startsWith('data-')) ruby.removeAttribute(name);
    return ruby.outerHTML;
  });
}

describe('Chinese with pinyin in the side-by-side view', () => {
  it.each<[string, PinyinDisplay]>([
    ['words, tone marks', { show: true, tones: 'marks', sandhi: false }],
    ['words, tone numbers, sandhi', { show: true, tones: 'numbers', sandhi: true }],
    ['characters', { show: true, tones: 'marks', sandhi: false, over: 'characters' }],
    ['words, tone colours', { show: true, tones: 'marks', sandhi: true, colors: true }],
    [
      'characters, tone colours',
      { show: true, tones: 'numbers', sandhi: false, over: 'characters', colors: true },
    ],
  ])('writes the ruby exactly as the reading layer does (%s)', (_label, display) => {
    const view = renderView(display);
    expect(Array.from(view.querySelectorAll('ruby')).map((r) => r.outerHTML)).toEqual(
      readingLayer(display),
    );
    // The sentence reads the same without its pinyin.
    const copy = view.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('rt').forEach((rt) => rt.remove());
    expect(copy.textContent).toBe(TEXT);
  });

  it('writes names with capitals and idioms with a hyphen', () => {
    const view = renderView({ show: true, tones: 'marks', sandhi: true });
    const rts = Array.from(view.querySelectorAll('rt')).map((rt) => rt.textContent);
    expect(rts).toEqual(['Wàijiāobù', 'fāyánrén', 'shuō', 'yìrú-jìwǎng', "xī'ān"]);
    // Each rt holds its text alone; with tone colours, one span per syllable, classed by tone.
    expect(view.querySelector('rt span')).toBeNull();
    const colored = renderView({ show: true, tones: 'marks', sandhi: true, colors: true });
    expect(Array.from(colored.querySelectorAll('rt')).map((rt) => rt.textContent)).toEqual(rts);
    expect(colored.querySelector('rt .dz-s.dz-t4')!.textContent).toBe('Wài');
  });

  it('falls back to plain text when the tokens do not cover the sentence', () => {
    const container = document.createElement('div');
    const root = createRoot(container);
    act(() =>
      root.render(
        <ZhText
          text="另一句。"
          tokens={TOKENS}
          display={{ show: true, tones: 'marks', sandhi: false }}
        />,
      ),
    );
    expect(container.innerHTML).toBe('另一句。');
  });
});
