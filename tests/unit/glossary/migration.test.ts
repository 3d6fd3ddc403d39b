// @vitest-environment node
import { readFileSync } from 'node:fs';
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { openGlossary, type GlossaryEntryV1 } from '../../../utils/glossary/db';
import { entrySchema } from '../../../utils/glossary/schema';
import { listEntries } from '../../../utils/glossary/store';
import { freshName } from './helpers';

const fixture = JSON.parse(
  readFileSync(new URL('./fixtures/v1-entries.json', import.meta.url), 'utf8'),
) as { version: number; entries: GlossaryEntryV1[] };

/** A database exactly as Duizhao 0.1 created it (version 1, keyed by zh), filled with the fixture. */
async function makeV1(name: string) {
  const db = await openDB(name, 1, {
    upgrade(d) {
      const store = d.createObjectStore('entries', { keyPath: 'zh' });
      store.createIndex('updatedAt', 'updatedAt');
    },
  });
  for (const e of fixture.entries) await db.put('entries', e);
  db.close();
}

async function readV1(name: string) {
  const db = await openDB(name);
  const out = {
    version: db.version,
    stores: [...db.objectStoreNames],
    entries: await db.getAll('entries'),
  };
  db.close();
  return out;
}

const realPut = IDBObjectStore.prototype.put;
afterEach(() => {
  IDBObjectStore.prototype.put = realPut;
});

describe('glossary migration', () => {
  it('the fixture is version 1', () => {
    expect(fixture.version).toBe(1);
    expect(fixture.entries.length).toBeGreaterThan(1);
  });

  it('migrates version-1 words to terms with their contexts and notes', async () => {
    const name = freshName();
    await makeV1(name);
    const db = await openGlossary(name);
    expect(db.version).toBe(2);
    const entries = await listEntries(db);
    expect(entries).toHaveLength(2);
    for (const e of entries) expect(entrySchema.safeParse(e).success).toBe(true);
    const partnership = entries.find((e) => e.zh === '战略伙伴关系')!;
    expect(partnership).toMatchObject({
      id: 'term:战略伙伴关系',
      type: 'term',
      traditional: '戰略夥伴關係',
      pinyin: 'zhan4lüe4huo3ban4guan1xi4',
      note: "Used with countries below 'comprehensive' level",
      english: { text: 'strategic partnership', origin: 'term' },
      createdAt: '2024-01-05T09:00:00.000Z',
      updatedAt: '2024-02-10T12:30:00.000Z',
    });
    expect(partnership.contexts.map((c) => [c.site, c.sentence, c.date, c.savedAt])).toEqual([
      ['mfa', '双方将继续深化战略伙伴关系。', '2024-01-05', '2024-01-05T09:00:00.000Z'],
      ['xinhua', '推动战略伙伴关系不断向前发展。', '2024-02-10', '2024-02-10T12:30:00.000Z'],
    ]);
    const core = entries.find((e) => e.zh === '核心利益')!;
    expect(core.english).toBeNull();
    expect(core.contexts[0]).toMatchObject({ site: 'govcn', date: null, kind: 'other' });
    db.close();
  });

  it('a failure in the middle of the migration leaves the version-1 data intact', async () => {
    const name = freshName();
    await makeV1(name);
    let calls = 0;
    IDBObjectStore.prototype.put = function (
      this: IDBObjectStore,
      ...args: Parameters<typeof realPut>
    ) {
      if (++calls === 2) throw new DOMException('Injected failure', 'UnknownError');
      return realPut.apply(this, args);
    } as typeof realPut;
    await expect(openGlossary(name)).rejects.toThrow(/kept as they were.*Injected failure/);
    IDBObjectStore.prototype.put = realPut;
    const after = await readV1(name);
    expect(after.version).toBe(1);
    expect(after.stores).toEqual(['entries']);
    expect(after.entries).toEqual(fixture.entries);
    // And the migration succeeds once the failure is gone.
    const db = await openGlossary(name);
    expect(await listEntries(db)).toHaveLength(2);
    db.close();
  });
});
