/** Constants shared by the dictionary generator (Node, build time) and the runtime loader. */

/** Where the generated index lives inside the extension output (never committed). */
export const DICT_ASSET_PATH = 'dict/cedict.txt' as const;
/** First token of the index's header line; bump the version when the format changes. */
export const DICT_FORMAT_HEADER = '#duizhao-cedict v2';
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
