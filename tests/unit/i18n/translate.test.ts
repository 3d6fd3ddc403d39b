/** The runtime translator: @wxt-dev/i18n's semantics, the chosen language, the fallbacks. */
import { afterEach, describe, expect, it } from 'vitest';
import {
  formatLongDate,
  getLocale,
  onLocaleChange,
  resolveLocale,
  setLocale,
  t,
  translator,
} from '../../../utils/i18n';

afterEach(() => setLocale('en'));

describe('translator', () => {
  it('reads the language asked for', () => {
    expect(translator('en')('common.close')).toBe('Close');
    expect(translator('zh_CN')('common.close')).toBe('关闭');
  });

  it('fills $1 substitutions', () => {
    expect(translator('en')('language.auto', ['中文'])).toBe("Browser's language (中文)");
    expect(translator('zh_CN')('language.auto', ['English'])).toBe('跟随浏览器（English）');
  });
});

describe('the current language', () => {
  it('follows setLocale and tells its listeners', () => {
    const seen: string[] = [];
    const off = onLocaleChange(() => seen.push(getLocale()));
    expect(t('common.cancel')).toBe('Cancel');
    setLocale('zh_CN');
    expect(t('common.cancel')).toBe('取消');
    setLocale('zh_CN');
    off();
    setLocale('en');
    expect(seen).toEqual(['zh_CN']);
  });

  it('is the setting, or else the browser’s language', () => {
    expect(resolveLocale('auto', 'zh-CN')).toBe('zh_CN');
    expect(resolveLocale('auto', 'zh-TW')).toBe('zh_CN');
    expect(resolveLocale('auto', 'zh')).toBe('zh_CN');
    expect(resolveLocale('auto', 'en-US')).toBe('en');
    expect(resolveLocale('auto', 'fr')).toBe('en');
    expect(resolveLocale(undefined, 'de')).toBe('en');
    expect(resolveLocale('en', 'zh-CN')).toBe('en');
    expect(resolveLocale('zh_CN', 'en-GB')).toBe('zh_CN');
  });

  it('writes dates in its own way', () => {
    expect(formatLongDate('2025-06-20', 'en')).toBe('20 June 2025');
    expect(formatLongDate('2025-06-20', 'zh_CN')).toBe('2025年6月20日');
    expect(formatLongDate('not a date', 'en')).toBe('not a date');
  });
});
