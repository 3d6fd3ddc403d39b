/**
 * Reading and writing the glossary (utils/glossary/db.ts). Every write is one IndexedDB
 * transaction, so concurrent saves from many tabs cannot lose each other's entries, and an import
 * either lands whole or not at all. In the extension only the background worker calls the write
 * functions (entrypoints/background/glossary-service.ts); the glossary page reads.
 */
import type { GlossaryDb } from './db';
import {
  describeIssues,
  entryId,
  entrySchema,
  exportSchema,
  GLOSSARY_SCHEMA_VERSION,
  glossaryInputSchema,
  normaliseTags,
  pageKey,
  type GlossaryContext,
  type GlossaryEntry,
  type GlossaryEnglish,
  type GlossaryExport,
  type GlossaryInput,
  type Rendering,
} from './schema';

/** Traditional form and numbered pinyin of a text (the background's dictionary). */
export type Reading = (zh: string) => Promise<{ traditional: string; pinyin: string }>;

/** What the glossary page may change on an entry. */
export interface EntryEdit {
  note?: string;
  tags?: string[];
  /** The user's own English for the entry (origin `user`), or null to clear it. */
  english?: string | null;
}

/** What an import did: counts, and why each rejected entry was refused. */
export interface ImportReport {
  added: number;
  merged: number;
  unchanged: number;
  /** `code`: 'invalid' (the reason is the validation issues) or 'id-mismatch'. */
  rejected: { index: number; zh: string; code: 'invalid' | 'id-mismatch'; reason: string }[];
}

/** What a storage failure interrupted (the UI words it in the interface language). */
export type GlossaryAction = 'save' | 'edit' | 'delete' | 'restore' | 'wipe' | 'read' | 'import';

const ACTION_TEXT: Record<GlossaryAction, string> = {
  save: 'save to the glossary',
  edit: 'change the entry',
  delete: 'delete',
  restore: 'restore',
  wipe: 'clear the glossary',
  read: 'read the glossary',
  import: 'import',
};

/**
 * A storage failure as the user should read it (quota first: the one they can act on). The
 * message is English (the command line shows it); `code`, `action` and `detail` let the
 * interface say it in its own language. They are own fields, so they cross the message protocol.
 */
export class GlossaryStorageError extends Error {
  readonly code: 'storage-full' | 'storage-failed';
  readonly action: GlossaryAction;
  /** The browser's error: "name: message". */
  readonly detail: string;
  constructor(action: GlossaryAction, cause: unknown) {
    const name = (cause as { name?: string } | null)?.name;
    const detail = `${name ?? 'error'}: ${cause instanceof Error ? cause.message : String(cause)}`;
    const full = name === 'QuotaExceededError';
    super(
      full
        ? `Could not ${ACTION_TEXT[action]}: the browser's storage for Duizhao is full. Export the glossary and delete entries you no longer need, or free disk space.`
        : `Could not ${ACTION_TEXT[action]}: the browser's storage failed (${detail}).`,
      { cause },
    );
    this.name = 'GlossaryStorageError';
    this.code = full ? 'storage-full' : 'storage-failed';
    this.action = action;
    this.detail = detail;
  }
}

async function guarded<T>(action: GlossaryAction, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof GlossaryStorageError || error instanceof GlossaryInputError) throw error;
    throw new GlossaryStorageError(action, error);
  }
}

/**
 * Run `work` in one read-write transaction that commits only if all of it succeeds: any error
 * (a request that fails, or one that throws before it is even made) aborts the transaction, so
 * nothing of it is kept.
 */
async function writeTx<T>(
  db: GlossaryDb,
  action: GlossaryAction,
  work: (tx: ReturnType<typeof writeTransaction>) => Promise<T>,
): Promise<T> {
  return guarded(action, async () => {
    const tx = writeTransaction(db);
    const done = tx.done;
    done.catch(() => undefined); // awaited below on success; an abort is reported by `work`'s error
    try {
      const result = await work(tx);
      await done;
      return result;
    } catch (error) {
      try {
        tx.abort();
      } catch {
        // already aborted by the failed request
      }
      throw error;
    }
  });
}

const writeTransaction = (db: GlossaryDb) => db.transaction('entries', 'readwrite');

/** Why input was refused (the UI words it by this code; `detail` is the technical part). */
export type GlossaryInputCode =
  | 'invalid-input'
  | 'note-too-long'
  | 'entry-gone'
  | 'invalid-restore'
  | 'import-too-large'
  | 'import-not-json'
  | 'import-not-export'
  | 'import-newer-version'
  | 'import-invalid';

/** Input that is not a valid entry: its message says what is wrong (in English), its code why. */
export class GlossaryInputError extends Error {
  readonly code: GlossaryInputCode;
  /** What the message adds to the code: the validation issues, the JSON error, a version. */
  readonly detail: string;
  constructor(message: string, code: GlossaryInputCode, detail = '') {
    super(message);
    this.name = 'GlossaryInputError';
    this.code = code;
    this.detail = detail;
  }
}

function union<T>(a: readonly T[], b: readonly T[], key: (x: T) => string): T[] {
  const seen = new Set(a.map(key));
  const out = [...a];
  for (const x of b) {
    const k = key(x);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(x);
    }
  }
  return out;
}

const contextKey = (c: GlossaryContext) => `${pageKey(c.url)}\n${c.sentence}`;
const renderingKey = (r: Rendering) => r.en;

/** When an entry was last saved (its newest context), the glossary page's "newest first". */
export function lastSaved(entry: GlossaryEntry): string {
  let latest = entry.createdAt;
  for (const c of entry.contexts) if (c.savedAt > latest) latest = c.savedAt;
  return latest;
}

/** English to keep: the user's choice wins over an automatic one; a known one is never dropped. */
function pickEnglish(
  current: GlossaryEnglish | null,
  incoming: GlossaryEnglish | null | undefined,
): GlossaryEnglish | null {
  if (!incoming || !incoming.text.trim()) return current;
  if (!current) return incoming;
  if (current.origin === 'user' && incoming.origin !== 'user') return current;
  return incoming;
}

/**
 * Save a term or passage (validated here: the input crossed the message protocol). A new entry,
 * or the existing one with the new context, meanings, renderings and tags added; the note, the
 * user's English and earlier contexts are kept. Returns the entry as stored.
 */
export async function saveEntry(
  db: GlossaryDb,
  raw: GlossaryInput,
  reading: Reading,
  now = new Date(),
): Promise<GlossaryEntry> {
  const parsed = glossaryInputSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = describeIssues(parsed.error);
    throw new GlossaryInputError(`Not saved: ${issues}`, 'invalid-input', issues);
  }
  const input = parsed.data;
  const zh = input.zh.trim();
  const filled =
    input.traditional && input.pinyin
      ? { traditional: input.traditional, pinyin: input.pinyin }
      : await reading(zh);
  const stamp = now.toISOString();
  const context: GlossaryContext = {
    ...input.source,
    sentence: input.type === 'term' ? (input.sentence ?? '').trim() : '',
    savedAt: stamp,
  };
  const id = entryId(input.type, zh, input.source.url);
  return writeTx(db, 'save', async (tx) => {
    const existing = await tx.store.get(id);
    let entry: GlossaryEntry;
    if (existing) {
      const contexts =
        input.type === 'term' ? union(existing.contexts, [context], contextKey) : existing.contexts;
      const tags = normaliseTags([...existing.tags, ...(input.tags ?? [])]);
      const english = pickEnglish(existing.english, input.english);
      entry = {
        ...existing,
        traditional: existing.traditional || input.traditional || filled.traditional,
        pinyin: existing.pinyin || input.pinyin || filled.pinyin,
        definitions: union(existing.definitions, input.definitions ?? [], (d) => d),
        renderings: union(existing.renderings, input.renderings ?? [], renderingKey),
        english,
        contexts,
        tags,
        note: existing.note || (input.note ?? '').trim(),
      };
      const changed = JSON.stringify(entry) !== JSON.stringify(existing);
      if (!changed) return existing;
      entry.updatedAt = stamp;
    } else {
      const renderings = input.renderings ?? [];
      entry = {
        id,
        type: input.type,
        zh,
        traditional: input.traditional || filled.traditional,
        pinyin: input.pinyin || filled.pinyin,
        definitions: [...new Set(input.definitions ?? [])],
        renderings: union([], renderings, renderingKey),
        english: pickEnglish(
          null,
          input.english ?? (renderings[0] ? { text: renderings[0].en, origin: 'term' } : null),
        ),
        contexts: [context],
        note: (input.note ?? '').trim(),
        tags: input.tags ?? [],
        createdAt: stamp,
        updatedAt: stamp,
      };
    }
    await tx.store.put(entry);
    return entry;
  });
}

/** Change the note, tags or English of an entry. */
export async function editEntry(
  db: GlossaryDb,
  id: string,
  edit: EntryEdit,
  now = new Date(),
): Promise<GlossaryEntry> {
  if (edit.note !== undefined && edit.note.length > 20_000) {
    throw new GlossaryInputError(
      'Not saved: the note is longer than 20,000 characters',
      'note-too-long',
    );
  }
  return writeTx(db, 'edit', async (tx) => {
    const entry = await tx.store.get(id);
    if (!entry) {
      throw new GlossaryInputError('This entry is no longer in the glossary', 'entry-gone');
    }
    const next: GlossaryEntry = { ...entry, updatedAt: now.toISOString() };
    if (edit.note !== undefined) next.note = edit.note.trim();
    if (edit.tags !== undefined) next.tags = normaliseTags(edit.tags);
    if (edit.english !== undefined) {
      next.english = edit.english?.trim() ? { text: edit.english.trim(), origin: 'user' } : null;
    }
    await tx.store.put(next);
    return next;
  });
}

/** Delete entries; returns those that were there (for undo). */
export async function deleteEntries(db: GlossaryDb, ids: readonly string[]) {
  return writeTx(db, 'delete', async (tx) => {
    const found: GlossaryEntry[] = [];
    for (const id of ids) {
      const entry = await tx.store.get(id);
      if (!entry) continue;
      found.push(entry);
      await tx.store.delete(id);
    }
    return found;
  });
}

/** Put entries back exactly as they were (undo of a delete). */
export async function restoreEntries(db: GlossaryDb, entries: readonly unknown[]): Promise<void> {
  const valid = entries.map((e) => {
    const parsed = entrySchema.safeParse(e);
    if (!parsed.success) {
      const issues = describeIssues(parsed.error);
      throw new GlossaryInputError(`Not restored: ${issues}`, 'invalid-restore', issues);
    }
    return parsed.data;
  });
  await writeTx(db, 'restore', async (tx) => {
    for (const e of valid) await tx.store.put(e);
  });
}

/** Delete every entry; returns how many there were. */
export async function wipeGlossary(db: GlossaryDb): Promise<number> {
  return writeTx(db, 'wipe', async (tx) => {
    const count = await tx.store.count();
    await tx.store.clear();
    return count;
  });
}

/** Every entry, newest saved first. */
export async function listEntries(db: GlossaryDb): Promise<GlossaryEntry[]> {
  const all = await guarded('read', () => db.getAll('entries'));
  return sortNewestFirst(all);
}

export function sortNewestFirst(entries: GlossaryEntry[]): GlossaryEntry[] {
  const keyed = entries.map((e) => [lastSaved(e), e] as const);
  keyed.sort((a, b) => (a[0] < b[0] ? 1 : a[0] > b[0] ? -1 : a[1].id < b[1].id ? -1 : 1));
  return keyed.map(([, e]) => e);
}

/** The JSON backup of every entry (exporters.ts turns it into text). */
export async function backup(db: GlossaryDb, now = new Date()): Promise<GlossaryExport> {
  return {
    format: 'duizhao-glossary',
    version: GLOSSARY_SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    entries: sortNewestFirst(await guarded('read', () => db.getAll('entries'))),
  };
}

/** Two versions of one entry as one: nothing of either is lost. */
export function mergeEntries(current: GlossaryEntry, incoming: GlossaryEntry): GlossaryEntry {
  const note =
    !incoming.note || incoming.note === current.note || current.note.includes(incoming.note)
      ? current.note
      : current.note
        ? `${current.note}\n\n${incoming.note}`
        : incoming.note;
  const contexts = union(current.contexts, incoming.contexts, contextKey).sort((a, b) =>
    a.savedAt < b.savedAt ? -1 : a.savedAt > b.savedAt ? 1 : 0,
  );
  return {
    ...current,
    traditional: current.traditional || incoming.traditional,
    pinyin: current.pinyin || incoming.pinyin,
    definitions: union(current.definitions, incoming.definitions, (d) => d),
    renderings: union(current.renderings, incoming.renderings, renderingKey),
    english: pickEnglish(current.english, incoming.english),
    contexts,
    note,
    tags: normaliseTags([...current.tags, ...incoming.tags]),
    createdAt: current.createdAt < incoming.createdAt ? current.createdAt : incoming.createdAt,
    updatedAt: current.updatedAt > incoming.updatedAt ? current.updatedAt : incoming.updatedAt,
  };
}

const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

/**
 * Import a JSON backup. The file must be a Duizhao glossary export (format and version checked
 * first: a wrong or truncated file changes nothing); each entry is validated, invalid ones are
 * rejected with the reason; valid ones are added, or merged into the entry with the same id.
 * All writes are one transaction: a storage failure midway leaves the glossary as it was.
 */
export async function importBackup(db: GlossaryDb, text: string): Promise<ImportReport> {
  if (text.length > MAX_IMPORT_BYTES) {
    throw new GlossaryInputError(
      'Nothing imported: the file is larger than 200 MB',
      'import-too-large',
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = (error as Error).message;
    throw new GlossaryInputError(
      `Nothing imported: the file is not valid JSON (it may be truncated): ${detail}`,
      'import-not-json',
      detail,
    );
  }
  const head = (json ?? {}) as { format?: unknown; version?: unknown };
  if (typeof json !== 'object' || json === null || head.format !== 'duizhao-glossary') {
    throw new GlossaryInputError(
      'Nothing imported: this is not a Duizhao glossary export',
      'import-not-export',
    );
  }
  if (typeof head.version === 'number' && head.version > GLOSSARY_SCHEMA_VERSION) {
    throw new GlossaryInputError(
      `Nothing imported: the file was written by a newer Duizhao (glossary version ${head.version}); update Duizhao first`,
      'import-newer-version',
      String(head.version),
    );
  }
  const file = exportSchema.safeParse(json);
  if (!file.success) {
    const issues = describeIssues(file.error);
    throw new GlossaryInputError(`Nothing imported: ${issues}`, 'import-invalid', issues);
  }
  const report: ImportReport = { added: 0, merged: 0, unchanged: 0, rejected: [] };
  const valid = new Map<string, GlossaryEntry>();
  file.data.entries.forEach((raw, index) => {
    const parsed = entrySchema.safeParse(raw);
    const zh = typeof (raw as { zh?: unknown })?.zh === 'string' ? (raw as { zh: string }).zh : '';
    if (!parsed.success) {
      report.rejected.push({ index, zh, code: 'invalid', reason: describeIssues(parsed.error) });
      return;
    }
    const entry = parsed.data;
    const expected = entryId(entry.type, entry.zh, entry.contexts[0]?.url ?? '');
    if (entry.id !== expected || (entry.type === 'passage' && entry.contexts.length !== 1)) {
      report.rejected.push({
        index,
        zh,
        code: 'id-mismatch',
        reason: 'the id does not match its text and page',
      });
      return;
    }
    const twin = valid.get(entry.id);
    valid.set(entry.id, twin ? mergeEntries(twin, entry) : entry);
  });
  await writeTx(db, 'import', async (tx) => {
    for (const entry of valid.values()) {
      const existing = await tx.store.get(entry.id);
      if (!existing) {
        report.added++;
        await tx.store.put(entry);
        continue;
      }
      const merged = mergeEntries(existing, entry);
      if (JSON.stringify(merged) === JSON.stringify(existing)) {
        report.unchanged++;
        continue;
      }
      report.merged++;
      await tx.store.put(merged);
    }
  });
  return report;
}
