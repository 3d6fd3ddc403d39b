/**
 * Memory of Chromium's extension process (Linux /proc): the process that holds Duizhao's service
 * worker, its reading host (the offscreen document and the engine's worker with the dictionary)
 * and its other pages. Proportional set size (shared pages split among the processes sharing
 * them) and resident set size, in MB; null where /proc cannot tell (not Linux, no such process).
 * The bench runs one browser at a time, so every extension process found is its own.
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface ProcessMemory {
  processes: number;
  pssMb: number;
  rssMb: number;
}

const kb = (text: string, field: string) =>
  Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? NaN);

export function extensionProcessMemory(): ProcessMemory | null {
  let pss = 0;
  let rss = 0;
  let processes = 0;
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return null;
  }
  for (const pid of pids) {
    try {
      // Chromium's child processes rewrite their command line as one space-separated string.
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
      if (!args.includes('--type=renderer') || !/--extension-process\b/.test(args)) continue;
      const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      pss += kb(rollup, 'Pss');
      rss += kb(rollup, 'Rss');
      processes++;
    } catch {
      // Gone meanwhile, or not ours to read.
    }
  }
  if (!processes || !Number.isFinite(pss)) return null;
  const mb = (n: number) => Math.round((n / 1024) * 10) / 10;
  return { processes, pssMb: mb(pss), rssMb: mb(rss) };
}
