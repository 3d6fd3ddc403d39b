/**
 * Run-time access to the real texts in ../shared/corpus for evaluations. The texts are never
 * copied into the project; a missing corpus is a hard error, never a silent pass.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
);
export const SHARED = path.resolve(PROJECT_ROOT, '..', 'shared');
export const CORPUS = path.join(SHARED, 'corpus');

export function requireCorpus(): string {
  if (!existsSync(path.join(CORPUS, 'mfa-2018-2020', 'parsed.json'))) {
    throw new Error(
      `The shared corpus is missing at ${CORPUS}. Evaluations read the real statements from ` +
        `../shared/corpus (relative to the project root) and cannot run without them.`,
    );
  }
  return CORPUS;
}

export interface CorpusDoc {
  /** Reference used in gold files: "mfa:<file>", "pairs/p01.json#zh", "seed/zh.json". */
  ref: string;
  lang: 'zh' | 'en';
  url: string;
  title: string;
  date: string;
  paragraphs: string[];
}

interface ParsedPage {
  file: string;
  url: string;
  lang: 'zh' | 'en';
  title: string;
  date: string;
  paragraphs: string[];
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** Every article text of the corpus (MFA pages with paragraphs, pairs, seed), both languages. */
export function loadCorpusDocs(): CorpusDoc[] {
  const root = requireCorpus();
  const docs: CorpusDoc[] = [];
  for (const page of readJson<ParsedPage[]>(path.join(root, 'mfa-2018-2020', 'parsed.json'))) {
    if (!page.paragraphs?.length) continue;
    docs.push({
      ref: `mfa:${page.file}`,
      lang: page.lang,
      url: page.url,
      title: page.title,
      date: page.date,
      paragraphs: page.paragraphs,
    });
  }
  const pairsDir = path.join(root, 'pairs');
  for (const name of readdirSorted(pairsDir).filter((n) => /^p\d+\.json$/.test(n))) {
    const pair = readJson<
      Record<'zh' | 'en', { title: string; date: string; url: string; paragraphs: string[] }>
    >(path.join(pairsDir, name));
    for (const lang of ['zh', 'en'] as const) {
      const side = pair[lang];
      docs.push({
        ref: `pairs/${name}#${lang}`,
        lang,
        url: side.url,
        title: side.title,
        date: side.date,
        paragraphs: side.paragraphs,
      });
    }
  }
  for (const lang of ['zh', 'en'] as const) {
    const seed = readJson<{ title: string; date: string; paragraphs: string[] }>(
      path.join(root, 'seed', `${lang}.json`),
    );
    docs.push({
      ref: `seed/${lang}.json`,
      lang,
      url: '',
      title: seed.title,
      date: seed.date,
      paragraphs: seed.paragraphs,
    });
  }
  return docs;
}

function readdirSorted(dir: string): string[] {
  return readdirSync(dir).sort();
}
