/**
 * The reading layer on a recognised statement: word-level pinyin over the title and body
 * paragraphs, and the word popup. Segmentation, readings and lookups run in the background
 * worker (utils/reading/service.ts); this side only touches the DOM, in time slices.
 *   const stop = startReading(ctx, document, article);  …  stop();  // DOM restored exactly
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ExtractedArticle } from '../../utils/article';
import { sendMessage } from '../../utils/messaging';
import { sourceOf, termInput } from '../../utils/glossary/from-page';
import { Annotator } from '../../utils/reading/annotate';
import { DZ } from '../../utils/reading/dom-labels';
import {
  applyRootSettings,
  installCopyHandler,
  installStyles,
  watchNewParagraphs,
} from '../../utils/reading/page-hooks';
import type { WordInfo } from '../../utils/reading/reader';
import {
  modeForSite,
  normaliseReadingSettings,
  type ReadingSettings,
} from '../../utils/reading/settings';
import { HAN_RE } from '../../utils/reading/segment';
import { formatSyllable } from '../../utils/reading/syllable';
import { siteKeyFor } from '../../utils/sites/site-key';
import { knownWordsItem, readingSettingsItem } from '../../utils/storage';
import { BLOCK, hitTest, textAround, type Hit } from '../../components/word-popup/hit-test';
import { mountWordPopup } from '../../components/word-popup/mount';
import { createWordPrefetch, type WordPrefetch } from './word-prefetch';

/** Delay before the popup closes once the pointer left the word (time to move into it). */
const CLOSE_DELAY_MS = 300;

export function startReading(
  ctx: ContentScriptContext,
  doc: Document,
  article: ExtractedArticle,
): () => void {
  const siteKey = siteKeyFor(article.url) ?? new URL(article.url).hostname;
  const elements = [article.nodes.title, ...article.nodes.paragraphs].filter(
    (el): el is Element => !!el,
  );
  const undo: (() => void)[] = [];
  let stopped = false;
  let settings: ReadingSettings = normaliseReadingSettings(undefined);
  let known = new Set<string>();
  let undoRoot = () => {};

  const words = createWordPrefetch(doc, (text, list) =>
    sendMessage('readingWordsAt', { text, words: list }),
  );
  undo.push(() => words.stop());
  const annotator = new Annotator({
    doc,
    read: (texts) => sendMessage('readingTokenize', { texts }),
    display: { tones: settings.tones, sandhi: settings.sandhi },
    isKnown: (word) => known.has(word),
    onAnnotated: (el) => words.annotated(el),
  });
  const annotate = (els: Element[]) =>
    annotator
      .annotate(els)
      .catch((error: unknown) => console.warn('[Duizhao] pinyin failed', error));

  const apply = (next: ReadingSettings) => {
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
      if (before.tones !== settings.tones || before.sandhi !== settings.sandhi) {
        annotator.setDisplay({ tones: settings.tones, sandhi: settings.sandhi });
      }
      void annotate(elements);
    }
  };

  // Visible paragraphs first.
  const View = doc.defaultView;
  if (View?.IntersectionObserver) {
    const io = new View.IntersectionObserver((entries) => {
      annotator.prioritise(entries.filter((e) => e.isIntersecting).map((e) => e.target));
    });
    elements.forEach((el) => io.observe(el));
    undo.push(() => io.disconnect());
  }
  words.observe(elements);
  // Paragraphs the page adds later inside the body.
  undo.push(
    watchNewParagraphs(
      doc,
      article.nodes.body,
      (el) => el.tagName === 'P' && HAN_RE.test(el.textContent ?? ''),
      (node) => annotator.isOurs(node),
      (els) => {
        elements.push(...els);
        words.observe(els);
        if (modeForSite(settings, siteKey) !== 'off') void annotate(els);
      },
    ),
  );
  undo.push(installStyles(doc), installCopyHandler(doc));

  // Storage: initial values and live changes from the popup / options.
  void Promise.all([readingSettingsItem.getValue(), knownWordsItem.getValue()])
    .then(([s, k]) => {
      if (stopped) return;
      known = new Set(k);
      apply(normaliseReadingSettings(s));
    })
    .catch(() => apply(settings));
  undo.push(readingSettingsItem.watch((s) => !stopped && apply(normaliseReadingSettings(s))));
  undo.push(
    knownWordsItem.watch((list) => {
      const next = new Set(list ?? []);
      for (const w of next) if (!known.has(w)) annotator.setKnown(w, true);
      for (const w of known) if (!next.has(w)) annotator.setKnown(w, false);
      known = next;
    }),
  );

  undo.push(
    startPopup(ctx, doc, article, words, () => settings, {
      has: (word) => known.has(word),
      // Applied at once on this page, then stored (other tabs follow through the watch).
      toggle: async (word) => {
        const now = !known.has(word);
        known = new Set(known);
        if (now) known.add(word);
        else known.delete(word);
        annotator.setKnown(word, now);
        const list = new Set(await knownWordsItem.getValue());
        if (now) list.add(word);
        else list.delete(word);
        await knownWordsItem.setValue([...list]);
      },
    }),
  );

  return () => {
    if (stopped) return;
    stopped = true;
    annotator.unannotate();
    undoRoot();
    undo
      .splice(0)
      .reverse()
      .forEach((fn) => fn());
  };
}

/** The word popup: hover (with the configured modifier), keyboard N/B, Esc. */
function startPopup(
  ctx: ContentScriptContext,
  doc: Document,
  article: ExtractedArticle,
  words: WordPrefetch,
  getSettings: () => ReadingSettings,
  knownWords: { has(word: string): boolean; toggle(word: string): Promise<void> },
): () => void {
  let current: { hit: Hit | null; ruby: HTMLElement | null; info: WordInfo } | null = null;
  let closeTimer: number | undefined;
  let pending = 0;
  const cache = new Map<string, WordInfo | null>();

  const keyOf = (text: string, offset: number, exact: boolean, word?: string) =>
    `${exact ? 1 : 0}${word ?? ''}\u0000${offset}\u0000${text}`;
  const remember = (key: string, info: WordInfo | null) => {
    if (cache.size > 2000) cache.delete(cache.keys().next().value!);
    cache.set(key, info);
  };
  const lookup = async (text: string, offset: number, exact: boolean, word?: string) => {
    const key = keyOf(text, offset, exact, word);
    if (cache.has(key)) return cache.get(key)!;
    const info = await sendMessage('readingWordAt', { text, offset, exact, word });
    remember(key, info);
    return info;
  };

  // Popup data of the words near the viewport is prefetched (./word-prefetch.ts); entering a
  // paragraph not fetched yet (e.g. right after a fast scroll) fetches it.
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

  const show = (hit: Hit | null, ruby: HTMLElement | null, info: WordInfo, status?: string) => {
    current = { hit, ruby, info };
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
    });
  };

  const hide = () => {
    current = null;
    setFocus(null);
    popup.hide();
  };

  const sentenceOf = (info: WordInfo, text: string) => {
    const stops = /[。！？!?\n]/;
    let a = info.start;
    while (a > 0 && !stops.test(text.charAt(a - 1))) a--;
    let b = info.start + info.word.length;
    while (b < text.length && !stops.test(text.charAt(b))) b++;
    return text.slice(a, Math.min(text.length, b + 1)).trim();
  };

  const popup = mountWordPopup(doc, {
    onCopy(info) {
      const py = info.py.map((s) => (s ? formatSyllable(s, 'marks') : '')).join(' ');
      const official = info.term?.renderings[0]?.en;
      const line = `${info.word}\t${py}\t${official ?? info.entries[0]?.definitions.join('; ') ?? ''}`;
      void popup.copy(line).then(
        () => current && show(current.hit, current.ruby, current.info, 'Copied'),
        () => current && show(current.hit, current.ruby, current.info, 'Copy failed'),
      );
    },
    onToggleKnown(info) {
      const done = knownWords.toggle(info.word);
      if (current) show(current.hit, current.ruby, current.info);
      void done.catch(() => current && show(current.hit, current.ruby, current.info, 'Not saved'));
    },
    onSave(info) {
      const text = current?.hit?.text ?? info.word;
      const sentence = sentenceOf(info, text);
      void sendMessage('glossarySave', termInput(info, sentence, sourceOf(article))).then(
        () => current && show(current.hit, current.ruby, current.info, 'Saved'),
        (error: unknown) =>
          current &&
          show(
            current.hit,
            current.ruby,
            current.info,
            `Not saved: ${error instanceof Error ? error.message : error}`,
          ),
      );
    },
    onPointerEnter: () => clearTimeout(closeTimer),
    onPointerLeave: () => scheduleClose(),
  });

  let live = true;
  // Warm the popup up with the first prefetched word, when the page is idle.
  void words.first.then((info) => {
    const warm = () =>
      live &&
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

  const modifierOk = (e: PointerEvent) => {
    const t = getSettings().popup;
    return (
      t === 'hover' ||
      (t === 'alt' && e.altKey) ||
      (t === 'ctrl' && e.ctrlKey) ||
      (t === 'shift' && e.shiftKey)
    );
  };

  const present = (hit: Hit, info: WordInfo) => {
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
    }
    const word = hit.ruby ? (hit.ruby.firstChild?.textContent ?? undefined) : undefined;
    void lookup(hit.text, hit.offset, hit.exact, word)
      .catch(() => null)
      .then((info) => id === pending && info && present(hit, info));
  };

  // Hit-testing is cheap (one caret lookup), so it runs on every move; only a new word or a
  // new plain-text position triggers a lookup.
  let last: Node | null = null;
  let lastOffset = -1;
  const onMove = (e: PointerEvent) => {
    if (popup.contains(e.target) || getSettings().popup === 'off' || !modifierOk(e)) return;
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
    if (!rubies.length) return;
    const at = current?.ruby ? rubies.indexOf(current.ruby) : -1;
    const next = rubies[Math.max(0, Math.min(rubies.length - 1, at < 0 ? 0 : at + step))]!;
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
    const target = e.target as Element | null;
    if (target?.closest?.('input, textarea, select, [contenteditable="true"]')) return;
    if (e.key === 'Escape' && current) return hide();
    const plain = !e.ctrlKey && !e.metaKey && !e.altKey;
    const start = e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey;
    const key = e.key.toLowerCase();
    if ((plain && current && key === 'n') || (start && e.code === 'KeyN')) moveBy(1);
    else if ((plain && current && key === 'b') || (start && e.code === 'KeyB')) moveBy(-1);
    else return;
    e.preventDefault();
  };

  doc.addEventListener('pointermove', onMove, { passive: true });
  doc.addEventListener('pointerup', onTap, { passive: true });
  doc.addEventListener('pointerover', onOver, { passive: true });
  doc.addEventListener('keydown', onKey, true);
  return () => {
    live = false;
    clearTimeout(closeTimer);
    doc.removeEventListener('pointermove', onMove);
    doc.removeEventListener('pointerup', onTap);
    doc.removeEventListener('pointerover', onOver);
    doc.removeEventListener('keydown', onKey, true);
    setFocus(null);
    popup.destroy();
  };
}
