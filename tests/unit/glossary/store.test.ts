// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  listGlossary,
  openGlossary,
  saveToGlossary,
  type GlossaryInput,
} from '../../../utils/glossary/db';

const input = (sentence: string, defs: string[]): GlossaryInput => ({
  zh: '核心利益',
  traditional: '核心利益',
  pinyin: 'he2 xin1 li4 yi4',
  definitions: defs,
  official: [{ en: 'core interests', source: 'https://www.fmprc.gov.cn/mfa_eng/' }],
  context: { url: 'https://example.invalid/a', title: '示例', date: '2024-01-01', sentence },
});

describe('glossary database', () => {
  it('creates the schema and saves an entry', async () => {
    const db = await openGlossary('test-glossary-1');
    expect(db.version).toBe(1);
    expect([...db.objectStoreNames]).toEqual(['entries']);
    const saved = await saveToGlossary(
      db,
      input('第一句。', ['core interest']),
      new Date('2025-01-01T00:00:00Z'),
    );
    expect(saved.contexts).toHaveLength(1);
    expect(await listGlossary(db)).toHaveLength(1);
    db.close();
  });

  it('merges a second save without losing anything', async () => {
    const db = await openGlossary('test-glossary-2');
    await saveToGlossary(
      db,
      input('第一句。', ['core interest']),
      new Date('2025-01-01T00:00:00Z'),
    );
    const tx = db.transaction('entries', 'readwrite');
    const e = (await tx.store.get('核心利益'))!;
    await tx.store.put({ ...e, note: 'my note' });
    await tx.done;
    const merged = await saveToGlossary(
      db,
      input('第二句。', ['core interest', 'vital interest']),
      new Date('2025-02-01T00:00:00Z'),
    );
    expect(merged.note).toBe('my note');
    expect(merged.contexts.map((c) => c.sentence)).toEqual(['第一句。', '第二句。']);
    expect(merged.definitions).toEqual(['core interest', 'vital interest']);
    expect(merged.official).toHaveLength(1);
    expect(merged.createdAt).toBe('2025-01-01T00:00:00.000Z');
    expect(merged.updatedAt).toBe('2025-02-01T00:00:00.000Z');
    // Saving the same context again does not duplicate it.
    const again = await saveToGlossary(db, input('第二句。', []));
    expect(again.contexts).toHaveLength(2);
    db.close();
  });

  it('refuses an empty word', async () => {
    const db = await openGlossary('test-glossary-3');
    await expect(saveToGlossary(db, { ...input('x', []), zh: ' ' })).rejects.toThrow();
    db.close();
  });
});
