/**
 * `compute` memoised by key, for the reading engine's hot lookups (syllables, a word's
 * dictionary readings and entries): at most `max` keys are kept, all dropped at once when full
 * (the working set of a statement refills in a moment; no bookkeeping per hit). Values are
 * shared between callers: plain data nobody changes.
 */
export function boundedMemo<K, V extends NonNullable<unknown> | null>(
  max: number,
  compute: (key: K) => V,
): (key: K) => V {
  const memo = new Map<K, V>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      value = compute(key);
      if (memo.size >= max) memo.clear();
      memo.set(key, value);
    }
    return value;
  };
}
