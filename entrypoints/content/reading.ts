/**
 * The reading layer on a recognised statement: word-level pinyin over the title and body
 * paragraphs, and the word popup. Segmentation, readings and lookups run in the background
 * worker (utils/reading/service.ts); this side only touches the DOM, in time slices.
 *   const stop = startReading(ctx, document, article);  …  stop();  // DOM restored exactly
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ExtractedArticle } from '../../utils/article';
import { sendMessage } from '../../utils/messaging';
import { askReading } from '../../utils/reading/ask';
import { sourceOf, termInput } from '../../utils/glossary/from-page';
import { Annotator, containmentIsSafe, type EarlyReading } from '../../utils/reading/annotate';
import { DZ } from '../../utils/reading/dom-labels';
import {
  applyRootSettings,
  installCopyHandler,
  installStyles,
  watchNewParagraphs,
} from '../../utils/reading/page-hooks';
import { featureController, onAbort } from '../../utils/reading/feature-signal';
import { BLOCK, hitTest, textAround, type Hit } from '../../utils/reading/hit-test';
import {
  copyLine,
  createLookupCache,
  sentenceAround,
  wordInSentence,
  keyCommand,
  stepIndex,
  triggerAllows,
} from '../../utils/reading/popup-logic';
import type { WordInfo } from '../../utils/reading/reader';
import { wordOf } from '../../utils/reading/ruby';
import {
  modeForSite,
  normaliseReadingSettings,
  type ReadingSettings,
} from '../../utils/reading/settings';
import { HAN_RE } from '../../utils/reading/segment';
import { siteKeyFor } from '../../utils/sites/site-key';
import { chineseTextLang } from '../../utils/reading/script';
import { followItem, knownWordsView, readingSettingsView } from '../../utils/storage-view';
import { createWordPrefetch, type WordPrefetch } from '../../utils/reading/word-prefetch';
import { lazyWordPopup } from '../../components/word-popup/lazy';
import { wordPopupMount } from './reader-handoff';
import type { PopupStatus } from '../../components/word-popup/word-popup';
import { realTarget } from '../../components/shadow-roots';
import { knownOnPage, knownWordsCss } from '../../utils/reading/known-style';

/** Delay before the popup closes once the pointer left the word (time to move into it). */
const CLOSE_DELAY_MS = 300;

const displayOf = (s: ReadingSettings) => ({
  tones: s.tones,
  sandhi: s.sandhi,
  over: s.pinyinOver,
  colors: s.toneColors,
});

export function startReading(
  ctx: ContentScriptContext,
  doc: Document,
  article: ExtractedArticle,
  /** Readings of the first paragraphs the content script asked for (reader-handoff.ts). */
  early: readonly EarlyReading[] = [],
  /** The reading settings, when the content script read them already (reader-handoff.ts). */
  earlySettings?: Promise<unknown>,
): () => void {
  const siteKey = siteKeyFor(article.url) ?? new URL(article.url).hostname;
  const elements = [article.nodes.title, ...article.nodes.paragraphs].filter(
    (el): el is Element => !!el,
  );
  // One signal per feature; both end with the extension context too.
  const annotation = featureController(ctx.signal);
  const popupFeature = featureController(ctx.signal);
  const { signal } = annotation;
  let settings: ReadingSettings = normaliseReadingSettings(undefined);
  let known = new Set<string>();
  let undoRoot = () => {};
  let reads = 0;
  performance.mark('dz:reading-start');

  const words = createWordPrefetch(doc, (text, list) =>
    askReading('readingWordsAt', { text, words: list }),
  );
  onAbort(signal, () => words.stop());
  // The statement's script: declared on the rubies where the page declares no Chinese language,
  // and on the word in the popup.
  const textLang = chineseTextLang([article.title, ...article.paragraphs.map((p) => p.text)]);
  const annotator = new Annotator({
    doc,
    textLang,
    read: (texts) => {
      // Marks of the first reading (tests/bench/reading-browser-bench.ts).
      const first = reads++ === 0;
      if (first) performance.mark('dz:read-asked');
      const answer = askReading('readingTokenize', { texts });
      if (first)
        void answer.then(
          () => performance.mark('dz:read-answered'),
          () => undefined,
        );
      return answer;
    },
    display: displayOf(settings),
    // No known-word mark in the page's DOM: the page must not read the user's known words.
    // Their pinyin is hidden by a sheet the background injects (utils/reading/known-style.ts).
    onAnnotated: (el, list) => words.annotated(el, list),
    // Paragraphs far from the viewport are not rendered: putting ruby into them costs no layout.
    contain: containmentIsSafe(article.nodes.body),
    // A contained paragraph: the browser tells when it comes near, the observers stop watching it.
    onContained: (el, contained) => {
      if (signal.aborted) return;
      if (contained) {
        inView?.unobserve(el);
        words.unobserve(el);
      } else {
        inView?.observe(el);
        words.observe([el]);
      }
    },
    onRendered: (el, rendered) => words.rendered(el, rendered),
  });
  /** Paragraphs in view go first; those off screen are contained (see the observer below). */
  let inView: IntersectionObserver | undefined;
  const watchInView = () => {
    inView?.disconnect();
    elements.forEach((el) => inView?.observe(el));
  };
  annotator.seed(early);
  // Not crypto.randomUUID: People's Daily and the embassies are http (no secure context).
  const knownStyleDoc = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  let knownCss = '';
  let knownSending: Promise<unknown> = Promise.resolve();
  /** Sends the sheet for the known words of this page when it changed ('' removes it). */
  // The statement's text as it was before the pinyin went in (a ruby's text interleaves its rts).
  let pageText = elements.map((el) => el.textContent ?? '').join('\n');
  const updateKnownStyle = (words: Iterable<string> = known) => {
    const css = signal.aborted ? '' : knownWordsCss(knownOnPage(words, pageText));
    if (css === knownCss) return knownSending;
    knownCss = css;
    knownSending = knownSending
      .then(() => sendMessage('readingKnownStyle', { doc: knownStyleDoc, css }))
      .catch((error: unknown) => console.warn('[Duizhao] known words not hidden', error));
    return knownSending;
  };
  // The page is restored first when the feature ends (its other hooks are removed after).
  onAbort(signal, () => {
    annotator.unannotate();
    undoRoot();
  });
  const annotate = (els: Element[]) =>
    annotator
      .annotate(els)
      .catch((error: unknown) => console.warn('[Duizhao] pinyin failed', error));

  const apply = (next: ReadingSettings) => {
    if (signal.aborted) return;
    const before = settings;
    settings = next;
    const mode = modeForSite(settings, siteKey);
    undoRoot();
    // Off leaves no trace on <html> either (the rubies go, so their classes have no use).
    undoRoot = mode === 'off' ? () => {} : applyRootSettings(doc, settings, mode);
    if (mode === 'off') {
      annotator.unannotate();
      words.reset();
    } else {
      // Back on: the paragraphs are looked at afresh (which are off screen, to contain).
      if (modeForSite(before, siteKey) === 'off') watchInView();
      const display = displayOf(settings);
      const was = displayOf(before);
      // Any setting the ruby is drawn from (displayOf) changed: every ruby is drawn again.
      if ((Object.keys(display) as (keyof typeof display)[]).some((k) => display[k] !== was[k]))
        annotator
          .setDisplay(display)
          .catch((error: unknown) => console.warn('[Duizhao] pinyin not redrawn', error));
      // Then the popup data of every word, while the background is warm (word-prefetch.ts).
      void annotate(elements).then(() => {
        // The annotator's own time (tests/bench/reading-browser-bench.ts).
        performance.mark('dz:annotated', { detail: { ...annotator.stats } });
        if (!signal.aborted && modeForSite(settings, siteKey) !== 'off')
          words.prefetchWords(elements);
      });
    }
  };

  // Visible paragraphs first; the others in idle time.
  const View = doc.defaultView;
  if (View?.IntersectionObserver) {
    const io = (inView = new View.IntersectionObserver((entries) => {
      // Pinyin off: nothing to contain or put first.
      if (modeForSite(settings, siteKey) === 'off') return;
      const away = entries.filter((e) => !e.isIntersecting);
      annotator.offscreen(
        away.map((e) => e.target),
        away.map((e) => e.boundingClientRect.height),
      );
      annotator.prioritise(entries.filter((e) => e.isIntersecting).map((e) => e.target));
    }));
    elements.forEach((el) => io.observe(el));
    onAbort(signal, () => io.disconnect());
  }
  words.observe(elements);
  // Paragraphs the page adds later inside the body.
  onAbort(
    signal,
    watchNewParagraphs(
      doc,
      article.nodes.body,
      (el) => el.tagName === 'P' && HAN_RE.test(el.textContent ?? ''),
      (node) => annotator.isOurs(node),
      (els) => {
        pageText += els.map((el) => `\n${el.textContent ?? ''}`).join('');
        elements.push(...els);
        words.observe(els);
        if (modeForSite(settings, siteKey) !== 'off') void annotate(els);
        void updateKnownStyle();
      },
    ),
  );
  onAbort(signal, installStyles(doc));
  onAbort(signal, installCopyHandler(doc));

  // Storage: initial values and live changes from the popup / options. The pinyin starts with
  // the settings (read while the reader loaded, when the content script did); the known words'
  // sheet follows.
  const followSettings = followItem(
    readingSettingsView,
    (s) => apply(normaliseReadingSettings(s)),
    {
      first: earlySettings,
      onError: () => apply(settings),
    },
  );
  onAbort(signal, followSettings.off);
  const followKnown = followItem(
    knownWordsView,
    (list) => {
      if (signal.aborted) return;
      known = new Set(list ?? []);
      void updateKnownStyle();
    },
    { onError: (error) => console.warn('[Duizhao] known words not read', error) },
  );
  onAbort(signal, followKnown.off);
  // The sheet goes when reading ends on this page.
  onAbort(signal, () => void updateKnownStyle([]));

  startPopup(ctx, popupFeature.signal, doc, article, textLang, words, () => settings, {
    has: (word) => known.has(word),
    // Applied at once on this page, then stored by the background, the one writer of the list
    // (other tabs follow through the watch); undone here if it could not be saved.
    toggle: async (word) => {
      const now = !known.has(word);
      const apply = (list: Iterable<string>) => {
        known = new Set(list);
        void updateKnownStyle();
      };
      const before = known;
      apply(now ? [...known, word] : [...known].filter((w) => w !== word));
      try {
        // A private window stores nothing: the answer carries its marks for this page.
        const { words } = await sendMessage(
          'knownWordsChange',
          now ? { add: [word] } : { remove: [word] },
        );
        apply(words);
      } catch (error) {
        apply(before);
        throw error;
      }
    },
  });

  return () => {
    popupFeature.abort();
    annotation.abort();
  };
}

/** Typing goes to this element: a field, a select, or editable content (the page's or Duizhao's). */
function isEditable(target: Element | null): boolean {
  if (!target || typeof target.closest !== 'function') return false;
  if ((target as HTMLElement).isContentEditable) return true;
  return !!target.closest(
    'input, textarea, select, [contenteditable]:not([contenteditable="false"])',
  );
}

/** The word popup: hover (with the configured modifier), tap, keyboard N/B, Esc. */
function startPopup(
  ctx: ContentScriptContext,
  signal: AbortSignal,
  doc: Document,
  article: ExtractedArticle,
  /** The statement's script (utils/reading/script.ts), declared on the popup's word. */
  textLang: string,
  words: WordPrefetch,
  getSettings: () => ReadingSettings,
  knownWords: { has(word: string): boolean; toggle(word: string): Promise<void> },
): void {
  let current: {
    hit: Hit | null;
    ruby: HTMLElement | null;
    info: WordInfo;
    /** The status line shown (Saved, Copied…), kept when the popup is drawn again. */
    status?: PopupStatus;
    /** "In this statement": how the aligned English renders the word, once known. */
    inStatement?: string;
  } | null = null;
  // Renderings found, by sentence and word (a miss is asked again: the alignment may come later).
  const renderings = new Map<string, string>();
  let closeTimer: number | undefined;
  let pending = 0;
  const lookup = createLookupCache((request) => askReading('readingWordAt', request));

  // Popup data of the words near the viewport is prefetched (utils/reading/word-prefetch.ts);
  // entering a paragraph not fetched yet (e.g. right after a fast scroll) fetches it.
  const onOver = (e: PointerEvent) => {
    const target = e.target as Element | null;
    if (target?.closest && !popup.contains(target)) words.prefetchAround(target);
  };

  let focused: HTMLElement | null = null;
  const setFocus = (ruby: HTMLElement | null) => {
    if (ruby === focused) return;
    focused?.classList.remove(DZ.focus);
    ruby?.classList.add(DZ.focus);
    focused = ruby;
  };

  const anchorRect = (hit: Hit | null, ruby: HTMLElement | null, info: WordInfo) => {
    if (ruby) return ruby.getBoundingClientRect();
    const range = doc.createRange();
    const node = hit!.node;
    range.setStart(node, hit!.nodeOffset);
    range.setEnd(node, Math.min(node.data.length, hit!.nodeOffset + info.word.length));
    return range.getBoundingClientRect();
  };

  /** Where the word stands, for "in this statement" (the key of `renderings`). */
  const placeOf = (hit: Hit, info: WordInfo) => {
    const where = wordInSentence(hit.text, info.start, info.word.length);
    return { where, key: `${where.offset}\u0000${where.sentence}` };
  };

  const show = (
    hit: Hit | null,
    ruby: HTMLElement | null,
    info: WordInfo,
    status?: PopupStatus,
    inStatement?: string,
  ) => {
    const fresh = current?.info !== info;
    const place = fresh && hit ? placeOf(hit, info) : null;
    current = {
      hit,
      ruby,
      info,
      status,
      inStatement:
        inStatement ?? (place ? renderings.get(place.key) : current?.inStatement) ?? undefined,
    };
    const s = getSettings();
    const r = anchorRect(hit, ruby, info);
    popup.show({
      info,
      anchor: { left: r.left, top: r.top, width: r.width, height: r.height },
      tones: s.tones,
      toneColors: s.toneColors,
      sandhi: s.sandhi,
      known: knownWords.has(info.word),
      status,
      inStatement: current.inStatement,
      textLang,
    });
    // Asked of the background once the popup shows; drawn in when it answers, if still open.
    if (place && !current.inStatement) {
      void sendMessage('termInStatement', { zhUrl: article.url, ...place.where }).then(
        (en) => {
          if (!en || signal.aborted) return;
          renderings.set(place.key, en);
          // Not while the user is selecting text: the popup would move under the pointer.
          const selecting = doc.getSelection()?.isCollapsed === false;
          if (current?.info === info && !selecting)
            show(current.hit, current.ruby, info, current.status, en);
        },
        () => {}, // nothing to add to the popup
      );
    }
  };
  /** Show the current popup again with a status line (after Copy, Save…). */
  const reshow = (status?: PopupStatus) =>
    current && show(current.hit, current.ruby, current.info, status, current.inStatement);

  const hide = () => {
    current = null;
    setFocus(null);
    popup.hide();
  };

  const popup = lazyWordPopup(
    doc,
    {
      onCopy(info) {
        void popup.copy(copyLine(info)).then(
          () => reshow({ kind: 'copied' }),
          () => reshow({ kind: 'copyFailed' }),
        );
      },
      onToggleKnown(info) {
        const done = knownWords.toggle(info.word);
        reshow();
        void done.catch(() => reshow({ kind: 'knownNotSaved' }));
      },
      onSave(info) {
        const text = current?.hit?.text ?? info.word;
        const sentence = sentenceAround(text, info.start, info.word.length);
        void sendMessage('glossarySave', termInput(info, sentence, sourceOf(article))).then(
          () => reshow({ kind: 'saved' }),
          (error: unknown) => reshow({ kind: 'notSaved', error }),
        );
      },
      onOpenGlossary(info) {
        void sendMessage('openGlossaryPage', { query: info.word }).catch(() =>
          reshow({ kind: 'openFailed' }),
        );
      },
      onPointerEnter: () => clearTimeout(closeTimer),
      onPointerLeave: () => scheduleClose(),
    },
    // The popup's view (React) comes with the interface script, after the first pinyin.
    wordPopupMount(),
  );
  onAbort(signal, () => {
    clearTimeout(closeTimer);
    setFocus(null);
    popup.destroy();
  });

  // Warm the popup up with the first prefetched word, when the page is idle.
  void words.first.then((info) => {
    const warm = () =>
      !signal.aborted &&
      popup.warm({
        info,
        anchor: { left: 0, top: 0, width: 0, height: 0 },
        tones: getSettings().tones,
        toneColors: getSettings().toneColors,
        sandhi: getSettings().sandhi,
      });
    const View = doc.defaultView;
    if (View?.requestIdleCallback) View.requestIdleCallback(warm, { timeout: 2000 });
    else ctx.setTimeout(warm, 200);
  });

  const scheduleClose = () => {
    clearTimeout(closeTimer);
    closeTimer = ctx.setTimeout(hide, CLOSE_DELAY_MS);
  };

  const present = (hit: Hit, info: WordInfo) => {
    if (signal.aborted) return;
    clearTimeout(closeTimer);
    setFocus(hit.ruby);
    show(hit, hit.ruby, info);
  };
  const openAt = (hit: Hit) => {
    const id = ++pending;
    if (hit.ruby) {
      // Prefetched: shown within this event, no round trip to the background.
      const ready = words.get(hit.ruby);
      if (ready !== undefined) return ready && present(hit, ready);
      words.prefetchAround(hit.ruby);
      // Known from another occurrence: shown at once, not after a (restarting) background.
      const known = words.guess(hit.ruby, hit.offset);
      if (known) return present(hit, known);
    }
    const word = hit.ruby ? wordOf(hit.ruby) : undefined;
    void lookup({ text: hit.text, offset: hit.offset, exact: hit.exact, word })
      .catch(() => null)
      .then((info) => id === pending && info && present(hit, info));
  };

  // Hit-testing is cheap (one caret lookup), so it runs on every move; only a new word or a
  // new plain-text position triggers a lookup.
  let last: Node | null = null;
  let lastOffset = -1;
  const onMove = (e: PointerEvent) => {
    if (popup.contains(e.target) || getSettings().popup === 'off') return;
    // A button held down: the user is selecting text (to save or copy it), not pointing at a word.
    if (e.buttons !== 0 && e.pointerType === 'mouse') return;
    if (!triggerAllows(getSettings().popup, e)) return;
    const hit = hitTest(doc, e.clientX, e.clientY);
    if (!hit) {
      last = null;
      if (current) scheduleClose();
      return;
    }
    const key = hit.ruby ?? hit.node;
    const offset = hit.ruby ? 0 : hit.nodeOffset;
    if (key === last && offset === lastOffset) return clearTimeout(closeTimer);
    last = key;
    lastOffset = offset;
    if (current && hit.ruby && hit.ruby === current.ruby) return clearTimeout(closeTimer);
    openAt(hit);
  };

  /** A tap (touch or pen) opens the popup for the word under it; a tap elsewhere closes it. */
  const onTap = (e: PointerEvent) => {
    if (e.pointerType === 'mouse' || popup.contains(e.target) || getSettings().popup === 'off')
      return;
    const hit = hitTest(doc, e.clientX, e.clientY);
    if (!hit) {
      last = null;
      if (current) hide();
      return;
    }
    last = hit.ruby ?? hit.node;
    lastOffset = hit.ruby ? 0 : hit.nodeOffset;
    openAt(hit);
  };

  const moveBy = (step: 1 | -1) => {
    // Reading order (the annotator works visible paragraphs first, so its order may differ).
    const rubies = Array.from(doc.querySelectorAll<HTMLElement>(`ruby.${DZ.word}`));
    const at = current?.ruby ? rubies.indexOf(current.ruby) : -1;
    const index = stepIndex(at, step, rubies.length);
    if (index === null) return;
    const next = rubies[index]!;
    next.scrollIntoView({ block: 'nearest' });
    const block = next.parentElement?.closest(BLOCK) ?? next;
    const around = textAround(block, next);
    const node = next.firstChild as Text;
    openAt({
      text: around.text,
      offset: around.offset,
      exact: false,
      ruby: next,
      node,
      nodeOffset: 0,
    });
  };

  const onKey = (e: KeyboardEvent) => {
    // A page script's synthetic key is not the user's: it neither opens nor moves the popup.
    if (!e.isTrusted) return;
    // The real target: inside a shadow root (the English panel's URL field) e.target is the host.
    const target = realTarget(e);
    if (isEditable(target)) return;
    const command = keyCommand(e, current !== null);
    if (command === 'close') return hide();
    if (command === 'next') moveBy(1);
    else if (command === 'previous') moveBy(-1);
    else return;
    e.preventDefault();
  };

  const passive = { passive: true, signal };
  doc.addEventListener('pointermove', onMove, passive);
  doc.addEventListener('pointerup', onTap, passive);
  doc.addEventListener('pointerover', onOver, passive);
  doc.addEventListener('keydown', onKey, { capture: true, signal });
}
