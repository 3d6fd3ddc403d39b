// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findChineseDates, findEnglishDates, monthDayKey } from '../../../utils/match/dates';
import { findChineseNumbers, findEnglishNumbers } from '../../../utils/match/numbers';
import { parseChineseNumeral } from '../../../utils/match/numerals';
import { articleId, normaliseUrl, sameUrl } from '../../../utils/match/urls';
import { contentStems } from '../../../utils/match/english';

describe('dates', () => {
  it('reads Chinese dates with Arabic, full-width and Chinese numerals', () => {
    expect(findChineseDates('2019年3月27日，外交部')).toEqual([{ year: 2019, month: 3, day: 27 }]);
    expect(findChineseDates('６月１９日下午').map(monthDayKey)).toEqual(['06-19']);
    expect(findChineseDates('二〇二四年十二月三十一日')).toEqual([
      { year: 2024, month: 12, day: 31 },
    ]);
    expect(findChineseDates('13月40日')).toEqual([]);
  });

  it('reads English dates in both orders and the ministry typo "June11, 2018"', () => {
    expect(findEnglishDates('Press Conference on March 27, 2019')).toEqual([
      { year: 2019, month: 3, day: 27 },
    ]);
    expect(findEnglishDates('on 19 June the two')).toEqual([{ year: null, month: 6, day: 19 }]);
    expect(findEnglishDates('Conference on June11, 2018')).toEqual([
      { year: 2018, month: 6, day: 11 },
    ]);
    expect(findEnglishDates('on Sept. 3')).toEqual([{ year: null, month: 9, day: 3 }]);
  });
});

describe('numbers', () => {
  it('converts Chinese numerals', () => {
    expect(parseChineseNumeral('三十五')).toBe(35);
    expect(parseChineseNumeral('一百二十')).toBe(120);
    expect(parseChineseNumeral('两千')).toBe(2000);
    expect(parseChineseNumeral('二〇二四')).toBe(2024);
    expect(parseChineseNumeral('一亿二千万')).toBe(120_000_000);
    expect(parseChineseNumeral('好')).toBeNull();
  });

  it('meets 万/亿 and million/billion at the same value', () => {
    expect(findChineseNumbers('资金5000万元，1.2亿人，增长3.5%')).toEqual([
      '50000000',
      '120000000',
      '3.5%',
    ]);
    expect(findEnglishNumbers('50 million yuan, 120 million people, up 3.5 percent')).toEqual([
      '50000000',
      '120000000',
      '3.5%',
    ]);
    expect(findChineseNumbers('百分之十五')).toEqual(['15%']);
    expect(findChineseNumbers('七十多个国家')).toEqual(['70']);
  });

  it('ignores dates, small numbers and words like 千万', () => {
    expect(findChineseNumbers('6月19日，3个国家，千万不要')).toEqual([]);
    expect(findEnglishNumbers('On June 19, 3 countries')).toEqual([]);
  });
});

describe('urls and English stems', () => {
  it('parses ministry ids of both layouts', () => {
    expect(
      articleId('https://www.fmprc.gov.cn/web/wjdt_674879/fyrbt_674889/t1680056.shtml'),
    ).toEqual({ scheme: 'old', id: 1680056 });
    expect(
      articleId('https://www.mfa.gov.cn/eng/xw/fyrbt/lxjzh/202410/t20241017_11491234.html'),
    ).toEqual({ scheme: 'dated', id: 11491234 });
    expect(articleId('https://english.news.cn/20250619/abc/c.html')).toBeNull();
  });

  it('treats fmprc.gov.cn and mfa.gov.cn as one site', () => {
    expect(normaliseUrl('http://www.fmprc.gov.cn/web/a/t1.shtml')).toBe(
      'https://www.mfa.gov.cn/a/t1.shtml',
    );
    expect(
      sameUrl(
        'https://www.fmprc.gov.cn/fyrbt_673021/202501/t20250110_11111111.shtml',
        'https://www.mfa.gov.cn/web/fyrbt_673021/jzhsl_673025/202501/t20250110_11111111.shtml',
      ),
    ).toBe(true);
    expect(sameUrl('https://www.mfa.gov.cn/a/t1.shtml', 'https://www.mfa.gov.cn/a/t2.shtml')).toBe(
      false,
    );
  });

  it('stems English content words', () => {
    expect(contentStems("The sanctions and China-US talks, cooperation's")).toEqual([
      'sanction',
      'china',
      'talk',
      'cooper',
    ]);
  });
});
