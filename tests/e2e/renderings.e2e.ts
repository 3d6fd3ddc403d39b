/**
 * The word popup of a set phrase shows how the publisher has rendered it over time: each rendering
 * with its years and counts (mined from the aligned corpus into the lexicon data by
 * tests/bench/terms-mine.ts) and a link to an example on the ministry's English site, the most
 * recently used first. On the made-up Foreign Ministry press conference served under its real
 * host name, in Chromium and in Firefox.
 */
import { describe, expect, it } from 'vitest';
import { OFFICIAL_TERMS } from '../../utils/lexicon/terms';
import { DZ } from '../../utils/reading/dom-labels';
import { renderingsOverTime } from '../../utils/reading/popup-logic';
import { BROWSERS, useBrowser } from './browsers';
import type { TestWindow } from './driver';
import { StatementPage } from './pages/statement-page';
import { WordPopup } from './pages/word-popup';

const URL = 'https://www.fmprc.gov.cn/web/wjdt_674879/fyrbt_674889/t1674321.shtml';
const PHRASE = '全面战略协作伙伴关系';

describe.each(BROWSERS)('renderings of a set phrase over time, in %s', (name) => {
  const run = useBrowser(name);

  it('lists each rendering with its years, counts and an example link, newest first', async () => {
    const term = OFFICIAL_TERMS.find((t) => t.zh === PHRASE)!;
    const expected = renderingsOverTime(term.renderings);
    // The data holds what the test checks: at least one rendering mined with years and an example.
    expect(expected[0]!.years.length).toBeGreaterThan(0);
    expect(expected[0]!.example).toMatch(/^https:\/\/www\.fmprc\.gov\.cn\//);

    const page = new StatementPage(await run.newTab(), '#News_Body_Title', '#News_Body_Txt_A');
    await page.open(URL);
    await page.waitAnnotated();
    const popup = new WordPopup(page.tab);
    await page.hoverWord(PHRASE);
    await popup.waitFor(PHRASE);

    await page.tab.exposeShadowRoots();
    const shown = await page.tab.evaluate((host) => {
      const root = (window as unknown as TestWindow).__dzTestShadow(host)!;
      return Array.from(root.querySelectorAll('.dz-rendering'), (r) => ({
        en: r.querySelector('.dz-official-en')?.textContent ?? null,
        years: r.querySelector('.dz-years')?.textContent ?? null,
        href: r.querySelector('a')?.getAttribute('href') ?? null,
        rel: r.querySelector('a')?.getAttribute('rel') ?? null,
      }));
    }, `#${DZ.popupHost}`);
    expect(shown.map((r) => r.en)).toEqual(expected.slice(0, 4).map((r) => r.en));
    const first = shown[0]!;
    expect(first.years).toBe(expected[0]!.years.map((y) => `${y.year}: ${y.count}`).join(' · '));
    // Newest year first.
    const years = first.years!.split(' · ').map((y) => Number(y.slice(0, 4)));
    expect([...years].sort((a, b) => b - a)).toEqual(years);
    expect(first.href).toBe(expected[0]!.example);
    expect(first.rel).toBe('noopener noreferrer');
    await page.tab.close();
  });
});
