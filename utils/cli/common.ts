/** Shared helpers for CLI commands (Node only). */
import { readFileSync } from 'node:fs';

/** A command takes its arguments and resolves to the process exit code. */
export type Command = (args: string[]) => Promise<number>;

export class CliError extends Error {
  constructor(
    message: string,
    readonly code: string = 'usage',
    readonly exitCode: number = 1,
  ) {
    super(message);
  }
}

/** Split `args` into positional values and `--flag value` options (flags listed in `withValue`). */
export function parseArgs(
  args: string[],
  withValue: readonly string[],
): { positional: string[]; options: Record<string, string | true> } {
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.startsWith('--')) {
      const name = arg.slice(2);
      if (withValue.includes(name)) {
        const value = args[++i];
        if (value === undefined) throw new CliError(`--${name} needs a value`);
        options[name] = value;
      } else options[name] = true;
    } else positional.push(arg);
  }
  return { positional, options };
}

/** Read all of stdin as UTF-8 text. */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Write one line of JSON to stdout. */
export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value) + '\n');
}

/** A file's text (UTF-8), or a CliError naming the file. */
export function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError(
      `cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`,
      'unreadable',
    );
  }
}

/** Parsed JSON, or a CliError saying where (`where`: a file name, or file:line) it is invalid. */
export function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(
      `${where}: not valid JSON (${error instanceof Error ? error.message : String(error)})`,
      'invalid-input',
    );
  }
}
