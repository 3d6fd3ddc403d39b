/**
 * Saving to the glossary from a recognised statement: the in-page "Save to glossary" button next
 * to a Chinese selection (trusted pointer and keyboard selections only), and the answers to the
 * background for the context menu and the keyboard shortcut (glossarySelection, glossaryNotice).
 * The reader's interface starts it on Chinese statements (entrypoints/reader-ui.ts).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ExtractedArticle } from '../../utils/article';
import {
  cleanSelection,
  hasChinese,
  passageInput,
  sentenceContaining,
  sourceOf,
} from '../../utils/glossary/from-page';
import type { GlossaryInput } from '../../utils/glossary/schema';
import { onMessage, sendMessage } from '../../utils/messaging';
import { textWithoutRuby } from '../../utils/reading/page-hooks';
import { mountSaveButton } from '../../components/glossary/save-button';
import { notSavedText } from '../../components/glossary/errors';
import { t } from '../../utils/i18n';

const BLOCKS = 'p, h1, h2, h3, h4, li, td, blockquote, div';

interface Picked {
  input: GlossaryInput;
  /** Where to show the button: above the start of the selection, in page coordinates. */
  left: number;
  top: number;
}

/**
 * One range over the whole selection. Firefox splits a selection around what cannot be selected
 * (the pinyin: user-select none) into one range per piece; the first alone is the first word.
 */
export function selectionSpan(doc: Document, selection: Selection): Range {
  const first = selection.getRangeAt(0);
  if (selection.rangeCount === 1) return first;
  const span = doc.createRange();
  span.setStart(first.startContainer, first.startOffset);
  span.setEnd(first.endContainer, first.endOffset);
  for (let i = 1; i < selection.rangeCount; i++) {
    const r = selection.getRangeAt(i);
    if (span.compareBoundaryPoints(Range.START_TO_START, r) > 0)
      span.setStart(r.startContainer, r.startOffset);
    if (span.compareBoundaryPoints(Range.END_TO_END, r) < 0)
      span.setEnd(r.endContainer, r.endOffset);
  }
  return span;
}

export function startGlossarySave(
  ctx: ContentScriptContext,
  doc: Document,
  article: ExtractedArticle,
): () => void {
  const view = doc.defaultView!;
  const regions = [article.nodes.title, ...article.nodes.body].filter((n): n is Element => !!n);

  /** The selection, when it is Chinese text inside the statement. */
  const pick = (): Picked | null => {
    const selection = doc.getSelection();
    if (!selection || selection.isCollapsed || !selection.rangeCount) return null;
    const range = selectionSpan(doc, selection);
    const inside = (node: Node) => regions.some((r) => r.contains(node));
    if (!inside(range.startContainer) || !inside(range.endContainer)) return null;
    const text = cleanSelection(textWithoutRuby(range.cloneContents()));
    if (!hasChinese(text)) return null;
    const start =
      range.startContainer.nodeType === 1
        ? (range.startContainer as Element)
        : range.startContainer.parentElement;
    const block = start?.closest(BLOCKS);
    const sentence = block ? sentenceContaining(cleanSelection(textWithoutRuby(block)), text) : '';
    const input: GlossaryInput = { ...passageInput(text, sourceOf(article)), sentence };
    // Above the start of the selection: the word popup opens at the pointer, near its end.
    const first = range.getClientRects()[0] ?? range.getBoundingClientRect();
    const above = first.top > 40;
    return {
      input,
      left: first.left + view.scrollX,
      top: (above ? first.top - 34 : first.bottom + 6) + view.scrollY,
    };
  };

  let picked: Picked | null = null;
  const button = mountSaveButton(doc, () => {
    // The selection as it is now (it may have grown since the button appeared), else as it was.
    const target = pick() ?? picked;
    if (!target) return;
    const at = { left: target.left, top: target.top };
    sendMessage('glossarySave', target.input).then(
      (entry) =>
        button.status(
          t(entry.type === 'term' ? 'glossary.saveButton.savedTerm' : 'glossary.saveButton.saved'),
          true,
          at,
        ),
      (error: unknown) =>
        button.status(notSavedText(t, error, 'glossary.saveButton.notSaved'), false, at),
    );
  });

  const refresh = (e: Event) => {
    if (!e.isTrusted || button.contains(e.target)) return;
    // After the browser has updated the selection.
    ctx.setTimeout(() => {
      picked = pick();
      if (picked) button.showAt(picked.left, picked.top);
      else button.hide();
    }, 0);
  };
  const onSelectionChange = () => {
    const selection = doc.getSelection();
    if (!selection || selection.isCollapsed) {
      picked = null;
      button.hide();
    }
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.shiftKey || e.key === 'Shift' || ((e.ctrlKey || e.metaKey) && e.key === 'a')) refresh(e);
  };
  doc.addEventListener('pointerup', refresh, true);
  doc.addEventListener('keyup', onKey, true);
  doc.addEventListener('selectionchange', onSelectionChange);

  const offs = [
    // The context menu and the shortcut are the browser's own UI: always the user.
    onMessage('glossarySelection', () => pick()?.input ?? null),
    onMessage('glossaryNotice', ({ data }) => {
      const current = pick();
      const at = current
        ? { left: current.left, top: current.top }
        : { left: view.scrollX + view.innerWidth - 340, top: view.scrollY + 16 };
      button.status(data.message, data.ok, at);
    }),
  ];

  return () => {
    doc.removeEventListener('pointerup', refresh, true);
    doc.removeEventListener('keyup', onKey, true);
    doc.removeEventListener('selectionchange', onSelectionChange);
    offs.forEach((off) => off());
    button.destroy();
  };
}
