// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageStatus } from '../../../utils/messaging';

type Handler = (message: { data: PageStatus; sender: { tab?: { id: number } } }) => Promise<void>;
const handlers = new Map<string, Handler>();
vi.mock('../../../utils/messaging', () => ({
  onMessage: (type: string, handler: Handler) => handlers.set(type, handler),
}));

const calls: string[] = [];
const button = {
  setBadgeBackgroundColor: vi.fn(async () => void calls.push('colour')),
  setBadgeText: vi.fn(async ({ text }: { text: string }) => void calls.push(`text ${text}`)),
  setTitle: vi.fn(async ({ title }: { title: string }) => void calls.push(`title ${title}`)),
};
const browser: Record<string, unknown> = {};
vi.mock('wxt/browser', () => ({ browser }));

const recognised: PageStatus = {
  state: 'recognised',
  article: {
    url: 'https://www.mfa.gov.cn/web/x.shtml',
    lang: 'zh',
    site: 'mfa',
    kind: 'press-conference',
    title: '外交部发言人主持例行记者会',
    date: '2025-06-20',
    paragraphCount: 3,
    characterCount: 90,
  },
  siteKey: 'mfa',
  siteEnabled: true,
  generic: false,
  costMs: 1,
};

beforeEach(() => {
  handlers.clear();
  calls.length = 0;
  for (const key of Object.keys(browser)) delete browser[key];
  vi.resetModules();
});

describe('toolbar badge', () => {
  it.each([
    ['action (Chrome, MV3)', 'action'],
    ['browserAction (Firefox, MV2)', 'browserAction'],
  ])('marks a recognised statement through %s', async (_label, api) => {
    browser[api] = button;
    const { registerBadge } = await import('../../../entrypoints/background/badge');
    registerBadge();
    await handlers.get('pageStatusChanged')!({ data: recognised, sender: { tab: { id: 7 } } });
    expect(calls).toEqual(['colour', 'text 文', 'title Duizhao 对照 — 外交部发言人主持例行记者会']);
    calls.length = 0;
    await handlers.get('pageStatusChanged')!({
      data: { state: 'disabled', siteKey: 'mfa' },
      sender: { tab: { id: 7 } },
    });
    expect(calls).toEqual(['text ', 'title Duizhao 对照 — off on this site']);
  });
});

describe('toolbar button title', () => {
  it('is in the interface language, and follows a change of language', async () => {
    browser.action = button;
    const { registerBadge } = await import('../../../entrypoints/background/badge');
    const { setLocale } = await import('../../../utils/i18n');
    registerBadge();
    await handlers.get('pageStatusChanged')!({
      data: { state: 'disabled', siteKey: 'mfa' },
      sender: { tab: { id: 7 } },
    });
    await handlers.get('pageStatusChanged')!({ data: recognised, sender: { tab: { id: 8 } } });
    calls.length = 0;
    setLocale('zh_CN');
    await Promise.resolve();
    expect(calls).toEqual([
      'title 对照 — 已在本网站关闭',
      'title 对照 — 外交部发言人主持例行记者会',
    ]);
    calls.length = 0;
    setLocale('en');
    await Promise.resolve();
    expect(calls).toEqual([
      'title Duizhao 对照 — off on this site',
      'title Duizhao 对照 — 外交部发言人主持例行记者会',
    ]);
  });
});
