// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { alignSegments } from '../../../utils/align/align';
import { termInAlignment } from '../../../utils/align/term';
import { wordInSentence } from '../../../utils/reading/popup-logic';
import { EN, EN_SPLIT, ZH, resources, segs } from './fixtures';

const alignment = alignSegments(segs(ZH), segs(EN), resources);

/** The word as the popup sees it: in the paragraph text shown on the page. */
function inPage(paragraph: string, word: string) {
  const start = paragraph.indexOf(word);
  expect(start).toBeGreaterThanOrEqual(0);
  return wordInSentence(paragraph, start, word.length);
}

describe('termInAlignment: "in this statement" for the word popup', () => {
  it('finds the rendering of a word in the English sentence aligned with its sentence', () => {
    const where = inPage(ZH.join(''), '森林');
    expect(where.sentence).toBe(ZH[4]);
    const r = termInAlignment(alignment, where, resources)!;
    expect(r.spans.map((s) => s.text)).toEqual(['forest']);
    expect(r.spans[0]!.en).toBe(4);
  });

  it('finds a set phrase and a name where the page cuts the sentence differently', () => {
    // The page's text node holds only part of the sentence.
    const part = '双方表示愿本着互利共赢精神';
    const where = wordInSentence(part, part.indexOf('互利共赢'), 4);
    expect(termInAlignment(alignment, where, resources)!.spans[0]!.text).toBe(
      'mutual benefit and win-win results',
    );
    expect(termInAlignment(alignment, inPage(ZH[0]!, '林雅'), resources)!.spans[0]!.text).toBe(
      'Lin Ya',
    );
  });

  it('looks in every English sentence of a 1:n link', () => {
    const split = alignSegments(segs(ZH), segs(EN_SPLIT), resources);
    const r = termInAlignment(split, inPage(ZH[1]!, '120'), resources)!;
    expect(r.spans[0]).toMatchObject({ text: '120', en: 2 });
  });

  it('answers null for a sentence not in the alignment, a dropped sentence, a bad offset', () => {
    expect(termInAlignment(alignment, inPage('今天天气很好。', '天气'), resources)).toBeNull();
    const dropped = alignSegments(segs(ZH), segs(EN.slice(0, 5)), resources);
    expect(termInAlignment(dropped, inPage(ZH[5]!, '互利共赢'), resources)).toBeNull();
    expect(
      termInAlignment(alignment, { sentence: ZH[4]!, word: '森林', offset: 0 }, resources),
    ).toBeNull();
  });
});
