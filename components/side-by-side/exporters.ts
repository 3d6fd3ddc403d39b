/**
 * The Export control's formats, bound to the engine's pure exporters (utils/align/export.ts): TSV
 * with a header row, TMX 1.4 with the citation in its header and today's creation date, and
 * Markdown with both texts and the citation.
 */
import { citationOf, toMarkdown, toTmx, toTsv } from '../../utils/align/export';
import type { Exporters } from './side-by-side';

export const ALIGNMENT_EXPORTERS: Exporters = {
  tsv: (alignment) => toTsv(alignment, { header: true }),
  tmx: (alignment, zh, en) => toTmx(alignment, citationOf(zh, en), { created: new Date() }),
  md: (alignment, zh, en) => toMarkdown(alignment, citationOf(zh, en)),
};
