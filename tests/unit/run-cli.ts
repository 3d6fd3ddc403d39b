/** Runs `npm run -s cli -- …` as a user does: a child process, from the project root. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

export function runCli(
  args: string[],
  input?: string,
): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'utils/cli/index.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    input,
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
