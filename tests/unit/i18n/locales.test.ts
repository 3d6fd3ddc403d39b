/**
 * The interface languages: every message exists in English and in Chinese, none is empty, every
 * `__MSG_…__` of the manifest has its message, and the store listing fits the stores' limits.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const LOCALES_DIR = path.join(root, 'locales');
const LANGUAGES = ['en', 'zh_CN'];

function load(lang: string): Record<string, string> {
  return JSON.parse(readFileSync(path.join(LOCALES_DIR, `${lang}.json`), 'utf8')) as Record<
    string,
    string
  >;
}

describe('locales', () => {
  it('are exactly English and Chinese (Simplified)', () => {
    expect(readdirSync(LOCALES_DIR).sort()).toEqual(LANGUAGES.map((l) => `${l}.json`));
  });

  it('have the same keys in both languages, none empty', () => {
    const [en, zh] = LANGUAGES.map(load);
    expect(Object.keys(zh!).sort()).toEqual(Object.keys(en!).sort());
    for (const messages of [en!, zh!]) {
      for (const [key, message] of Object.entries(messages)) {
        expect(typeof message, key).toBe('string');
        expect(message.trim(), key).not.toBe('');
      }
    }
  });

  it('hold every message the manifest names, within the stores’ limits', () => {
    const config = readFileSync(path.join(root, 'wxt.config.ts'), 'utf8');
    const used = [...config.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(used).toEqual(expect.arrayContaining(['extName', 'extDescription']));
    for (const lang of LANGUAGES) {
      const messages = load(lang);
      for (const key of used) expect(messages[key], `${lang}: ${key}`).toBeDefined();
      // Chrome Web Store: name at most 75 characters, description at most 132.
      expect([...messages.extName!].length).toBeLessThanOrEqual(75);
      expect([...messages.extDescription!].length).toBeLessThanOrEqual(132);
    }
  });
});
