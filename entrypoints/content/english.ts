/**
 * The official-English panel on a recognised Chinese statement: asks the background worker for the
 * publisher's English version and shows it, in a shadow root so page and panel never style each other.
 */
import { createElement } from 'react';
import { browser } from 'wxt/browser';
import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { toPlainArticle, type ExtractedArticle } from '../../utils/article';
import { onMessage, sendMessage, type EnglishRequest } from '../../utils/messaging';
import type { SearchOutcome, SearchProgress } from '../../utils/match/outcome';
import { EnglishPanel, type EnglishApi } from '../../components/english-panel/english-panel';
import { ENGLISH_PANEL_CSS } from '../../components/english-panel/styles';
import { englishPanelOpenView } from '../../utils/storage-view';
import { toggleSideBySide } from '../../components/side-by-side/preference';
import { rememberShadow } from '../../components/shadow-roots';

/** Links on the page (some sites link a statement to its English version). */
export function pageLinks(doc: Document): { url: string; text: string }[] {
  const links: { url: string; text: string }[] = [];
  for (const anchor of Array.from(doc.querySelectorAll('a[href]')).slice(0, 500)) {
    const href = (anchor as HTMLAnchorElement).href;
    if (/^https?:/.test(href))
      links.push({ url: href, text: (anchor.textContent ?? '').trim().slice(0, 200) });
  }
  return links;
}

/** The background's English-version calls for one statement (the panel's, and the side-by-side view's). */
export function englishApi(
  request: EnglishRequest,
  onProgress: EnglishApi['onProgress'],
  onPaired?: EnglishApi['onPaired'],
): EnglishApi {
  const zhUrl = request.article.url;
  return {
    find: () => sendMessage('findEnglish', request),
    retry: () => sendMessage('retryEnglish', request),
    pair: (enUrl, title) => sendMessage('pairManually', { zhUrl, enUrl, title }),
    unpair: () => sendMessage('unpairEnglish', { zhUrl }),
    openPairing: () => sendMessage('openPairingPopup', undefined),
    onPaired,
    // Once the English version is read, the background aligns it (in the worker), so that the word
    // popup can say how this statement renders a word ("in this statement").
    article: async (url) => {
      const en = await sendMessage('getEnglishArticle', { url });
      if (en) void sendMessage('prepareAlignment', { zh: request.article, en }).catch(() => {});
      return en;
    },
    onProgress,
  };
}

export function startEnglishPanel(
  ctx: ContentScriptContext,
  doc: Document,
  article: ExtractedArticle,
): () => void {
  if (article.lang !== 'zh') return () => undefined;
  const request: EnglishRequest = { article: toPlainArticle(article), pageLinks: pageLinks(doc) };
  const zhUrl = article.url;
  const listeners = new Set<(progress: SearchProgress) => void>();
  const offProgress = onMessage('englishSearchProgress', ({ data }) => {
    if (data.zhUrl === zhUrl) listeners.forEach((listener) => listener(data.progress));
  });
  // Paired from the toolbar popup (where the open tabs are listed): the panel shows it at once.
  const paired = new Set<(outcome: SearchOutcome) => void>();
  const offPaired = onMessage('englishPaired', ({ data }) => {
    if (data.zhUrl === zhUrl) paired.forEach((listener) => listener(data.outcome));
  });

  const api = englishApi(
    request,
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    (listener) => {
      paired.add(listener);
      return () => paired.delete(listener);
    },
  );

  let removed = false;
  let ui: Awaited<ReturnType<typeof createShadowRootUi<Root>>> | null = null;
  let initialOpen = true;
  const onSideBySide = () =>
    void toggleSideBySide(zhUrl).catch((error: unknown) =>
      console.warn('[Duizhao] the side-by-side view could not be toggled', error),
    );
  // Collapsed stays collapsed on the next statement: the user's choice is remembered.
  // Not in a private window: there Duizhao writes nothing to storage.
  const onOpenChange = (open: boolean) =>
    void (browser.extension?.inIncognitoContext
      ? undefined
      : englishPanelOpenView.setValue(open).catch(() => {}));
  void englishPanelOpenView
    .getValue()
    .catch(() => true)
    .then((open) => {
      initialOpen = open;
      return createShadowRootUi<Root>(ctx, {
        name: 'duizhao-english',
        position: 'inline',
        anchor: doc.documentElement,
        append: 'last',
        css: ENGLISH_PANEL_CSS,
        isolateEvents: true,
        // Closed: the page cannot read the panel (what the user typed, the pairing it offers).
        mode: 'closed',
        onMount(container, shadow, shadowHost) {
          rememberShadow(shadowHost, shadow);
          const root = createRoot(container);
          root.render(
            createElement(EnglishPanel, { api, initialOpen, onOpenChange, onSideBySide }),
          );
          return root;
        },
        onRemove(root) {
          root?.unmount();
        },
      });
    })
    .then((created) => {
      if (removed) return;
      ui = created;
      ui.mount();
    });

  return () => {
    removed = true;
    offProgress();
    offPaired();
    ui?.remove();
  };
}
