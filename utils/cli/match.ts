/**
 * `match ZH.json CAND.json…`: rank English candidates as the translation of a Chinese article and
 * print {"best": index|null, "ranking": [{"index", "score"}…]}.
 * `match --batch TASKS.jsonl`: each line {"zh": Article, "candidates": [Article…]}; one result
 * line per task, in order. Invalid input: a JSON error on stderr and exit 1.
 */
import type { Article } from '../article';
import {
  articleInputSchema,
  describeIssues,
  matchTaskSchema,
  toArticle,
} from '../match/article-schema';
import { loadMatchResources } from '../match/node-resources';
import { rankConfirmed } from '../match/confirm';
import type { ScorerResources } from '../match/resources';
import { CliError, parseArgs, parseJson, printJson, readText, type Command } from './common';

function readArticle(file: string, lang: 'zh' | 'en'): Article {
  const parsed = articleInputSchema.safeParse(parseJson(readText(file), file));
  if (!parsed.success)
    throw new CliError(
      `${file}: not an Article (${describeIssues(parsed.error)})`,
      'invalid-input',
    );
  if (parsed.data.lang !== lang) {
    throw new CliError(
      `${file}: expected a ${lang === 'zh' ? 'Chinese' : 'English'} article (lang "${lang}")`,
      'invalid-input',
    );
  }
  return toArticle(parsed.data);
}

function readTasks(file: string): { zh: Article; candidates: Article[] }[] {
  const tasks: { zh: Article; candidates: Article[] }[] = [];
  readText(file)
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (!line.trim()) return;
      const where = `${file}:${i + 1}`;
      const parsed = matchTaskSchema.safeParse(parseJson(line, where));
      if (!parsed.success)
        throw new CliError(
          `${where}: not a task (${describeIssues(parsed.error)})`,
          'invalid-input',
        );
      tasks.push({
        zh: toArticle(parsed.data.zh),
        candidates: parsed.data.candidates.map(toArticle),
      });
    });
  return tasks;
}

/** `best` and `ranking` as the extension decides them (the alignment check included). */
function ranking(zh: Article, candidates: Article[], resources: ScorerResources) {
  const { best, ranking } = rankConfirmed(zh, candidates, resources);
  return { best, ranking };
}

const match: Command = async (args) => {
  const { positional, options } = parseArgs(args, ['batch']);
  if (typeof options.batch === 'string') {
    if (positional.length) throw new CliError('match --batch TASKS.jsonl takes no other files');
    // Validate every line before the (slower) dictionary load, so bad input fails fast.
    const tasks = readTasks(options.batch);
    const resources = await loadMatchResources();
    for (const task of tasks) printJson(ranking(task.zh, task.candidates, resources));
    return 0;
  }
  const [zhFile, ...candidateFiles] = positional;
  if (!zhFile)
    throw new CliError('usage: match ZH.json CANDIDATE.json… | match --batch TASKS.jsonl');
  const zh = readArticle(zhFile, 'zh');
  const candidates = candidateFiles.map((f) => readArticle(f, 'en'));
  printJson(ranking(zh, candidates, await loadMatchResources()));
  return 0;
};

export default match;
