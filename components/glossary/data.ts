/**
 * The glossary page's side of the data (also for the toolbar's data section): reading the
 * extension's IndexedDB directly (reads only; every write is a message to the background, the
 * one writer), watching for changes, and the export and wipe actions.
 */
import { openGlossary, type GlossaryDb } from '../../utils/glossary/db';
import {
  exportFileName,
  toAnki,
  toCsv,
  toJson,
  toPleco,
  EXPORT_FORMATS,
  type ExportFormat,
} from '../../utils/glossary/exporters';
import { GLOSSARY_CHANNEL } from '../../utils/glossary/page-link';
import type { GlossaryEntry } from '../../utils/glossary/schema';
import { backup, listEntries } from '../../utils/glossary/store';
import { sendMessage } from '../../utils/messaging';

let db: Promise<GlossaryDb> | undefined;

/** The glossary database, opened once per page. */
export function pageGlossary(): Promise<GlossaryDb> {
  db ??= openGlossary(undefined, { onVersionChange: () => (db = undefined) }).catch(
    (error: unknown) => {
      db = undefined;
      throw error;
    },
  );
  return db;
}

export async function loadEntries(): Promise<GlossaryEntry[]> {
  return listEntries(await pageGlossary());
}

/** Call `onChange` whenever the background changed the glossary; returns the unsubscribe. */
export function watchGlossary(onChange: () => void): () => void {
  let channel: BroadcastChannel | undefined;
  try {
    channel = new BroadcastChannel(GLOSSARY_CHANNEL);
    channel.onmessage = () => onChange();
  } catch {
    // Without BroadcastChannel the page still refreshes when it regains focus.
  }
  const onFocus = () => onChange();
  window.addEventListener('focus', onFocus);
  return () => {
    channel?.close();
    window.removeEventListener('focus', onFocus);
  };
}

/** The export of the whole glossary in `format`, as text. */
export async function exportText(format: ExportFormat): Promise<string> {
  const file = await backup(await pageGlossary());
  switch (format) {
    case 'anki':
      return toAnki(file.entries);
    case 'csv':
      return toCsv(file.entries);
    case 'pleco':
      return toPleco(file.entries);
    case 'json':
      return toJson(file);
  }
}

/** Export the whole glossary and hand the file to the browser's downloads. */
export async function downloadExport(
  format: ExportFormat,
  doc: Document = document,
): Promise<string> {
  const text = await exportText(format);
  const name = exportFileName(format);
  const blob = new Blob([text], { type: `${EXPORT_FORMATS[format].mime};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}

/** Delete every entry (the caller asked the user first). */
export async function wipeGlossary(): Promise<number> {
  return (await sendMessage('glossaryWipe', undefined)).removed;
}
