import { browser } from 'wxt/browser';

/** Version, privacy and the licences of the data Duizhao ships. */
export function About() {
  return (
    <details className="about">
      <summary>About Duizhao</summary>
      <p>
        Version {browser.runtime.getManifest().version}. Duizhao contacts only the official sites it
        reads; it sends nothing anywhere else and collects no data.
      </p>
      <p>
        Dictionary: CC-CEDICT, © MDBG, licensed under{' '}
        <a href="https://creativecommons.org/licenses/by-sa/4.0/" target="_blank" rel="noreferrer">
          CC BY-SA 4.0
        </a>
        . Readings: pinyin-pro (MIT).
      </p>
    </details>
  );
}
