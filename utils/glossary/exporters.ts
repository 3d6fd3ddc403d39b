/**
 * The glossary as files for other tools: Anki (tab-separated text with Anki's file headers),
 * CSV (RFC 4180), Pleco flashcards (its text import format) and JSON (everything, versioned: the
 * backup that importBackup reads back). Pure functions of the entries.
 */
import { toMarks } from '../reading/syllable';
import type { GlossaryEntry, GlossaryExport } from './schema';

export type ExportFormat = 'anki' | 'csv' | 'pleco' | 'json';

/** File name extension and type of each export (their names shown to the user are in locales/). */
export const EXPORT_FORMATS: Record<ExportFormat, { extension: string; mime: string }> = {
  anki: { extension: 'txt', mime: 'text/plain' },
  csv: { extension: 'csv', mime: 'text/csv' },
  pleco: { extension: 'txt', mime: 'text/plain' },
  json: { extension: 'json', mime: 'application/json' },
};

/** Duizhao pinyin ("zhan4lüe4 huo3ban4") with tone marks ("zhànlüè huǒbàn"). */
export function pinyinMarks(pinyin: string): string {
  return pinyin.replace(/[a-zü]+[1-5]/gi, (s) => toMarks(s.toLowerCase()));
}

/** The English of an entry: the official one, else the dictionary's first meanings. */
function englishOf(e: GlossaryEntry): string {
  return e.english?.text ?? '';
}

function meaningsOf(e: GlossaryEntry): string {
  return e.definitions.slice(0, 8).join('; ');
}

/** Each context as "sentence — title, date, URL", one per line. */
function contextLines(e: GlossaryEntry): string {
  return e.contexts
    .map((c) => (e.type === 'term' && c.sentence ? c.sentence : ''))
    .filter(Boolean)
    .join('\n');
}

function sourceLines(e: GlossaryEntry): string {
  return e.contexts.map((c) => [c.title, c.date, c.url].filter(Boolean).join(' · ')).join('\n');
}

/** The columns shared by the Anki and CSV exports, in order. */
export const COLUMNS = [
  'Chinese',
  'Traditional',
  'Pinyin',
  'English',
  'English origin',
  'Meanings',
  'Context',
  'Source',
  'English URL',
  'Note',
  'Tags',
] as const;

function row(e: GlossaryEntry, tags: string): string[] {
  return [
    e.zh,
    e.traditional,
    pinyinMarks(e.pinyin),
    englishOf(e),
    e.english?.origin ?? '',
    meaningsOf(e),
    contextLines(e),
    sourceLines(e),
    e.contexts
      .map((c) => c.enUrl)
      .filter(Boolean)
      .join('\n'),
    e.note,
    tags,
  ];
}

/** RFC 4180 field: quoted when it holds the separator, a quote, CR or LF; quotes doubled. */
function quote(field: string, separator: string): string {
  return field.includes(separator) || /["\r\n]/.test(field)
    ? `"${field.replace(/"/g, '""')}"`
    : field;
}

/**
 * Anki's text import with file headers: tab-separated, plain text (not HTML), the column names
 * for the field mapping, the tags column. Tags become Anki tags (spaces inside a tag become
 * underscores, as Anki separates tags by spaces). Fields with a tab, quote or line break are
 * quoted as in CSV, which Anki's importer reads.
 */
export function toAnki(entries: readonly GlossaryEntry[]): string {
  const tagsColumn = COLUMNS.indexOf('Tags') + 1;
  const lines = [
    '#separator:tab',
    '#html:false',
    `#columns:${COLUMNS.join('\t')}`,
    `#tags column:${tagsColumn}`,
  ];
  for (const e of entries) {
    const tags = e.tags.map((t) => t.replace(/\s+/g, '_')).join(' ');
    lines.push(
      row(e, tags)
        .map((f) => quote(f, '\t'))
        .join('\t'),
    );
  }
  return lines.join('\n') + '\n';
}

/** RFC 4180 CSV: a header row, CRLF line ends, fields quoted where needed. */
export function toCsv(entries: readonly GlossaryEntry[]): string {
  const rows = [[...COLUMNS], ...entries.map((e) => row(e, e.tags.join('; ')))];
  return rows.map((r) => r.map((f) => quote(f, ',')).join(',')).join('\r\n') + '\r\n';
}

/** Pleco's line break inside a definition (its import format's private-use character). */
export const PLECO_NEWLINE = '\uEAB1';

const plecoText = (s: string) => s.replace(/\t/g, ' ').replace(/\r?\n/g, PLECO_NEWLINE);

/** A Pleco category name from a tag ("/" would start a subcategory there). */
const plecoCategory = (tag: string) => tag.replace(/\//g, '-').trim();

function plecoCard(e: GlossaryEntry): string {
  const headword = e.traditional && e.traditional !== e.zh ? `${e.zh}[${e.traditional}]` : e.zh;
  const pinyin = e.pinyin.replace(/\s+/g, ' ').trim();
  const definition = [englishOf(e), meaningsOf(e), contextLines(e), e.note]
    .filter(Boolean)
    .join('\n');
  return [plecoText(headword), plecoText(pinyin), plecoText(definition)].join('\t');
}

/**
 * Pleco flashcards as text: one card per line, "simplified[traditional] TAB pinyin (tone
 * numbers) TAB definition"; "//Duizhao/tag" category lines put the cards that follow in a
 * category. A card with several tags is listed under each (Pleco adds it to each category);
 * untagged cards go under "//Duizhao".
 */
export function toPleco(entries: readonly GlossaryEntry[]): string {
  const byTag = new Map<string, GlossaryEntry[]>();
  const untagged: GlossaryEntry[] = [];
  for (const e of entries) {
    if (!e.tags.length) untagged.push(e);
    for (const t of e.tags) {
      const name = plecoCategory(t);
      if (!name) continue;
      byTag.set(name, [...(byTag.get(name) ?? []), e]);
    }
  }
  const lines: string[] = [];
  if (untagged.length) lines.push('//Duizhao', ...untagged.map(plecoCard));
  for (const name of [...byTag.keys()].sort((a, b) => a.localeCompare(b))) {
    lines.push(`//Duizhao/${name}`, ...byTag.get(name)!.map(plecoCard));
  }
  return lines.join('\n') + '\n';
}

/** The backup: every field of every entry, with the format and schema version. */
export function toJson(file: GlossaryExport): string {
  return JSON.stringify(file, null, 1) + '\n';
}

/** A file name for an export made now: duizhao-glossary-2025-01-02.csv. */
export function exportFileName(format: ExportFormat, now = new Date()): string {
  const day = now.toISOString().slice(0, 10);
  const suffix = format === 'anki' ? '-anki' : format === 'pleco' ? '-pleco' : '';
  return `duizhao-glossary-${day}${suffix}.${EXPORT_FORMATS[format].extension}`;
}
