/**
 * The interface languages: every message exists in English and in Chinese, none is empty, both
 * take the same substitutions, every `__MSG_…__` of the manifest has its message, the store
 * listing fits the stores' limits, and the runtime reads the files exactly as the build writes
 * them to `_locales` (@wxt-dev/i18n's own generator).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateChromeMessages, parseMessagesObject } from '@wxt-dev/i18n/build';
import { flattenMessages } from '../../../utils/i18n';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const LOCALES_DIR = path.join(root, 'locales');
const LANGUAGES = ['en', 'zh_CN'];

type Source = { [key: string]: string | Source };
function source(lang: string): Source {
  return JSON.parse(readFileSync(path.join(LOCALES_DIR, `${lang}.json`), 'utf8')) as Source;
}
const load = (lang: string) => flattenMessages(source(lang));

/** $1…$9 and {named} substitutions a message takes. */
function substitutions(message: string): string[] {
  const positional = [...message.matchAll(/(?<!\$)\$([1-9])/g)].map((m) => `$${m[1]}`);
  const named = [...message.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => `{${m[1]}}`);
  return [...new Set([...positional, ...named])].sort();
}

describe('locales', () => {
  it('are exactly English and Chinese (Simplified)', () => {
    expect(readdirSync(LOCALES_DIR).sort()).toEqual(LANGUAGES.map((l) => `${l}.json`));
  });

  it('have the same keys in both languages, none empty, with the same substitutions', () => {
    const [en, zh] = LANGUAGES.map(load);
    expect([...zh!.keys()].sort()).toEqual([...en!.keys()].sort());
    for (const [key, message] of en!) {
      const chinese = zh!.get(key)!;
      for (const text of [message, chinese]) {
        for (const form of text.split(' | ')) expect(form.trim(), key).not.toBe('');
      }
      expect(substitutions(chinese), `${key}: ${chinese}`).toEqual(substitutions(message));
    }
  });

  it('are flattened at run time as the build writes _locales', () => {
    for (const lang of LANGUAGES) {
      const built = generateChromeMessages(parseMessagesObject(source(lang))) as Record<
        string,
        { message: string }
      >;
      const ours = Object.fromEntries(load(lang));
      expect(Object.fromEntries(Object.entries(built).map(([k, v]) => [k, v.message]))).toEqual(
        ours,
      );
    }
  });

  it('hold every message the manifest names, within the stores’ limits', () => {
    const config = readFileSync(path.join(root, 'wxt.config.ts'), 'utf8');
    const used = [...config.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(used).toEqual(expect.arrayContaining(['extName', 'extDescription']));
    for (const lang of LANGUAGES) {
      const messages = load(lang);
      for (const key of used) expect(messages.get(key), `${lang}: ${key}`).toBeDefined();
      // Chrome Web Store: name at most 75 characters, description at most 132.
      expect([...messages.get('extName')!].length).toBeLessThanOrEqual(75);
      expect([...messages.get('extDescription')!].length).toBeLessThanOrEqual(132);
    }
  });
});
