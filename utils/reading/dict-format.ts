/** Constants shared by the dictionary generator (Node, build time) and the runtime loader. */

/**
 * Where the generated files live inside the extension output (never committed): the reading
 * index (headwords, readings, the character map), which is all that segmentation and pinyin need
 * and is loaded first, and the definitions, loaded after it for the popup.
 */
export const DICT_CORE_PATH = 'dict/cedict-core.txt' as const;
export const DICT_DEFINITIONS_PATH = 'dict/cedict-defs.txt' as const;
/** First token of each file's header line; bump the version when the format changes. */
export const DICT_CORE_HEADER = '#duizhao-cedict-core v3';
export const DICT_DEFINITIONS_HEADER = '#duizhao-cedict-defs v3';
/** The two files of the dictionary (written by dict-build.ts). */
export interface DictionaryFiles {
  core: string;
  definitions: string;
}

/** Marks a reading line of a four-character idiom (CC-CEDICT "(idiom)"), after a tab. */
export const IDIOM_FLAG = 'i';
/** Line that starts the sorted headword index (after the entries). */
export const DICT_INDEX_MARK = '#index';
/** Line that starts the simplified → traditional character map (after the index). */
export const DICT_CHARS_MARK = '#chars';

/** Separates definitions inside a line (CC-CEDICT definitions themselves may contain '/'). */
export const DEF_SEPARATOR = '\u001f';

/** Credit for CC-CEDICT, shown in the About section and the README. */
export const CEDICT_ATTRIBUTION = {
  name: 'CC-CEDICT',
  url: 'https://cc-cedict.org/wiki/',
  licence: 'Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0)',
  licenceUrl: 'https://creativecommons.org/licenses/by-sa/4.0/',
  text:
    'Dictionary definitions from CC-CEDICT (MDBG and contributors), licensed under CC BY-SA 4.0. ' +
    'Duizhao ships them reformatted as a compact index; the definitions are unchanged.',
} as const;
