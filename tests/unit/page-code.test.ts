// @vitest-environment node
/**
 * The code the end-to-end driver evaluates in pages (tests/e2e/driver.ts pageCode): it must run
 * whatever the TypeScript transform added to the function. Under tsx (npm start, benchmarks)
 * esbuild wraps named inner functions in a `__name` helper that pages do not have.
 */
import { describe, expect, it } from 'vitest';
import { pageCode } from '../e2e/driver';

// What tsx makes of `(arg) => { const inner = () => arg.x + 1; return inner(); }`.
const transformed = new Function(
  'arg',
  'const inner = __name(() => arg.x + 1, "inner"); return inner();',
) as (arg: { x: number }) => number;

const run = (code: string): unknown => (0, eval)(code);

describe('pageCode', () => {
  it('runs a function that calls esbuild’s __name helper, with its argument', () => {
    expect(() => run(`(${transformed.toString()})({ "x": 1 })`)).toThrow(/__name/);
    expect(run(pageCode(transformed, { x: 1 }))).toBe(2);
  });

  it('passes plain JSON arguments as they are, and none', () => {
    expect(
      run(
        pageCode((a: { s: string; n: number[] }) => `${a.s}${a.n.join('+')}`, {
          s: '“引号”',
          n: [1, 2],
        }),
      ),
    ).toBe('“引号”1+2');
    expect(run(pageCode(() => 'none', undefined))).toBe('none');
    expect(run(pageCode((a: null) => a, null))).toBeNull();
  });
});
