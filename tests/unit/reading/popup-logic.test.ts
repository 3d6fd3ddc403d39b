import { describe, expect, it, vi } from 'vitest';
import { featureController, onAbort } from '../../../utils/reading/feature-signal';
import {
  copyLine,
  createLookupCache,
  keyCommand,
  renderingsOverTime,
  sentenceAround,
  stepIndex,
  triggerAllows,
} from '../../../utils/reading/popup-logic';
import type { WordInfo } from '../../../utils/reading/reader';

const none = { altKey: false, ctrlKey: false, shiftKey: false, metaKey: false };
const key = (k: string, code: string, mods: Partial<typeof none> = {}) => ({
  ...none,
  ...mods,
  key: k,
  code,
});

const INFO: WordInfo = {
  word: '中方',
  traditional: ['中方'],
  start: 2,
  py: ['zhong1', 'fang1'],
  entries: [
    {
      simplified: '中方',
      traditional: '中方',
      pinyin: 'Zhong1 fang1',
      definitions: ['the Chinese side'],
    },
  ],
};

describe('popup trigger', () => {
  it('opens on plain hover, or only with the configured modifier', () => {
    expect(triggerAllows('hover', none)).toBe(true);
    expect(triggerAllows('alt', none)).toBe(false);
    expect(triggerAllows('alt', { ...none, altKey: true })).toBe(true);
    expect(triggerAllows('ctrl', { ...none, altKey: true })).toBe(false);
    expect(triggerAllows('ctrl', { ...none, ctrlKey: true })).toBe(true);
    expect(triggerAllows('shift', { ...none, shiftKey: true })).toBe(true);
    expect(triggerAllows('off', { ...none, shiftKey: true })).toBe(false);
  });
});

describe('popup keys', () => {
  it('starts with Alt+Shift+N/B (by key position), steps with N/B only while open', () => {
    // Alt+Shift+N gives "Ñ" or "˜" on some layouts: the code counts, not the character.
    expect(keyCommand(key('˜', 'KeyN', { altKey: true, shiftKey: true }), false)).toBe('next');
    expect(keyCommand(key('ı', 'KeyB', { altKey: true, shiftKey: true }), false)).toBe('previous');
    expect(keyCommand(key('n', 'KeyN'), false)).toBeNull();
    expect(keyCommand(key('n', 'KeyN'), true)).toBe('next');
    expect(keyCommand(key('B', 'KeyB', { shiftKey: true }), true)).toBe('previous');
    expect(keyCommand(key('n', 'KeyN', { ctrlKey: true }), true)).toBeNull();
    expect(keyCommand(key('n', 'KeyN', { metaKey: true }), true)).toBeNull();
    expect(
      keyCommand(key('N', 'KeyN', { altKey: true, shiftKey: true, ctrlKey: true }), false),
    ).toBeNull();
  });

  it('closes with Esc only when a popup is open (else the page keeps the key)', () => {
    expect(keyCommand(key('Escape', 'Escape'), true)).toBe('close');
    expect(keyCommand(key('Escape', 'Escape'), false)).toBeNull();
    expect(keyCommand(key('x', 'KeyX'), true)).toBeNull();
  });

  it('steps through the words clamped to the ends, from the first when none is open', () => {
    expect(stepIndex(-1, 1, 5)).toBe(0);
    expect(stepIndex(-1, -1, 5)).toBe(0);
    expect(stepIndex(2, 1, 5)).toBe(3);
    expect(stepIndex(4, 1, 5)).toBe(4);
    expect(stepIndex(0, -1, 5)).toBe(0);
    expect(stepIndex(0, 1, 0)).toBeNull();
  });
});

describe('popup text', () => {
  it('finds the sentence of a word, with its end punctuation', () => {
    const text = '答：第一句。中方坚决反对！第三句';
    const start = text.indexOf('中方');
    expect(sentenceAround(text, start, 2)).toBe('中方坚决反对！');
    expect(sentenceAround(text, text.indexOf('第三'), 2)).toBe('第三句');
    expect(sentenceAround(text, 0, 1)).toBe('答：第一句。');
  });

  it('copies word, pinyin with tone marks and the official rendering before the definitions', () => {
    expect(copyLine(INFO)).toBe('中方\tzhōng fāng\tthe Chinese side');
    const term = {
      ...INFO,
      term: { zh: '中方', pinyin: '', renderings: [{ en: 'China', source: 'x' }] },
    };
    expect(copyLine(term)).toBe('中方\tzhōng fāng\tChina');
    expect(copyLine({ ...INFO, entries: [] })).toBe('中方\tzhōng fāng\t');
    // A reading unit's pinyin as its ruby writes it.
    expect(copyLine({ ...INFO, written: [{ n: 2 }] })).toBe('中方\tzhōngfāng\tthe Chinese side');
    const name = {
      ...INFO,
      word: '林剑',
      py: ['lin2', 'jian4'],
      written: [
        { n: 1, capital: true },
        { n: 1, capital: true },
      ],
    };
    expect(copyLine(name)).toBe('林剑\tLín Jiàn\tthe Chinese side');
  });
});

describe('lookup cache', () => {
  it('asks once per request, keeps at most `max` answers and never a failure', async () => {
    const fetch = vi.fn(async (r: { offset: number }) =>
      r.offset === 9 ? Promise.reject(new Error('busy')) : INFO,
    );
    const lookup = createLookupCache(fetch, 2);
    const a = { text: '中方', offset: 0, exact: false };
    expect(await lookup(a)).toBe(INFO);
    expect(await lookup(a)).toBe(INFO);
    expect(fetch).toHaveBeenCalledTimes(1);
    // Same position, different word or mode: different requests.
    await lookup({ ...a, word: '中' });
    await lookup({ ...a, exact: true });
    expect(fetch).toHaveBeenCalledTimes(3);
    // Two kept: the oldest went.
    await lookup(a);
    expect(fetch).toHaveBeenCalledTimes(4);
    await expect(lookup({ ...a, offset: 9 })).rejects.toThrow('busy');
    await expect(lookup({ ...a, offset: 9 })).rejects.toThrow('busy');
    expect(fetch).toHaveBeenCalledTimes(6);
  });
});

describe('feature signals', () => {
  it('removes every listener of a feature at once, and follows the context', () => {
    const context = new AbortController();
    const popup = featureController(context.signal);
    const annotation = featureController(context.signal);
    const heard: string[] = [];
    document.addEventListener('keydown', () => heard.push('popup'), { signal: popup.signal });
    document.addEventListener('keydown', () => heard.push('annotation'), {
      signal: annotation.signal,
    });
    const cleaned: string[] = [];
    onAbort(popup.signal, () => cleaned.push('popup'));
    document.dispatchEvent(new KeyboardEvent('keydown'));
    popup.abort();
    document.dispatchEvent(new KeyboardEvent('keydown'));
    expect(heard).toEqual(['popup', 'annotation', 'annotation']);
    expect(cleaned).toEqual(['popup']);
    context.abort();
    document.dispatchEvent(new KeyboardEvent('keydown'));
    expect(heard).toHaveLength(3);
    expect(annotation.signal.aborted).toBe(true);
    // Registered after the end: cleaned up at once.
    onAbort(annotation.signal, () => cleaned.push('late'));
    expect(cleaned).toEqual(['popup', 'late']);
  });
});

describe('renderings over time', () => {
  it('lists the renderings last used most recently first, years newest first', () => {
    const list = renderingsOverTime([
      { en: 'old', source: 'column', usage: [{ year: 2018, count: 9 }], example: 'https://a/1' },
      { en: 'never seen', source: 'https://www.fmprc.gov.cn/mfa_eng/' },
      {
        en: 'current',
        source: 'column',
        usage: [
          { year: 2019, count: 2 },
          { year: 2020, count: 5 },
        ],
        example: 'https://a/2',
      },
      { en: 'also current, rarer', source: 'column', usage: [{ year: 2020, count: 1 }] },
    ]);
    expect(list.map((r) => r.en)).toEqual(['current', 'also current, rarer', 'old', 'never seen']);
    expect(list[0]).toEqual({
      en: 'current',
      source: 'column',
      years: [
        { year: 2020, count: 5 },
        { year: 2019, count: 2 },
      ],
      total: 7,
      example: 'https://a/2',
    });
    expect(list[3]!.years).toEqual([]);
    expect(list[1]!.example).toBeUndefined();
  });
});
