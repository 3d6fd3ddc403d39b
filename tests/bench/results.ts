/**
 * The result-file convention of the benchmarks and evaluations in tests/bench/.
 *
 * Each script writes tests/bench/results/<name>.json: its own data, plus an optional `summary`,
 * an ordered list of headline figures `{label, value}`. `npm run bench` (tests/bench/index.ts)
 * puts the summaries into the README's "Measured" section; files without one get a few numbers
 * picked from their top levels instead, so a new script shows up even before it adopts this.
 */
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const RESULTS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results');

/** One headline figure, e.g. `{ label: 'zh articles right', value: '1000/1000' }`. */
export interface SummaryItem {
  label: string;
  value: string | number | boolean | null;
}

/** A parsed result file. */
export interface ResultFile {
  name: string;
  data: Record<string, unknown>;
  /** When the file was last written (its mtime). */
  written: Date;
}

/**
 * Write tests/bench/results/<name>.json with `data` and the headline `summary` (stored under
 * the `summary` key, which therefore must not be used by `data`). Returns the file's path.
 */
export function writeResult(
  name: string,
  data: Record<string, unknown>,
  summary: SummaryItem[] = [],
): string {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) throw new Error(`bad result name: ${name}`);
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name}.json`);
  const body = summary.length ? { ...data, summary } : data;
  writeFileSync(file, JSON.stringify(body, null, 2) + '\n');
  return file;
}

/** Every result file, by name; unreadable files are reported as an `error` entry. */
export function readResults(dir = RESULTS_DIR): ResultFile[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.json'));
  } catch {
    return [];
  }
  return names.sort().map((file) => {
    const full = path.join(dir, file);
    let data: Record<string, unknown>;
    try {
      const parsed: unknown = JSON.parse(readFileSync(full, 'utf8'));
      data =
        parsed && typeof parsed === 'object' && !Array.isArray(parsed)
          ? (parsed as Record<string, unknown>)
          : { value: parsed };
    } catch (error) {
      data = { error: `unreadable: ${error instanceof Error ? error.message : String(error)}` };
    }
    return { name: file.replace(/\.json$/, ''), data, written: statSync(full).mtime };
  });
}

/** Keys that are bookkeeping, not figures. */
const SKIP_KEYS = /^(?:date|generated|node|corpus|version|summary|failures|misses|details)$/i;
const MAX_PICKED = 5;
const MAX_INNER = 4;

/**
 * The headline figures of a result: its `summary` when it has a valid one, otherwise the first
 * few numbers of its first two levels, skipping lists and large tables.
 */
export function headline(data: Record<string, unknown>): SummaryItem[] {
  const summary = data.summary;
  if (Array.isArray(summary) && summary.every(isSummaryItem) && summary.length) return summary;
  const picked: SummaryItem[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (picked.length >= MAX_PICKED || SKIP_KEYS.test(key)) continue;
    if (isScalarFigure(value)) picked.push({ label: key, value });
    else if (value && typeof value === 'object' && !Array.isArray(value)) {
      const inner = Object.entries(value as Record<string, unknown>).filter(
        (e): e is [string, string | number | boolean] =>
          isScalarFigure(e[1]) && !SKIP_KEYS.test(e[0]),
      );
      // A table keyed by data (per character, per term) is not a headline.
      if (inner.length === 0 || Object.keys(value).length > 12) continue;
      picked.push({
        label: key,
        value: inner
          .slice(0, MAX_INNER)
          .map(([k, v]) => `${k} ${format(v)}`)
          .join(', '),
      });
    }
  }
  return picked;
}

function isSummaryItem(item: unknown): item is SummaryItem {
  if (!item || typeof item !== 'object') return false;
  const { label, value } = item as Record<string, unknown>;
  return typeof label === 'string' && (value === null || isScalarFigure(value));
}

function isScalarFigure(value: unknown): value is number | string | boolean {
  return (
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    (typeof value === 'string' && value.length <= 40)
  );
}

/** Numbers rounded for a table: integers as they are, fractions to three significant places. */
export function format(value: SummaryItem['value']): string {
  if (value === null) return '—';
  if (typeof value === 'number' && !Number.isInteger(value)) {
    return Math.abs(value) >= 100 ? value.toFixed(0) : String(Number(value.toPrecision(3)));
  }
  return String(value);
}
