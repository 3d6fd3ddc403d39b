/**
 * A site adapter: which hosts it serves and, per page template ("layout"), where the title, the
 * date and the body are. Adapters hold selectors only; utils/extract/layout.ts does the work.
 */
import type { Lang, SiteId } from '../article';

export interface Layout {
  /** Short name for diagnostics, e.g. 'mfa-2018-zh'. */
  name: string;
  /** The layout applies when this selector matches (checked before anything else). */
  detect: string;
  /** Body container(s), tried in order; the first with text wins. */
  body: readonly string[];
  title: readonly string[];
  /** Elements whose text holds the date, tried in order. */
  date?: readonly string[];
  /** `<meta name>` holding the date (publishdate, PubDate, firstpublishedtime). */
  dateMeta?: readonly string[];
  /** Elements or metas naming the source outlet. */
  source?: readonly string[];
  sourceMeta?: readonly string[];
  /** Inside the body: elements that are not statement text (editor lines, share bars). */
  skip?: readonly string[];
  /** Language when the layout fixes it; otherwise detected from the text. */
  lang?: Lang;
  /** Only for these URLs (e.g. the English host); default: every URL of the site. */
  when?: (url: URL) => boolean;
}

export interface SiteAdapter {
  site: Exclude<SiteId, 'generic'>;
  /** Does this adapter serve `host` (lower case, no port)? */
  matchesHost(host: string): boolean;
  /** Cheap URL test: could this path be an article page? (Listings and columns are not.) */
  isArticlePath(path: string): boolean;
  /** Publisher named when the page names none, per language. */
  defaultSource: Record<Lang, string>;
  layouts: readonly Layout[];
  /** The page's own link to its version in the other language, where the site gives one. */
  counterpartUrl?(doc: Document, url: string): string | null;
}
