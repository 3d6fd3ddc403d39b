// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  deleteEntries,
  editEntry,
  listEntries,
  restoreEntries,
  saveEntry,
  wipeGlossary,
  GlossaryInputError,
} from '../../../utils/glossary/store';
import { entrySchema } from '../../../utils/glossary/schema';
import { fakeReading, freshDb, MFA_URL, passage, term, XINHUA_URL } from './helpers';

const at = (iso: string) => new Date(iso);

describe('glossary store', () => {
  it('creates the version-2 schema and saves a term with its context', async () => {
    const db = await freshDb();
    expect(db.version).toBe(2);
    expect([...db.objectStoreNames]).toEqual(['entries']);
    const saved = await saveEntry(
      db,
      term('双方深化战略伙伴关系。'),
      fakeReading,
      at('2025-01-02T00:00:00Z'),
    );
    expect(saved).toMatchObject({
      id: 'term:战略伙伴关系',
      type: 'term',
      pinyin: 'zhan4lüe4 huo3ban4 guan1xi4',
      english: { text: 'strategic partnership', origin: 'term' },
      note: '',
      tags: [],
    });
    expect(saved.contexts).toEqual([
      expect.objectContaining({
        sentence: '双方深化战略伙伴关系。',
        kind: 'press-conference',
        site: 'mfa',
      }),
    ]);
    expect(entrySchema.parse(saved)).toEqual(saved);
    expect(await listEntries(db)).toHaveLength(1);
    db.close();
  });

  it('a term saved again from another statement gains the new context, keeps the note', async () => {
    const db = await freshDb();
    await saveEntry(db, term('第一句。'), fakeReading, at('2025-01-01T00:00:00Z'));
    await editEntry(db, 'term:战略伙伴关系', { note: 'my note', tags: ['diplomacy'] });
    const merged = await saveEntry(
      db,
      term('第二句。', XINHUA_URL, { definitions: ['strategic partnership', 'partners'] }),
      fakeReading,
      at('2025-02-01T00:00:00Z'),
    );
    expect(merged.note).toBe('my note');
    expect(merged.tags).toEqual(['diplomacy']);
    expect(merged.contexts.map((c) => [c.site, c.sentence])).toEqual([
      ['mfa', '第一句。'],
      ['xinhua', '第二句。'],
    ]);
    expect(merged.definitions).toEqual(['strategic partnership', 'partners']);
    expect(merged.createdAt).toBe('2025-01-01T00:00:00.000Z');
    expect(merged.updatedAt).toBe('2025-02-01T00:00:00.000Z');
    // The same context again changes nothing.
    const again = await saveEntry(
      db,
      term('第二句。', XINHUA_URL),
      fakeReading,
      at('2025-03-01T00:00:00Z'),
    );
    expect(again.contexts).toHaveLength(2);
    expect(again.updatedAt).toBe('2025-02-01T00:00:00.000Z');
    db.close();
  });

  it('the same passage saved twice from the same page is one entry; from another page, two', async () => {
    const db = await freshDb();
    const text = '中方愿同各方一道，推动构建人类命运共同体。';
    const first = await saveEntry(db, passage(text), fakeReading);
    const second = await saveEntry(db, passage(` ${text}\n`, `${MFA_URL}#top`), fakeReading);
    expect(second.id).toBe(first.id);
    expect(await listEntries(db)).toHaveLength(1);
    await saveEntry(db, passage(text, XINHUA_URL), fakeReading);
    expect(await listEntries(db)).toHaveLength(2);
    // The dictionary filled in what a plain selection lacks.
    expect(first.pinyin).toBe(`py(${text.length})`);
    expect(first.contexts[0]!.sentence).toBe('');
    db.close();
  });

  it("keeps the user's English over an automatic one, and takes a newer choice of the user", async () => {
    const db = await freshDb();
    const text = '这是一个测试。';
    await saveEntry(
      db,
      passage(text, MFA_URL, { english: { text: 'A test.', origin: 'user' } }),
      fakeReading,
    );
    const auto = await saveEntry(
      db,
      passage(text, MFA_URL, { english: { text: 'Auto.', origin: 'aligned' } }),
      fakeReading,
    );
    expect(auto.english).toEqual({ text: 'A test.', origin: 'user' });
    const edited = await editEntry(db, auto.id, { english: 'This is a test.' });
    expect(edited.english).toEqual({ text: 'This is a test.', origin: 'user' });
    db.close();
  });

  it('refuses bad input with a readable message and stores nothing', async () => {
    const db = await freshDb();
    await expect(saveEntry(db, { ...term('x'), zh: '  ' }, fakeReading)).rejects.toThrow(/empty/);
    await expect(
      saveEntry(
        db,
        { ...term('x'), source: { ...term('x').source, url: 'not a url' } },
        fakeReading,
      ),
    ).rejects.toThrow(GlossaryInputError);
    await expect(
      saveEntry(db, { ...term('x'), type: 'word' } as never, fakeReading),
    ).rejects.toThrow(/type/);
    expect(await listEntries(db)).toEqual([]);
    db.close();
  });

  it('edits tags (normalised), deletes with undo, wipes', async () => {
    const db = await freshDb();
    const a = await saveEntry(db, passage('第一段。'), fakeReading, at('2025-01-01T00:00:00Z'));
    const b = await saveEntry(db, passage('第二段。'), fakeReading, at('2025-01-02T00:00:00Z'));
    expect((await listEntries(db)).map((e) => e.id)).toEqual([b.id, a.id]);
    const edited = await editEntry(db, a.id, {
      tags: [' Taiwan ', 'taiwan', '', 'core  interests'],
    });
    expect(edited.tags).toEqual(['Taiwan', 'core interests']);
    const removed = await deleteEntries(db, [edited.id, 'term:nothing']);
    expect(removed).toEqual([edited]);
    expect(await listEntries(db)).toHaveLength(1);
    await restoreEntries(db, removed);
    expect((await listEntries(db)).find((e) => e.id === a.id)).toEqual(edited);
    await expect(editEntry(db, 'term:nothing', { note: 'x' })).rejects.toThrow(/no longer/);
    expect(await wipeGlossary(db)).toBe(2);
    expect(await listEntries(db)).toEqual([]);
    db.close();
  });

  it('ten writers saving ten entries each at the same moment leave exactly one hundred', async () => {
    const db = await freshDb();
    await Promise.all(
      Array.from({ length: 10 }, (_, tab) =>
        Promise.all(
          Array.from({ length: 10 }, (_, i) =>
            saveEntry(db, passage(`第${tab}页第${i}段。`, `${MFA_URL}?tab=${tab}`), fakeReading),
          ),
        ),
      ),
    );
    // And the same term from every tab at once: one entry with ten contexts.
    await Promise.all(
      Array.from({ length: 10 }, (_, tab) => saveEntry(db, term(`句${tab}。`), fakeReading)),
    );
    const all = await listEntries(db);
    expect(all).toHaveLength(101);
    expect(all.find((e) => e.type === 'term')!.contexts).toHaveLength(10);
    db.close();
  });
});
