import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getLocale, languageTag, onLocaleChange, t } from '../../utils/i18n';
import { followInterfaceLanguage } from '../../utils/i18n/follow';
import { GlossaryApp } from '../../components/glossary/glossary-app';
import '../../components/glossary/glossary.css';

// Drawn once the interface language is known (the setting, or the browser's language).
void followInterfaceLanguage()
  .catch((error: unknown) => console.warn('[Duizhao] interface language not read', error))
  .finally(() => {
    // The page's language and title follow the interface language, without a reload.
    const follow = () => {
      document.documentElement.lang = languageTag(getLocale());
      document.title = t('glossary.title');
    };
    follow();
    onLocaleChange(follow);
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <GlossaryApp />
      </StrictMode>,
    );
  });
