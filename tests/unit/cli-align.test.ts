// @vitest-environment node
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { Alignment } from '../../utils/align/types';
import { EN, EN_SPLIT, ZH, article } from './align/fixtures';
import { runCli } from './run-cli';

const dir = mkdtempSync(path.join(tmpdir(), 'duizhao-align-'));
const file = (name: string, value: unknown) => {
  const p = path.join(dir, name);
  writeFileSync(p, typeof value === 'string' ? value : JSON.stringify(value));
  return p;
};
const cli = (...args: string[]) => runCli(['align', ...args]);
// Each run is a child process that loads CC-CEDICT (seconds on a busy machine).
const SLOW = 90_000;

const zhLines = file('zh.txt', ZH.join('\n') + '\n\n');
// The English splits sentence 1 in two.
const enSentences = EN_SPLIT;
const enLines = file('en.txt', enSentences.join('\n'));

/** Parse vecalign output, checking every index of both sides appears in exactly one link. */
function vecalign(stdout: string, nz: number, ne: number): string[] {
  const lines = stdout.trim().split('\n');
  const zh: number[] = [];
  const en: number[] = [];
  for (const line of lines) {
    const m = /^\[([\d,]*)\]:\[([\d,]*)\]:(\d\.\d\d)$/.exec(line);
    expect(m, line).not.toBeNull();
    zh.push(...(m![1] ? m![1].split(',').map(Number) : []));
    en.push(...(m![2] ? m![2].split(',').map(Number) : []));
  }
  expect(zh.sort((a, b) => a - b)).toEqual([...Array(nz).keys()]);
  expect(en.sort((a, b) => a - b)).toEqual([...Array(ne).keys()]);
  return lines.map((l) => l.replace(/:\d\.\d\d$/, ''));
}

describe('cli align', () => {
  it(
    'aligns given segments (--segments) and prints vecalign links',
    () => {
      const run = cli(zhLines, enLines, '--segments');
      expect(run.code).toBe(0);
      expect(vecalign(run.stdout, 6, 7)).toEqual([
        '[0]:[0]',
        '[1]:[1,2]',
        '[2]:[3]',
        '[3]:[4]',
        '[4]:[5]',
        '[5]:[6]',
      ]);
    },
    SLOW,
  );

  it(
    'splits plain-text paragraphs into sentences without --segments',
    () => {
      const zh = file('zh-paras.txt', `${ZH.slice(0, 3).join('')}\n${ZH.slice(3).join('')}\n`);
      const en = file(
        'en-paras.txt',
        `${enSentences.slice(0, 4).join(' ')}\n${enSentences.slice(4).join(' ')}`,
      );
      const run = cli(zh, en, '--format', 'json');
      expect(run.code).toBe(0);
      const a = JSON.parse(run.stdout) as Alignment;
      expect(a.zh).toHaveLength(6);
      expect(a.en).toHaveLength(7);
      expect(a.zh[4]).toMatchObject({ paragraph: 1, text: ZH[4] });
      expect(a.links.find((l) => l.zh[0] === 1)).toMatchObject({ zh: [1], en: [1, 2] });
      expect(a.paragraphs.map((p) => `[${p.zh}]:[${p.en}]`)).toEqual(['[0]:[0]', '[1]:[1]']);
      expect(a.summary.zhSentences).toBe(6);
    },
    SLOW,
  );

  it(
    'reads Article JSON files, and writes TSV and well-formed TMX',
    () => {
      const zh = file('zh.json', article('zh', [ZH.join('')], '北岛国总统将访问帕洛玛'));
      const en = file(
        'en.json',
        article('en', [EN.join(' ')], 'President of Northisle to visit Paloma'),
      );
      const tsv = cli(zh, en, '--format', 'tsv');
      expect(tsv.code).toBe(0);
      const rows = tsv.stdout.trimEnd().split('\n');
      expect(rows).toHaveLength(6);
      expect(rows[2]!.split('\t')).toEqual([ZH[2], EN[2], expect.stringMatching(/^\d\.\d\d$/)]);
      const tmx = cli(zh, en, '--format', 'tmx');
      expect(tmx.code).toBe(0);
      const doc = new DOMParser().parseFromString(tmx.stdout, 'text/xml');
      expect(doc.querySelector('header')!.getAttribute('srclang')).toBe('zh-CN');
      expect(doc.querySelector('prop[type="x-url-en"]')!.textContent).toBe(
        'https://www.example.gov/en/statement.html',
      );
      const tus = [...doc.querySelectorAll('tu')];
      expect(tus).toHaveLength(6);
      for (const tu of tus)
        expect([...tu.querySelectorAll('tuv')].map((t) => t.getAttribute('xml:lang'))).toEqual([
          'zh-CN',
          'en',
        ]);
      expect(tus[2]!.querySelector('tuv:last-child seg')!.textContent).toBe(EN[2]);
    },
    SLOW,
  );

  it(
    'answers one line per batch task, with an error line for a bad task',
    () => {
      const good = { zh: article('zh', [ZH.join('')]), en: article('en', [EN.join(' ')]) };
      const tasks = file(
        'tasks.jsonl',
        [
          JSON.stringify(good),
          '{not json',
          JSON.stringify({ zh: good.zh, en: good.zh }),
          JSON.stringify(good),
        ].join('\n') + '\n',
      );
      const run = cli('--batch', tasks);
      expect(run.code).toBe(1);
      const lines = run.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(lines).toHaveLength(4);
      expect((lines[0] as unknown as Alignment).links).toHaveLength(6);
      expect(lines[1]).toMatchObject({ error: 'invalid-input', line: 2 });
      expect(lines[2]).toMatchObject({ error: 'invalid-input', line: 3 });
      expect(String(lines[2]!.message)).toMatch(/expected a English|English article/);
      expect((lines[3] as unknown as Alignment).links).toHaveLength(6);
    },
    SLOW,
  );

  it.each([
    ['a missing file', () => [path.join(dir, 'missing.txt'), enLines], 'unreadable', /cannot read/],
    [
      'an empty side',
      () => [file('empty.txt', '\n  \n'), enLines],
      'invalid-input',
      /no Chinese text/,
    ],
    [
      'malformed JSON',
      () => [file('bad.json', '{"url": '), enLines],
      'invalid-input',
      /not valid JSON/,
    ],
    [
      'a JSON file that is not an Article',
      () => [file('odd.json', '{"a": 1}'), enLines],
      'invalid-input',
      /not an Article/,
    ],
    [
      'an English article as ZH',
      () => [enLines, file('en2.json', article('en', ['Hi.']))].reverse(),
      'invalid-input',
      /expected a Chinese/,
    ],
    ['an unknown format', () => [zhLines, enLines, '--format', 'xliff'], 'usage', /unknown format/],
    ['one file only', () => [zhLines], 'usage', /usage: align/],
    ['an unknown option', () => [zhLines, enLines, '--fast'], 'usage', /unknown option --fast/],
  ])(
    'rejects %s with a clear message and exit code 1',
    (_, args, code, message) => {
      const run = cli(...args());
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      const error = JSON.parse(run.stderr.trim()) as { error: string; message: string };
      expect(error.error).toBe(code);
      expect(error.message).toMatch(message);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    },
    SLOW,
  );
});
