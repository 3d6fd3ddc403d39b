/** The toolbar popup's "Interface language": stored through the background, followed at once. */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { InterfaceLanguageSelect } from '../../../components/reading-settings/interface-language';
import { ReadingSettings } from '../../../components/reading-settings/reading-settings';
import { registerUserDataService } from '../../../entrypoints/background/user-data-service';
import { getLocale, setLocale } from '../../../utils/i18n';
import { followInterfaceLanguage } from '../../../utils/i18n/follow';
import { readingSettingsItem } from '../../../utils/storage';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const settle = () => act(async () => new Promise((r) => setTimeout(r, 20)));

function choose(select: HTMLSelectElement, value: string) {
  Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(select, value);
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('InterfaceLanguageSelect', () => {
  const offs: (() => void)[] = [];
  beforeEach(() => {
    fakeBrowser.reset();
    setLocale('en');
    offs.push(registerUserDataService());
  });
  afterEach(() => {
    offs.splice(0).forEach((off) => off());
    setLocale('en');
  });

  it('offers the browser’s language, English and Chinese, and switches the interface at once', async () => {
    offs.push(await followInterfaceLanguage());
    const container = document.createElement('div');
    document.body.replaceChildren(container);
    await act(async () => {
      createRoot(container).render(
        <>
          <InterfaceLanguageSelect />
          <ReadingSettings siteKey="mfa" siteName="this site" />
        </>,
      );
    });
    await settle();
    const select = container.querySelector<HTMLSelectElement>(
      '[data-testid="interface-language"] select',
    )!;
    expect(container.querySelector(`label[for="${select.id}"]`)!.textContent).toBe(
      'Interface language',
    );
    expect(Array.from(select.options).map((o) => [o.value, o.textContent])).toEqual([
      ['auto', "Browser's language (English)"],
      ['en', 'English'],
      ['zh_CN', '中文（简体）'],
    ]);
    expect(select.value).toBe('auto');

    await act(async () => choose(select, 'zh_CN'));
    await settle();
    expect((await readingSettingsItem.getValue()).interfaceLanguage).toBe('zh_CN');
    expect(getLocale()).toBe('zh_CN');
    const root = container.querySelector('[data-testid="interface-language"]')!;
    expect(root.getAttribute('lang')).toBe('zh-CN');
    expect(container.querySelector(`label[for="${select.id}"]`)!.textContent).toBe('界面语言');
    expect(select.options[0]!.textContent).toBe('跟随浏览器（English）');
    expect(container.querySelector('.dz-reading-settings')!.textContent).toContain('声调');

    // "Defaults" of the reading settings leaves the interface language alone.
    const defaults = Array.from(container.querySelectorAll('button')).find(
      (b) => b.textContent === '恢复默认',
    )!;
    await act(async () => defaults.click());
    await settle();
    expect((await readingSettingsItem.getValue()).interfaceLanguage).toBe('zh_CN');

    await act(async () => choose(select, 'en'));
    await settle();
    expect(getLocale()).toBe('en');
    expect(root.getAttribute('lang')).toBe('en');
    expect(container.querySelector('.dz-reading-settings')!.textContent).toContain('Tones');
  });

  it('misses no change made while it reads the setting, and a late read does not undo one', async () => {
    const read = readingSettingsItem.getValue.bind(readingSettingsItem);
    const spy = vi.spyOn(readingSettingsItem, 'getValue').mockImplementationOnce(async () => {
      // The read sees the old setting; the user switches to Chinese before it comes back.
      const stale = await read();
      await readingSettingsItem.setValue({ ...stale, interfaceLanguage: 'zh_CN' });
      return stale;
    });
    try {
      offs.push(await followInterfaceLanguage());
      await settle();
      expect(getLocale()).toBe('zh_CN');
    } finally {
      spy.mockRestore();
    }
  });
});
