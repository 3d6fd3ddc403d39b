/**
 * Official renderings checked at sentence level and tracked over time. Aligns every Chinese/English
 * pair of ../shared/corpus (read at run time, never copied) with the sentence aligner
 * (utils/align): the ministry's same-day regular press conferences of 2018–2020 (the 485 pairs of
 * tests/bench/lib/match-corpus.ts) and corpus/pairs. For every official term of
 * utils/lexicon/data/terms.json and every confident link (confidence ≥ CONFIDENT) whose Chinese
 * holds the term:
 *   confirmed    — the linked English holds one of its renderings (in ≥ 1 pair);
 *   contradicted — the term is in linked sentences of ≥ 2 pairs and no rendering is in any;
 *   unconfirmed  — the term is in linked sentences of 1 pair only, without a rendering;
 *   unchecked    — the term is in no linked sentence.
 * Per rendering it counts the linked sentence pairs by year and keeps the URL of the latest
 * article as an example (URLs and counts only: no sentence is kept).
 *   node --import tsx tests/bench/terms-mine.ts           # report → tests/bench/results/terms-mine.json
 *   node --import tsx tests/bench/terms-mine.ts --write   # also writes usage/example into the data
 * Contradicted terms are reviewed by hand: fixed in terms.json (a `review` note says what and why)
 * or dropped into utils/lexicon/data/dropped.json with the reason; the report lists both.
 * With --write, the data files are rewritten in their final (formatted, schema-checked) form, so
 * rerunning leaves the unit tests green.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { format } from 'prettier';
import { alignArticles, CONFIDENT } from '../../utils/align';
import { checkLexicon, type SourceTable, type TermRow } from '../../utils/lexicon/schema';
import { loadMatchResources } from '../../utils/match/node-resources';
import { LEXICON_DATA_FILES } from '../../utils/reading/dict-build';
import { minedPairs, sourceIdOf } from './lib/aligned-corpus';
import { PROJECT_ROOT } from './lib/reading-corpus';
import { writeResult } from './results';
import { countStatuses, normaliseEnglish, termStatus } from './lib/english-text';

/** A rendering is found when its normalised text (without a leading "the ") is in the English. */
function needleOf(rendering: string): string {
  return normaliseEnglish(rendering)
    .replace(/^the /, '')
    .replace(/^"(.*)"$/, '$1');
}

const OFFICIAL_ENGLISH =
  /^https:\/\/(www\.fmprc\.gov\.cn|www\.mfa\.gov\.cn|english\.www\.gov\.cn|english\.news\.cn|en\.people\.cn)\//;

interface RenderingTally {
  years: Map<number, number>;
  latest: { year: number; url: string } | null;
  latestOfficial: boolean;
  pairs: Set<string>;
}

async function main(): Promise<void> {
  const write = process.argv.includes('--write');
  const pairs = minedPairs();
  const resources = await loadMatchResources();
  const termsFile = path.join(PROJECT_ROOT, LEXICON_DATA_FILES.terms);
  const sourcesFile = path.join(PROJECT_ROOT, LEXICON_DATA_FILES.sources);
  const rows = JSON.parse(readFileSync(termsFile, 'utf8')) as TermRow[];
  const sources = JSON.parse(readFileSync(sourcesFile, 'utf8')) as SourceTable;
  // Terms taken out after review, with why (kept out of terms.json, listed in the report).
  const dropped = JSON.parse(
    readFileSync(path.join(PROJECT_ROOT, 'utils/lexicon/data/dropped.json'), 'utf8'),
  ) as { zh: string; review: string }[];

  const tallies = rows.map((row) => ({
    withTerm: new Set<string>(),
    confirming: new Set<string>(),
    sentences: 0,
    renderings: row.renderings.map((): RenderingTally => ({
      years: new Map(),
      latest: null,
      latestOfficial: false,
      pairs: new Set(),
    })),
  }));
  // Renderings the same up to typography or a leading "the" count once, under the first.
  const needles = rows.map((row) =>
    row.renderings.map((r, k, all) => {
      const needle = needleOf(r.en);
      return all.slice(0, k).some((o) => needleOf(o.en) === needle) ? null : needle;
    }),
  );

  const started = performance.now();
  let links = 0;
  for (const [n, pair] of pairs.entries()) {
    const alignment = alignArticles(pair.zh, pair.en, resources);
    for (const link of alignment.links) {
      if (link.confidence < CONFIDENT || !link.zh.length || !link.en.length) continue;
      links++;
      const zh = link.zh.map((i) => alignment.zh[i]!.text).join('');
      let en: string | null = null;
      rows.forEach((row, t) => {
        if (!zh.includes(row.zh)) return;
        en ??= normaliseEnglish(link.en.map((i) => alignment.en[i]!.text).join(' '));
        const tally = tallies[t]!;
        tally.withTerm.add(pair.id);
        tally.sentences++;
        needles[t]!.forEach((needle, r) => {
          if (needle === null || !en!.includes(needle)) return;
          tally.confirming.add(pair.id);
          const rt = tally.renderings[r]!;
          rt.years.set(pair.year, (rt.years.get(pair.year) ?? 0) + 1);
          rt.pairs.add(pair.id);
          // The example: the latest use, on the publisher's own English site when there is one.
          const official = OFFICIAL_ENGLISH.test(pair.en.url);
          const better =
            !rt.latest ||
            (official && !rt.latestOfficial) ||
            (official === rt.latestOfficial && pair.year >= rt.latest.year);
          if (better) {
            rt.latest = { year: pair.year, url: pair.en.url };
            rt.latestOfficial = official;
          }
        });
      });
    }
    if (n % 50 === 49) console.log(`  aligned ${n + 1}/${pairs.length} pairs`);
  }
  const ms = performance.now() - started;

  const detail = rows.map((row, t) => {
    const tally = tallies[t]!;
    return {
      zh: row.zh,
      status: termStatus(tally.withTerm.size, tally.confirming.size),
      pairsWithTerm: tally.withTerm.size,
      confirmingPairs: tally.confirming.size,
      sentences: tally.sentences,
      renderings: row.renderings.map((r, k) => ({
        en: r.en,
        pairs: tally.renderings[k]!.pairs.size,
        years: Object.fromEntries(tally.renderings[k]!.years),
      })),
      ...(row.review && { review: row.review }),
    };
  });
  const counts = countStatuses(detail);
  const inTwo = detail.filter((d) => d.confirmingPairs >= 2).length;
  const contradicted = detail.filter((d) => d.status === 'contradicted');

  writeResult(
    'terms-mine',
    {
      pairs: pairs.length,
      confidentLinks: links,
      alignSeconds: Math.round(ms / 100) / 10,
      terms: rows.length,
      counts,
      confirmedInTwoPairs: inTwo,
      contradicted: contradicted.map((d) => ({
        zh: d.zh,
        pairs: d.pairsWithTerm,
        renderings: d.renderings.map((r) => r.en),
      })),
      reviewed: detail.filter((d) => d.review).map((d) => ({ zh: d.zh, review: d.review })),
      dropped,
      terms_detail: detail,
    },
    [
      { label: 'zh/en pairs aligned (press conferences + pairs)', value: pairs.length },
      { label: 'official terms', value: rows.length },
      {
        label: 'confirmed at sentence level / in ≥2 pairs',
        value: `${counts.confirmed} / ${inTwo}`,
      },
      { label: 'contradicted', value: counts.contradicted },
      {
        label: 'unconfirmed (1 pair) / unchecked',
        value: `${counts.unconfirmed} / ${counts.unchecked}`,
      },
    ],
  );
  console.log(
    `terms-mine: ${rows.length} terms over ${pairs.length} aligned pairs (${links} confident links, ${Math.round(ms / 1000)} s)`,
  );
  console.log(
    `  confirmed ${counts.confirmed} (in ≥2 pairs: ${inTwo}), contradicted ${counts.contradicted}, unconfirmed ${counts.unconfirmed}, unchecked ${counts.unchecked}`,
  );
  for (const d of contradicted)
    console.log(
      `  contradicted: ${d.zh} (${d.pairsWithTerm} pairs) — ${d.renderings.map((r) => r.en).join(' | ')}`,
    );

  if (!write) return;
  // Usage and an example per rendering; a rendering used on an official English page names it
  // as its source (as the document-level check did).
  const next: TermRow[] = rows.map((row, t) => ({
    ...row,
    renderings: row.renderings.map((r, k) => {
      const tally = tallies[t]!.renderings[k]!;
      const { usage: _usage, example: _example, ...rest } = r;
      const id = tally.latest ? sourceIdOf(tally.latest.url) : null;
      if (!tally.latest || !id) return rest;
      sources[id] = tally.latest.url;
      const usage = [...tally.years]
        .sort(([a], [b]) => a - b)
        .map(([year, count]) => ({ year, count }));
      return {
        ...rest,
        source: rest.source.startsWith('column/') && id.startsWith('mfa-en/') ? id : rest.source,
        usage,
        example: id,
      };
    }),
  }));
  const sortedSources = Object.fromEntries(
    Object.entries(sources).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  // The files in their final form: checked by the schema, formatted as the repository formats.
  const gazetteer = JSON.parse(
    readFileSync(path.join(PROJECT_ROOT, LEXICON_DATA_FILES.gazetteer), 'utf8'),
  ) as unknown;
  checkLexicon({ gazetteer, terms: next, sources: sortedSources });
  const json = (value: unknown) =>
    format(JSON.stringify(value), { parser: 'json', printWidth: 100 });
  writeFileSync(termsFile, await json(next));
  writeFileSync(sourcesFile, await json(sortedSources));
  console.log(`  wrote usage into ${LEXICON_DATA_FILES.terms} and ${LEXICON_DATA_FILES.sources}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
