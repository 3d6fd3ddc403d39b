/**
 * The glossary: words and official terms the user saved, in the extension's own IndexedDB (the
 * background worker and extension pages; never the page's origin). Versioned schema with
 * migrations; saving merges into an existing entry so nothing saved before is ever lost.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

export const GLOSSARY_DB = 'duizhao-glossary';
export const GLOSSARY_DB_VERSION = 1;

/** Where a word was saved from. */
export interface GlossaryContext {
  url: string;
  title: string;
  date: string | null;
  /** The sentence the word was in (the page's text, kept only in the user's own glossary). */
  sentence: string;
  savedAt: string;
}

/** What the content script sends to save. */
export interface GlossaryInput {
  zh: string;
  traditional: string;
  /** Numbered syllables, space separated ("tong1 guo4"). */
  pinyin: string;
  definitions: string[];
  official: { en: string; source: string }[];
  context: Omit<GlossaryContext, 'savedAt'>;
}

export interface GlossaryEntry {
  /** The simplified form is the key: one entry per word. */
  zh: string;
  traditional: string;
  pinyin: string;
  definitions: string[];
  official: { en: string; source: string }[];
  contexts: GlossaryContext[];
  note: string;
  createdAt: string;
  updatedAt: string;
}

interface GlossarySchema extends DBSchema {
  entries: { key: string; value: GlossaryEntry; indexes: { updatedAt: string } };
}

export type GlossaryDb = IDBPDatabase<GlossarySchema>;

/** Open (and create or migrate) the glossary database. Tests run it on fake-indexeddb. */
export function openGlossary(name = GLOSSARY_DB): Promise<GlossaryDb> {
  return openDB<GlossarySchema>(name, GLOSSARY_DB_VERSION, {
    upgrade(db, oldVersion) {
      // Migrations run in order; each step only adds, so data from older versions survives.
      if (oldVersion < 1) {
        const store = db.createObjectStore('entries', { keyPath: 'zh' });
        store.createIndex('updatedAt', 'updatedAt');
      }
    },
  });
}

function union<T>(a: readonly T[], b: readonly T[], key: (x: T) => string): T[] {
  const seen = new Set(a.map(key));
  return [...a, ...b.filter((x) => !seen.has(key(x)))];
}

/**
 * Save a word: a new entry, or the existing one with the new context and any new definitions
 * or renderings added (the user's note and earlier contexts are kept). One transaction.
 */
export async function saveToGlossary(
  db: GlossaryDb,
  input: GlossaryInput,
  now = new Date(),
): Promise<GlossaryEntry> {
  if (!input.zh.trim()) throw new Error('Nothing to save: empty word');
  const tx = db.transaction('entries', 'readwrite');
  const existing = await tx.store.get(input.zh);
  const stamp = now.toISOString();
  const context: GlossaryContext = { ...input.context, savedAt: stamp };
  const entry: GlossaryEntry = existing
    ? {
        ...existing,
        traditional: existing.traditional || input.traditional,
        pinyin: existing.pinyin || input.pinyin,
        definitions: union(existing.definitions, input.definitions, (d) => d),
        official: union(existing.official, input.official, (o) => o.en),
        contexts: union(existing.contexts, [context], (c) => `${c.url}\n${c.sentence}`),
        updatedAt: stamp,
      }
    : {
        zh: input.zh,
        traditional: input.traditional,
        pinyin: input.pinyin,
        definitions: [...input.definitions],
        official: [...input.official],
        contexts: [context],
        note: '',
        createdAt: stamp,
        updatedAt: stamp,
      };
  await tx.store.put(entry);
  await tx.done;
  return entry;
}

/** All entries, most recently updated first. */
export async function listGlossary(db: GlossaryDb): Promise<GlossaryEntry[]> {
  return (await db.getAllFromIndex('entries', 'updatedAt')).reverse();
}
