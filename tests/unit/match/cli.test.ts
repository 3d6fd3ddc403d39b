// @vitest-environment node
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli';
import { EN_OTHER_DAY, EN_OTHER_TOPIC, EN_TRUE, ZH } from './helpers';

const dir = mkdtempSync(path.join(tmpdir(), 'duizhao-match-'));
const file = (name: string, value: unknown) => {
  const p = path.join(dir, name);
  writeFileSync(p, typeof value === 'string' ? value : JSON.stringify(value));
  return p;
};
// `cli extract` prints paragraphs as objects; plain strings are accepted too.
const asStrings = (a: typeof EN_TRUE) => ({ ...a, paragraphs: a.paragraphs.map((p) => p.text) });

const cli = (...args: string[]) => runCli(['match', ...args]);

describe('cli match', () => {
  it('ranks candidate files and names the translation', () => {
    const run = cli(
      file('zh.json', ZH),
      file('a.json', EN_OTHER_DAY),
      file('b.json', asStrings(EN_TRUE)),
    );
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as {
      best: number | null;
      ranking: { index: number; score: number }[];
    };
    expect(result.best).toBe(1);
    expect(result.ranking).toHaveLength(2);
    expect(result.ranking[0]).toMatchObject({ index: 1 });
  });

  it('answers one line per batch task, in order, with null when none fits', () => {
    const tasks = [
      { zh: ZH, candidates: [EN_OTHER_TOPIC, EN_TRUE] },
      { zh: ZH, candidates: [EN_OTHER_TOPIC, EN_OTHER_DAY] },
      { zh: ZH, candidates: [] },
    ];
    const run = cli(
      '--batch',
      file('tasks.jsonl', tasks.map((t) => JSON.stringify(t)).join('\n') + '\n'),
    );
    expect(run.code).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { best: number | null });
    expect(lines.map((l) => l.best)).toEqual([1, null, null]);
  });

  it('rejects invalid input with a clear message and exit 1', () => {
    const bad = cli(file('bad.json', { ...ZH, date: '14 May 2031' }), file('c.json', EN_TRUE));
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stderr)).toMatchObject({ error: 'invalid-input' });
    expect(bad.stderr).toContain('date');
    const notJson = cli('--batch', file('broken.jsonl', '{"zh": \n'));
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toContain('broken.jsonl:1');
    expect(cli().code).toBe(1);
  });
});
