/**
 * Mounts the word popup in a shadow root (open, so end-to-end tests can read it) on <html> (outside the page's body, so the
 * page's CSS and scripts do not reach it), and places it next to the word.
 */
import { useLayoutEffect, useRef, type CSSProperties } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { DZ } from '../../utils/reading/dom-labels';
import type { WordInfo } from '../../utils/reading/reader';
import type { ToneStyle } from '../../utils/reading/syllable';
import { placePopup, type Rect } from './position';
import { WORD_POPUP_CSS } from './styles';
import { WordPopup, type PopupStatus } from './word-popup';
import { attachClosedShadow } from '../shadow-roots';

/** Measured first, then placed and shown by the layout effect. */
const HIDDEN: CSSProperties = { left: 0, top: 0, visibility: 'hidden' };

export interface PopupState {
  info: WordInfo;
  anchor: Rect;
  tones: ToneStyle;
  toneColors: boolean;
  sandhi: boolean;
  status?: PopupStatus;
  known?: boolean;
  /** "In this statement": the English that renders the word in the aligned English version. */
  inStatement?: string;
  /** The statement's script (utils/reading/script.ts), declared on the word. */
  textLang?: string;
}

export interface PopupHandlers {
  onCopy(info: WordInfo): void;
  onSave(info: WordInfo): void;
  onOpenGlossary?(info: WordInfo): void;
  onToggleKnown?(info: WordInfo): void;
  onPointerEnter(): void;
  onPointerLeave(): void;
}

function Placed({
  state,
  handlers,
  viewport,
  warm,
}: {
  state: PopupState;
  handlers: PopupHandlers;
  viewport: () => { width: number; height: number };
  /** Rendered but neither measured nor shown (see PopupController.warm). */
  warm?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  // Placed straight on the element after layout: one React render per popup, no second pass.
  // Not when warming up: measuring forces a layout of the whole page, and while the reading layer
  // writes ruby into it that took 25–110 ms (the warm-up's task, Chromium traces of 40,000
  // characters, 2026-12-03), for a popup that is taken away unseen.
  useLayoutEffect(() => {
    const el = ref.current?.firstElementChild as HTMLElement | null;
    if (!el || warm) return;
    el.style.maxHeight = '';
    const place = placePopup(
      state.anchor,
      { width: el.offsetWidth, height: el.offsetHeight },
      viewport(),
    );
    el.style.left = `${place.left}px`;
    el.style.top = `${place.top}px`;
    el.style.maxHeight = `${place.maxHeight}px`;
    el.style.visibility = 'visible';
  }, [state, viewport, warm]);
  return (
    <div ref={ref} aria-hidden={warm || undefined}>
      <WordPopup
        info={state.info}
        tones={state.tones}
        toneColors={state.toneColors}
        sandhi={state.sandhi}
        status={state.status}
        inStatement={state.inStatement}
        textLang={state.textLang}
        style={HIDDEN}
        onCopy={() => handlers.onCopy(state.info)}
        onSave={() => handlers.onSave(state.info)}
        onOpenGlossary={handlers.onOpenGlossary && (() => handlers.onOpenGlossary!(state.info))}
        known={state.known}
        onToggleKnown={handlers.onToggleKnown && (() => handlers.onToggleKnown!(state.info))}
        onPointerEnter={handlers.onPointerEnter}
        onPointerLeave={handlers.onPointerLeave}
      />
    </div>
  );
}

export interface PopupController {
  show(state: PopupState): void;
  hide(): void;
  /**
   * Render `state` once, invisibly, and take it away: the first real hover then finds React's
   * code compiled and the popup's fonts loaded (it costs several ms more when cold).
   */
  warm(state: PopupState): void;
  /**
   * Copy text from a click in the popup. The async Clipboard API needs a secure context, and
   * People's Daily and the embassies still serve http: there the text is copied with a
   * temporary textarea inside the shadow root, and the page's selection and focus are restored.
   */
  copy(text: string): Promise<void>;
  /** True when `node` is the popup's host (events from inside the shadow root retarget to it). */
  contains(node: EventTarget | null): boolean;
  readonly visible: boolean;
  destroy(): void;
}

export function mountWordPopup(doc: Document, handlers: PopupHandlers): PopupController {
  const host = doc.createElement('div');
  host.id = DZ.popupHost;
  const shadow = attachClosedShadow(host);
  const style = doc.createElement('style');
  style.textContent = WORD_POPUP_CSS;
  const container = doc.createElement('div');
  shadow.append(style, container);
  doc.documentElement.append(host);
  const root: Root = createRoot(container);
  const view = doc.defaultView;
  const viewport = () => ({ width: view?.innerWidth ?? 1024, height: view?.innerHeight ?? 768 });
  let visible = false;
  return {
    show(state) {
      visible = true;
      // Synchronously: the popup's content is in the DOM when show() returns (latency target).
      flushSync(() =>
        root.render(<Placed state={state} handlers={handlers} viewport={viewport} />),
      );
    },
    warm(state) {
      if (visible) return;
      flushSync(() =>
        root.render(<Placed state={state} handlers={handlers} viewport={viewport} warm />),
      );
      flushSync(() => root.render(null));
    },
    hide() {
      if (!visible) return;
      visible = false;
      flushSync(() => root.render(null));
    },
    async copy(text) {
      const clipboard = view?.isSecureContext ? view.navigator.clipboard : undefined;
      if (clipboard) {
        try {
          await clipboard.writeText(text);
          return;
        } catch {
          // fall back below (e.g. permission policy of the page)
        }
      }
      const selection = doc.getSelection();
      const ranges = selection
        ? Array.from({ length: selection.rangeCount }, (_, i) => selection.getRangeAt(i))
        : [];
      const active = doc.activeElement as HTMLElement | null;
      const area = doc.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.style.cssText = 'position:fixed;left:-9999px;top:0;opacity:0;';
      shadow.append(area);
      area.select();
      const ok = doc.execCommand('copy');
      area.remove();
      selection?.removeAllRanges();
      ranges.forEach((r) => selection?.addRange(r));
      active?.focus?.({ preventScroll: true });
      if (!ok) throw new Error('copy refused');
    },
    contains: (node) => node === host,
    get visible() {
      return visible;
    },
    destroy() {
      root.unmount();
      host.remove();
    },
  };
}
