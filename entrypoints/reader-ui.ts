/**
 * The reader's interface, injected by the background once the reading layer
 * (part of the content script) has had its first readings (reader-handoff.ts): the word
 * popup's view, the official English panel, the side-by-side view and the save button, all
 * React. It waits for the interface language (setting or browser's) before drawing the first
 * control.
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { ExtractedArticle } from '../utils/article';
import { followInterfaceLanguage } from '../utils/i18n/follow';
import { mountWordPopup } from '../components/word-popup/mount';
import { startEnglishPanel } from './content/english';
import { startGlossarySave } from './content/glossary-save';
import { provideWordPopup, registerReader } from './content/reader-handoff';
import { startSideBySide } from './content/side-by-side';

type Feature = (ctx: ContentScriptContext, doc: Document, article: ExtractedArticle) => () => void;

const FEATURES: Feature[] = [startEnglishPanel, startSideBySide, startGlossarySave];

export default defineUnlistedScript(() => {
  performance.mark('dz:reader-ui-start');
  // Its own name: a context named like the reading layer's would stop it as an older copy.
  // Without the window.postMessage to the page, as the content script (content/index.ts).
  const ctx = new ContentScriptContext('reader-ui', { noScriptStartedPostMessage: true });
  const language = followInterfaceLanguage().then(
    (off) => (ctx.onInvalidated(off), undefined),
    (error: unknown) => console.warn('[Duizhao] interface language not read', error),
  );
  // The word popup reads the language when it opens.
  provideWordPopup(mountWordPopup);
  registerReader(
    (article) => {
      let stopped = false;
      const stops: (() => void)[] = [];
      void language.then(() => {
        if (stopped) return;
        for (const feature of FEATURES) {
          try {
            stops.push(feature(ctx, document, article));
          } catch (error) {
            console.warn('[Duizhao] a reader feature failed to start', error);
          }
        }
      });
      return () => {
        stopped = true;
        stops.forEach((stop) => stop());
      };
    },
    ctx,
    'ui',
  );
});
