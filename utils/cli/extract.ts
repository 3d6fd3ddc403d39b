/**
 * `extract FILE --url URL`: print the statement in FILE as JSON (exit 0), or a not-a-statement
 * error object (exit 2). `extract --batch LIST`: LIST lines are FILE<TAB>URL; one JSON line per
 * file, in order; exit 0 unless LIST cannot be read. Bytes are decoded by the declared charset.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { toPlainArticle, type Article } from '../article';
import { extractArticle } from '../extract';
import { decodeHtml, parseHtml } from '../html';
import { CliError, parseArgs, printJson, type Command } from './common';

type Outcome =
  | { ok: true; article: Article }
  | { ok: false; error: { error: string; reason?: string; detail?: string; file?: string } };

/** Extract one file; never throws (unreadable files become error objects). */
export function extractFile(file: string, url: string, generic = false): Outcome {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { error: 'unreadable', detail, file } };
  }
  const result = extractArticle(parseHtml(decodeHtml(bytes)), url, { generic });
  if (result.ok) return { ok: true, article: toPlainArticle(result.article) };
  return {
    ok: false,
    error: { error: 'not-a-statement', reason: result.reason, detail: result.detail },
  };
}

function resolveListed(file: string, listDir: string): string {
  if (path.isAbsolute(file)) return file;
  const besideList = path.resolve(listDir, file);
  return existsSync(besideList) ? besideList : path.resolve(process.cwd(), file);
}

function runBatch(list: string, generic: boolean): number {
  let text: string;
  try {
    text = readFileSync(list, 'utf8');
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new CliError(`cannot read ${list}: ${detail}`, 'unreadable');
  }
  const listDir = path.dirname(path.resolve(list));
  for (const raw of text.split(/\r?\n/)) {
    if (!raw.trim() || raw.startsWith('#')) continue;
    const [file, url] = raw.split('\t');
    if (!file || !url) {
      printJson({ error: 'bad-line', detail: 'expected FILE<TAB>URL', line: raw });
      continue;
    }
    const outcome = extractFile(resolveListed(file.trim(), listDir), url.trim(), generic);
    printJson(outcome.ok ? outcome.article : outcome.error);
  }
  return 0;
}

const extract: Command = async (args) => {
  const { positional, options } = parseArgs(args, ['url', 'batch']);
  const generic = options.generic === true;
  if (typeof options.batch === 'string') return runBatch(options.batch, generic);
  const [file] = positional;
  if (!file || typeof options.url !== 'string') {
    throw new CliError('usage: extract FILE --url URL [--generic] | extract --batch LIST');
  }
  const outcome = extractFile(file, options.url, generic);
  if (outcome.ok) {
    printJson(outcome.article);
    return 0;
  }
  if (outcome.error.error === 'unreadable') throw new CliError(`cannot read ${file}`, 'unreadable');
  printJson(outcome.error);
  return 2;
};

export default extract;
