import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ROW_CHUNK } from '../../../components/side-by-side/aligned-view';
import {
  SideBySide,
  type Exporters,
  type SideBySideApi,
  type SideBySideProps,
  type ViewDisplay,
} from '../../../components/side-by-side/side-by-side';
import type { EnglishApi } from '../../../components/english-panel/english-panel';
import type { Alignment } from '../../../utils/align/types';
import { setLocale } from '../../../utils/i18n';
import type { SearchOutcome } from '../../../utils/match/outcome';
import type { ReadingToken } from '../../../utils/reading/pinyin';
import { ALIGNMENT, EN, ZH } from './made-up';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const FOUND: SearchOutcome = {
  status: 'found',
  manual: false,
  searched: [],
  match: { url: EN.url, title: EN.title, date: EN.date, confidence: 0.93 },
};
const NONE: SearchOutcome = { status: 'none', searched: [], candidatesChecked: 4 };

/** A reading of each character as its own word, tone 4 (enough to check the ruby markup). */
function tokensOf(text: string): ReadingToken[] {
  return Array.from(text).map((ch) =>
    /\p{Script=Han}/u.test(ch)
      ? { text: ch, kind: 'han' as const, py: ['shi4'] }
      : { text: ch, kind: 'punct' as const, py: [] },
  );
}

function fakeApi(first: SearchOutcome = FOUND, alignment: Alignment = ALIGNMENT) {
  const pairing: EnglishApi = {
    find: vi.fn(() => Promise.resolve(first)),
    retry: vi.fn(() => Promise.resolve(first)),
    pair: vi.fn(() => Promise.resolve({ ...FOUND, manual: true })),
    unpair: vi.fn(() => Promise.resolve()),
    openPairing: vi.fn(() => Promise.resolve(false)),
    article: vi.fn(() => Promise.resolve(EN)),
    onProgress: () => () => undefined,
  };
  const api: SideBySideApi = {
    findEnglish: vi.fn(() => Promise.resolve(first)),
    englishArticle: vi.fn(() => Promise.resolve(EN)),
    align: vi.fn(() => Promise.resolve({ ok: true as const, alignment })),
    tokenize: vi.fn((texts: string[]) => Promise.resolve(texts.map(tokensOf))),
    savePair: vi.fn(() => Promise.resolve()),
    copy: vi.fn(() => Promise.resolve()),
    pairing,
  };
  return api;
}

const DISPLAY: ViewDisplay = {
  show: true,
  tones: 'marks',
  sandhi: false,
  toneColors: true,
  rubySize: 55,
  unknownOnly: false,
};

function fakeExporters(): Exporters {
  return {
    tsv: vi.fn(() => 'zh\ten\n'),
    tmx: vi.fn(() => '<tmx version="1.4"/>'),
    md: vi.fn(() => '# statement\n'),
  };
}

/** An alignment of `n` one-to-one sentences, the Chinese ones `zh(i)`. */
function longAlignment(n: number, zh: (i: number) => string): Alignment {
  const segment = (i: number, text: string) => ({
    index: i,
    paragraph: i,
    start: 0,
    end: text.length,
    text,
  });
  return {
    ...ALIGNMENT,
    zh: Array.from({ length: n }, (_, i) => segment(i, zh(i))),
    en: Array.from({ length: n }, (_, i) => segment(i, `Sentence ${i}.`)),
    links: Array.from({ length: n }, (_, i) => ({ zh: [i], en: [i], confidence: 0.9 })),
  };
}

/** Animation frames that run when the test says so (shift one off and call it). */
function manualFrames(): FrameRequestCallback[] {
  const frames: FrameRequestCallback[] = [];
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
    frames.push(callback);
    return frames.length;
  });
  vi.spyOn(window, 'cancelAnimationFrame').mockImplementation(() => undefined);
  return frames;
}

let container: HTMLDivElement;
let root: Root;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
  vi.restoreAllMocks();
});

async function render(overrides: Partial<SideBySideProps> = {}) {
  const props: SideBySideProps = {
    api: fakeApi(),
    zh: ZH,
    display: DISPLAY,
    exporters: fakeExporters(),
    onClose: vi.fn(),
    ...overrides,
  };
  root = createRoot(container);
  await act(async () => root.render(<SideBySide {...props} />));
  await settle();
  return props;
}

/** Let promises and animation frames run (rows are rendered in chunks, one per frame). */
async function settle(rounds = 5) {
  for (let i = 0; i < rounds; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
  }
}

function trusted<T extends Event>(event: T, isTrusted = true): T {
  Object.defineProperty(event, 'isTrusted', { value: isTrusted });
  return event;
}

function click(element: Element, isTrusted = true) {
  act(() => {
    element.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true }), isTrusted));
  });
}

function key(element: Element, name: string, isTrusted = true) {
  act(() => {
    element.dispatchEvent(
      trusted(new KeyboardEvent('keydown', { key: name, bubbles: true }), isTrusted),
    );
  });
}

const $ = (selector: string) => container.querySelector<HTMLElement>(selector);
const $$ = (selector: string) => Array.from(container.querySelectorAll<HTMLElement>(selector));
const row = (key: string) => $(`[data-row="${key}"]`)!;
const button = (scope: Element, label: string) =>
  Array.from(scope.querySelectorAll('button')).find((b) => b.textContent?.includes(label))!;

describe('the side-by-side view', () => {
  it('shows the rows with their markers, the missing and English-only labels and the summary', async () => {
    await render();
    expect($('[data-testid="side-by-side"]')!.dataset.phase).toBe('ready');
    expect($$('[data-testid="sbs-row"]').map((r) => r.dataset.kind)).toEqual([
      'moved-en',
      'pair',
      'pair',
      'en-only',
      'pair',
      'zh-only',
      'moved-zh',
    ]);
    expect(row('4').textContent).toContain('Not in the English version');
    expect(row('2').textContent).toContain('Only in the English version');
    expect(row('5z').querySelector('[data-testid="moved-link"]')!.textContent).toContain(
      '↪ Moved: see English ¶1',
    );
    expect(row('5e').querySelector('[data-testid="moved-link"]')!.textContent).toContain(
      '↩ In the Chinese: ¶3',
    );
    expect(row('5z').querySelector('[data-testid="moved-badge"]')!.textContent).toBe('1');
    expect(row('5e').querySelector('[data-testid="moved-badge"]')!.textContent).toBe('1');
    expect($('[data-testid="sbs-summary"]')!.textContent).toContain(
      'The English leaves out 1 of 5 Chinese sentences (6 of 39 characters, 15%).',
    );
    // The 1:2 link shows both English pieces in the row of its Chinese sentence.
    expect(row('1').querySelectorAll('[data-en]').length).toBe(2);
  });

  it('speaks the interface language, rows included; the texts keep their own languages', async () => {
    await render();
    const view = $('[data-testid="side-by-side"]')!;
    expect(view.lang).toBe('en');
    await act(async () => setLocale('zh_CN'));
    try {
      expect(view.lang).toBe('zh-CN');
      expect(view.getAttribute('aria-label')).toBe('中英对照：中文原文与官方英文版');
      expect($('h2')!.textContent).toBe('中英对照');
      expect($('[data-testid="sbs-summary"]')!.textContent).toContain(
        '英文版略去了 5 个中文句子中的 1 个',
      );
      const missing = row('4').querySelector('.gap')!;
      expect(missing.textContent).toBe('英文版中没有');
      // The label inside the English cell speaks the interface language.
      expect(missing.closest('[lang]')!.getAttribute('lang')).toBe('zh-CN');
      expect(row('4').querySelector('.cell.en')!.getAttribute('lang')).toBe('en');
      expect(row('0').querySelector('.cell.zh')!.getAttribute('lang')).toBe('zh-Hans');
      expect(row('5z').querySelector('[data-testid="moved-link"]')!.textContent).toContain(
        '↪ 已移位：见英文第 1 段',
      );
      expect(button(row('0'), '复制句对')).toBeDefined();
      expect($('[data-testid="sbs-export"]')!.textContent).toBe('导出 ▾');
    } finally {
      await act(async () => setLocale('en'));
    }
    expect(view.lang).toBe('en');
    expect(row('4').querySelector('.gap')!.textContent).toBe('Not in the English version');
    expect(button(row('0'), 'Copy pair')).toBeDefined();
  });

  it('declares a statement in Traditional characters zh-Hant, its title and every Chinese cell', async () => {
    await render({
      zh: {
        ...ZH,
        title: '2025年6月20日外交部發言人林劍主持例行記者會',
        paragraphs: [
          { text: '中方歡迎各方來訪。我們願加強合作。', role: 'statement', speaker: '林劍' },
          { text: '雙方同意繼續保持溝通。這一點很重要。', role: 'answer', speaker: '林劍' },
        ],
      },
    });
    expect($('.titles [lang]')!.getAttribute('lang')).toBe('zh-Hant');
    const cells = $$('.cell.zh');
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) expect(cell.getAttribute('lang')).toBe('zh-Hant');
  });

  it('renders pinyin from the reading tokens, with the reading layer’s classes and tones', async () => {
    await render();
    const ruby = row('0').querySelector('ruby.dz-word')!;
    expect(ruby.firstChild!.textContent).toBe('中');
    expect(ruby.querySelector('rt.dz-rt')!.getAttribute('aria-hidden')).toBe('true');
    expect(ruby.querySelector('rt span.dz-s.dz-t4')!.textContent).toBe('shì');
    expect($('.view')!.classList.contains('dz-colors')).toBe(true);
    // The sentence reads the same with its pinyin taken away.
    const zh = row('0').querySelector('[data-zh="0"]')!.cloneNode(true) as Element;
    zh.querySelectorAll('rt').forEach((rt) => rt.remove());
    expect(zh.textContent).toBe('中方欢迎各方来访。');
  });

  it('shows plain Chinese when the reading settings turn pinyin off', async () => {
    const api = fakeApi();
    await render({ api, display: { ...DISPLAY, show: false } });
    expect($('ruby')).toBeNull();
    expect(api.tokenize).not.toHaveBeenCalled();
  });

  it('highlights the counterpart of the sentence under the pointer or the focus', async () => {
    await render();
    const zh = row('1').querySelector('[data-zh="1"]')!;
    act(() => {
      zh.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    });
    expect($$('.seg.hl').map((s) => s.dataset.en ?? `zh${s.dataset.zh}`)).toEqual([
      'zh1',
      '2',
      '3',
    ]);
    // A moved passage lights up in both places.
    act(() => row('5z').focus());
    expect($$('.seg.hl').map((s) => s.dataset.en ?? `zh${s.dataset.zh}`)).toEqual(['0', 'zh4']);
  });

  it('jumps between the two halves of a moved passage', async () => {
    await render();
    const scroll = vi.fn();
    Element.prototype.scrollIntoView = scroll;
    click(row('5z').querySelector('[data-testid="moved-link"]')!);
    await settle(2);
    expect(document.activeElement).toBe(row('5e'));
    expect(scroll).toHaveBeenCalled();
    // Enter on the focused half goes back.
    key(row('5e'), 'Enter');
    await settle(2);
    expect(document.activeElement).toBe(row('5z'));
  });

  it('moves between rows with the arrow keys, keeps only the focused row’s actions in the Tab order', async () => {
    await render();
    act(() => row('0').focus());
    expect(button(row('0'), 'Copy pair').tabIndex).toBe(0);
    expect(button(row('1'), 'Copy pair').tabIndex).toBe(-1);
    key(row('0'), 'ArrowDown');
    expect(document.activeElement).toBe(row('1'));
    key(row('1'), 'ArrowUp');
    expect(document.activeElement).toBe(row('0'));
  });

  it('closes on Esc and on Close, from the user only', async () => {
    const props = await render();
    key(row('0'), 'Escape', false);
    click($('[data-testid="sbs-close"]')!, false);
    expect(props.onClose).not.toHaveBeenCalled();
    key(row('0'), 'Escape');
    expect(props.onClose).toHaveBeenCalledTimes(1);
    click($('[data-testid="sbs-close"]')!);
    expect(props.onClose).toHaveBeenCalledTimes(2);
  });

  it('copies a pair and its citation, and saves a pair only on a trusted click', async () => {
    const api = fakeApi();
    await render({ api });
    click(button(row('1'), 'Copy pair'));
    await settle(1);
    expect(api.copy).toHaveBeenLastCalledWith(
      '我们愿加强合作。\nIt is ready to step up cooperation.',
    );
    expect($('[data-testid="sbs-notice"]')!.textContent).toBe('Copied the pair.');
    click(button(row('0'), 'Copy citation'));
    await settle(1);
    expect(vi.mocked(api.copy).mock.lastCall![0]).toContain(EN.url);
    expect(vi.mocked(api.copy).mock.lastCall![0]).toContain(ZH.url);

    click(button(row('0'), 'Save pair'), false);
    await settle(1);
    expect(api.savePair).not.toHaveBeenCalled();
    click(button(row('0'), 'Save pair'));
    await settle(1);
    expect(api.savePair).toHaveBeenCalledWith(
      expect.objectContaining({
        zh: '中方欢迎各方来访。',
        en: 'China welcomes visits from all sides.',
        pinyin: 'shi4 shi4 shi4 shi4 shi4 shi4 shi4 shi4',
        speaker: '林剑',
        zhArticle: ZH,
        enArticle: EN,
      }),
    );
    expect($('[data-testid="sbs-notice"]')!.textContent).toBe('Saved the pair to your glossary.');
    // A sentence without a counterpart has nothing to save as a pair.
    expect(button(row('4'), 'Save pair')).toBeUndefined();
  });

  it('shows a failed save', async () => {
    const api = fakeApi();
    vi.mocked(api.savePair).mockRejectedValueOnce(new Error('The storage is full'));
    await render({ api });
    click(button(row('0'), 'Save pair'));
    await settle(1);
    expect($('[data-testid="sbs-notice"] .error')!.textContent).toBe(
      'Could not save: The storage is full',
    );
  });

  it('exports through the engine’s exporters, as a download inside the view', async () => {
    const exporters = fakeExporters();
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:https://www.mfa.gov.cn/1';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: { name: string; href: string; inside: boolean }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({ name: this.download, href: this.href, inside: container.contains(this) });
    });
    await render({ exporters });
    const exportButton = $('[data-testid="sbs-export"]')!;
    click(exportButton, false);
    expect($('[role="menu"]')).toBeNull();
    click(exportButton);
    const items = $$('[role="menuitem"]');
    expect(items.map((item) => item.dataset.format)).toEqual(['tsv', 'tmx', 'md']);
    // The menu takes the focus; arrows move in it, Esc closes it.
    expect(document.activeElement).toBe(items[0]);
    key(items[0]!, 'ArrowDown');
    expect(document.activeElement).toBe(items[1]);
    key(items[1]!, 'Escape');
    expect($('[role="menu"]')).toBeNull();
    expect(document.activeElement).toBe(exportButton);

    click(exportButton);
    click($('[data-format="tsv"]')!);
    expect(exporters.tsv).toHaveBeenCalledWith(ALIGNMENT, ZH, EN);
    expect(clicked).toEqual([
      {
        name: '2025-06-20 Foreign Ministry Spokesperson Lin Jian’s Regular Press Conference on June 20, 2025.tsv',
        href: 'blob:https://www.mfa.gov.cn/1',
        inside: true,
      },
    ]);
    expect(await created[0]!.text()).toBe('zh\ten\n');
    // The link is gone again.
    expect($('a[download]')).toBeNull();

    click(exportButton);
    click($('[data-format="tmx"]')!);
    click(exportButton);
    click($('[data-format="md"]')!);
    expect(exporters.tmx).toHaveBeenCalledTimes(1);
    expect(exporters.md).toHaveBeenCalledTimes(1);
    expect(clicked.map((c) => c.name.split('.').pop())).toEqual(['tsv', 'tmx', 'md']);
  });

  it('says when the English version is not known, and offers to pair one', async () => {
    const api = fakeApi(NONE);
    await render({ api });
    expect($('[data-testid="side-by-side"]')!.dataset.phase).toBe('unknown');
    expect($('[data-testid="sbs-unknown"]')!.textContent).toContain(
      'The official English version of this statement is not known.',
    );
    click(button($('[data-testid="sbs-unknown"]')!, 'Search again'));
    await settle();
    expect(api.pairing.retry).toHaveBeenCalled();
    // The English panel's manual pairing: pasting the English address leads to the aligned view.
    const input = $('[data-testid="manual-url"]') as HTMLInputElement;
    await act(async () => {
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      setter.call(input, EN.url);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    // The user's own click on Pair (the form acts only on that, not on a script's submit).
    click(container.querySelector('form button[type=submit]')!);
    await settle();
    expect(api.pairing.pair).toHaveBeenCalledWith(EN.url, undefined);
    expect($('[data-testid="side-by-side"]')!.dataset.phase).toBe('ready');
    expect(api.align).toHaveBeenCalledWith(EN);
  });

  it('says why the texts could not be aligned', async () => {
    const api = fakeApi();
    vi.mocked(api.align).mockResolvedValue({
      ok: false,
      message: 'The English version has no text.',
    });
    await render({ api });
    expect($('[data-testid="sbs-error"]')!.textContent).toContain(
      'The texts could not be aligned: The English version has no text.',
    );
  });

  it('renders a long statement in chunks, one per frame', async () => {
    const n = 150;
    const api = fakeApi(
      FOUND,
      longAlignment(n, (i) => `第${i}句。`),
    );
    const frames = manualFrames();
    await render({ api });
    const count = () => $$('[data-testid="sbs-row"]').length;
    expect(count()).toBe(ROW_CHUNK);
    // Each frame adds one chunk at most (the pinyin's frames add none).
    const seen = [count()];
    while (frames.length > 0 && seen.length < 1000) {
      await act(async () => frames.shift()!(performance.now()));
      seen.push(count());
    }
    expect(seen.at(-1)).toBe(n);
    const steps = seen.slice(1).map((c, k) => c - seen[k]!);
    expect(Math.max(...steps)).toBe(ROW_CHUNK);
    expect(steps.filter((step) => step > 0)).toHaveLength(Math.ceil(n / ROW_CHUNK) - 1);
    // The readings were asked in batches, not in one message per sentence or one for all.
    const calls = vi.mocked(api.tokenize).mock.calls;
    expect(calls.length).toBeGreaterThan(1);
    expect(calls.length).toBeLessThan(n);
  });

  it('writes the pinyin a few sentences a frame, not a batch at once', async () => {
    const n = 24;
    const api = fakeApi(
      FOUND,
      longAlignment(n, (i) => `${'中'.repeat(58)}${i % 10}。`),
    ); // 60 chars
    const frames = manualFrames();
    await render({ api });
    const withPinyin = () =>
      $$('[data-testid="sbs-row"] .cell.zh').filter((cell) => cell.querySelector('ruby')).length;
    // 120 characters a frame: two of these sentences.
    const seen = [withPinyin()];
    for (let frame = 0; frames.length > 0 && frame < 100; frame++) {
      await act(async () => frames.shift()!(performance.now()));
      seen.push(withPinyin());
    }
    expect(seen.at(-1)).toBe(n);
    const steps = seen.slice(1).map((count, k) => count - seen[k]!);
    expect(Math.max(seen[0]!, ...steps)).toBe(2);
  });
});
