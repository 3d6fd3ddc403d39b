/**
 * Pinyin accuracy on the gold set (tests/bench/pinyin-gold.json): polyphonic characters in real
 * statements read at run time from ../shared/corpus. Reports Duizhao and raw pinyin-pro 3.29 side
 * by side → tests/bench/results/pinyin-accuracy.json.
 *   node --import tsx tests/bench/pinyin-accuracy.ts [--errors]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pinyin } from 'pinyin-pro';
import { loadNodeEngine } from '../../utils/reading/reader-node';
import { normaliseSyllable } from '../../utils/reading/syllable';
import { loadCorpusDocs, PROJECT_ROOT } from './lib/reading-corpus';
import { writeResult } from './results';

interface GoldCase {
  ref: string;
  paragraph: number;
  offset: number;
  char: string;
  expected: string;
  /** "dev": used while writing the rules; "heldout": annotated afterwards. */
  split: 'dev' | 'heldout';
}

/** Duizhao's reading of the character at `offset` (UTF-16) of `text`. */
export function readingAt(tokens: { text: string; py: string[] }[], offset: number): string {
  let pos = 0;
  for (const t of tokens) {
    if (offset < pos + t.text.length)
      return t.py[Array.from(t.text.slice(0, offset - pos)).length] ?? '';
    pos += t.text.length;
  }
  return '';
}

/** Raw pinyin-pro on the same paragraph (its own context), dictionary tones. */
function rawAt(text: string, offset: number): string {
  const syllables = pinyin(text, { type: 'array', toneType: 'num', toneSandhi: false });
  // pinyin-pro returns one item per code point.
  const index = Array.from(text.slice(0, offset)).length;
  return normaliseSyllable(syllables[index] ?? '') ?? '';
}

async function main() {
  const showErrors = process.argv.includes('--errors');
  const gold = JSON.parse(
    readFileSync(path.join(PROJECT_ROOT, 'tests/bench/pinyin-gold.json'), 'utf8'),
  ) as {
    cases: GoldCase[];
    heldoutBeforeTuning?: { cases: number; duizhao: number; pinyinPro: number };
  };
  const docs = new Map(loadCorpusDocs().map((d) => [d.ref, d]));
  const engine = await loadNodeEngine();
  let dz = 0;
  let raw = 0;
  const splits: Record<string, { n: number; duizhao: number; raw: number }> = {};
  const perChar: Record<string, { n: number; duizhao: number; raw: number }> = {};
  const errors: unknown[] = [];
  for (const c of gold.cases) {
    const text = docs.get(c.ref)?.paragraphs[c.paragraph];
    if (text === undefined || text[c.offset] !== c.char) {
      throw new Error(
        `Gold case ${c.ref} ¶${c.paragraph} @${c.offset} no longer matches the corpus`,
      );
    }
    const d = readingAt(engine.read(text), c.offset);
    const r = rawAt(text, c.offset);
    const stats = (perChar[c.char] ??= { n: 0, duizhao: 0, raw: 0 });
    stats.n++;
    const split = (splits[c.split] ??= { n: 0, duizhao: 0, raw: 0 });
    split.n++;
    if (d === c.expected) split.duizhao++;
    if (r === c.expected) split.raw++;
    if (d === c.expected) {
      dz++;
      stats.duizhao++;
    }
    if (r === c.expected) {
      raw++;
      stats.raw++;
    }
    if (d !== c.expected || r !== c.expected) {
      const context = text.slice(Math.max(0, c.offset - 10), c.offset + 10);
      errors.push({ ...c, duizhao: d, raw: r, ...(showErrors ? { context } : {}) });
    }
  }
  const n = gold.cases.length;
  const result = {
    date: new Date().toISOString().slice(0, 10),
    cases: n,
    duizhao: { correct: dz, accuracy: +(dz / n).toFixed(4) },
    pinyinPro: { version: '3.29', correct: raw, accuracy: +(raw / n).toFixed(4) },
    splits,
    perChar,
    // References and readings only (no corpus text) unless run with --errors locally.
    disagreements: showErrors
      ? errors
      : errors.map((e) => ({ ...(e as object), context: undefined })),
  };
  const pct = (x: number) => `${(100 * x).toFixed(2)}%`;
  const before = gold.heldoutBeforeTuning;
  if (!showErrors) {
    writeResult('pinyin-accuracy', { ...result, heldoutBeforeTuning: before ?? null }, [
      { label: 'gold cases (polyphonic characters, real statements)', value: n },
      { label: 'Duizhao', value: pct(result.duizhao.accuracy) },
      { label: 'raw pinyin-pro 3.29', value: pct(result.pinyinPro.accuracy) },
      ...(before
        ? [
            {
              label: `held-out ${before.cases} cases, before tuning: Duizhao / pinyin-pro`,
              value: `${pct(before.duizhao)} / ${pct(before.pinyinPro)}`,
            },
          ]
        : []),
    ]);
  }
  console.log(
    `pinyin gold set: ${n} cases — Duizhao ${(100 * result.duizhao.accuracy).toFixed(2)}% ` +
      `(${dz}), raw pinyin-pro ${(100 * result.pinyinPro.accuracy).toFixed(2)}% (${raw})`,
  );
  for (const [name, x] of Object.entries(splits)) {
    console.log(
      `  ${name}: ${x.n} cases — Duizhao ${((100 * x.duizhao) / x.n).toFixed(2)}%, ` +
        `raw pinyin-pro ${((100 * x.raw) / x.n).toFixed(2)}%`,
    );
  }
  if (showErrors) {
    for (const e of errors as (GoldCase & { duizhao: string; raw: string; context: string })[]) {
      if (e.duizhao !== e.expected)
        console.log(`  ${e.char} expected ${e.expected} got ${e.duizhao}: ${e.context}`);
    }
  }
}

void main();
