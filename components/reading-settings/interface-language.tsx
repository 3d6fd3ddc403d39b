/**
 * "Interface language" in the toolbar popup: the browser's language (named as it resolves), English
 * or Chinese. Written like the reading settings, through the background (readingSettingsChange);
 * every open page of Duizhao, this popup included, follows the stored setting at once
 * (utils/i18n/follow.ts). Shown on every page, the ones without reading settings too.
 */
import { useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import {
  INTERFACE_LANGUAGES,
  resolveLocale,
  type InterfaceLanguage,
  type Translate,
} from '../../utils/i18n';
import { sendMessage } from '../../utils/messaging';
import { normaliseReadingSettings } from '../../utils/reading/settings';
import { followItem, readingSettingsItem } from '../../utils/storage';
import { useT } from '../i18n/use-t';

type Key = Parameters<Translate>[0];

const NAMES: Record<Exclude<InterfaceLanguage, 'auto'>, Key> = {
  en: 'language.en',
  zh_CN: 'language.zh_CN',
};
/** Each language's name is written in that language (and tagged so). */
const TAGS: Record<InterfaceLanguage, string | undefined> = {
  auto: undefined,
  en: 'en',
  zh_CN: 'zh-CN',
};

function browserLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return 'en';
  }
}

export function InterfaceLanguageSelect() {
  const t = useT();
  const id = useId();
  const [value, setValue] = useState<InterfaceLanguage | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const show = (stored: unknown) => setValue(normaliseReadingSettings(stored).interfaceLanguage);
    return followItem(readingSettingsItem, show, { onError: () => show(null) }).off;
  }, []);

  if (value === null) return null;

  const choose = (next: InterfaceLanguage) => {
    const previous = value;
    setValue(next);
    setError(null);
    sendMessage('readingSettingsChange', { patch: { interfaceLanguage: next } }).then(
      (stored) => setValue(normaliseReadingSettings(stored).interfaceLanguage),
      (failure: unknown) => {
        setValue(previous);
        setError(
          t('popup.reading.notSaved', [
            failure instanceof Error ? failure.message : String(failure),
          ]),
        );
      },
    );
  };

  const label = (language: InterfaceLanguage) =>
    language === 'auto'
      ? t('language.auto', [t(NAMES[resolveLocale('auto', browserLanguage())])])
      : t(NAMES[language]);

  return (
    <div className="dz-interface-language" data-testid="interface-language" lang={t.lang}>
      <label htmlFor={`${id}-language`}>{t('language.label')}</label>
      <select
        id={`${id}-language`}
        value={value}
        onChange={(event) => {
          const next = event.target.value as InterfaceLanguage;
          if (INTERFACE_LANGUAGES.includes(next)) choose(next);
        }}
      >
        {INTERFACE_LANGUAGES.map((language) => (
          <option key={language} value={language} lang={TAGS[language]}>
            {label(language)}
          </option>
        ))}
      </select>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}
