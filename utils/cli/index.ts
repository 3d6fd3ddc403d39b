/**
 * Duizhao's command-line tool: the extension's engine for translators and researchers.
 *   npm run -s cli -- extract FILE --url URL | extract --batch LIST
 *   npm run -s cli -- pinyin < lines.txt
 *   npm run -s cli -- match ZH.json CANDIDATE.json… | match --batch TASKS.jsonl
 *   npm run -s cli -- align ZH EN [--segments] [--format vecalign|json|tsv|tmx] | align --batch TASKS.jsonl
 * Exit codes: 0 ok, 1 usage or input error (a JSON message on stderr), 2 not a statement.
 */
import { CliError, type Command } from './common';

const COMMANDS: Record<string, () => Promise<{ default: Command }>> = {
  extract: () => import('./extract'),
  pinyin: () => import('./pinyin'),
  match: () => import('./match'),
  align: () => import('./align'),
};

const USAGE = `usage: duizhao <command> [args]
commands:
  extract FILE --url URL      print the statement in FILE as JSON (exit 2 if not a statement)
  extract --batch LIST        LIST lines are FILE<TAB>URL; one JSON line per file
  pinyin                      stdin lines of Chinese → one JSON token array per line
  match ZH.json CAND.json…    rank candidate English articles for a Chinese article
  match --batch TASKS.jsonl   one {"zh","candidates"} task per line → one result per line
  align ZH EN                 align a statement with its English version, sentence by sentence;
                              ZH/EN: Article JSON or plain text (one paragraph per line)
    --segments                each non-empty line is one segment, aligned as given
    --format F                vecalign (default: [zh]:[en]:confidence per line), json, tsv, tmx
  align --batch TASKS.jsonl   one {"zh","en"} task per line → one Alignment (or error) per line`;

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h') {
    process.stdout.write(USAGE + '\n');
    return name ? 0 : 1;
  }
  const load = COMMANDS[name];
  if (!load) throw new CliError(`unknown command "${name}"\n${USAGE}`);
  const command = (await load()).default;
  return command(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(
      JSON.stringify({ error: error instanceof CliError ? error.code : 'failed', message }) + '\n',
    );
    process.exitCode = error instanceof CliError ? error.exitCode : 1;
  },
);
