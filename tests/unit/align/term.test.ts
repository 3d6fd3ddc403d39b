// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { termInContext } from '../../../utils/align/term';
import { EN, ZH, resources, segs } from './fixtures';

const zhSegs = segs(ZH);
const enSegs = segs(EN);

/** The rendering of `word` (first occurrence) in zh sentence `i`, looked up in en sentences `en`. */
function lookup(i: number, word: string, en: number[] = [i]) {
  const zh = zhSegs[i]!;
  const start = zh.text.indexOf(word);
  expect(start).toBeGreaterThanOrEqual(0);
  return termInContext(
    zh,
    start,
    start + word.length,
    en.map((j) => enSegs[j]!),
    resources,
  );
}

describe('termInContext', () => {
  it('finds the official rendering of a set phrase, with offsets', () => {
    const r = lookup(5, '互利共赢')!;
    expect(r.zh).toBe('互利共赢');
    expect(r.spans).toHaveLength(1);
    const span = r.spans[0]!;
    expect(span).toMatchObject({
      en: 5,
      source: 'official',
      text: 'mutual benefit and win-win results',
    });
    expect(EN[5]!.slice(span.start, span.end)).toBe(span.text);
    expect(span.paragraphStart).toBe(span.start);
  });

  it('finds a name by its official spelling', () => {
    expect(lookup(0, '林雅')!.spans.map((s) => [s.text, s.source])).toEqual([['Lin Ya', 'name']]);
    expect(lookup(4, '北岛国')!.spans[0]!.text).toBe('Northisle');
  });

  it('finds numbers', () => {
    expect(lookup(2, '500')!.spans.map((s) => [s.text, s.source])).toEqual([['500', 'number']]);
    expect(lookup(1, '120')!.spans[0]!.text).toBe('120');
  });

  it('finds dictionary renderings, joining a run of glossing words', () => {
    expect(lookup(4, '森林')!.spans.map((s) => [s.text, s.source])).toEqual([
      ['forest', 'dictionary'],
    ]);
    expect(lookup(3, '清理')!.spans[0]!.text).toBe('clean up');
    expect(lookup(2, '奖学金')!.spans[0]!.text).toBe('scholarships');
    expect(lookup(0, '外交部')!.spans[0]!.text).toBe('Foreign Ministry');
  });

  it('finds a multi-word gloss written with inflections and hyphens', () => {
    const [zh] = segs(['发展中国家欢迎合作。']);
    const [en] = segs(['Developing-countries welcome cooperation.']);
    const r = termInContext(zh!, 0, 5, [en!], resources)!;
    expect(r.spans.map((s) => [s.text, s.source])).toEqual([
      ['Developing-countries', 'dictionary'],
    ]);
  });

  it('looks in every aligned English sentence given, best first', () => {
    const r = lookup(3, '合作', [2, 3, 5])!;
    expect(r.spans.map((s) => s.en)).toEqual([3, 5]);
  });

  it('returns null when the English does not render it, or for an empty range', () => {
    expect(lookup(4, '火灾', [2])).toBeNull();
    expect(termInContext(zhSegs[0]!, 3, 3, enSegs, resources)).toBeNull();
    expect(termInContext(zhSegs[0]!, 0, 3, [], resources)).toBeNull();
    expect(lookup(0, '将')).toBeNull();
  });

  it('adds the segment offset for paragraph positions', () => {
    const en = { ...enSegs[4]!, start: 100, end: 100 + EN[4]!.length };
    const r = termInContext(zhSegs[4]!, 11, 13, [en], resources)!;
    expect(r.zh).toBe('森林');
    expect(r.spans[0]!.paragraphStart).toBe(100 + EN[4]!.indexOf('forest'));
  });
});
