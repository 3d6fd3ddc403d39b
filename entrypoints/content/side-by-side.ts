/**
 * The side-by-side view on a recognised Chinese statement (components/side-by-side): opened and
 * closed from the toolbar popup, the keyboard shortcut (relayed by the background), the English
 * panel's "Side by side" button and its own Close / Esc; the choice is remembered per site
 * (sideBySideSitesView), and every tab of that site follows it. Mounted in a shadow root at the
 * end of <html>, a fixed panel over the page; removing it restores the page exactly.
 */
import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { toPlainArticle, type Article, type ExtractedArticle } from '../../utils/article';
import type { GlossaryInput } from '../../utils/glossary/schema';
import { onMessage, sendMessage, type EnglishRequest } from '../../utils/messaging';
import { askReading } from '../../utils/reading/ask';
import { modeForSite, normaliseReadingSettings } from '../../utils/reading/settings';
import { followItem, readingSettingsView, sideBySideSitesView } from '../../utils/storage-view';
import { ALIGNMENT_EXPORTERS } from '../../components/side-by-side/exporters';
import {
  SideBySide,
  type PairToSave,
  type SideBySideApi,
  type ViewDisplay,
} from '../../components/side-by-side/side-by-side';
import {
  setSideBySide,
  sideBySideKey,
  toggleSideBySide,
} from '../../components/side-by-side/preference';
import { SIDE_BY_SIDE_CSS } from '../../components/side-by-side/styles';
import { t } from '../../utils/i18n';
import { englishApi, pageLinks } from './english';
import { deepActiveElement, rememberShadow } from '../../components/shadow-roots';

/** The glossary entry of a saved pair: a passage, with its aligned English and its source. */
export function pairInput(pair: PairToSave): GlossaryInput {
  return {
    type: 'passage',
    zh: pair.zh,
    ...(pair.pinyin ? { pinyin: pair.pinyin } : {}),
    english: { text: pair.en, origin: 'aligned' },
    source: {
      url: pair.zhArticle.url,
      title: pair.zhArticle.title,
      kind: pair.zhArticle.kind,
      speaker: pair.speaker || null,
      date: pair.zhArticle.date,
      site: pair.zhArticle.site,
      enUrl: pair.enArticle.url,
    },
  };
}

/** Copy text: the async clipboard where the page is secure, else a selection inside `root`. */
async function copyText(root: ShadowRoot | null, text: string): Promise<void> {
  if (globalThis.isSecureContext && navigator.clipboard) {
    await navigator.clipboard.writeText(text);
    return;
  }
  if (!root) throw new Error(t('sideBySide.viewClosed'));
  const area = root.ownerDocument.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position:fixed;opacity:0;pointer-events:none';
  root.append(area);
  area.select();
  const copied = root.ownerDocument.execCommand('copy');
  area.remove();
  if (!copied) throw new Error(t('sideBySide.copyRefused'));
}

export function startSideBySide(
  ctx: ContentScriptContext,
  doc: Document,
  article: ExtractedArticle,
): () => void {
  if (article.lang !== 'zh') return () => undefined;
  const zh: Article = toPlainArticle(article);
  const request: EnglishRequest = { article: zh, pageLinks: pageLinks(doc) };
  const siteKey = sideBySideKey(zh.url);
  let shadow: ShadowRoot | null = null;

  // The view shows no search progress (the English panel does, and owns that message here).
  const pairing = englishApi(request, () => () => undefined);
  const api: SideBySideApi = {
    findEnglish: pairing.find,
    englishArticle: pairing.article,
    align: (en) => sendMessage('alignEnglish', { zh, en }),
    tokenize: (texts) => askReading('readingTokenize', { texts }),
    savePair: async (pair) => {
      await sendMessage('glossarySave', pairInput(pair));
    },
    copy: (text) => copyText(shadow, text),
    pairing,
  };

  let stopped = false;
  let ui: Awaited<ReturnType<typeof createShadowRootUi<Root>>> | null = null;
  let opening: Promise<void> | null = null;
  let wanted = false;
  let focusBefore: Element | null = null;

  const close = () => void setSideBySide(zh.url, false).catch(() => remove());

  const mount = async () => {
    const settings = normaliseReadingSettings(
      await readingSettingsView.getValue().catch(() => null),
    );
    const mode = modeForSite(settings, siteKey);
    const display: ViewDisplay = {
      show: mode !== 'off',
      tones: settings.tones,
      sandhi: settings.sandhi,
      over: settings.pinyinOver,
      toneColors: settings.toneColors,
      rubySize: settings.rubySize,
      unknownOnly: mode === 'unknown',
    };
    const created = await createShadowRootUi<Root>(ctx, {
      name: 'duizhao-side-by-side',
      position: 'inline',
      anchor: doc.documentElement,
      append: 'last',
      css: SIDE_BY_SIDE_CSS,
      isolateEvents: true,
      // Closed: the page cannot read the view (the saved-pair state, the user's glossary actions).
      mode: 'closed',
      onMount(container, root, host) {
        rememberShadow(host, root);
        shadow = root;
        const reactRoot = createRoot(container);
        reactRoot.render(
          createElement(SideBySide, {
            api,
            zh,
            display,
            exporters: ALIGNMENT_EXPORTERS,
            onClose: close,
          }),
        );
        return reactRoot;
      },
      onRemove(reactRoot) {
        reactRoot?.unmount();
        shadow = null;
      },
    });
    if (stopped || !wanted) return;
    focusBefore = deepActiveElement(doc);
    ui = created;
    ui.mount();
  };

  const remove = () => {
    if (!ui) return;
    ui.remove();
    ui = null;
    // Back where the reader was (the page's own element, or the English panel's button).
    if (focusBefore instanceof HTMLElement && focusBefore.isConnected) focusBefore.focus();
    focusBefore = null;
  };

  const apply = (open: boolean) => {
    wanted = open;
    if (stopped) return;
    if (!open) return remove();
    if (ui || opening) return;
    opening = mount()
      .catch((error: unknown) => console.warn('[Duizhao] the side-by-side view failed', error))
      .finally(() => {
        opening = null;
        if (!wanted) remove();
      });
  };

  const { off: unwatch } = followItem(sideBySideSitesView, (sites) =>
    apply(sites?.[siteKey] === true),
  );
  const offToggle = onMessage('toggleSideBySide', () => toggleSideBySide(zh.url));

  return () => {
    stopped = true;
    unwatch();
    offToggle();
    remove();
  };
}
