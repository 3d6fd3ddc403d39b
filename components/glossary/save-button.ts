/**
 * The small "Save to glossary" button shown next to a selection on a recognised statement, in
 * its own shadow root on <html> (the page's CSS does not reach it). Text only (textContent),
 * never HTML. It keeps the page's selection (mousedown is cancelled) and acts only on trusted
 * clicks, so a page script cannot press it in the user's name. Its label follows the interface
 * language.
 */
import { getLocale, languageTag, onLocaleChange, t } from '../../utils/i18n';
import { attachClosedShadow } from '../shadow-roots';

const CSS = `
:host { all: initial; }
.dz-save {
  position: absolute; z-index: 2147483646; display: none; gap: 6px; align-items: center;
  font: 13px/1.3 system-ui, -apple-system, 'Segoe UI', 'Noto Sans CJK SC', sans-serif;
}
.dz-save.dz-shown { display: flex; }
button {
  font: inherit; padding: 4px 10px; border-radius: 14px; border: 1px solid #b22222;
  background: #fff; color: #b22222; cursor: pointer; box-shadow: 0 2px 8px rgba(0,0,0,.18);
}
button:hover, button:focus-visible { background: #b22222; color: #fff; }
.dz-status {
  padding: 3px 8px; border-radius: 6px; background: #1d1d1f; color: #fff; max-width: 320px;
}
.dz-status:empty { display: none; }
.dz-status.dz-bad { background: #8a1c1c; }
`;

export const SAVE_BUTTON_HOST = 'dz-glossary-save-host';

export interface SaveButton {
  /** Show the button at page coordinates (left, top), next to the selection. */
  showAt(left: number, top: number): void;
  hide(): void;
  /** A short message next to the button (or alone, when the button is hidden). */
  status(message: string, ok: boolean, at?: { left: number; top: number }): void;
  contains(node: EventTarget | null): boolean;
  destroy(): void;
}

export function mountSaveButton(doc: Document, onSave: () => void): SaveButton {
  const host = doc.createElement('div');
  host.id = SAVE_BUTTON_HOST;
  const shadow = attachClosedShadow(host);
  const style = doc.createElement('style');
  style.textContent = CSS;
  const box = doc.createElement('div');
  box.className = 'dz-save';
  const button = doc.createElement('button');
  button.type = 'button';
  const label = () => {
    button.textContent = t('glossary.saveButton.label');
    button.setAttribute('aria-label', t('glossary.saveButton.description'));
    box.lang = languageTag(getLocale());
  };
  label();
  const offLocale = onLocaleChange(label);
  const status = doc.createElement('span');
  status.className = 'dz-status';
  status.setAttribute('role', 'status');
  box.append(button, status);
  shadow.append(style, box);
  doc.documentElement.append(host);

  let timer: ReturnType<typeof setTimeout> | undefined;
  button.addEventListener('mousedown', (e) => e.preventDefault());
  button.addEventListener('click', (e) => {
    e.preventDefault();
    e.stopPropagation();
    if (!e.isTrusted) return;
    onSave();
  });
  const place = (left: number, top: number) => {
    box.style.left = `${Math.max(0, left)}px`;
    box.style.top = `${Math.max(0, top)}px`;
  };
  return {
    showAt(left, top) {
      clearTimeout(timer);
      status.textContent = '';
      button.hidden = false;
      place(left, top);
      box.classList.add('dz-shown');
    },
    hide() {
      if (status.textContent) return; // a message stays until its time is up
      box.classList.remove('dz-shown');
    },
    status(message, ok, at) {
      clearTimeout(timer);
      if (at) {
        place(at.left, at.top);
        button.hidden = true;
      }
      status.textContent = message;
      status.classList.toggle('dz-bad', !ok);
      box.classList.add('dz-shown');
      timer = setTimeout(
        () => {
          status.textContent = '';
          button.hidden = false;
          box.classList.remove('dz-shown');
        },
        ok ? 2000 : 6000,
      );
    },
    contains: (node) => node === host,
    destroy() {
      clearTimeout(timer);
      offLocale();
      host.remove();
    },
  };
}
