/** The current interface language in React: components re-render when it changes. */
import { useMemo, useSyncExternalStore } from 'react';
import { getLocale, languageTag, onLocaleChange, translator, type Locale } from '../../utils/i18n';

export function useLocale(): Locale {
  return useSyncExternalStore(onLocaleChange, getLocale, getLocale);
}

/** `t` for the current language, and its BCP 47 tag for `lang` attributes. */
export function useT() {
  const locale = useLocale();
  return useMemo(
    () => Object.assign(translator(locale), { locale, lang: languageTag(locale) }),
    [locale],
  );
}
