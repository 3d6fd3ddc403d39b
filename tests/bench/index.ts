/**
 * `npm run bench`: runs every benchmark and evaluation of tests/bench/ one after another (each in
 * its own Node process: the machines are small and timings must not disturb each other), then
 * rewrites the README's "Measured" section (between `<!-- bench:start -->` and
 * `<!-- bench:end -->`) from tests/bench/results/*.json and the machine they ran on.
 *
 *   npm run bench                          every script below
 *   npm run bench -- extract-eval ...      only these
 *   npm run bench -- --readme              only rewrite the README from the existing results
 *
 * The real texts are read from ../shared at run time; without them this stops with exit code 1.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { machine, renderSection } from './readme-section';
import { readResults } from './results';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const shared = path.resolve(root, '..', 'shared');
const readme = path.join(root, 'README.md');

/**
 * The scripts, in running order, with what their result measures. Register a new script here;
 * helpers such as corpus.ts, xinhua-wrap.ts or pinyin-gold-candidates.ts are not benchmarks.
 */
export const BENCHMARKS: readonly {
  name: string;
  about: string;
  /** Runs the built extension in Chromium: the runner builds it once, before the first of these. */
  browser?: boolean;
  args?: string[];
}[] = [
  { name: 'extract-eval', about: 'Recognition and extraction, real ministry pages' },
  { name: 'pinyin-accuracy', about: 'Pinyin of polyphonic characters in real statements' },
  { name: 'reading-bench', about: 'Dictionary and reading annotation speed' },
  { name: 'terms-check', about: 'Official term renderings against real zh/en pairs' },
  {
    name: 'terms-discover',
    about: 'New set phrases with a stable rendering, mined from aligned sentences',
  },
  {
    name: 'terms-mine',
    about: 'Official term renderings in aligned sentences, tracked by year',
  },
  { name: 'match-eval', about: 'Finding the English version among candidates' },
  { name: 'match-discovery-eval', about: 'Finding the English version on the site' },
  {
    name: 'match-align-eval',
    about: 'English version made sure by alignment: dates removed, ±7 days',
  },
  { name: 'parse-bench', about: 'Parsing fetched pages in the background worker' },
  { name: 'align-eval', about: 'Sentence alignment against the hand-made gold set' },
  { name: 'align-speed', about: 'Sentence alignment speed, 100 × 150 sentences' },
  { name: 'glossary-bench', about: 'Glossary with 10,000 entries: search, import, export' },
  {
    name: 'browser-bench',
    about: 'Cost in Chromium on the fixture pages',
    browser: true,
    args: ['--no-build'],
  },
  { name: 'reading-browser-bench', about: 'Reading layer in Chromium', browser: true },
  {
    name: 'side-by-side-bench',
    about: 'Side by side in Chromium, 150+ sentences paired by hand',
    browser: true,
  },
];

async function main(argv: string[]): Promise<number> {
  const readmeOnly = argv.includes('--readme');
  const wanted = argv.filter((a) => !a.startsWith('--'));
  const unknown = wanted.filter((w) => !BENCHMARKS.some((b) => b.name === w));
  if (unknown.length) {
    process.stderr.write(`bench: unknown script(s) ${unknown.join(', ')}\n`);
    return 2;
  }
  if (!readmeOnly && !existsSync(path.join(shared, 'corpus'))) {
    process.stderr.write(
      `bench: the shared corpus is missing at ${path.join(shared, 'corpus')}.\n` +
        `The evaluations read the real statements from ../shared (relative to the project root) ` +
        `at run time and cannot run without them. Nothing was run.\n`,
    );
    return 1;
  }

  const failed: string[] = [];
  let built = false;
  if (!readmeOnly) {
    for (const bench of BENCHMARKS) {
      if (wanted.length && !wanted.includes(bench.name)) continue;
      const file = path.join(here, `${bench.name}.ts`);
      if (!existsSync(file)) {
        process.stdout.write(
          `\n── ${bench.name}: skipped, tests/bench/${bench.name}.ts not present\n`,
        );
        continue;
      }
      process.stdout.write(`\n── ${bench.name}: ${bench.about}\n`);
      if (bench.browser && !built) {
        process.stdout.write('building the extension (npx wxt build)…\n');
        const build = spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'ignore' });
        if (build.status !== 0) {
          failed.push(bench.name);
          process.stdout.write(`── ${bench.name}: FAILED, \`npx wxt build\` failed\n`);
          continue;
        }
        built = true;
      }
      const started = Date.now();
      const run = spawnSync(process.execPath, ['--import', 'tsx', file, ...(bench.args ?? [])], {
        cwd: root,
        stdio: 'inherit',
      });
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (run.status === 0) {
        process.stdout.write(`── ${bench.name}: done in ${seconds} s\n`);
      } else {
        failed.push(bench.name);
        const why =
          run.error?.message ?? (run.signal ? `signal ${run.signal}` : `exit code ${run.status}`);
        process.stdout.write(`── ${bench.name}: FAILED (${why}) after ${seconds} s\n`);
      }
    }
  }

  const text = readFileSync(readme, 'utf8');
  const start = text.indexOf('<!-- bench:start -->');
  const end = text.indexOf('<!-- bench:end -->');
  if (start < 0 || end < start) {
    process.stderr.write(
      'bench: README.md has no <!-- bench:start --> … <!-- bench:end --> section\n',
    );
    return 1;
  }
  const section = renderSection(readResults(), BENCHMARKS, machine(), failed);
  const next =
    text.slice(0, start + '<!-- bench:start -->'.length) +
    '\n\n' +
    section +
    '\n\n' +
    text.slice(end);
  // Formatted as `npm run format:check` expects (Markdown tables get aligned columns).
  const options = (await prettier.resolveConfig(readme)) ?? {};
  writeFileSync(readme, await prettier.format(next, { ...options, filepath: readme }));
  process.stdout.write(`\nREADME.md "Measured" section rewritten.\n`);
  if (failed.length) {
    process.stderr.write(`bench: failed: ${failed.join(', ')}\n`);
    return 1;
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
