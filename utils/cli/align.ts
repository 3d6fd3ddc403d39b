/**
 * `align ZH EN [--segments] [--format vecalign|json|tsv|tmx]`: align a Chinese statement with its
 * English version, sentence by sentence. ZH and EN are Article JSON files (as `extract` prints
 * them) or plain-text files (one paragraph per line). With `--segments` every non-empty line of a
 * plain-text file (every paragraph of an Article) is one segment, aligned as given.
 * `align --batch TASKS.jsonl`: each line {"zh": Article, "en": Article}; one JSON Alignment per
 * line, in order; a bad task gets an error line {"error", "message", "line"} and the rest go on
 * (exit code 1 at the end if any task failed).
 */
import type { Article, Lang } from '../article';
import { alignSegments } from '../align/align';
import { toTmx, toTsv, toVecalign, citationOf } from '../align/export';
import { segmentsFromLines, splitArticle } from '../align/split';
import type { Alignment, Segment } from '../align/types';
import { articleInputSchema, describeIssues, toArticle } from '../match/article-schema';
import { loadMatchResources } from '../match/node-resources';
import type { ScorerResources } from '../match/resources';
import { CliError, parseArgs, parseJson, printJson, readText, type Command } from './common';

const FORMATS = ['vecalign', 'json', 'tsv', 'tmx'] as const;
type Format = (typeof FORMATS)[number];

const USAGE =
  'usage: align ZH EN [--segments] [--format vecalign|json|tsv|tmx] | align --batch TASKS.jsonl';

const LANGUAGE: Record<Lang, string> = { zh: 'Chinese', en: 'English' };

function invalid(message: string): CliError {
  return new CliError(message, 'invalid-input');
}

/** An Article from parsed JSON, checked to be of the expected language. */
function articleFrom(value: unknown, lang: Lang, where: string): Article {
  const parsed = articleInputSchema.safeParse(value);
  if (!parsed.success) throw invalid(`${where}: not an Article (${describeIssues(parsed.error)})`);
  if (parsed.data.lang !== lang)
    throw invalid(`${where}: expected a ${LANGUAGE[lang]} article (lang "${lang}")`);
  return toArticle(parsed.data);
}

/** A side read from a file: an Article JSON file, or plain text with one paragraph per line. */
function readSide(file: string, lang: Lang): Article {
  const text = readText(file).replace(/^\uFEFF/, '');
  if (text.trimStart().startsWith('{')) return articleFrom(parseJson(text, file), lang, file);
  const paragraphs = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => ({ text: line }));
  return {
    url: file,
    lang,
    site: 'generic',
    kind: 'other',
    title: '',
    date: null,
    speakers: [],
    source: null,
    paragraphs,
  };
}

function segmentsOf(article: Article, given: boolean, where: string): Segment[] {
  const segments = given
    ? segmentsFromLines(article.paragraphs.map((p) => p.text))
    : splitArticle(article);
  if (!segments.length) throw invalid(`${where}: no ${LANGUAGE[article.lang]} text to align`);
  return segments;
}

function render(format: Format, alignment: Alignment, zh: Article, en: Article): string {
  switch (format) {
    case 'vecalign':
      return toVecalign(alignment);
    case 'json':
      return JSON.stringify(alignment) + '\n';
    case 'tsv':
      return toTsv(alignment);
    case 'tmx': {
      // Plain-text inputs have no real URLs or titles: cite only what the files say.
      const citation = citationOf(zh, en);
      if (!zh.title) delete citation.title;
      if (!en.title) delete citation.enTitle;
      if (!/^https?:/.test(zh.url)) delete citation.zhUrl;
      if (!/^https?:/.test(en.url)) delete citation.enUrl;
      return toTmx(alignment, citation);
    }
  }
}

async function batch(file: string, resources: () => Promise<ScorerResources>): Promise<number> {
  const lines = readText(file).split(/\r?\n/);
  let failed = 0;
  let loaded: ScorerResources | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim()) continue;
    const where = `${file}:${i + 1}`;
    try {
      const task = parseJson(line, where);
      if (!task || typeof task !== 'object' || Array.isArray(task))
        throw invalid(`${where}: a task is {"zh": Article, "en": Article}`);
      const { zh, en } = task as { zh?: unknown; en?: unknown };
      const zhArticle = articleFrom(zh, 'zh', `${where} zh`);
      const enArticle = articleFrom(en, 'en', `${where} en`);
      const zhSegments = segmentsOf(zhArticle, false, `${where} zh`);
      const enSegments = segmentsOf(enArticle, false, `${where} en`);
      loaded ??= await resources();
      printJson(alignSegments(zhSegments, enSegments, loaded));
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      failed++;
      printJson({ error: error.code, message: error.message, line: i + 1 });
    }
  }
  return failed ? 1 : 0;
}

const align: Command = async (args) => {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const { positional, options } = parseArgs(args, ['batch', 'format']);
  const unknown = Object.keys(options).filter((o) => !['batch', 'format', 'segments'].includes(o));
  if (unknown.length) throw new CliError(`unknown option --${unknown[0]}\n${USAGE}`);
  const format = (options.format ?? 'vecalign') as Format;
  if (!FORMATS.includes(format))
    throw new CliError(`unknown format "${String(options.format)}" (vecalign, json, tsv or tmx)`);
  if (typeof options.batch === 'string') {
    if (positional.length) throw new CliError(`align --batch TASKS.jsonl takes no other files`);
    if (options.format !== undefined && format !== 'json')
      throw new CliError('align --batch prints JSON lines only (no --format)');
    if (options.segments) throw new CliError('align --batch splits the articles (no --segments)');
    return batch(options.batch, loadMatchResources);
  }
  if (positional.length !== 2) throw new CliError(USAGE);
  const [zhFile, enFile] = positional as [string, string];
  const given = options.segments === true;
  const zh = readSide(zhFile, 'zh');
  const en = readSide(enFile, 'en');
  const zhSegments = segmentsOf(zh, given, zhFile);
  const enSegments = segmentsOf(en, given, enFile);
  const alignment = alignSegments(zhSegments, enSegments, await loadMatchResources());
  process.stdout.write(render(format, alignment, zh, en));
  return 0;
};

export default align;
