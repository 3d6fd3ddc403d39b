/**
 * Page-level helpers of the reading layer, all undoable: the stylesheet, the root classes that
 * carry the display settings, the copy handler (copies the Chinese without the pinyin) and the
 * observer that annotates paragraphs the page adds later.
 */
import { DZ, READING_CSS } from './dom-labels';
import type { ReadingSettings } from './settings';

/** Add the reading stylesheet without adding nodes to the page when the browser allows it. */
export function installStyles(doc: Document): () => void {
  const Sheet = doc.defaultView?.CSSStyleSheet;
  if (Sheet && 'adoptedStyleSheets' in doc) {
    try {
      const sheet = new Sheet();
      sheet.replaceSync(READING_CSS);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      return () => {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      };
    } catch {
      // fall through to a <style> element
    }
  }
  const style = doc.createElement('style');
  style.id = DZ.styleId;
  style.textContent = READING_CSS;
  (doc.head ?? doc.documentElement).append(style);
  return () => style.remove();
}

/** Reflect display settings as classes / a custom property on <html>; returns an undo. */
export function applyRootSettings(
  doc: Document,
  settings: ReadingSettings,
  mode: string,
): () => void {
  const root = doc.documentElement;
  // Remember whether the attributes existed, so undo leaves no empty class="" / style="".
  const hadClass = root.hasAttribute('class');
  const hadStyle = root.hasAttribute('style');
  root.classList.add(DZ.active);
  root.classList.toggle(DZ.colors, settings.toneColors);
  root.classList.toggle(DZ.hideAll, mode === 'off');
  root.classList.toggle(DZ.hideKnown, mode === 'unknown');
  root.style.setProperty(DZ.sizeVar, `${settings.rubySize}%`);
  return () => {
    root.classList.remove(DZ.active, DZ.colors, DZ.hideAll, DZ.hideKnown);
    root.style.removeProperty(DZ.sizeVar);
    if (!hadClass && root.getAttribute('class') === '') root.removeAttribute('class');
    if (!hadStyle && root.getAttribute('style') === '') root.removeAttribute('style');
  };
}

const BLOCK = /^(P|DIV|LI|H[1-6]|TR|BLOCKQUOTE|SECTION|ARTICLE|TABLE|UL|OL)$/;

/** Text of a fragment without the pinyin, with line breaks between blocks. */
export function textWithoutRuby(node: Node): string {
  let out = '';
  const walk = (n: Node): void => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out += (c as Text).data;
      else if (c.nodeType === 1) {
        const el = c as Element;
        const tag = el.tagName.toUpperCase();
        if (tag === 'RT' || tag === 'RP') continue;
        if (tag === 'BR') out += '\n';
        walk(el);
        if (BLOCK.test(tag) && !out.endsWith('\n')) out += '\n';
      }
    }
  };
  walk(node);
  return out.replace(/\n+$/, '');
}

/**
 * On copy, if the selection touches our ruby, put the Chinese text only on the clipboard.
 * Selections without our markup are left to the browser and the page's own handlers.
 */
export function installCopyHandler(doc: Document): () => void {
  const onCopy = (event: ClipboardEvent) => {
    const selection = doc.getSelection();
    if (!selection || selection.isCollapsed || !event.clipboardData) return;
    const parts: string[] = [];
    let touches = false;
    for (let i = 0; i < selection.rangeCount; i++) {
      const fragment = selection.getRangeAt(i).cloneContents();
      if (fragment.querySelector(`rt.${DZ.rt}, ruby.${DZ.word}`)) touches = true;
      parts.push(textWithoutRuby(fragment));
    }
    // A selection inside one word clones only text; check the ancestors too.
    const anchor = selection.anchorNode?.parentElement?.closest(`ruby.${DZ.word}`);
    if (!touches && !anchor) return;
    event.clipboardData.setData('text/plain', parts.join('\n'));
    event.preventDefault();
  };
  doc.addEventListener('copy', onCopy, true);
  return () => doc.removeEventListener('copy', onCopy, true);
}

/**
 * Watch `containers` for elements the page adds later (lazy-loaded paragraphs, re-rendered
 * bodies) and report those matching `accept`, ignoring the annotator's own nodes.
 */
export function watchNewParagraphs(
  doc: Document,
  containers: readonly Element[],
  accept: (el: Element) => boolean,
  isOurs: (node: Node) => boolean,
  onAdded: (elements: Element[]) => void,
): () => void {
  const Observer = doc.defaultView?.MutationObserver;
  if (!Observer) return () => {};
  const observer = new Observer((records) => {
    const found: Element[] = [];
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) {
        if (node.nodeType !== 1 || isOurs(node)) continue;
        const el = node as Element;
        if (el.closest(`ruby.${DZ.word}`)) continue;
        if (accept(el)) found.push(el);
        found.push(...Array.from(el.querySelectorAll('*')).filter(accept));
      }
    }
    if (found.length) onAdded([...new Set(found)]);
  });
  for (const container of containers)
    observer.observe(container, { childList: true, subtree: true });
  return () => observer.disconnect();
}
