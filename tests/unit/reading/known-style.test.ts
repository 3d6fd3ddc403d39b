// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cssString, knownOnPage, knownWordsCss } from '../../../utils/reading/known-style';

describe('the known-word sheet', () => {
  it('lists only the known words of the page, sorted, once each', () => {
    expect(knownOnPage(['王毅', '普京', '联合国', '王毅', ''], '王毅会见了联合国秘书长')).toEqual([
      '王毅',
      '联合国',
    ]);
    expect(knownOnPage([], 'whatever')).toEqual([]);
    // One character, and a word whose first pair is on the page but not the whole word.
    expect(knownOnPage(['会', '王毅外长'], '王毅会见了联合国秘书长')).toEqual(['会']);
  });

  it('is empty without words, and one rule hiding the pinyin of each word otherwise', () => {
    expect(knownWordsCss([])).toBe('');
    const css = knownWordsCss(['王毅', '联合国']);
    expect(css).toBe(
      '.dz-hide-known ruby.dz-word[data-dz-h="王毅"] > rt.dz-rt,\n' +
        '.dz-hide-known ruby.dz-word[data-dz-h="联合国"] > rt.dz-rt { visibility: hidden; }\n',
    );
  });

  it('selects exactly the rubies of those words, in "unknown words only" mode only', () => {
    document.body.innerHTML =
      '<div class="dz-hide-known">' +
      '<ruby class="dz-word" data-dz-h="王毅">王毅<rt class="dz-rt">Wáng Yì</rt></ruby>' +
      '<ruby class="dz-word" data-dz-h="会见">会见<rt class="dz-rt">huìjiàn</rt></ruby>' +
      '<ruby class="dz-word" data-dz-h="联合国">联合国<rt class="dz-rt">Liánhéguó</rt></ruby></div>' +
      '<div><ruby class="dz-word" data-dz-h="王毅">王毅<rt class="dz-rt">Wáng Yì</rt></ruby></div>';
    const css = knownWordsCss(['王毅', '联合国']);
    const selector = css.slice(0, css.indexOf(' {')).replace(/,\n/g, ', ');
    const hidden = () => Array.from(document.querySelectorAll('rt'), (rt) => rt.matches(selector));
    // Hidden in "unknown words only" mode (the class on <html>; a <div> here), not elsewhere.
    expect(hidden()).toEqual([true, false, true, false]);
  });

  it('quotes any word safely: quotes, backslashes and line breaks cannot end the string', () => {
    expect(cssString('a"b')).toBe('"a\\"b"');
    expect(cssString('a\\b')).toBe('"a\\\\b"');
    expect(cssString('a\nb')).toBe('"a\\a b"');
    expect(cssString('a"} body { display: none } x{"')).toBe(
      '"a\\"} body { display: none } x{\\""',
    );
  });
});
