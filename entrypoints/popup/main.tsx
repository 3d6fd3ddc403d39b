import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getLocale, languageTag, onLocaleChange } from '../../utils/i18n';
import { followInterfaceLanguage } from '../../utils/i18n/follow';
import { PopupApp } from '../../components/popup/popup-app';
import '../../components/popup/popup.css';
import '../../components/reading-settings/reading-settings.css';

// Drawn once the interface language is known (the setting, or the browser's language).
void followInterfaceLanguage()
  .catch((error: unknown) => console.warn('[Duizhao] interface language not read', error))
  .finally(() => {
    document.documentElement.lang = languageTag(getLocale());
    onLocaleChange(() => (document.documentElement.lang = languageTag(getLocale())));
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <PopupApp />
      </StrictMode>,
    );
  });
