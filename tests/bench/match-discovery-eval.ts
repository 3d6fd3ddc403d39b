/**
 * End-to-end evaluation of the English-version search on real pages: the 2018–2020 ministry pages
 * in ../shared/corpus play the site (13 English listing pages and 500 English articles behind a
 * fake fetch); each Chinese page is extracted with the product's extractor and searched with the
 * product's service (discovery through the listings, extraction, scoring).
 *   node --import tsx tests/bench/match-discovery-eval.ts [--limit N]
 * Writes tests/bench/results/match-discovery-eval.json.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractFile } from '../../utils/cli/extract';
import { createMatchCache, memoryStore } from '../../utils/match/cache';
import { loadMatchResources } from '../../utils/match/node-resources';
import type { SearchOutcome } from '../../utils/match/outcome';
import { findEnglish } from '../../utils/match/service';
import { Fetcher } from '../../utils/net/fetcher';
import { CORPUS, daysBetween, loadMfa, requireCorpus } from './lib/match-corpus';
import { writeResult } from './results';

interface IndexEntry {
  file: string;
  url: string;
  lang: string;
  kind: string;
}

function brief(outcome: SearchOutcome) {
  if (outcome.status === 'found')
    return { status: outcome.status, url: outcome.match.url, confidence: outcome.match.confidence };
  if (outcome.status === 'several') {
    return {
      status: outcome.status,
      options: outcome.options.map((o) => ({ url: o.url, confidence: o.confidence })),
    };
  }
  return { status: outcome.status, searched: outcome.searched };
}

async function main(): Promise<void> {
  requireCorpus();
  const limitArg = process.argv.indexOf('--limit');
  const limit = limitArg > 0 ? Number(process.argv[limitArg + 1]) : Infinity;
  const dir = path.join(CORPUS, 'mfa-2018-2020');
  const index = JSON.parse(readFileSync(path.join(dir, 'index.json'), 'utf8')) as IndexEntry[];
  const served = new Map(
    index.filter((e) => e.lang === 'en').map((e) => [e.url, path.join(dir, e.file)]),
  );
  const fileOf = new Map(index.map((e) => [e.url, path.join(dir, e.file)]));
  let requests = 0;
  const fetch = (async (input: RequestInfo | URL) => {
    requests++;
    const file = served.get(String(input));
    if (!file) return notFound();
    return new Response(readFileSync(file), {
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8' },
    });
  }) as typeof globalThis.fetch;
  const notFound = () => new Response('<title>404</title>', { status: 404 });

  const resources = await loadMatchResources();
  const deps = {
    fetcher: new Fetcher({ fetch, sleep: async () => {} }),
    resources: async () => resources,
    cache: createMatchCache(memoryStore()),
  };
  const { zh, en } = loadMfa();
  const enPress = new Map(
    en.filter((e) => e.isPressConference).map((e) => [e.date, e.article.url]),
  );
  const first = en.reduce((a, b) => (a.date < b.date ? a : b)).date;
  const last = en.reduce((a, b) => (a.date > b.date ? a : b)).date;

  const gold: { zhUrl: string; enUrl: string }[] = [];
  const none: string[] = [];
  const remarkDates = new Set(en.filter((e) => e.isRemarks).map((e) => e.date));
  for (const z of zh) {
    if (daysBetween(z.date, first) < -3 || daysBetween(z.date, last) > 3) continue; // outside the listings' span
    const enUrl = z.isPressConference && z.titleDate ? enPress.get(z.titleDate) : undefined;
    if (enUrl) gold.push({ zhUrl: z.article.url, enUrl });
    else if (!z.isPressConference && remarkDates.has(z.date))
      continue; // may be inside a bundled "Remarks"
    else if (z.isPressConference) none.push(z.article.url);
  }

  const results = { found: 0, several: 0, none: 0, error: 0, wrong: 0 };
  const pagesPerSearch: number[] = [];
  const failures: unknown[] = [];
  const started = performance.now();
  for (const task of gold.slice(0, limit)) {
    const extracted = extractFile(fileOf.get(task.zhUrl)!, task.zhUrl);
    if (!extracted.ok) throw new Error(`cannot extract ${task.zhUrl}`);
    const before = requests;
    const outcome = await findEnglish(extracted.article, deps);
    pagesPerSearch.push(requests - before);
    if (outcome.status === 'found' && outcome.match.url === task.enUrl) results.found++;
    else {
      if (outcome.status === 'found') results.wrong++;
      else results[outcome.status]++;
      // URLs and scores only: the results file must not carry the publisher's text (titles).
      if (failures.length < 20)
        failures.push({ zh: task.zhUrl, expected: task.enUrl, ...brief(outcome) });
    }
  }
  const noneResults = { none: 0, several: 0, found: 0, error: 0 };
  for (const zhUrl of none.slice(0, limit)) {
    const extracted = extractFile(fileOf.get(zhUrl)!, zhUrl);
    if (!extracted.ok) continue;
    const outcome = await findEnglish(extracted.article, deps);
    noneResults[outcome.status]++;
    if (outcome.status === 'found' && failures.length < 40)
      failures.push({ zh: zhUrl, falseMatch: outcome.match });
  }
  const seconds = (performance.now() - started) / 1000;
  const tasks = Math.min(gold.length, limit);
  pagesPerSearch.sort((a, b) => a - b);
  const summary = {
    generated: new Date().toISOString(),
    pressConferences: { tasks, ...results, accuracy: results.found / tasks },
    pressConferencesWithoutEnglish: { tasks: Math.min(none.length, limit), ...noneResults },
    pagesPerSearch: {
      median: pagesPerSearch[pagesPerSearch.length >> 1],
      max: pagesPerSearch.at(-1),
    },
    seconds,
    failures,
  };
  writeResult('match-discovery-eval', summary, [
    { label: 'press conferences, right English page', value: `${results.found}/${tasks}` },
    {
      label: 'several / none / wrong',
      value: `${results.several} / ${results.none} / ${results.wrong}`,
    },
    {
      label: 'without English → none',
      value: `${noneResults.none}/${summary.pressConferencesWithoutEnglish.tasks}`,
    },
    {
      label: 'pages fetched per search (median, max)',
      value: `${summary.pagesPerSearch.median}, ${summary.pagesPerSearch.max}`,
    },
  ]);
  console.log(
    'match-discovery-eval (real 2018–2020 listings and pages, product extractor + search service)',
  );
  console.log(
    `  press conferences: ${results.found}/${tasks} found the right English page (${(100 * summary.pressConferences.accuracy).toFixed(1)}%); several ${results.several}, none ${results.none}, wrong ${results.wrong}, error ${results.error}`,
  );
  console.log(`  press conferences without English in the set: ${JSON.stringify(noneResults)}`);
  console.log(
    `  pages fetched per search: median ${summary.pagesPerSearch.median}, max ${summary.pagesPerSearch.max}; ${seconds.toFixed(1)} s`,
  );
  process.exitCode = summary.pressConferences.accuracy >= 0.99 ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
