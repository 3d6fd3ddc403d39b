/**
 * A statement in Traditional characters on a page that declares no language, in Chromium and in
 * Firefox: its rubies, and the word in the popup, declare zh-Hant (a font then draws the glyph
 * forms of that script, a screen reader picks its voice), not zh-Hans, and it is read like any
 * other. The page is the made-up
 * ministry press conference with a made-up body and title written in Traditional characters.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../server/official-sites';
import { BROWSERS, useBrowser } from './browsers';
import { StatementPage } from './pages/statement-page';
import { WordPopup } from './pages/word-popup';

const URL = 'https://www.fmprc.gov.cn/web/wjdt_674879/fyrbt_674889/t1674399.shtml';
const BODY = '#News_Body_Txt_A';
const TITLE = '#News_Body_Title';

const PARAGRAPHS = [
  '外交部發言人在例行記者會上說，中方一貫主張通過對話協商解決問題。',
  '問：有報道說，兩國將舉行新一輪經濟對話。你能否證實？',
  '答：關於你提到的問題，我們會適時發佈消息。中方願同各方一道，推動國際關係健康發展。',
  '問：請問中方對這次會議有何評論？',
  '答：我們注意到有關報道。中方認為，各方應當加強溝通，維護地區和平穩定。',
];

function traditionalPage(): string {
  const html = readFileSync(path.join(FIXTURES_DIR, 'mfa/zh-2019-press-conference.html'), 'utf8');
  const body = PARAGRAPHS.map((p) => `<P>${p}</P>`).join('\n');
  const page = html
    .replace(/(<div class="title" id="News_Body_Title">)[^<]*/, '$1外交部發言人主持例行記者會')
    .replace(
      /(<div id="News_Body_Txt_A" class="content">)[\s\S]*?(<\/div>\s*<div class="news" id="appendix_list")/,
      `$1\n${body}\n$2`,
    );
  if (!page.includes(PARAGRAPHS[0]!)) throw new Error('fixture: body not replaced');
  return page;
}

describe.each(BROWSERS)('a statement in Traditional characters, in %s', (name) => {
  const run = useBrowser(name, {
    routes: [{ url: URL, body: traditionalPage(), contentType: 'text/html; charset=utf-8' }],
  });

  it('declares zh-Hant on its rubies, one syllable per character', async () => {
    const page = new StatementPage(await run.newTab(), TITLE, BODY);
    await page.open(URL);
    // A short statement: every paragraph's words.
    await page.waitAnnotated(40);
    const found = await page.words();
    expect(found.length).toBeGreaterThan(40);
    expect(new Set(found.map((w) => w.lang))).toEqual(new Set(['zh-Hant']));
    for (const w of found) expect(w.syllables, w.word).toBe([...w.word].length);
    // Words of the traditional text are read as words.
    const words = found.map((w) => w.word);
    for (const word of ['外交部', '發言人', '記者會'])
      expect(words.join(' '), word).toContain(word);
    // The page's own elements are not given a language.
    expect(await page.tab.count(`${BODY} [lang]:not(ruby), ${TITLE}[lang]`)).toBe(0);
    // The popup's word is declared in the statement's script too.
    const popup = new WordPopup(page.tab);
    const word = words.find((w) => w.length >= 2 && /[發說會對問題關]/.test(w))!;
    await page.hoverWord(word);
    await popup.waitFor(word);
    expect(await popup.hanziLang()).toBe('zh-Hant');
    await page.tab.close();
  });
});
