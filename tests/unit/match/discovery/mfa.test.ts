// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../../utils/article';
import {
  CURRENT_PRESS_COLUMN,
  mfaColumns,
  mfaStrategy,
} from '../../../../utils/match/discovery/mfa';
import { contextFor } from '../fake-sites';

function zh(url: string, date: string, kind: Article['kind'] = 'press-conference'): Article {
  return {
    url,
    lang: 'zh',
    site: 'mfa',
    kind,
    title: '',
    date,
    speakers: [],
    source: null,
    paragraphs: [],
  };
}

const OLD_BASE = 'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/';

/** A made-up page of the 2018–2020 English column: 15 items, one a day, newest first from `start`. */
function oldListingPage(n: number, start: Date, idStart: number): string {
  const items: string[] = [];
  for (let i = 0; i < 15; i++) {
    const day = new Date(start.getTime() - (n * 15 + i) * 86_400_000);
    const label = day.toLocaleDateString('en-US', {
      month: 'long',
      day: 'numeric',
      year: 'numeric',
      timeZone: 'UTC',
    });
    items.push(
      `<li><a href="./t${idStart - (n * 15 + i) * 300}.shtml" target="_blank">Foreign Ministry Spokesperson Pat Doe's Regular Press Conference on ${label}</a></li>`,
    );
  }
  return `<html><head><title>Regular Press Conference</title></head><body><div class="content_mod">
    <div class="newsLst_mod"><ul>${items.join('')}</ul></div>
    <div class="page"><script>var currentPage = ${n}; var countPage = 40//共多少页</script></div></div></body></html>`;
}

describe('mfa discovery', () => {
  it('reads the current press-conference column and keeps the items dated near the statement', async () => {
    const { ctx, requested, steps } = contextFor({
      'https://www.mfa.gov.cn/eng/xw/fyrbt/lxjzh/index.html': {
        file: 'mfa/en-current-listing.html',
      },
    });
    const found = await mfaStrategy.discover(
      zh(
        'https://www.mfa.gov.cn/web/fyrbt_673021/jzhsl_673025/202506/t20250620_11650001.shtml',
        '2025-06-20',
      ),
      ctx,
    );
    expect(found.candidates[0]).toEqual({
      url: 'https://www.mfa.gov.cn/eng/xw/fyrbt/lxjzh/202506/t20250620_11650123.html',
      title: 'Foreign Ministry Spokesperson Lin Jian’s Regular Press Conference on June 20, 2025',
      date: '2025-06-20',
    });
    expect(found.candidates.map((c) => c.date)).toEqual([
      '2025-06-20',
      '2025-06-19',
      '2025-06-18',
      '2025-06-17',
    ]);
    // The page reaches back to June 5: one page is enough.
    expect(requested).toEqual(['https://www.mfa.gov.cn/eng/xw/fyrbt/lxjzh/index.html']);
    expect(found.searched).toEqual(requested);
    expect(steps[0]).toContain('press conferences');
  });

  it('jumps through the 2018–2020 column to the page of an old statement, reading few pages', async () => {
    const start = new Date(Date.UTC(2019, 5, 20));
    const site = Object.fromEntries(
      Array.from({ length: 40 }, (_, n) => [
        `${OLD_BASE}default${n ? `_${n}` : ''}.shtml`,
        oldListingPage(n, start, 1674389),
      ]),
    );
    const { ctx, requested } = contextFor(site);
    const found = await mfaStrategy.discover(
      zh('https://www.fmprc.gov.cn/web/wjdt_674879/fyrbt_674889/t1600000.shtml', '2019-01-10'),
      ctx,
    );
    expect(found.candidates[0]!.title).toContain('January 10, 2019');
    expect(found.candidates.every((c) => c.url.startsWith(OLD_BASE))).toBe(true);
    expect(found.candidates.length).toBeLessThanOrEqual(7);
    expect(requested.length).toBeLessThanOrEqual(3);
    expect(requested[0]).toBe(`${OLD_BASE}default.shtml`);
  });

  it('steers by article ids when the Chinese page has no date', async () => {
    const start = new Date(Date.UTC(2019, 5, 20));
    const site = Object.fromEntries(
      Array.from({ length: 40 }, (_, n) => [
        `${OLD_BASE}default${n ? `_${n}` : ''}.shtml`,
        oldListingPage(n, start, 1674389),
      ]),
    );
    const { ctx, requested } = contextFor(site);
    // Page 10 holds ids 1674389 − 150·300 … − 164·300; the English id is ~65 above the Chinese one.
    const zhId = 1674389 - 157 * 300 - 65;
    const undated = {
      ...zh(`https://www.fmprc.gov.cn/web/wjdt_674879/fyrbt_674889/t${zhId}.shtml`, '2019-01-01'),
      date: null,
    };
    const found = await mfaStrategy.discover(undated, ctx);
    expect(found.candidates[0]!.url).toBe(`${OLD_BASE}t${zhId + 65}.shtml`);
    expect(requested.length).toBeLessThanOrEqual(3);
  });

  it('accepts transcripts filed one level up, as in 2024', () => {
    expect(
      CURRENT_PRESS_COLUMN.isArticle(
        'https://www.mfa.gov.cn/eng/xw/fyrbt/202410/t20241017_11509439.html',
      ),
    ).toBe(true);
    expect(
      CURRENT_PRESS_COLUMN.isArticle('https://www.mfa.gov.cn/eng/xw/fyrbt/lxjzh/index_2.html'),
    ).toBe(false);
  });

  it('reads the readout column for a Chinese readout', async () => {
    const readout = zh(
      'https://www.mfa.gov.cn/web/zyxw/202506/t20250619_11649800.shtml',
      '2025-06-19',
      'readout',
    );
    expect(mfaColumns(readout).map((c) => c.pageUrl(0))).toEqual([
      'https://www.mfa.gov.cn/eng/xw/zyxw/index.html',
    ]);
    const { ctx } = contextFor({
      'https://www.mfa.gov.cn/eng/xw/zyxw/index.html': { file: 'mfa/en-readout-listing.html' },
    });
    const found = await mfaStrategy.discover(readout, ctx);
    expect(found.candidates.map((c) => c.date)).toEqual(['2025-06-19', '2025-06-18', '2025-06-22']);
  });

  it('reports an unreachable column instead of throwing', async () => {
    const { ctx } = contextFor({});
    const found = await mfaStrategy.discover(
      zh('https://www.mfa.gov.cn/web/fyrbt_673021/202506/t20250620_1.shtml', '2025-06-20'),
      ctx,
    );
    expect(found.candidates).toEqual([]);
    expect(found.searched).toEqual([
      'https://www.mfa.gov.cn/eng/xw/fyrbt/lxjzh/index.html (not-found)',
    ]);
  });

  it('applies to both ministry host names only', () => {
    expect(mfaStrategy.appliesTo(zh('https://www.fmprc.gov.cn/web/a/t1.shtml', '2019-01-01'))).toBe(
      true,
    );
    expect(mfaStrategy.appliesTo(zh('https://www.news.cn/a/c.html', '2019-01-01'))).toBe(false);
  });
});

describe('listing dates', () => {
  it('gives year-less titles the year of their neighbours, across New Year', async () => {
    const { readListing, fillDatesFromPositions } =
      await import('../../../../utils/match/discovery/listing');
    const items = [
      "Spokesperson Pat Doe's Regular Press Conference on January 3, 2019",
      "Spokesperson Pat Doe's Regular Press Conference on January 2",
      "Spokesperson Pat Doe's Remarks on a Made-up Topic",
      "Spokesperson Pat Doe's Regular Press Conference on December 28",
    ];
    const html = `<div class="newsLst_mod"><ul>${items.map((t, i) => `<li><a href="./t${900 - i}.shtml">${t}</a></li>`).join('')}</ul></div>`;
    const links = fillDatesFromPositions(readListing(html, OLD_BASE, 'div.newsLst_mod ul li a'));
    expect(links.map((l) => l.date)).toEqual([
      '2019-01-03',
      '2019-01-02',
      '2019-01-02',
      '2018-12-28',
    ]);
    expect(links[0]!.url).toBe(`${OLD_BASE}t900.shtml`);
  });
});
