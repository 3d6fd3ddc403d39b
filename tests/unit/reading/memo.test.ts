// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { boundedMemo } from '../../../utils/reading/memo';

describe('boundedMemo', () => {
  it('computes each key once, null answers too, and keeps at most max keys', () => {
    const calls: string[] = [];
    const memo = boundedMemo(2, (key: string) => {
      calls.push(key);
      return key === 'none' ? null : key.toUpperCase();
    });
    expect([memo('a'), memo('a'), memo('none'), memo('none')]).toEqual(['A', 'A', null, null]);
    expect(calls).toEqual(['a', 'none']);
    // Full: the next new key drops the others, which are computed again when asked.
    expect(memo('b')).toBe('B');
    expect(memo('b')).toBe('B');
    expect(memo('a')).toBe('A');
    expect(calls).toEqual(['a', 'none', 'b', 'a']);
  });
});
