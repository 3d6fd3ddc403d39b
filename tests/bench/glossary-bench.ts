/**
 * Glossary benchmark (Node): 10,000 generated entries (made-up terms and passages put together
 * from a word list written for this benchmark, their pinyin read by Duizhao's engine) — the
 * search index build time and heap, search latency p50/p95 over Chinese, toneless and toned
 * pinyin, English and filter queries, and export (Anki, CSV, Pleco, JSON) and import times on
 * fake-indexeddb (an in-memory IndexedDB: browsers write to disk, so their import takes longer).
 * Needs no corpus. → tests/bench/results/glossary-bench.json
 *   node --import tsx tests/bench/glossary-bench.ts
 */
import 'fake-indexeddb/auto';
import v8 from 'node:v8';
import vm from 'node:vm';
import { openGlossary } from '../../utils/glossary/db';
import { toAnki, toCsv, toJson, toPleco } from '../../utils/glossary/exporters';
import { pinyinOf, traditionalOf } from '../../utils/glossary/reading';
import { entryId, type GlossaryEntry } from '../../utils/glossary/schema';
import { GlossaryIndex } from '../../utils/glossary/search';
import { backup, importBackup, listEntries, wipeGlossary } from '../../utils/glossary/store';
import type { ArticleKind, SiteId } from '../../utils/article';
import { loadNodeEngine } from '../../utils/reading/reader-node';
import { writeResult } from './results';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as (() => void) | undefined;
const heap = () => {
  gc?.();
  return process.memoryUsage().heapUsed;
};
const ms = (n: number) => +n.toFixed(2);
const mb = (n: number) => +(n / 1024 / 1024).toFixed(1);
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

const ENTRIES = 10_000;

/** Words of the benchmark's made-up statements, with an English gloss. */
const WORDS: [string, string][] = [
  ['战略', 'strategy'],
  ['伙伴关系', 'partnership'],
  ['合作', 'cooperation'],
  ['发展', 'development'],
  ['和平', 'peace'],
  ['稳定', 'stability'],
  ['对话', 'dialogue'],
  ['协商', 'consultation'],
  ['主权', 'sovereignty'],
  ['领土完整', 'territorial integrity'],
  ['互利共赢', 'mutual benefit'],
  ['多边主义', 'multilateralism'],
  ['经贸', 'trade and economy'],
  ['人文交流', 'people-to-people exchange'],
  ['全球治理', 'global governance'],
  ['气候变化', 'climate change'],
  ['绿色发展', 'green development'],
  ['数字经济', 'digital economy'],
  ['基础设施', 'infrastructure'],
  ['安全', 'security'],
  ['繁荣', 'prosperity'],
  ['友好', 'friendship'],
  ['互信', 'mutual trust'],
  ['联合国', 'the United Nations'],
  ['国际秩序', 'international order'],
  ['开放', 'opening up'],
  ['创新', 'innovation'],
  ['民生', "people's livelihood"],
  ['减贫', 'poverty reduction'],
  ['共同体', 'community'],
];
const VERBS = ['推动', '深化', '加强', '维护', '促进', '支持', '拓展', '坚持'];
const SUBJECTS = ['中方', '双方', '各国', '两国', '我们', '国际社会'];
const SITES: SiteId[] = ['mfa', 'xinhua', 'govcn', 'people', 'embassy'];
const KINDS: ArticleKind[] = ['press-conference', 'readout', 'statement', 'speech', 'remarks'];
const TAGS = ['UN', 'Europe', 'Africa', 'ASEAN', 'climate', 'trade', 'Taiwan', 'core interests'];

/** A deterministic pseudo-random sequence (the same entries on every run). */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

async function generate(): Promise<GlossaryEntry[]> {
  const engine = await loadNodeEngine();
  const rnd = random(20250620);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const out: GlossaryEntry[] = [];
  const start = Date.parse('2024-01-01T00:00:00Z');
  const seen = new Set<string>();
  for (let i = 0; out.length < ENTRIES; i++) {
    const passage = rnd() < 0.7;
    const words = Array.from({ length: passage ? 3 + Math.floor(rnd() * 4) : 1 }, () =>
      pick(WORDS),
    );
    const zh = passage
      ? `${pick(SUBJECTS)}愿同各方一道，${words.map((w) => `${pick(VERBS)}${w[0]}`).join('，')}。（第${i}段）`
      : `${words[0]![0]}${i % 50 === 0 ? '' : `之${i}`}`;
    const site = pick(SITES);
    const url = `https://www.fmprc.gov.cn/web/bench/t${Math.floor(i / 3)}.shtml`;
    const id = entryId(passage ? 'passage' : 'term', zh, url);
    if (seen.has(id)) continue;
    seen.add(id);
    const savedAt = new Date(start + i * 37 * 60_000).toISOString();
    out.push({
      id,
      type: passage ? 'passage' : 'term',
      zh,
      traditional: traditionalOf(engine, zh),
      pinyin: pinyinOf(engine, zh),
      definitions: passage ? [] : [words[0]![1]],
      renderings: [],
      english: { text: words.map((w) => w[1]).join(', '), origin: passage ? 'aligned' : 'term' },
      contexts: [
        {
          url,
          title: `${savedAt.slice(0, 10)}外交部发言人主持例行记者会（基准）`,
          kind: pick(KINDS),
          speaker: null,
          date: savedAt.slice(0, 10),
          site,
          enUrl: null,
          sentence: passage ? '' : `${pick(SUBJECTS)}${pick(VERBS)}${zh}。`,
          savedAt,
        },
      ],
      note: rnd() < 0.2 ? `Note ${i}: check the ${pick(WORDS)[1]} rendering` : '',
      tags: rnd() < 0.4 ? [pick(TAGS)] : [],
      createdAt: savedAt,
      updatedAt: savedAt,
    });
  }
  return out;
}

const QUERIES = [
  'zhanlue',
  'zhànlüè',
  'huoban guanxi',
  'hezuo',
  'duobian zhuyi',
  '战略',
  '伙伴关系',
  '互利共赢',
  '领土',
  'partnership',
  'multilateral',
  'climate',
  'rendering',
  'tuidong',
  'quanqiu zhili',
  'xx-no-match',
];

async function main() {
  const t0 = performance.now();
  const entries = await generate();
  const generateMs = performance.now() - t0;

  const heapBefore = heap();
  const t1 = performance.now();
  const index = new GlossaryIndex();
  index.sync(entries);
  const listReadyMs = performance.now() - t1;
  index.find('');
  index.prepare();
  const buildMs = performance.now() - t1;
  const indexHeap = heap() - heapBefore;

  // Search: each query, then each query with a filter; after a warm-up round.
  for (const q of QUERIES) index.find(q);
  const times: number[] = [];
  const hits: Record<string, number> = {};
  for (let round = 0; round < 10; round++) {
    for (const q of QUERIES) {
      const t = performance.now();
      const found = index.find(q);
      times.push(performance.now() - t);
      hits[q] = found.length;
      const tf = performance.now();
      index.find(q, { site: 'xinhua', tag: 'UN' });
      times.push(performance.now() - tf);
    }
    const te = performance.now();
    index.find('', { kind: 'readout', from: '2024-06-01' });
    times.push(performance.now() - te);
  }

  // Re-sync after one entry changed (what the page does on every save).
  const changed = entries.map((e, i) =>
    i === 5 ? { ...e, note: 'changed', updatedAt: new Date().toISOString() } : e,
  );
  const t2 = performance.now();
  index.sync(changed);
  const resyncMs = performance.now() - t2;

  // Export and import through the store (fake-indexeddb).
  const db = await openGlossary('glossary-bench');
  await wipeGlossary(db);
  const file = toJson({
    format: 'duizhao-glossary',
    version: 2,
    exportedAt: new Date().toISOString(),
    entries,
  });
  const t3 = performance.now();
  const report = await importBackup(db, file);
  const importMs = performance.now() - t3;
  const t4 = performance.now();
  const stored = await listEntries(db);
  const readMs = performance.now() - t4;
  const exportsMs: Record<string, number> = {};
  const t5 = performance.now();
  const back = await backup(db);
  exportsMs.read = ms(performance.now() - t5);
  for (const [name, fn] of [
    ['json', () => toJson(back)],
    ['anki', () => toAnki(back.entries)],
    ['csv', () => toCsv(back.entries)],
    ['pleco', () => toPleco(back.entries)],
  ] as const) {
    const t = performance.now();
    const text = fn();
    exportsMs[name] = ms(performance.now() - t);
    exportsMs[`${name}MB`] = mb(Buffer.byteLength(text));
  }
  db.close();
  if (report.added !== ENTRIES || stored.length !== ENTRIES) {
    throw new Error(`import stored ${stored.length} of ${ENTRIES} (${JSON.stringify(report)})`);
  }

  const p50 = pct(times, 50);
  const p95 = pct(times, 95);
  const data = {
    entries: ENTRIES,
    generateMs: ms(generateMs),
    index: {
      listReadyMs: ms(listReadyMs),
      buildMs: ms(buildMs),
      heapMB: mb(indexHeap),
      resyncAfterOneChangeMs: ms(resyncMs),
    },
    search: {
      queries: times.length,
      p50Ms: ms(p50),
      p95Ms: ms(p95),
      maxMs: ms(Math.max(...times)),
      hits,
    },
    import: { entries: report.added, ms: ms(importMs), fileMB: mb(Buffer.byteLength(file)) },
    listMs: ms(readMs),
    exportMs: exportsMs,
  };
  const summary = [
    { label: 'entries', value: ENTRIES },
    { label: 'index build ms / heap MB', value: `${ms(buildMs)} / ${mb(indexHeap)}` },
    { label: 'search p50 / p95 ms (Node)', value: `${ms(p50)} / ${ms(p95)}` },
    { label: 'import JSON ms (fake-indexeddb)', value: ms(importMs) },
    {
      label: 'export ms JSON / Anki / CSV / Pleco',
      value: `${exportsMs.json} / ${exportsMs.anki} / ${exportsMs.csv} / ${exportsMs.pleco}`,
    },
  ];
  const out = writeResult('glossary-bench', data, summary);
  process.stdout.write(`${JSON.stringify(data, null, 2)}\n→ ${out}\n`);
  if (p95 >= 100) {
    process.stderr.write(`glossary-bench: search p95 ${ms(p95)} ms is over the 100 ms target\n`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`glossary-bench: ${error instanceof Error ? error.stack : error}\n`);
  process.exitCode = 1;
});
