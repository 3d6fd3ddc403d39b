import { act, StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  EnglishPanel,
  type EnglishApi,
  type EnglishPanelProps,
} from '../../../components/english-panel/english-panel';
import { formatDate } from '../../../components/english-panel/outcome-view';
import type { Article } from '../../../utils/article';
import { setLocale } from '../../../utils/i18n';
import type { SearchOutcome, SearchProgress } from '../../../utils/match/outcome';
import { userClick, userKey } from '../trusted-events';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const EN_URL = 'https://www.mfa.gov.cn/eng/xw/fyrbt/lxjzh/202506/t20250620_11650123.html';
const ENGLISH: Article = {
  url: EN_URL,
  lang: 'en',
  site: 'mfa',
  kind: 'press-conference',
  title: "Foreign Ministry Spokesperson's Regular Press Conference on June 20, 2025",
  date: '2025-06-20',
  speakers: [],
  source: null,
  paragraphs: [
    { text: 'Q: A made-up question?', role: 'question' },
    { text: 'A: A made-up answer.' },
  ],
};
const FOUND: SearchOutcome = {
  status: 'found',
  manual: false,
  searched: ['www.mfa.gov.cn/eng/xw/fyrbt/lxjzh/'],
  match: { url: EN_URL, title: ENGLISH.title, date: ENGLISH.date, confidence: 0.93 },
};
const NONE: SearchOutcome = {
  status: 'none',
  searched: ['www.mfa.gov.cn/eng/xw/fyrbt/lxjzh/'],
  candidatesChecked: 7,
};

function fakeApi(
  first: SearchOutcome | Promise<SearchOutcome>,
  overrides: Partial<EnglishApi> = {},
) {
  const progressListeners = new Set<(p: SearchProgress) => void>();
  const api: EnglishApi = {
    find: vi.fn(() => Promise.resolve(first)),
    retry: vi.fn(() => Promise.resolve(first)),
    pair: vi.fn((url: string, title?: string) =>
      Promise.resolve<SearchOutcome>({
        status: 'found',
        manual: true,
        searched: [],
        match: { url, title: title ?? url, date: null, confidence: 1 },
      }),
    ),
    unpair: vi.fn(() => Promise.resolve()),
    openPairing: vi.fn(() => Promise.resolve(false)),
    article: vi.fn((url: string) => Promise.resolve(url === EN_URL ? ENGLISH : null)),
    onProgress: (listener) => {
      progressListeners.add(listener);
      return () => progressListeners.delete(listener);
    },
    ...overrides,
  };
  return { api, progress: (p: SearchProgress) => progressListeners.forEach((l) => l(p)) };
}

let root: Root | null = null;
async function render(
  api: EnglishApi,
  props: Omit<EnglishPanelProps, 'api'> = {},
): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root!.render(<EnglishPanel api={api} {...props} />));
  return container;
}

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.replaceChildren();
});

const byTestId = (el: HTMLElement, id: string) =>
  el.querySelector<HTMLElement>(`[data-testid="${id}"]`);

describe('EnglishPanel', () => {
  it('reports progress while the background searches', async () => {
    let resolve!: (outcome: SearchOutcome) => void;
    const { api, progress } = fakeApi(new Promise<SearchOutcome>((r) => (resolve = r)));
    const el = await render(api);
    expect(byTestId(el, 'english-state')?.dataset.phase).toBe('searching');
    await act(async () =>
      progress({
        stage: 'listing',
        where: 'the ministry’s English press conferences',
        candidates: 4,
        fetched: 2,
      }),
    );
    expect(byTestId(el, 'english-progress')?.textContent).toBe(
      'Searching the ministry’s English press conferences… 2 pages read, 4 candidates',
    );
    await act(async () => resolve(FOUND));
    expect(byTestId(el, 'english-state')?.dataset.phase).toBe('found');
  });

  it('shows the English version found, with its text as text', async () => {
    const { api } = fakeApi(FOUND);
    const el = await render(api);
    expect(byTestId(el, 'english-link')?.getAttribute('href')).toBe(EN_URL);
    expect(byTestId(el, 'english-state')?.textContent).toBe('found · 93%');
    const text = byTestId(el, 'english-text')!;
    expect(text.querySelector('h3')?.textContent).toBe(ENGLISH.title);
    expect([...text.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      'Q: A made-up question?',
      'A: A made-up answer.',
    ]);
  });

  it('never renders fetched markup as HTML', async () => {
    const hostile = {
      ...ENGLISH,
      title: '<img src=x onerror=alert(1)>',
      paragraphs: [{ text: '<b>bold</b>' }],
    };
    const { api } = fakeApi(FOUND, { article: () => Promise.resolve(hostile) });
    const el = await render(api);
    expect(el.querySelector('img, b')).toBeNull();
    expect(byTestId(el, 'english-text')?.textContent).toContain('<b>bold</b>');
  });

  it('lets the user pick among several plausible versions', async () => {
    const several: SearchOutcome = {
      status: 'several',
      searched: [],
      options: [
        FOUND.match,
        { ...FOUND.match, url: EN_URL.replace('123', '124'), title: 'Another', confidence: 0.5 },
      ],
    };
    const { api } = fakeApi(several);
    const el = await render(api);
    const buttons = [
      ...el.querySelectorAll<HTMLButtonElement>('[data-testid="english-several"] button'),
    ];
    expect(buttons).toHaveLength(2);
    await act(async () => userClick(buttons[0]!));
    expect(api.pair).toHaveBeenCalledWith(EN_URL, FOUND.match.title);
    expect(byTestId(el, 'english-state')?.textContent).toBe('paired by you');
  });

  it('says what was searched when none is found, and offers manual pairing', async () => {
    const { api } = fakeApi(NONE);
    const el = await render(api);
    expect(byTestId(el, 'english-none')?.textContent).toContain('7 candidate pages');
    expect(byTestId(el, 'manual-pairing')).not.toBeNull();
  });

  it('refuses to pair with a page off the official sites, without asking the background', async () => {
    const { api } = fakeApi(NONE);
    const el = await render(api);
    const input = byTestId(el, 'manual-url') as HTMLInputElement;
    await act(async () => {
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      setter.call(input, 'https://translate.example.com/page');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => userClick(el.querySelector('form button[type=submit]')!));
    expect(el.querySelector('[role="alert"]')?.textContent).toMatch(/official sites/);
    expect(api.pair).not.toHaveBeenCalled();
  });

  it('offers a retry when the background does not answer', async () => {
    const { api } = fakeApi(NONE, {
      find: () => Promise.reject(new Error('Could not establish connection')),
    });
    const el = await render(api);
    expect(el.querySelector('[role="alert"]')?.textContent).toMatch(/did not answer/);
    await act(async () => userClick(el.querySelector<HTMLButtonElement>('[role="alert"] button')!));
    expect(api.retry).toHaveBeenCalled();
    expect(byTestId(el, 'english-state')?.dataset.phase).toBe('none');
  });

  it('collapses from the keyboard: Escape inside the panel, focus back on the toggle', async () => {
    const { api } = fakeApi(FOUND);
    const onOpenChange = vi.fn();
    const el = await render(api, { onOpenChange });
    const toggle = byTestId(el, 'english-toggle') as HTMLButtonElement;
    const body = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(body.hidden).toBe(false);
    const link = byTestId(el, 'english-link')!;
    link.focus();
    await act(async () => userKey(link, { key: 'Escape' }));
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(body.hidden).toBe(true);
    expect(document.activeElement).toBe(toggle);
    expect(onOpenChange).toHaveBeenLastCalledWith(false);
    // Collapsed, the header still says what was found.
    expect(byTestId(el, 'english-state')?.textContent).toBe('found · 93%');
    await act(async () => userClick(toggle));
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(onOpenChange).toHaveBeenLastCalledWith(true);
  });

  it('starts collapsed when the user left it so, and widens for reading', async () => {
    const { api } = fakeApi(FOUND);
    const el = await render(api, { initialOpen: false });
    const toggle = byTestId(el, 'english-toggle') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(byTestId(el, 'english-wide')).toBeNull();
    await act(async () => userClick(toggle));
    const wide = byTestId(el, 'english-wide')!;
    expect(wide.getAttribute('aria-pressed')).toBe('false');
    await act(async () => wide.click());
    expect(wide.getAttribute('aria-pressed')).toBe('true');
    expect(byTestId(el, 'english-panel')?.className).toBe('panel open wide');
  });

  it('shows each possible version with its date and confidence', async () => {
    const several: SearchOutcome = {
      status: 'several',
      searched: [],
      options: [
        { ...FOUND.match, confidence: 0.46 },
        { url: EN_URL.replace('123', '124'), title: 'Another', date: null, confidence: 0.31 },
      ],
    };
    const { api } = fakeApi(several);
    const el = await render(api);
    const options = [...el.querySelectorAll<HTMLElement>('[data-testid="english-option"]')];
    const facts = (option: HTMLElement) => [
      byTestId(option, 'match-date')?.textContent,
      byTestId(option, 'match-confidence')?.textContent,
    ];
    expect(options.map(facts)).toEqual([
      ['20 June 2025', '46% match'],
      ['date not given', '31% match'],
    ]);
    expect(options[1]!.querySelector('button')?.getAttribute('aria-label')).toBe(
      'This one: Another',
    );
  });

  it('formats dates unambiguously and keeps odd ones as they are', () => {
    expect(formatDate('2019-06-20')).toBe('20 June 2019');
    expect(formatDate('June 2019')).toBe('June 2019');
    expect(formatDate(null)).toBeNull();
  });

  it('says the English text is being read, then shows it; or says it cannot be shown', async () => {
    let resolve!: (article: Article | null) => void;
    const { api } = fakeApi(FOUND, {
      article: () => new Promise<Article | null>((r) => (resolve = r)),
    });
    const el = await render(api);
    expect(byTestId(el, 'english-text-status')?.textContent).toBe('Reading the English text…');
    await act(async () => resolve(null));
    expect(byTestId(el, 'english-text-status')?.textContent).toMatch(
      /open it on the official site/,
    );
    expect(byTestId(el, 'english-text')).toBeNull();
  });

  it('says which official site could not be reached, with a retry', async () => {
    const blocked: SearchOutcome = {
      status: 'error',
      reason: 'blocked',
      message: 'Part of the search could not be done: english.www.gov.cn (connection failed).',
      searched: ['https://english.www.gov.cn/news/ (network)'],
    };
    const { api } = fakeApi(blocked, { retry: vi.fn(() => Promise.resolve(FOUND)) });
    const el = await render(api);
    expect(byTestId(el, 'english-state')?.textContent).toBe('site unreachable');
    const error = byTestId(el, 'english-error')!;
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toContain('english.www.gov.cn (connection failed)');
    // The fetch failure after the address, in words.
    expect(error.querySelector('details li')?.textContent).toBe(
      'https://english.www.gov.cn/news/ (connection failed)',
    );
    await act(async () => userClick(error.querySelector<HTMLButtonElement>(':scope > button')!));
    expect(api.retry).toHaveBeenCalledTimes(1);
    expect(byTestId(el, 'english-state')?.dataset.phase).toBe('found');
  });

  it('lists no open tab in the page: pairing with a tab points to the toolbar popup', async () => {
    const { api } = fakeApi(NONE);
    const el = await render(api);
    const open = [...el.querySelectorAll('button')].find(
      (b) => b.textContent === 'Pair with an open tab…',
    )!;
    await act(async () => userClick(open));
    expect(api.openPairing).toHaveBeenCalledTimes(1);
    expect(byTestId(el, 'pair-tabs-hint')?.textContent).toContain('toolbar popup');
    expect(el.querySelector('.tabs')).toBeNull();
  });

  it('shows a pairing made in the toolbar popup at once', async () => {
    let paired: ((outcome: SearchOutcome) => void) | undefined;
    const { api } = fakeApi(NONE, {
      onPaired: (listener) => {
        paired = listener;
        return () => (paired = undefined);
      },
    });
    const el = await render(api);
    expect(byTestId(el, 'english-state')?.dataset.phase).toBe('none');
    await act(async () => paired!({ ...FOUND, manual: true }));
    expect(byTestId(el, 'english-state')?.textContent).toBe('paired by you');
  });

  it('does nothing for a page script’s events: clicks, a submitted pairing, Escape', async () => {
    const several: SearchOutcome = {
      status: 'several',
      searched: [],
      options: [FOUND.match, { ...FOUND.match, url: EN_URL.replace('123', '124') }],
    };
    const { api } = fakeApi(several);
    const onOpenChange = vi.fn();
    const el = await render(api, { onOpenChange });
    for (const button of el.querySelectorAll<HTMLButtonElement>('button'))
      await act(async () => button.click());
    const input = byTestId(el, 'manual-url') as HTMLInputElement;
    await act(async () => {
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      setter.call(input, EN_URL);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    // Even a submit event the browser would mark trusted (button.click(), requestSubmit()).
    const submit = new Event('submit', { bubbles: true, cancelable: true });
    Object.defineProperty(submit, 'isTrusted', { value: true });
    await act(async () => el.querySelector('form')!.dispatchEvent(submit));
    await act(async () =>
      byTestId(el, 'english-toggle')!.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }),
      ),
    );
    expect(api.pair).not.toHaveBeenCalled();
    expect(api.retry).not.toHaveBeenCalled();
    expect(api.openPairing).not.toHaveBeenCalled();
    expect(onOpenChange).not.toHaveBeenCalled();
    expect(byTestId(el, 'pair-tabs-hint')).toBeNull();
    expect(byTestId(el, 'english-state')?.dataset.phase).toBe('several');
  });

  it('keeps the latest request’s answer when an older one arrives late', async () => {
    // StrictMode runs the mount effect twice: two find() calls, the first one stale.
    const pending: ((outcome: SearchOutcome) => void)[] = [];
    const { api } = fakeApi(NONE, {
      find: () => new Promise<SearchOutcome>((r) => pending.push(r)),
    });
    const container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    await act(async () =>
      root!.render(
        <StrictMode>
          <EnglishPanel api={api} />
        </StrictMode>,
      ),
    );
    expect(pending).toHaveLength(2);
    await act(async () => pending[1]!(FOUND));
    await act(async () => pending[0]!(NONE));
    expect(byTestId(container, 'english-state')?.dataset.phase).toBe('found');
  });

  it('speaks the interface language, and switches with it; the English text stays English', async () => {
    const { api } = fakeApi(FOUND);
    const el = await render(api);
    const panel = byTestId(el, 'english-panel')!;
    expect(panel.lang).toBe('en');
    await act(async () => setLocale('zh_CN'));
    try {
      expect(panel.lang).toBe('zh-CN');
      expect(panel.getAttribute('aria-label')).toBe('官方英文版');
      expect(byTestId(el, 'english-state')?.textContent).toBe('已找到 · 93%');
      expect(byTestId(el, 'match-date')?.textContent).toBe('2025年6月20日');
      expect(byTestId(el, 'match-confidence')?.textContent).toBe('匹配度 93%');
      expect(el.querySelector('button:not([data-testid])')?.textContent).toBe('重新查找');
      expect(byTestId(el, 'english-text')?.lang).toBe('en');
      expect(byTestId(el, 'english-link')?.lang).toBe('en');
    } finally {
      await act(async () => setLocale('en'));
    }
    expect(panel.lang).toBe('en');
    expect(byTestId(el, 'english-state')?.textContent).toBe('found · 93%');
    expect(byTestId(el, 'match-date')?.textContent).toBe('20 June 2025');
  });

  it('says the search’s steps and errors in Chinese from the engine’s codes', async () => {
    let resolve: (outcome: SearchOutcome) => void = () => {};
    const { api, progress } = fakeApi(new Promise<SearchOutcome>((r) => (resolve = r)));
    setLocale('zh_CN');
    try {
      const el = await render(api);
      await act(async () =>
        progress({
          stage: 'listing',
          where: "the ministry's English press conferences, page 2",
          step: { kind: 'place', place: 'mfa-press', page: 2 },
          fetched: 1,
          candidates: 3,
        }),
      );
      expect(byTestId(el, 'english-progress')?.textContent).toBe(
        '正在查找外交部英文网站的例行记者会第 2 页……已读 1 个页面，候选 3 个',
      );
      await act(async () =>
        resolve({
          status: 'error',
          reason: 'blocked',
          message: 'Part of the search could not be done: english.www.gov.cn (connection failed).',
          problem: { code: 'incomplete', hosts: [{ host: 'english.www.gov.cn', why: 'network' }] },
          searched: ['https://english.www.gov.cn/news/ (network)'],
        }),
      );
      const error = byTestId(el, 'english-error')!;
      expect(error.querySelector('p')?.textContent).toBe(
        '部分查找未能完成：english.www.gov.cn（连接失败）。对照无法判断是否有英文版，请稍后重试。',
      );
      expect(error.querySelector('details li')?.textContent).toBe(
        'https://english.www.gov.cn/news/（连接失败）',
      );
      expect(byTestId(el, 'english-state')?.textContent).toBe('网站无法访问');
    } finally {
      await act(async () => setLocale('en'));
    }
  });
});
