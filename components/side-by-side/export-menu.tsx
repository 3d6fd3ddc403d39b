/**
 * The "Export" control: a menu button offering the aligned statement as TSV, TMX 1.4 or Markdown.
 * Each choice asks the engine's exporter for the text and downloads it as a file, through a Blob,
 * an object URL and a download link inside the view's own shadow root.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { fromUser } from '../../utils/trusted';
import { useT } from '../i18n/use-t';

export type ExportFormat = 'tsv' | 'tmx' | 'md';

export const EXPORT_FORMATS: { format: ExportFormat; type: string }[] = [
  { format: 'tsv', type: 'text/tab-separated-values' },
  { format: 'tmx', type: 'application/x-tmx+xml' },
  { format: 'md', type: 'text/markdown' },
];

/** The menu's words for each format. */
const LABELS = {
  tsv: 'sideBySide.formats.tsv',
  tmx: 'sideBySide.formats.tmx',
  md: 'sideBySide.formats.md',
} as const;

/** Download `text` as a file named `name`, by a link placed inside `container` (then removed). */
export function downloadText(container: Element, name: string, text: string, type: string): void {
  const doc = container.ownerDocument;
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const anchor = doc.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.hidden = true;
  container.append(anchor);
  anchor.click();
  anchor.remove();
  // The download has started from the URL; let it go once the browser has read it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function ExportMenu({ onExport }: { onExport(format: ExportFormat): void }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (open) menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  const choose = (format: ExportFormat) => (event: MouseEvent<HTMLButtonElement>) => {
    if (!fromUser(event)) return;
    setOpen(false);
    onExport(format);
  };
  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const items = Array.from(
      menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [],
    );
    const at = items.indexOf(event.target as HTMLElement);
    if (event.key === 'Escape') {
      event.stopPropagation();
      close();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      items[(at + step + items.length) % items.length]?.focus();
    } else if (event.key === 'Tab') {
      setOpen(false);
    }
  };

  return (
    <div className="export">
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        data-testid="sbs-export"
        onClick={(event) => fromUser(event) && setOpen(!open)}
      >
        {t('sideBySide.export')}
      </button>
      {open && (
        <ul className="menu" role="menu" id={menuId} ref={menuRef} onKeyDown={onMenuKeyDown}>
          {EXPORT_FORMATS.map(({ format }) => (
            <li key={format} role="none">
              <button type="button" role="menuitem" data-format={format} onClick={choose(format)}>
                {t(LABELS[format])}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
