/**
 * The README's "Measured" section: one table row per result file with its headline figures, and
 * the machine the benchmarks ran on (timings mean little without it).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { format, headline, type ResultFile } from './results';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  chromium: string;
  date: string;
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** This machine: CPU model (from /proc/cpuinfo), cores, memory, Node and Chromium versions, today. */
export function machine(): Machine {
  let cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  try {
    const line = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (line) cpu = line[1]!.trim();
  } catch {
    // not Linux: keep os.cpus()'s name
  }
  const version = spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8', timeout: 20_000 });
  const chromium = /Chromium\s+([\d.]+)/.exec(version.stdout ?? '')?.[1];
  return {
    cpu,
    cores: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    chromium: chromium ? `Chromium ${chromium}` : 'Chromium not found',
    date: new Date().toISOString().slice(0, 10),
  };
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

/** The Markdown placed between the bench markers. */
export function renderSection(
  results: ResultFile[],
  known: readonly { name: string; about: string }[],
  host: Machine,
  /** Scripts that failed in this run: their figures, if any, are from an earlier run. */
  failed: readonly string[] = [],
): string {
  const order = (name: string) => {
    const i = known.findIndex((b) => b.name === name);
    return i < 0 ? known.length : i;
  };
  const rows = [...results]
    .sort((a, b) => order(a.name) - order(b.name) || a.name.localeCompare(b.name))
    .map((result) => {
      const about = known.find((b) => b.name === result.name)?.about ?? result.name;
      const figures = headline(result.data)
        .map((item) => `${item.label}: ${format(item.value)}`)
        .join('; ');
      return `| ${cell(about)} (\`${result.name}\`) | ${cell(figures || 'no figures')} | ${result.written.toISOString().slice(0, 10)}${failed.includes(result.name) ? ' (last run failed)' : ''} |`;
    });
  const lines = [
    `Machine: ${host.cpu}, ${host.cores} cores, ${host.memoryGb} GB memory; Node ${host.node}; ${host.chromium}; ` +
      `section written ${host.date} by \`npm run bench\` (full results in \`tests/bench/results/\`).`,
    '',
  ];
  if (rows.length === 0) lines.push('No results yet: run `npm run bench`.');
  else lines.push('| Measured | Headline figures | Run |', '| --- | --- | --- |', ...rows);
  return lines.join('\n');
}
