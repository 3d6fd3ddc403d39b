// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import {
  COLUMNS,
  PLECO_NEWLINE,
  exportFileName,
  pinyinMarks,
  toAnki,
  toCsv,
  toJson,
  toPleco,
} from '../../../utils/glossary/exporters';
import type { GlossaryEntry } from '../../../utils/glossary/schema';
import {
  backup,
  editEntry,
  importBackup,
  listEntries,
  saveEntry,
  wipeGlossary,
} from '../../../utils/glossary/store';
import { fakeReading, freshDb, passage, term, XINHUA_URL } from './helpers';

const realPut = IDBObjectStore.prototype.put;
afterEach(() => {
  IDBObjectStore.prototype.put = realPut;
});

/** A glossary with the awkward cases: quotes, commas, tabs, line breaks, tags with spaces. */
async function sample() {
  const db = await freshDb();
  await saveEntry(
    db,
    term('双方深化战略伙伴关系。'),
    fakeReading,
    new Date('2025-01-02T08:00:00Z'),
  );
  await saveEntry(
    db,
    term('推动"战略伙伴关系",向前。', XINHUA_URL),
    fakeReading,
    new Date('2025-01-03T08:00:00Z'),
  );
  await editEntry(db, 'term:战略伙伴关系', {
    note: 'Said "strategic", not\n"comprehensive";\tsee, also',
    tags: ['core interests', 'Taiwan/Hong Kong'],
  });
  await saveEntry(
    db,
    passage('中方愿同各方一道，\n推动构建人类命运共同体。', XINHUA_URL, {
      english: {
        text: 'China stands ready to work with all parties, "together".',
        origin: 'aligned',
      },
      tags: ['speech'],
    }),
    fakeReading,
    new Date('2025-01-04T08:00:00Z'),
  );
  return db;
}

/** An RFC 4180 reader, to check that the CSV reads back to the same fields. */
function parseCsv(text: string, sep = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endRecord = () => {
    row.push(field);
    rows.push(row);
    row = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === sep) {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      endRecord();
      i++;
    } else if (ch === '\n' && sep === '\t') endRecord();
    else if (ch === '"' || ch === '\r' || ch === '\n') {
      throw new Error(`bare ${JSON.stringify(ch)} at ${i}`);
    } else field += ch;
  }
  if (field || row.length) throw new Error('no line end after the last record');
  return rows;
}

describe('exports', () => {
  it('Anki: file headers, one line per entry, tags in the tags column', async () => {
    const db = await sample();
    const entries = await listEntries(db);
    const text = toAnki(entries);
    const lines = text.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      '#separator:tab',
      '#html:false',
      `#columns:${COLUMNS.join('\t')}`,
      `#tags column:${COLUMNS.length}`,
    ]);
    const rows = parseCsv(text.split('\n').slice(4).join('\n'), '\t');
    expect(rows).toHaveLength(entries.length);
    for (const r of rows) expect(r).toHaveLength(COLUMNS.length);
    const termRow = rows.find((r) => r[0] === '战略伙伴关系')!;
    expect(termRow[2]).toBe('zhànlüè huǒbàn guānxì');
    expect(termRow[3]).toBe('strategic partnership');
    expect(termRow[COLUMNS.length - 1]).toBe('core_interests Taiwan/Hong_Kong');
    expect(termRow[9]).toBe('Said "strategic", not\n"comprehensive";\tsee, also');
    expect(termRow[6]).toBe('双方深化战略伙伴关系。\n推动"战略伙伴关系",向前。');
    db.close();
  });

  it('CSV: RFC 4180 (CRLF, quotes doubled, fields with comma, quote or line break quoted)', async () => {
    const db = await sample();
    const entries = await listEntries(db);
    const text = toCsv(entries);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/"[^"]*(?:""[^"]*)*"/g, '').includes('\n'.replace('\n', '\r\n'))).toBe(
      true,
    );
    // Outside quoted fields every line break is CRLF.
    expect(/[^\r]\n/.test(text.replace(/"(?:[^"]|"")*"/g, 'Q'))).toBe(false);
    const rows = parseCsv(text);
    expect(rows[0]).toEqual([...COLUMNS]);
    expect(rows).toHaveLength(entries.length + 1);
    const passageRow = rows.find((r) => r[0]!.startsWith('中方'))!;
    expect(passageRow[0]).toBe('中方愿同各方一道，\n推动构建人类命运共同体。');
    expect(passageRow[3]).toBe('China stands ready to work with all parties, "together".');
    expect(passageRow[4]).toBe('aligned');
    expect(text).toContain('"China stands ready to work with all parties, ""together""."');
    db.close();
  });

  it('Pleco: categories from tags, headword[traditional] TAB pinyin TAB definition', async () => {
    const db = await sample();
    const text = toPleco(await listEntries(db));
    const lines = text.trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('//'))).toEqual([
      '//Duizhao/core interests',
      '//Duizhao/speech',
      '//Duizhao/Taiwan-Hong Kong',
    ]);
    const cards = lines.filter((l) => !l.startsWith('//'));
    for (const card of cards) expect(card.split('\t')).toHaveLength(3);
    const [head, py, def] = cards[0]!.split('\t');
    expect(head).toBe('战略伙伴关系[戰略夥伴關係]');
    expect(py).toBe('zhan4lüe4 huo3ban4 guan1xi4');
    expect(def!.startsWith(`strategic partnership${PLECO_NEWLINE}`)).toBe(true);
    expect(def).not.toMatch(/[\n\t]/);
    db.close();
  });

  it('formats pinyin and names files', () => {
    expect(pinyinMarks('zhong1guo2 de5 lüe4')).toBe('zhōngguó de lüè');
    expect(exportFileName('anki', new Date('2025-05-06T10:00:00Z'))).toBe(
      'duizhao-glossary-2025-05-06-anki.txt',
    );
    expect(exportFileName('json', new Date('2025-05-06T10:00:00Z'))).toBe(
      'duizhao-glossary-2025-05-06.json',
    );
  });
});

describe('JSON backup and import', () => {
  it('export → wipe → import gives back exactly the same glossary', async () => {
    const db = await sample();
    const before = await listEntries(db);
    const file = toJson(await backup(db));
    expect(JSON.parse(file)).toMatchObject({ format: 'duizhao-glossary', version: 2 });
    expect(await wipeGlossary(db)).toBe(before.length);
    const report = await importBackup(db, file);
    expect(report).toEqual({ added: before.length, merged: 0, unchanged: 0, rejected: [] });
    expect(await listEntries(db)).toEqual(before);
    // Importing the same file again changes nothing.
    expect(await importBackup(db, file)).toMatchObject({
      added: 0,
      merged: 0,
      unchanged: before.length,
    });
    expect(await listEntries(db)).toEqual(before);
    db.close();
  });

  it('merges into existing entries and reports rejected ones with the reason', async () => {
    const db = await sample();
    const file = JSON.parse(toJson(await backup(db))) as { entries: GlossaryEntry[] };
    const termEntry = file.entries.find((e) => e.type === 'term')!;
    termEntry.tags = ['imported'];
    termEntry.contexts.push({
      ...termEntry.contexts[0]!,
      url: 'https://www.gov.cn/a.htm',
      site: 'govcn',
      sentence: '新句。',
      savedAt: '2025-02-01T00:00:00.000Z',
    });
    const broken = { ...termEntry, id: 'term:别的', zh: '其他' };
    const invalid = { ...termEntry, id: 'term:x', zh: 'x', createdAt: 'yesterday' };
    const other = { ...termEntry, id: 'term:新词', zh: '新词', tags: [] };
    (file.entries as unknown[]).push(broken, invalid, other, 'nonsense');
    const report = await importBackup(db, JSON.stringify(file));
    expect(report.added).toBe(1);
    expect(report.merged).toBe(1);
    expect(report.unchanged).toBe(1);
    expect(report.rejected.map((r) => r.index)).toEqual([2, 3, 5]);
    expect(report.rejected[0]!.reason).toMatch(/id/);
    expect(report.rejected[1]!.reason).toMatch(/createdAt/);
    const merged = (await listEntries(db)).find((e) => e.id === termEntry.id)!;
    expect(merged.tags).toEqual(['core interests', 'Taiwan/Hong Kong', 'imported']);
    expect(merged.contexts.map((c) => c.sentence)).toContain('新句。');
    expect(merged.note).toBe('Said "strategic", not\n"comprehensive";\tsee, also');
    db.close();
  });

  it('a bad, truncated or foreign file changes nothing and says why', async () => {
    const db = await sample();
    const before = await listEntries(db);
    const file = toJson(await backup(db));
    await expect(importBackup(db, file.slice(0, file.length / 2))).rejects.toThrow(
      /not valid JSON.*truncated/,
    );
    await expect(importBackup(db, '{"entries": []}')).rejects.toThrow(
      /not a Duizhao glossary export/,
    );
    await expect(importBackup(db, file.replace('"version": 2', '"version": 3'))).rejects.toThrow(
      /newer Duizhao/,
    );
    await expect(
      importBackup(db, '{"format":"duizhao-glossary","version":2,"entries":{}}'),
    ).rejects.toThrow(/Nothing imported/);
    expect(await listEntries(db)).toEqual(before);
    db.close();
  });

  it('a storage failure in the middle of an import leaves the previous data intact', async () => {
    const db = await sample();
    const before = await listEntries(db);
    const file = JSON.parse(toJson(await backup(db))) as { entries: GlossaryEntry[] };
    for (let i = 0; i < 20; i++) {
      const t = file.entries.find((e) => e.type === 'term')!;
      file.entries.push({ ...t, id: `term:词${i}`, zh: `词${i}` });
    }
    let calls = 0;
    IDBObjectStore.prototype.put = function (
      this: IDBObjectStore,
      ...args: Parameters<typeof realPut>
    ) {
      if (++calls === 10)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realPut.apply(this, args);
    } as typeof realPut;
    await expect(importBackup(db, JSON.stringify(file))).rejects.toThrow(
      /storage for Duizhao is full/,
    );
    IDBObjectStore.prototype.put = realPut;
    expect(await listEntries(db)).toEqual(before);
    db.close();
  });
});
