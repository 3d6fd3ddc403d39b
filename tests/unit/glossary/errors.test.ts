/**
 * The glossary engine's errors in the interface language: by the code the engine gives (which
 * crosses the message protocol as an own field of the error), the English message kept for the
 * command line; an error without a code as it came.
 */
import { deserializeError, serializeError } from '@aklinker1/zero-serialize-error';
import { describe, expect, it } from 'vitest';
import { errorText, glossaryErrorText } from '../../../components/glossary/errors';
import { translator } from '../../../utils/i18n';
import {
  GlossaryInputError,
  GlossaryStorageError,
  importBackup,
} from '../../../utils/glossary/store';
import { freshDb } from './helpers';

const en = translator('en');
const zh = translator('zh_CN');

/** As the message protocol (@webext-core/messaging) carries an error to the page. */
const carried = (error: unknown) => deserializeError(serializeError(error)) as Error;

describe('glossary errors in the interface language', () => {
  it('words an import refusal by its code, in both languages, after crossing the protocol', async () => {
    const db = await freshDb();
    const refusal = await importBackup(db, '{"format":"other"}').catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(GlossaryInputError);
    const error = carried(refusal);
    expect(error.message).toBe('Nothing imported: this is not a Duizhao glossary export');
    expect(glossaryErrorText(en, error)).toBe(error.message);
    expect(glossaryErrorText(zh, error)).toBe('未导入任何内容：这不是对照词汇本的导出文件');

    const newer = carried(
      await importBackup(db, '{"format":"duizhao-glossary","version":9}').catch((e: unknown) => e),
    );
    expect(glossaryErrorText(en, newer)).toBe(newer.message);
    expect(glossaryErrorText(zh, newer)).toContain('词汇本格式版本 9');
    db.close();
  });

  it('words a storage failure with the action it interrupted', () => {
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    const full = carried(new GlossaryStorageError('save', quota));
    expect(glossaryErrorText(en, full)).toBe(full.message);
    expect(glossaryErrorText(zh, full)).toMatch(/^无法存入词汇本：浏览器给对照的存储空间已满/);
    const failed = carried(new GlossaryStorageError('read', new Error('disk')));
    expect(glossaryErrorText(en, failed)).toBe(failed.message);
    expect(glossaryErrorText(zh, failed)).toBe('无法读取词汇本：浏览器存储出错（Error: disk）。');
  });

  it('shows an error without a code as it came', () => {
    expect(glossaryErrorText(zh, new Error('Could not establish connection'))).toBeNull();
    expect(errorText(zh, new Error('Could not establish connection'))).toBe(
      'Could not establish connection',
    );
    expect(errorText(zh, 'plain')).toBe('plain');
  });
});
