/**
 * The reading layer in Chromium and in Firefox, on the made-up Foreign Ministry press conference
 * served under its real host name: word-level ruby over the title and body only, the word popup
 * (hover, Esc, tap, keyboard), copy without pinyin, settings through the toolbar popup, exact
 * restoration of the DOM when pinyin is switched off, and paragraphs the page adds later.
 * Each test opens its own page; none depends on another's state.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, useBrowser } from './browsers';
import { StatementPage } from './pages/statement-page';
import { WordPopup } from './pages/word-popup';
import { ToolbarPopup } from './pages/toolbar-popup';

const URL = 'https://www.fmprc.gov.cn/web/wjdt_674879/fyrbt_674889/t1674321.shtml';
const BODY = '#News_Body_Txt_A';
const TITLE = '#News_Body_Title';
/** The per-site pinyin mode in the toolbar popup's reading settings. */
const SITE_SELECT = 'On this site';

describe.each(BROWSERS)('the reading layer on a statement, in %s', (name) => {
  const run = useBrowser(name);

  /** A fresh tab on the statement, annotated. */
  async function openStatement(): Promise<StatementPage> {
    const page = new StatementPage(await run.newTab(), TITLE, BODY);
    await page.open(URL);
    await page.waitAnnotated();
    return page;
  }

  async function setSiteMode(page: StatementPage, mode: 'off' | 'all' | 'unknown' | 'default') {
    const popup = await ToolbarPopup.open(run.browser, page.tab);
    await popup.setReading(SITE_SELECT, mode);
    await popup.close();
  }

  it('puts one ruby per word over the title and body, and nowhere else', async () => {
    const page = await openStatement();
    expect(await page.wordsOutsideStatement()).toBe(0);
    for (const selector of ['.menu', '.nav', '.header', '.copyright', '#relnews_list', '.info']) {
      expect(await page.tab.count(`${selector} ruby`), selector).toBe(0);
    }
    const found = await page.words();
    const words = found.map((w) => w.word);
    // Set phrases and names are single rubies, never split.
    for (const word of ['全面战略协作伙伴关系', '习近平', '王毅', '普京', '联合国安理会']) {
      expect(words, word).toContain(word);
    }
    for (const part of ['习', '近平', '伙伴关系', '王', '毅', '联合国', '安理会']) {
      expect(words, part).not.toContain(part);
    }
    // One syllable per character, and the set phrase read as a whole.
    for (const w of found) expect(w.syllables, w.word).toBe([...w.word].length);
    // Written as pinyin is written: names capitalised, a set phrase word by word.
    expect(found.find((w) => w.word === '习近平')!.pinyin).toBe('Xí Jìnpíng');
    expect(found.find((w) => w.word === '全面战略协作伙伴关系')!.pinyin).toBe(
      'quánmiàn zhànlüè xiézuò huǒbàn guānxì',
    );
    // The page declares no language: the words are declared Simplified Chinese (their glyphs
    // and font, not the browser's language's), the page's own elements are left as they were.
    expect(new Set(found.map((w) => w.lang))).toEqual(new Set(['zh-Hans']));
    expect(await page.tab.count(`${BODY} [lang]:not(ruby), ${TITLE}[lang]`)).toBe(0);
    // Neighbouring words' pinyin never touches, where it is wider than the characters too.
    const gap = await page.narrowestPinyinGap();
    expect(gap.pairs).toBeGreaterThan(50);
    expect(gap.narrowest).toBeGreaterThanOrEqual(2);
    // Annotation changes no character of the text.
    const before = await page.initialTexts();
    expect(await page.chineseText()).toBe(`${before.title}|${before.body}`);
    await page.tab.close();
  });

  it('shows the CC-CEDICT meaning, the official rendering and the traditional form on hover', async () => {
    const page = await openStatement();
    const popup = new WordPopup(page.tab);
    const box = await page.hoverWord('全面战略协作伙伴关系');
    await popup.waitFor('comprehensive strategic partnership of coordination', 'officialEn');
    expect(await popup.text('hanzi')).toBe('全面战略协作伙伴关系');
    expect(await popup.text('trad')).toBe('全面戰略協作伙伴關係');
    // How the ministry used it, by year (tests/e2e/renderings.e2e.ts checks the whole list).
    expect(await popup.text('years')).toMatch(/^\d{4}: \d+/);
    const placement = await popup.placement();
    // Inside the viewport, not over the word, and the page keeps the focus.
    expect(placement.top).toBeGreaterThanOrEqual(0);
    expect(placement.left).toBeGreaterThanOrEqual(0);
    expect(placement.bottom).toBeLessThanOrEqual(placement.height);
    expect(placement.right).toBeLessThanOrEqual(placement.width);
    expect(placement.bottom <= box.y || placement.top >= box.y + box.height).toBe(true);
    expect(placement.pageHasFocus).toBe(true);

    // A dictionary word: its CC-CEDICT definitions and traditional form.
    await page.hoverWord('赞赏');
    await popup.waitFor('赞赏');
    expect(await popup.text('trad')).toBe('讚賞');
    expect(await popup.text('defs')).toMatch(/to admire.*to appreciate/);

    // Esc closes it.
    await page.tab.press('Escape');
    await popup.waitClosed();
    await page.tab.close();
  });

  it('opens the popup on a tap, and a tap elsewhere closes it', async () => {
    const page = await openStatement();
    const popup = new WordPopup(page.tab);
    await page.tab.mouseMove(1, 1);
    const box = await page.tab.box('ruby.dz-word', { hasText: '赞赏' });
    const tap = (x: number, y: number) =>
      page.tab.evaluate(
        ([clientX, clientY]) => {
          const target = document.elementFromPoint(clientX!, clientY!) ?? document.body;
          for (const type of ['pointerdown', 'pointerup']) {
            target.dispatchEvent(
              new PointerEvent(type, { pointerType: 'touch', clientX, clientY, bubbles: true }),
            );
          }
        },
        [x, y],
      );
    await tap(box.x + 3, box.y + box.height - 4);
    await popup.waitFor('赞赏');
    await tap(2, 2);
    await popup.waitClosed();
    await page.tab.close();
  });

  it('moves word by word with the keyboard', async () => {
    const page = await openStatement();
    const popup = new WordPopup(page.tab);
    await page.tab.mouseMove(1, 1);
    const order = (await page.words()).map((w) => w.word);
    const focused = async () => ({
      ruby: await page.focusedWord(),
      popup: await popup.text('hanzi'),
    });
    const expectFocus = (word: string | null) =>
      expect.poll(focused, { timeout: 10_000 }).toEqual({ ruby: word, popup: word });
    await page.tab.press('KeyN', ['Alt', 'Shift']);
    await expectFocus(order[0]!);
    await page.tab.press('n');
    await expectFocus(order[1]!);
    await page.tab.press('n');
    await expectFocus(order[2]!);
    await page.tab.press('b');
    await expectFocus(order[1]!);
    await page.tab.press('Escape');
    await expectFocus(null);
    await page.tab.close();
  });

  it('copies the Chinese without the pinyin', async () => {
    const page = await openStatement();
    await page.tab.evaluate((body) => {
      const paragraphs = document.querySelectorAll(`${body} p`);
      const range = document.createRange();
      range.setStartBefore(paragraphs[1]!);
      range.setEndAfter(paragraphs[2]!);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      // Copy events are seen (Duizhao handles them); the text is read back by pasting.
      document.addEventListener(
        'copy',
        (e) => {
          (window as unknown as { __handled: boolean }).__handled = e.defaultPrevented;
        },
        { once: true },
      );
    }, BODY);
    // A real Ctrl+C, as the reader copies, then a real Ctrl+V into a field of our own.
    await page.tab.press('KeyC', ['Control']);
    await page.tab.evaluate(() => {
      const field = document.createElement('textarea');
      field.id = 'dz-test-paste';
      document.body.append(field);
      field.focus();
    }, null);
    await page.tab.press('KeyV', ['Control']);
    const copied = {
      text: await page.tab.waitFor(
        () => page.tab.prop<string>('#dz-test-paste', 'value'),
        (v) => v !== '',
        { what: 'pasted text' },
      ),
      handled: await page.tab.evaluate(
        () => (window as unknown as { __handled?: boolean }).__handled,
        null,
      ),
    };
    const { paragraphs } = await page.initialTexts();
    expect(copied.handled).toBe(true);
    expect(copied.text).toContain('王毅');
    expect(copied.text).toContain('习近平');
    expect(copied.text.replace(/\s+/g, '')).toBe(
      (paragraphs[1]! + paragraphs[2]!).replace(/\s+/g, ''),
    );
    expect(copied.text).not.toMatch(/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/);
    await page.tab.close();
  });

  it('follows the settings of the toolbar popup, and switching pinyin off restores the DOM byte for byte', async () => {
    const page = await openStatement();
    // Tone numbers, through the popup's settings.
    const popup = await ToolbarPopup.open(run.browser, page.tab);
    await popup.setReading('Tones', 'numbers');
    await expect.poll(() => page.pinyinOf('习近平'), { timeout: 10_000 }).toBe('Xi2 Jin4ping2');
    await popup.setReading('Tones', 'marks');
    await expect.poll(() => page.pinyinOf('习近平'), { timeout: 10_000 }).toBe('Xí Jìnpíng');
    // Tone colours: each syllable in a span classed by its tone, coloured by the page's sheet;
    // without them, each rt holds its text alone.
    const xi = async () => (await page.words()).find((w) => w.word === '习近平')!;
    expect((await xi()).spans).toBe(0);
    await popup.toggleReadingCheck('Tone colours');
    await expect
      .poll(async () => (await xi()).tones, { timeout: 10_000 })
      .toEqual(['dz-t2', 'dz-t4', 'dz-t2']);
    expect((await xi()).pinyin).toBe('Xí Jìnpíng');
    expect(
      await page.tab.evaluate((selector) => {
        const span = document.querySelector(selector);
        return span ? getComputedStyle(span).color : null;
      }, 'ruby.dz-word rt .dz-t4'),
    ).toMatch(/^rgb\((21, 101, 192|144, 202, 249)\)$/);
    await popup.toggleReadingCheck('Tone colours');
    await expect.poll(async () => (await xi()).spans, { timeout: 10_000 }).toBe(0);
    await popup.close();

    await setSiteMode(page, 'off');
    await page.waitRestored();
    expect(await page.snapshot()).toEqual(await page.initial());

    // Back on for this site.
    await setSiteMode(page, 'default');
    await page.waitAnnotated();
    await page.tab.close();
  });

  it('hides the pinyin of a known word, and the page cannot tell which words are known', async () => {
    const page = await openStatement();
    await setSiteMode(page, 'unknown');
    const popup = new WordPopup(page.tab);
    await page.hoverWord('赞赏');
    await popup.waitFor('赞赏');
    await popup.toggleKnown();
    // Every 赞赏 loses its pinyin (the word is known); other words keep theirs.
    await page.tab.waitFor(
      () => page.pinyinShown('赞赏'),
      (c) => c.hidden > 0 && c.shown === 0,
      { what: 'the pinyin of 赞赏 hidden' },
    );
    expect((await page.pinyinShown('普京')).shown).toBeGreaterThan(0);
    // Nothing in the page's DOM or in a stylesheet it can read names the known word.
    const readable = await page.pageReadableStyles();
    expect(readable.knownMarks).toBe(0);
    expect(readable.sheets).not.toContain('赞赏');
    // Unknown again: the pinyin is back.
    await page.hoverWord('赞赏');
    await popup.waitFor('赞赏');
    await popup.toggleKnown();
    await page.tab.waitFor(
      () => page.pinyinShown('赞赏'),
      (c) => c.hidden === 0 && c.shown > 0,
      { what: 'the pinyin of 赞赏 shown again' },
    );
    await setSiteMode(page, 'default');
    await page.tab.close();
  });

  it('annotates text the page adds later, and restores it too', async () => {
    const page = await openStatement();
    const added = await page.tab.evaluate((body) => {
      const p = document.createElement('p');
      p.id = 'late';
      p.setAttribute('align', 'justify');
      // Made-up text, as a page loading more paragraphs would add it.
      p.textContent = '　　答：中方愿同有关各方保持沟通，共同维护地区和平稳定。';
      document.querySelector(body)!.append(p);
      return p.outerHTML;
    }, BODY);
    await page.tab.waitFor(
      () => page.tab.count('#late ruby.dz-word'),
      (n) => n >= 5,
    );
    const words = await page.tab.evaluate(
      () =>
        Array.from(
          document.querySelectorAll('#late ruby.dz-word'),
          // The unit's Chinese: its text without the rts.
          (r) =>
            Array.from(r.childNodes)
              .filter((n) => n.nodeType === 3)
              .map((n) => n.textContent)
              .join(''),
        ),
      null,
    );
    expect(words).toContain('有关各方');
    expect(words).toContain('保持');
    expect(words.join('')).toBe('答中方愿同有关各方保持沟通共同维护地区和平稳定');

    await setSiteMode(page, 'off');
    await page.waitRestored();
    const now = await page.snapshot();
    const before = await page.initial();
    expect(now.title).toBe(before.title);
    expect(now.rootClass).toBe(before.rootClass);
    expect(now.rootStyle).toBe(before.rootStyle);
    expect(now.body).toBe(before.body + added);
    await setSiteMode(page, 'default');
    await page.tab.close();
  });
});
