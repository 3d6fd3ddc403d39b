/** followItem: the watch before the read, so no change is missed and no late read undoes one. */
import { describe, expect, it } from 'vitest';
import { followItem } from '../../../utils/storage';

/** An item whose reads the test answers by hand, and whose changes it fires. */
function fakeItem<T>() {
  const reads: { resolve: (v: T) => void; reject: (e: unknown) => void }[] = [];
  const watchers = new Set<(v: T | null) => void>();
  return {
    reads,
    change: (v: T) => watchers.forEach((w) => w(v)),
    watchers,
    item: {
      getValue: () => new Promise<T>((resolve, reject) => reads.push({ resolve, reject })),
      watch: (cb: (v: T | null) => void) => (watchers.add(cb), () => void watchers.delete(cb)),
    },
  };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('followItem', () => {
  it('shows the read, then every change', async () => {
    const f = fakeItem<number>();
    const shown: (number | null)[] = [];
    const { ready } = followItem(f.item as never, (v: number | null) => shown.push(v));
    f.reads[0]!.resolve(1);
    await ready;
    f.change(2);
    expect(shown).toEqual([1, 2]);
  });

  it('a change made while the read is on its way is shown, and the late read does not undo it', async () => {
    const f = fakeItem<string>();
    const shown: (string | null)[] = [];
    const { ready } = followItem(f.item as never, (v: string | null) => shown.push(v));
    f.change('new');
    f.reads[0]!.resolve('old');
    await ready;
    expect(shown).toEqual(['new']);
  });

  it('an earlier read is shown at once, and read again in case it changed before the watch', async () => {
    const f = fakeItem<string>();
    const shown: (string | null)[] = [];
    const { ready } = followItem(f.item as never, (v: string | null) => shown.push(v), {
      first: Promise.resolve('early'),
    });
    await ready;
    expect(shown).toEqual(['early']);
    f.reads[0]!.resolve('changed in between');
    await tick();
    expect(shown).toEqual(['early', 'changed in between']);

    // Read again and unchanged: shown once only.
    const g = fakeItem<{ a: number }>();
    const again: unknown[] = [];
    const second = followItem(g.item as never, (v: unknown) => again.push(v), {
      first: Promise.resolve({ a: 1 }),
    });
    await second.ready;
    g.reads[0]!.resolve({ a: 1 });
    await tick();
    expect(again).toEqual([{ a: 1 }]);

    // Read again and failed: the earlier value stays, and no error replaces it.
    const h = fakeItem<string>();
    const kept: (string | null)[] = [];
    const errors: unknown[] = [];
    const third = followItem(h.item as never, (v: string | null) => kept.push(v), {
      first: Promise.resolve('early'),
      onError: (e) => errors.push(e),
    });
    await third.ready;
    h.reads[0]!.reject(new Error('gone'));
    await tick();
    expect(kept).toEqual(['early']);
    expect(errors).toEqual([]);
  });

  it('a failed read is reported; nothing is shown after off()', async () => {
    const f = fakeItem<number>();
    const shown: (number | null)[] = [];
    const errors: unknown[] = [];
    const { ready, off } = followItem(f.item as never, (v: number | null) => shown.push(v), {
      onError: (e) => errors.push(e),
    });
    f.reads[0]!.reject(new Error('quota'));
    await ready;
    expect(errors).toHaveLength(1);
    off();
    f.change(3);
    expect(shown).toEqual([]);
    expect(f.watchers.size).toBe(0);
  });
});
