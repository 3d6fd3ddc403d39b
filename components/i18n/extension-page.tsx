/**
 * Starts an extension page (toolbar popup, glossary page): drawn once the interface language is
 * known (the setting, or the browser's), its `lang` and title following the language after that,
 * without a reload.
 */
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { getLocale, languageTag, onLocaleChange, t, type Translate } from '../../utils/i18n';
import { followInterfaceLanguage } from '../../utils/i18n/follow';

export function startExtensionPage(app: ReactNode, titleKey: Parameters<Translate>[0]): void {
  void followInterfaceLanguage()
    .catch((error: unknown) => console.warn('[Duizhao] interface language not read', error))
    .finally(() => {
      const follow = () => {
        document.documentElement.lang = languageTag(getLocale());
        document.title = t(titleKey);
      };
      follow();
      onLocaleChange(follow);
      createRoot(document.getElementById('root')!).render(<StrictMode>{app}</StrictMode>);
    });
}
