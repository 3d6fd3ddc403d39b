// @vitest-environment node
/** The context menu's "Save to Duizhao glossary" is titled in the interface language, and follows it. */
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../utils/messaging', () => ({
  onMessage: () => () => undefined,
  sendMessage: vi.fn(),
}));

const menu = {
  removeAll: vi.fn(async () => undefined),
  create: vi.fn((_item: { id: string; title: string }) => undefined),
  update: vi.fn(async (_id: string, _change: { title: string }) => undefined),
  onClicked: { addListener: vi.fn(), removeListener: vi.fn() },
};
const browser: Record<string, unknown> = {};
vi.mock('wxt/browser', () => ({ browser }));

beforeEach(() => {
  vi.resetModules();
  vi.clearAllMocks();
  browser.contextMenus = menu;
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the context menu', () => {
  it('is created in the current language and retitled when the language changes', async () => {
    const { setLocale } = await import('../../../utils/i18n');
    setLocale('zh_CN');
    const { registerGlossaryService, SAVE_MENU_ID } =
      await import('../../../entrypoints/background/glossary-service');
    const off = registerGlossaryService();
    await settle();
    expect(menu.create).toHaveBeenCalledWith(
      expect.objectContaining({ id: SAVE_MENU_ID, title: '存入对照词汇本' }),
    );
    setLocale('en');
    await settle();
    expect(menu.update).toHaveBeenLastCalledWith(SAVE_MENU_ID, {
      title: 'Save to Duizhao glossary',
    });
    off();
    setLocale('zh_CN');
    await settle();
    expect(menu.update).toHaveBeenCalledTimes(1);
  });
});
