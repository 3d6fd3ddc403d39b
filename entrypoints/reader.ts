/**
 * The reader, injected by the background into a tab whose content script recognised a statement
 * (see entrypoints/content/reader-handoff.ts): word-level pinyin and popups, and the official
 * English panel, and the side-by-side view. Pages that are not statements never load it.
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { ExtractedArticle } from '../utils/article';
import type { EarlyReading } from '../utils/reading/annotate';
import { followInterfaceLanguage } from '../utils/i18n/follow';
import { startEnglishPanel } from './content/english';
import { startGlossarySave } from './content/glossary-save';
import { registerReader } from './content/reader-handoff';
import { startReading } from './content/reading';
import { startSideBySide } from './content/side-by-side';

type Feature = (
  ctx: ContentScriptContext,
  doc: Document,
  article: ExtractedArticle,
  early: readonly EarlyReading[],
) => () => void;

/**
 * The pinyin starts at once: it draws no interface text (its word popup reads the language when it
 * opens). The panel, the view and the save button draw text, so they wait for the language.
 */
const AT_ONCE: Feature[] = [startReading];
const AFTER_LANGUAGE: Feature[] = [startEnglishPanel, startSideBySide, startGlossarySave];

export default defineUnlistedScript(() => {
  performance.mark('dz:reader-start');
  const ctx = new ContentScriptContext('reader');
  // The interface language (setting or browser's) is known before the first control is drawn.
  const language = followInterfaceLanguage().then(
    (off) => (ctx.onInvalidated(off), undefined),
    (error: unknown) => console.warn('[Duizhao] interface language not read', error),
  );
  registerReader((article, early) => {
    let stopped = false;
    const stops: (() => void)[] = [];
    const start = (features: Feature[]) => {
      for (const feature of features) {
        try {
          stops.push(feature(ctx, document, article, early));
        } catch (error) {
          console.warn('[Duizhao] a reader feature failed to start', error);
        }
      }
    };
    start(AT_ONCE);
    void language.then(() => {
      if (!stopped) start(AFTER_LANGUAGE);
    });
    return () => {
      stopped = true;
      stops.forEach((stop) => stop());
    };
  }, ctx);
});
