// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { rankCandidates } from '../../../utils/match/score';
import { EN_OTHER_DAY, EN_OTHER_TOPIC, EN_TRUE, ZH, tinyResources } from './helpers';

const noDate = (title: string) => title.replace(/ on [A-Z][a-z]+ \d+, \d{4}/, '');

describe('rankCandidates', () => {
  it('picks the translation among same-week transcripts', () => {
    const result = rankCandidates(ZH, [EN_OTHER_TOPIC, EN_TRUE, EN_OTHER_DAY], tinyResources);
    expect(result.best).toBe(1);
    expect(result.ranking.map((r) => r.index)).toEqual([1, expect.any(Number), expect.any(Number)]);
    expect(result.ranking[0]!.score).toBeGreaterThan(0.5);
  });

  it('still picks it when the English titles carry no date (content decides)', () => {
    const strip = (a: typeof EN_TRUE) => ({ ...a, title: noDate(a.title) });
    const result = rankCandidates(
      ZH,
      [EN_OTHER_TOPIC, EN_OTHER_DAY, EN_TRUE].map(strip),
      tinyResources,
    );
    expect(result.best).toBe(2);
  });

  it('says none when no candidate is the translation', () => {
    const result = rankCandidates(ZH, [EN_OTHER_TOPIC, EN_OTHER_DAY], tinyResources);
    expect(result.best).toBeNull();
    expect(result.ranking).toHaveLength(2);
    expect(rankCandidates(ZH, [], tinyResources)).toEqual({ best: null, ranking: [] });
  });

  it('says none when two candidates are equally good (no margin)', () => {
    const copy = { ...EN_TRUE, url: EN_TRUE.url.replace('t1700160', 't1700161') };
    expect(rankCandidates(ZH, [EN_TRUE, copy], tinyResources).best).toBeNull();
  });

  it('treats a link from the English page to the Chinese page as settling the match', () => {
    const linked = {
      ...EN_OTHER_TOPIC,
      counterpartUrl: 'http://www.mfa.gov.cn/web/wjdt_674879/fyrbt_674889/t1700100.shtml',
    };
    const result = rankCandidates(ZH, [EN_TRUE, linked], tinyResources);
    expect(result.best).toBe(1);
    expect(result.ranking[0]).toEqual({ index: 1, score: 1 });
  });

  it('penalises a date in the English title that contradicts the Chinese title', () => {
    const wrongDate = { ...EN_TRUE, title: EN_TRUE.title.replace('May 14', 'May 16') };
    const right = rankCandidates(ZH, [EN_TRUE], tinyResources).ranking[0]!.score;
    const wrong = rankCandidates(ZH, [wrongDate], tinyResources).ranking[0]!.score;
    expect(wrong).toBeLessThan(right);
  });

  it('works without a dictionary (names, numbers and dates still count)', () => {
    const result = rankCandidates(ZH, [EN_OTHER_DAY, EN_TRUE], {
      ...tinyResources,
      dictionary: null,
    });
    expect(result.ranking[0]!.index).toBe(1);
  });
});
