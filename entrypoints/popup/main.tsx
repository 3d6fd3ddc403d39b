import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getLocale, languageTag, onLocaleChange, t } from '../../utils/i18n';
import { followInterfaceLanguage } from '../../utils/i18n/follow';
import { PopupApp } from '../../components/popup/popup-app';
import '../../components/popup/popup.css';
import '../../components/reading-settings/reading-settings.css';

// Drawn once the interface language is known (the setting, or the browser's language).
void followInterfaceLanguage()
  .catch((error: unknown) => console.warn('[Duizhao] interface language not read', error))
  .finally(() => {
    const follow = () => {
      document.documentElement.lang = languageTag(getLocale());
      document.title = t('popup.pageTitle');
    };
    follow();
    onLocaleChange(follow);
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <PopupApp />
      </StrictMode>,
    );
  });
