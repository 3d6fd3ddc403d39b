/**
 * The word popup before its view has loaded. The reading layer (in the content script) carries no
 * React, so that the first pinyin does not wait for it; the popup's view comes with the interface script
 * (reader-ui.js), a moment later. Until then this controller keeps what was asked of it: the
 * latest popup to show (shown once the view is there, if still wanted) and a warm-up.
 */
import type { PopupController, PopupHandlers, PopupState } from './mount';

export type MountWordPopup = (doc: Document, handlers: PopupHandlers) => PopupController;

export function lazyWordPopup(
  doc: Document,
  handlers: PopupHandlers,
  mount: Promise<MountWordPopup>,
): PopupController {
  let real: PopupController | null = null;
  let wanted: PopupState | null = null;
  let destroyed = false;
  const ready = mount.then((make) => {
    if (destroyed) return null;
    real = make(doc, handlers);
    if (wanted) real.show(wanted);
    wanted = null;
    return real;
  });
  return {
    show(state) {
      if (real) real.show(state);
      else wanted = state;
    },
    hide() {
      if (real) real.hide();
      else wanted = null;
    },
    warm(state) {
      if (real) real.warm(state);
      else void ready.then((popup) => popup?.warm(state));
    },
    async copy(text) {
      const popup = real ?? (await ready);
      if (!popup) throw new Error('the word popup is gone');
      await popup.copy(text);
    },
    contains: (node) => real?.contains(node) ?? false,
    get visible() {
      return real ? real.visible : wanted !== null;
    },
    destroy() {
      destroyed = true;
      wanted = null;
      real?.destroy();
    },
  };
}
