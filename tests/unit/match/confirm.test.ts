import { describe, expect, it } from 'vitest';
import type { AlignmentSummary } from '../../../utils/align/types';
import {
  ALIGN_FLOOR,
  CONFIRM_TOP,
  confirmScored,
  COVERAGE_PIVOT,
  MIN_COVERAGE,
} from '../../../utils/match/confirm';
import { decide, LINKED, MARGIN, type Scored } from '../../../utils/match/score';

const summary = (confidentCoverage: number): AlignmentSummary => ({
  zhSentences: 10,
  enSentences: 10,
  zhSentencesMissing: 0,
  zhChars: 500,
  zhCharsMissing: 0,
  enSentencesOnly: 0,
  crossings: 0,
  confidentCoverage,
  enConfidentCoverage: confidentCoverage,
});

const sorted = (scored: Scored[]) => [...scored].sort((a, b) => b.z - a.z);

describe('confirmScored: the decision made sure by alignment', () => {
  it('keeps a clear winner whose sentences find their counterparts', () => {
    const scored = sorted([
      { index: 0, z: 4 },
      { index: 1, z: -3 },
    ]);
    expect(decide(scored).best).toBe(0);
    const r = confirmScored(scored, 2, (i) => summary(i === 0 ? 0.85 : 0.05));
    expect(r.best).toBe(0);
    expect(r.coverage).toEqual([0.85, 0.05]);
  });

  it('rejects the neighbouring day the scorer liked when little of the Chinese is aligned', () => {
    // The scorer alone would take candidate 1 (same speaker, overlapping topics)…
    const scored = sorted([
      { index: 0, z: -6 },
      { index: 1, z: 2 },
      { index: 2, z: -4 },
    ]);
    expect(decide(scored).best).toBe(1);
    // …but only a few of its sentences render the Chinese.
    const r = confirmScored(scored, 3, () => summary(0.08));
    expect(r.best).toBeNull();
  });

  it('lets the true translation overtake a higher-scored candidate by its alignment', () => {
    const scored = sorted([
      { index: 0, z: 1 },
      { index: 1, z: 1.5 },
    ]);
    expect(decide(scored).best).toBeNull(); // within the margin: "several"
    const r = confirmScored(scored, 2, (i) => summary(i === 0 ? 0.9 : 0.1));
    expect(r.best).toBe(0);
    expect(r.ranking[0]!.index).toBe(0);
  });

  it('never answers "found" below the minimum coverage, however high the score', () => {
    const scored = [{ index: 0, z: 30 }];
    const r = confirmScored(scored, 1, () => summary(MIN_COVERAGE / 2));
    expect(r.best).toBeNull();
  });

  it('does not align a page that links to the Chinese one: the link settles it', () => {
    let calls = 0;
    const r = confirmScored([{ index: 0, z: LINKED }], 1, () => {
      calls++;
      return summary(0);
    });
    expect(calls).toBe(0);
    expect(r.best).toBe(0);
  });

  it('aligns only the leading candidates above the floor', () => {
    // Two candidates worth aligning, the rest far behind.
    const scored = sorted(
      Array.from({ length: CONFIRM_TOP + 3 }, (_, index) => ({
        index,
        z: index < 2 ? -index : ALIGN_FLOOR - index,
      })),
    );
    const aligned: number[] = [];
    confirmScored(scored, scored.length, (i) => {
      aligned.push(i);
      return summary(COVERAGE_PIVOT);
    });
    expect(aligned).toEqual([0, 1]);
    // Many strong candidates: only the first CONFIRM_TOP are aligned.
    const strong = sorted(Array.from({ length: 8 }, (_, index) => ({ index, z: -index / 10 })));
    let calls = 0;
    confirmScored(strong, strong.length, () => (calls++, summary(0.5)));
    expect(calls).toBe(CONFIRM_TOP);
  });

  it('treats an alignment that cannot be made as no counterpart', () => {
    const scored = sorted([
      { index: 0, z: 3 + MARGIN },
      { index: 1, z: 0 },
    ]);
    expect(confirmScored(scored, 2, () => null).best).toBeNull();
  });
});
