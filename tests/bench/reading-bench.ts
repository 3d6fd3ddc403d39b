/**
 * Reading-layer benchmarks (Node): dictionary index size, cold load time and memory, word
 * lookup latency on real statements, and the time to annotate a 20,000-character statement in
 * happy-dom with the longest main-thread slice. Real texts are read at run time from
 * ../shared/corpus. → tests/bench/results/reading-bench.json
 *   node --import tsx tests/bench/reading-bench.ts
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';
import { Window } from 'happy-dom';
import { Annotator } from '../../utils/reading/annotate';
import { generateDictionaryFiles } from '../../utils/reading/dict-build';
import { Dictionary } from '../../utils/reading/dictionary';
import { createReadingEngine } from '../../utils/reading/reader';
import { loadCorpusDocs } from './lib/reading-corpus';
import { writeResult } from './results';

// A GC between measurements makes the heap figure meaningful (works without --expose-gc too).
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as (() => void) | undefined;
const heap = () => {
  gc?.();
  return process.memoryUsage().heapUsed;
};
const ms = (n: number) => +n.toFixed(2);
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

async function main() {
  const t0 = performance.now();
  const files = await generateDictionaryFiles();
  const generateMs = performance.now() - t0;
  const text = files.core;
  const bytes = Buffer.byteLength(text);
  const definitionBytes = Buffer.byteLength(files.definitions);

  // Cold load as the background worker does it: parse the shipped core, build the engine (it
  // reads from the core alone), then attach the definitions.
  const heapBefore = heap();
  const t1 = performance.now();
  const dict = new Dictionary(text);
  const parseMs = performance.now() - t1;
  const t2 = performance.now();
  const engine = createReadingEngine(dict);
  engine.read('预热');
  const engineMs = performance.now() - t2;
  const t3 = performance.now();
  dict.attachDefinitions(files.definitions);
  const definitionsMs = performance.now() - t3;
  const heapAfter = heap();

  // Lookup latency at real word positions of real paragraphs.
  const docs = loadCorpusDocs().filter((d) => d.lang === 'zh');
  const paragraphs = docs.flatMap((d) => d.paragraphs).filter((p) => p.length > 20);
  const lookups: number[] = [];
  let seed = 11;
  for (let i = 0; i < 2000; i++) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const p = paragraphs[seed % paragraphs.length]!;
    const offset = seed % p.length;
    const start = performance.now();
    engine.wordAt(p, offset);
    lookups.push(performance.now() - start);
  }

  // A 20,000-character statement made of real paragraphs, annotated in time slices.
  const chosen: string[] = [];
  let chars = 0;
  for (const p of paragraphs) {
    if (chars >= 20_000) break;
    chosen.push(p);
    chars += p.length;
  }
  const window = new Window();
  const document = window.document as unknown as Document;
  const article = document.createElement('div');
  for (const p of chosen) {
    const el = document.createElement('p');
    el.textContent = p;
    article.append(el);
  }
  document.body.append(article);
  const els = Array.from(article.querySelectorAll('p'));
  const before = els.map((e) => e.textContent).join('');
  const run = async (
    label: string,
    read: ConstructorParameters<typeof Annotator>[0]['read'],
    batch: number,
  ) => {
    const annotator = new Annotator({
      doc: document,
      read,
      display: { tones: 'marks', sandhi: false },
      budgetMs: 8,
      readBatchChars: batch,
      yieldToPage: () => new Promise((resolve) => setImmediate(resolve)),
    });
    const start = performance.now();
    await annotator.annotate(els);
    const totalMs = performance.now() - start;
    const words = annotator.stats.words;
    annotator.unannotate();
    return {
      mode: label,
      totalMs: ms(totalMs),
      busyMs: ms(annotator.stats.busyMs),
      slices: annotator.stats.slices,
      longestSliceMs: ms(annotator.stats.longestSliceMs),
      words,
      restoredExactly: els.map((e) => e.textContent).join('') === before,
    };
  };
  // As in the extension: readings come from the background worker (here: precomputed, async),
  // so the page's main thread only builds the DOM.
  const readings = new Map<string, ReturnType<typeof engine.read>>();
  const remote = async (texts: string[]) =>
    texts.map((t) => {
      if (!readings.has(t)) readings.set(t, engine.read(t));
      return readings.get(t)!;
    });
  await run('warm-up', remote, 1500);
  const domOnly = await run('background reading (DOM work on the page thread)', remote, 1500);
  const inProcess = await run(
    'in-process reading (segmentation + pinyin on the same thread)',
    (texts) => texts.map((t) => engine.read(t)),
    300,
  );
  await window.happyDOM.close();

  const result = {
    date: new Date().toISOString().slice(0, 10),
    node: process.version,
    dictionary: {
      entries: dict.size,
      indexBytes: bytes,
      indexGzipBytes: gzipSync(text).length,
      definitionBytes,
      attachDefinitionsMs: ms(definitionsMs),
      generateAtBuildMs: ms(generateMs),
      coldParseMs: ms(parseMs),
      engineBuildMs: ms(engineMs),
      heapMB: gc ? +((heapAfter - heapBefore) / 2 ** 20).toFixed(1) : null,
    },
    lookup: {
      samples: lookups.length,
      p50Ms: ms(pct(lookups, 50)),
      p95Ms: ms(pct(lookups, 95)),
      p99Ms: ms(pct(lookups, 99)),
    },
    annotate20k: {
      characters: chars,
      paragraphs: els.length,
      dom: 'happy-dom (Node); budget 8 ms per slice',
      runs: [domOnly, inProcess],
    },
  };
  writeResult('reading-bench', result, [
    {
      label: 'dictionary (entries / core MB / core gzip MB / definitions MB)',
      value: `${dict.size} / ${(bytes / 2 ** 20).toFixed(1)} / ${(result.dictionary.indexGzipBytes / 2 ** 20).toFixed(1)} / ${(definitionBytes / 2 ** 20).toFixed(1)}`,
    },
    {
      label: 'cold load: core + engine; definitions (ms)',
      value: `${ms(parseMs)} + ${ms(engineMs)}; ${ms(definitionsMs)}`,
    },
    { label: 'dictionary heap (MB)', value: result.dictionary.heapMB },
    {
      label: 'word lookup p50 / p95 (ms, Node)',
      value: `${result.lookup.p50Ms} / ${result.lookup.p95Ms}`,
    },
    {
      label: `annotate ${chars} chars, background reading: total / longest slice (ms)`,
      value: `${domOnly.totalMs} / ${domOnly.longestSliceMs}`,
    },
    {
      label: `annotate ${chars} chars, in-process reading: total / longest slice (ms)`,
      value: `${inProcess.totalMs} / ${inProcess.longestSliceMs}`,
    },
  ]);
  console.log(JSON.stringify(result, null, 1));
}

void main();
