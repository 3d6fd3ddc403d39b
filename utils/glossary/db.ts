/**
 * The glossary database: the extension's own IndexedDB (the background worker writes it, the
 * glossary page reads it; never the page's origin), through `idb`. Versioned schema; each
 * version's upgrade runs inside IndexedDB's version-change transaction, so a failure anywhere in
 * a migration aborts it and leaves the previous version's data exactly as it was.
 *
 *   version 1 (Duizhao 0.1): store `entries` keyed by `zh`, words saved from the word popup.
 *   version 2: store `entries` keyed by `id` (terms and passages, utils/glossary/schema.ts),
 *              indexed by `updatedAt`; version-1 words become terms with their contexts and notes.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { SiteId } from '../article';
import { siteKeyFor } from '../sites/site-key';
import { normaliseSyllable } from '../reading/syllable';
import { entryId, type GlossaryContext, type GlossaryEntry } from './schema';

export const GLOSSARY_DB = 'duizhao-glossary';
export const GLOSSARY_DB_VERSION = 2;

/** A word as version 1 stored it (kept for the migration and its test fixture). */
export interface GlossaryEntryV1 {
  zh: string;
  traditional: string;
  /** Numbered syllables, space separated ("tong1 guo4"). */
  pinyin: string;
  definitions: string[];
  official: { en: string; source: string }[];
  contexts: {
    url: string;
    title: string;
    date: string | null;
    sentence: string;
    savedAt: string;
  }[];
  note: string;
  createdAt: string;
  updatedAt: string;
}

interface GlossarySchema extends DBSchema {
  entries: { key: string; value: GlossaryEntry; indexes: { updatedAt: string } };
}

export type GlossaryDb = IDBPDatabase<GlossarySchema>;

export interface OpenOptions {
  /** Called when another connection wants a newer version: this one closes (default) first. */
  onVersionChange?(): void;
}

/** Open (and create or migrate) the glossary database. Tests run it on fake-indexeddb. */
export function openGlossary(name = GLOSSARY_DB, options: OpenOptions = {}): Promise<GlossaryDb> {
  let failure: unknown;
  const opening = openDB<GlossarySchema>(name, GLOSSARY_DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      tx.done.catch(() => undefined); // an aborted upgrade is reported by openGlossary's rejection
      // The whole upgrade is one transaction: a step that fails aborts it, and the database
      // stays at its previous version with its data untouched.
      void upgrade(db, oldVersion, tx).catch((error: unknown) => {
        failure = error;
        try {
          tx.abort();
        } catch {
          // already finished
        }
      });
    },
    blocking() {
      options.onVersionChange?.();
      void opening.then((db) => db.close());
    },
  });
  return opening.catch((error: unknown) => {
    if (failure) {
      throw new Error(
        `The glossary could not be upgraded; your saved entries are kept as they were (${message(failure)})`,
        { cause: failure },
      );
    }
    throw error;
  });
}

async function upgrade(
  db: GlossaryDb,
  oldVersion: number,
  tx: IDBPTransaction<GlossarySchema, 'entries'[], 'versionchange'>,
): Promise<void> {
  if (oldVersion < 1) {
    createEntries(db);
    return;
  }
  if (oldVersion < 2) {
    // The key changes (zh → id): read every word, replace the store, write the terms back.
    const raw = tx.objectStore('entries' as never) as unknown as {
      getAll(): Promise<unknown[]>;
    };
    const words = (await raw.getAll()) as GlossaryEntryV1[];
    db.deleteObjectStore('entries');
    const store = createEntries(db, tx);
    const terms = words.map(migrateV1Entry);
    const puts: Promise<unknown>[] = [];
    for (const term of terms) {
      const put = store.put(term);
      put.catch(() => undefined); // reported once, through the upgrade's failure
      puts.push(put);
    }
    await Promise.all(puts);
  }
}

function createEntries(
  db: GlossaryDb,
  tx?: IDBPTransaction<GlossarySchema, 'entries'[], 'versionchange'>,
) {
  const store = db.createObjectStore('entries', { keyPath: 'id' });
  store.createIndex('updatedAt', 'updatedAt');
  return tx ? tx.objectStore('entries') : store;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Version-1 pinyin ("zhan4 lve4", CC-CEDICT style) → version 2's one word ("zhan4lüe4"). */
function v1Pinyin(pinyin: string): string {
  return pinyin
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((s) => normaliseSyllable(s) ?? s)
    .join('');
}

function siteOf(url: string): SiteId {
  return siteKeyFor(url) ?? 'generic';
}

/** A version-1 word as a version-2 term: every context and the note kept. */
export function migrateV1Entry(word: GlossaryEntryV1): GlossaryEntry {
  const contexts: GlossaryContext[] = (word.contexts ?? []).map((c) => ({
    url: c.url,
    title: c.title ?? '',
    // Version 1 did not keep the statement's kind, speaker or English address.
    kind: 'other',
    speaker: null,
    date: c.date ?? null,
    site: siteOf(c.url),
    enUrl: null,
    sentence: c.sentence ?? '',
    savedAt: c.savedAt ?? word.createdAt,
  }));
  const official = word.official ?? [];
  return {
    id: entryId('term', word.zh, ''),
    type: 'term',
    zh: word.zh.trim(),
    traditional: word.traditional || word.zh,
    pinyin: v1Pinyin(word.pinyin ?? ''),
    definitions: [...(word.definitions ?? [])],
    renderings: official.map((o) => ({ en: o.en, source: o.source })),
    english: official[0] ? { text: official[0].en, origin: 'term' } : null,
    contexts,
    note: word.note ?? '',
    tags: [],
    createdAt: word.createdAt,
    updatedAt: word.updatedAt,
  };
}
