// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { worthPrewarming } from '../../../utils/reading/prewarm';

const STATEMENT = 'https://www.fmprc.gov.cn/web/wjdt_674879/fyrbt_674889/t1776571.shtml';

describe('prewarming the reading engine', () => {
  it('loads it for a statement-shaped address of a supported site', () => {
    expect(worthPrewarming(STATEMENT, undefined, {})).toBe(true);
    expect(
      worthPrewarming(
        'https://www.gov.cn/zhengce/content/2019-01/01/content_5355555.htm',
        undefined,
        {},
      ),
    ).toBe(true);
  });

  it('not for listings, other sites, English-only addresses, or where the user turned it off', () => {
    expect(
      worthPrewarming('https://www.fmprc.gov.cn/web/wjdt_674879/fyrbt_674889/', undefined, {}),
    ).toBe(false);
    expect(worthPrewarming('https://example.com/t1776571.shtml', undefined, {})).toBe(false);
    expect(worthPrewarming('https://english.news.cn/20190101/c_137711111.htm', undefined, {})).toBe(
      false,
    );
    // The ministry's English transcripts, old and current addresses.
    for (const english of [
      'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1680061.shtml',
      'https://www.mfa.gov.cn/eng/xw/fyrbt/lxjzh/202510/t20251017_11735636.html',
    ])
      expect(worthPrewarming(english, undefined, {})).toBe(false);
    expect(worthPrewarming(STATEMENT, undefined, { mfa: false })).toBe(false);
    expect(worthPrewarming(STATEMENT, { mode: 'off' }, {})).toBe(false);
    expect(worthPrewarming(STATEMENT, { mode: 'off', siteModes: { mfa: 'all' } }, {})).toBe(true);
  });
});
