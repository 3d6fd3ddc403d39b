/**
 * Each extension context (content script, toolbar popup, glossary page, background) follows the
 * interface-language setting: the browser's language unless the user chose one. Resolves once
 * the language is known, so the first render is already in it.
 */
import { browser } from 'wxt/browser';
import { normaliseReadingSettings } from '../reading/settings';
import { followItem, readingSettingsItem } from '../storage';
import { resolveLocale, setLocale } from './index';

export async function followInterfaceLanguage(): Promise<() => void> {
  const ui = (() => {
    try {
      return browser.i18n.getUILanguage();
    } catch {
      return 'en';
    }
  })();
  const apply = (value: unknown) =>
    setLocale(resolveLocale(normaliseReadingSettings(value).interfaceLanguage, ui));
  const { off, ready } = followItem(readingSettingsItem, apply, { onError: () => apply(null) });
  await ready;
  return off;
}
