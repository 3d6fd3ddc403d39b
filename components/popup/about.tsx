import { browser } from 'wxt/browser';
import { useT } from '../i18n/use-t';

/** Version, privacy and the licences of the data Duizhao ships. */
export function About() {
  const t = useT();
  // The licence's name is a link, inside the sentence where the language puts it.
  const [beforeLicence, afterLicence] = t('popup.about.licences').split('{licence}');
  return (
    <details className="about">
      <summary>{t('popup.about.title')}</summary>
      <p>{t('popup.about.version', [browser.runtime.getManifest().version])}</p>
      <p>
        {beforeLicence}
        <a href="https://creativecommons.org/licenses/by-sa/4.0/" target="_blank" rel="noreferrer">
          {/* i18n-ignore: the licence's name */}
          CC BY-SA 4.0
        </a>
        {afterLicence}
      </p>
    </details>
  );
}
