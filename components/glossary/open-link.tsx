/** "Glossary" in the toolbar popup: opens the glossary page in a new tab. */
import { browser } from 'wxt/browser';
import { GLOSSARY_PAGE } from '../../utils/glossary/page-link';
import { useT } from '../i18n/use-t';

export function GlossaryLink() {
  const t = useT();
  const open = async () => {
    await browser.tabs.create({ url: browser.runtime.getURL(GLOSSARY_PAGE) });
    window.close();
  };
  return (
    <button type="button" className="dz-glossary-link" onClick={() => void open()}>
      {t('glossary.open')}
    </button>
  );
}
