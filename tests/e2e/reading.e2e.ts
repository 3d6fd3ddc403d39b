/**
 * The reading layer in Chromium, on the made-up Foreign Ministry press conference served under
 * its real host name: word-level ruby over the title and body only, the word popup (hover, Esc,
 * keyboard), copy without pinyin, settings through the toolbar popup, exact restoration of the
 * DOM when pinyin is switched off, and paragraphs the page adds later.
 * The tests share one page and run in order (each step starts from the state the last left).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Session } from './harness';

const URL = 'https://www.fmprc.gov.cn/web/wjdt_674879/fyrbt_674889/t1674321.shtml';
const BODY = '#News_Body_Txt_A';
const TITLE = '#News_Body_Title';
/** The per-site pinyin mode in the toolbar popup's reading settings. */
const SITE_SELECT = 'On this site';
/** A 1×1 transparent GIF for the fixture's images (no 404 noise in the console). */
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

let session: Session;
let page: Page;
const problems: string[] = [];

type Snapshot = {
  body: string;
  title: string;
  rootClass: string | null;
  rootStyle: string | null;
};

const snapshot = (p: Page) =>
  p.evaluate(
    ([body, title]) => ({
      body: document.querySelector(body!)!.innerHTML,
      title: document.querySelector(title!)!.innerHTML,
      rootClass: document.documentElement.getAttribute('class'),
      rootStyle: document.documentElement.getAttribute('style'),
    }),
    [BODY, TITLE],
  );

/** What the page looked like when the parser was done (before any content script ran). */
const initial = () => page.evaluate(() => (window as unknown as { __initial: Snapshot }).__initial);

/** The page's text when the parser was done: title, body, and each body paragraph. */
type Texts = { title: string; body: string; paragraphs: string[] };
const initialTexts = () => page.evaluate(() => (window as unknown as { __texts: Texts }).__texts);

/** Text content of the popup's element matching `selector` (null when absent). */
const popupText = (selector: string) =>
  page.evaluate(
    (sel) =>
      document.getElementById('dz-popup-host')?.shadowRoot?.querySelector(sel)?.textContent ?? null,
    selector,
  );

const waitPopup = (selector = '[role=dialog]') =>
  page.waitForFunction(
    (sel) => !!document.getElementById('dz-popup-host')?.shadowRoot?.querySelector(sel),
    selector,
    { timeout: 10_000 },
  );

/** Point at the middle of the ruby of `word` (its Chinese, not its pinyin). */
async function hover(
  word: string,
): Promise<{ x: number; y: number; width: number; height: number }> {
  const ruby = page.locator('ruby.dz-word', { hasText: word }).first();
  await ruby.scrollIntoViewIfNeeded();
  const box = (await ruby.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height - 4);
  return box;
}

async function setSiteMode(mode: 'off' | 'all' | 'default'): Promise<void> {
  const popup = await session.openPopup(page);
  await popup.getByTestId('reading-settings').getByText('Reading: pinyin and dictionary').click();
  await popup.getByRole('combobox', { name: SITE_SELECT }).selectOption(mode);
  await popup.close();
}

beforeAll(async () => {
  session = await launch();
  page = await session.context.newPage();
  page.on('pageerror', (error) => problems.push(`pageerror: ${String(error)}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`${message.type()}: ${message.text()}`);
    }
  });
  await page.route('**/*.jpg', (route) =>
    route.fulfill({ status: 200, contentType: 'image/gif', body: GIF }),
  );
  await page.addInitScript(
    ([body, title]) => {
      document.addEventListener('DOMContentLoaded', () => {
        const bodyEl = document.querySelector(body!)!;
        (window as unknown as { __texts: Texts }).__texts = {
          title: document.querySelector(title!)!.textContent!,
          body: bodyEl.textContent!,
          paragraphs: Array.from(bodyEl.querySelectorAll('p'), (p) => p.textContent!),
        };
        (window as unknown as { __initial: Snapshot }).__initial = {
          body: document.querySelector(body!)!.innerHTML,
          title: document.querySelector(title!)!.innerHTML,
          rootClass: document.documentElement.getAttribute('class'),
          rootStyle: document.documentElement.getAttribute('style'),
        };
      });
    },
    [BODY, TITLE],
  );
  await page.goto(URL);
  await page.waitForFunction(
    ([body, title]) =>
      document.querySelectorAll(`${body} ruby.dz-word`).length > 150 &&
      !!document.querySelector(`${title} ruby.dz-word`),
    [BODY, TITLE],
    { timeout: 20_000 },
  );
});

afterAll(async () => {
  await session?.close();
});

describe('the reading layer on a statement', () => {
  it('puts one ruby per word over the title and body, and nowhere else', async () => {
    const found = await page.evaluate(
      ([body, title]) => {
        const rubies = Array.from(document.querySelectorAll('ruby.dz-word'));
        return {
          outside: rubies.filter((r) => !r.closest(`${body}, ${title}`)).length,
          words: rubies.map((r) => ({
            word: r.firstChild!.textContent!,
            syllables: r.querySelectorAll('rt .dz-s').length,
            py: r.querySelector('rt')!.textContent!,
          })),
          // The Chinese read without the pinyin.
          bodyText: Array.from(document.querySelectorAll(`${body}, ${title}`))
            .map((el) => {
              const copy = el.cloneNode(true) as Element;
              copy.querySelectorAll('rt').forEach((rt) => rt.remove());
              return copy.textContent;
            })
            .join('|'),
        };
      },
      [BODY, TITLE],
    );
    expect(found.outside).toBe(0);
    for (const selector of ['.menu', '.nav', '.header', '.copyright', '#relnews_list', '.info']) {
      expect(await page.locator(`${selector} ruby`).count(), selector).toBe(0);
    }
    const words = found.words.map((w) => w.word);
    // Set phrases and names are single rubies, never split.
    for (const word of ['全面战略协作伙伴关系', '习近平', '王毅', '普京', '联合国安理会']) {
      expect(words, word).toContain(word);
    }
    for (const part of ['习', '近平', '伙伴关系', '王', '毅', '联合国', '安理会']) {
      expect(words, part).not.toContain(part);
    }
    // One syllable per character, and the set phrase read as a whole.
    for (const w of found.words) expect(w.syllables, w.word).toBe([...w.word].length);
    expect(found.words.find((w) => w.word === '习近平')!.py).toBe('xíjìnpíng');
    expect(found.words.find((w) => w.word === '全面战略协作伙伴关系')!.py).toBe(
      'quánmiànzhànlüèxiézuòhuǒbànguānxì',
    );
    // Annotation changes no character of the text.
    const before = await initialTexts();
    expect(found.bodyText).toBe(`${before.title}|${before.body}`);
  });

  it('shows the CC-CEDICT meaning, the official rendering and the traditional form on hover', async () => {
    const box = await hover('全面战略协作伙伴关系');
    await waitPopup('.dz-official-en');
    expect(await popupText('.dz-hanzi')).toBe('全面战略协作伙伴关系');
    expect(await popupText('.dz-trad')).toBe('全面戰略協作伙伴關係');
    expect(await popupText('.dz-official-en')).toBe(
      'comprehensive strategic partnership of coordination',
    );
    expect(await popupText('.dz-source')).toMatch(/^https:\/\/[^ ]+\.(gov\.cn|news\.cn)\//);
    const placement = await page.evaluate(() => {
      const r = document
        .getElementById('dz-popup-host')!
        .shadowRoot!.querySelector('[role=dialog]')!
        .getBoundingClientRect();
      return {
        top: r.top,
        bottom: r.bottom,
        left: r.left,
        right: r.right,
        width: innerWidth,
        height: innerHeight,
        focus: document.activeElement === document.body,
      };
    });
    // Inside the viewport, not over the word, and the page keeps the focus.
    expect(placement.top).toBeGreaterThanOrEqual(0);
    expect(placement.left).toBeGreaterThanOrEqual(0);
    expect(placement.bottom).toBeLessThanOrEqual(placement.height);
    expect(placement.right).toBeLessThanOrEqual(placement.width);
    expect(placement.bottom <= box.y || placement.top >= box.y + box.height).toBe(true);
    expect(placement.focus).toBe(true);

    // A dictionary word: its CC-CEDICT definitions and traditional form.
    await hover('赞赏');
    await page.waitForFunction(
      () =>
        document.getElementById('dz-popup-host')?.shadowRoot?.querySelector('.dz-hanzi')
          ?.textContent === '赞赏',
      undefined,
      { timeout: 10_000 },
    );
    expect(await popupText('.dz-trad')).toBe('讚賞');
    expect(await popupText('.dz-defs')).toMatch(/to admire.*to appreciate/);
  });

  it('closes the popup on Esc', async () => {
    await waitPopup();
    await page.keyboard.press('Escape');
    expect(await popupText('[role=dialog]')).toBeNull();
  });

  it('opens the popup on a tap, and a tap elsewhere closes it', async () => {
    await page.mouse.move(1, 1);
    const ruby = page.locator('ruby.dz-word', { hasText: '赞赏' }).first();
    const box = (await ruby.boundingBox())!;
    const tap = (x: number, y: number) =>
      page.evaluate(
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
    await page.waitForFunction(
      () =>
        document.getElementById('dz-popup-host')?.shadowRoot?.querySelector('.dz-hanzi')
          ?.textContent === '赞赏',
      undefined,
      { timeout: 10_000 },
    );
    await tap(2, 2);
    await expect.poll(() => popupText('[role=dialog]')).toBeNull();
  });

  it('moves word by word with the keyboard', async () => {
    await page.mouse.move(1, 1);
    const order = await page.evaluate(() =>
      Array.from(document.querySelectorAll('ruby.dz-word')).map((r) => r.firstChild!.textContent),
    );
    const focused = () =>
      page.evaluate(() => ({
        ruby: document.querySelector('ruby.dz-focus')?.firstChild?.textContent ?? null,
        popup:
          document.getElementById('dz-popup-host')?.shadowRoot?.querySelector('.dz-hanzi')
            ?.textContent ?? null,
      }));
    await page.keyboard.press('Alt+Shift+KeyN');
    await expect.poll(focused).toEqual({ ruby: order[0], popup: order[0] });
    await page.keyboard.press('n');
    await expect.poll(focused).toEqual({ ruby: order[1], popup: order[1] });
    await page.keyboard.press('n');
    await expect.poll(focused).toEqual({ ruby: order[2], popup: order[2] });
    await page.keyboard.press('b');
    await expect.poll(focused).toEqual({ ruby: order[1], popup: order[1] });
    await page.keyboard.press('Escape');
    await expect.poll(focused).toEqual({ ruby: null, popup: null });
  });

  it('copies the Chinese without the pinyin', async () => {
    const copied = await page.evaluate((body) => {
      const paragraphs = document.querySelectorAll(`${body} p`);
      const range = document.createRange();
      range.setStartBefore(paragraphs[1]!);
      range.setEndAfter(paragraphs[2]!);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      let out = '';
      document.addEventListener(
        'copy',
        (e) => {
          out = e.clipboardData!.getData('text/plain');
        },
        { once: true },
      );
      document.execCommand('copy');
      selection.removeAllRanges();
      return out;
    }, BODY);
    const { paragraphs } = await initialTexts();
    expect(copied).toContain('王毅');
    expect(copied).toContain('习近平');
    expect(copied.replace(/\s+/g, '')).toBe((paragraphs[1]! + paragraphs[2]!).replace(/\s+/g, ''));
    expect(copied).not.toMatch(/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/);
  });

  it('follows the settings of the toolbar popup, and switching pinyin off restores the DOM byte for byte', async () => {
    // Tone numbers, through the popup's settings.
    const popup = await session.openPopup(page);
    await popup.getByText('Reading: pinyin and dictionary').click();
    await popup.getByRole('combobox', { name: 'Tones' }).selectOption('numbers');
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            Array.from(document.querySelectorAll('ruby.dz-word')).find(
              (r) => r.firstChild!.textContent === '习近平',
            )!.lastElementChild!.textContent,
        ),
      )
      .toBe('xi2jin4ping2');
    await popup.getByRole('combobox', { name: 'Tones' }).selectOption('marks');
    await popup.close();

    await setSiteMode('off');
    await page.waitForFunction(() => !document.querySelector('ruby.dz-word'), undefined, {
      timeout: 10_000,
    });
    expect(await snapshot(page)).toEqual(await initial());

    // Back on for this site.
    await setSiteMode('default');
    await page.waitForFunction(
      (body) => document.querySelectorAll(`${body} ruby.dz-word`).length > 150,
      BODY,
      { timeout: 10_000 },
    );
  });

  it('annotates text the page adds later, and restores it too', async () => {
    const added = await page.evaluate((body) => {
      const p = document.createElement('p');
      p.id = 'late';
      p.setAttribute('align', 'justify');
      // Made-up text, as a page loading more paragraphs would add it.
      p.textContent = '　　答：中方愿同有关各方保持沟通，共同维护地区和平稳定。';
      document.querySelector(body)!.append(p);
      return p.outerHTML;
    }, BODY);
    await page.waitForFunction(
      () => document.querySelectorAll('#late ruby.dz-word').length >= 5,
      undefined,
      { timeout: 10_000 },
    );
    const words = await page.evaluate(() =>
      Array.from(document.querySelectorAll('#late ruby.dz-word')).map(
        (r) => r.firstChild!.textContent,
      ),
    );
    expect(words).toContain('有关各方');
    expect(words).toContain('保持');
    expect(words.join('')).toBe('答中方愿同有关各方保持沟通共同维护地区和平稳定');

    await setSiteMode('off');
    await page.waitForFunction(() => !document.querySelector('ruby.dz-word'), undefined, {
      timeout: 10_000,
    });
    const now = await snapshot(page);
    const before = await initial();
    expect(now.title).toBe(before.title);
    expect(now.rootClass).toBe(before.rootClass);
    expect(now.rootStyle).toBe(before.rootStyle);
    expect(now.body).toBe(before.body + added);
    await setSiteMode('default');
  });

  it('raised no page error and logged no console error or warning', () => {
    expect(problems).toEqual([]);
  });
});
