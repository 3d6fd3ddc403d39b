/**
 * The one typed message protocol between the content script, the background worker and the
 * extension pages. Nothing else calls runtime.sendMessage / tabs.sendMessage directly.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { GlossaryEntry, GlossaryInput } from './glossary/schema';
import type { EntryEdit, ImportReport } from './glossary/store';
import type { ReadingToken } from './reading/pinyin';
import type { WordInfo } from './reading/reader';
import type { ReadingSettings } from './reading/settings';
import type { Article, ArticleKind, NotStatementReason } from './article';
import type { SearchOutcome, SearchProgress } from './match/outcome';
import type { WordInSentence } from './align/term';
import type { Alignment } from './align/types';

/** What the content script reports about its tab. */
export type PageStatus =
  | { state: 'pending' }
  | {
      state: 'recognised';
      article: ArticleSummary;
      /** Per-site switch key, or null off the official sites (user-activated reading). */
      siteKey: string | null;
      siteEnabled: boolean;
      /** True when the user asked for the generic extractor. */
      generic: boolean;
      /** Time recognition took on this page, in milliseconds. */
      costMs: number;
    }
  | {
      state: 'not-statement';
      reason: NotStatementReason;
      detail: string;
      siteKey: string | null;
      siteEnabled: boolean;
      costMs: number;
    }
  | { state: 'disabled'; siteKey: string };

export interface ArticleSummary {
  url: string;
  lang: Article['lang'];
  site: Article['site'];
  kind: ArticleKind;
  title: string;
  date: string | null;
  paragraphCount: number;
  characterCount: number;
}

export interface ProtocolMap {
  /** Popup → content script of the active tab. */
  getPageStatus(): PageStatus;
  /** Popup → content script: re-run recognition (after a site was switched on, or on demand). */
  refreshPage(data: { generic: boolean }): PageStatus;
  /**
   * Content script → background: inject the reader's interface (React: the popup's view, the
   * panels) into this tab, once the reading layer has had its first readings and a frame.
   */
  loadReaderInterface(): void;
  /** Content script → background: the page's status changed (drives the toolbar badge). */
  pageStatusChanged(status: PageStatus): void;
  /**
   * Content script → background: the sheet hiding the pinyin of this page's known words
   * (utils/reading/known-style.ts), replacing the one sent before for the same document (`doc`:
   * a random id per document). Empty removes it.
   */
  readingKnownStyle(data: { doc: string; css: string }): void;
  /**
   * Content script → background (Chromium): open the reading host, which answers the reading
   * requests below; asked when one found no one to answer it (utils/reading/host.ts).
   */
  readingHostOpen(): void;
  /**
   * Content script → the reading engine (Firefox: background page; Chromium: the reading host):
   * segment and read texts (utils/reading/service.ts). Sent with utils/reading/ask.ts.
   */
  readingTokenize(data: { texts: string[] }): ReadingToken[][];
  /** Content script → background: the word at `offset` of `text` for the popup. */
  readingWordAt(data: {
    text: string;
    offset: number;
    exact: boolean;
    word?: string;
  }): WordInfo | null;
  /** Content script → background: popup data for every word of a paragraph (prefetch). */
  readingWordsAt(data: {
    text: string;
    words: { offset: number; word: string }[];
  }): (WordInfo | null)[];
  /**
   * Content script, side-by-side view or glossary page → background, the one writer of the
   * glossary (IndexedDB of the extension, utils/glossary/): save a term or passage. A term saved
   * again gains the new context; a passage saved again from the same page is the same entry.
   * Rejects with a readable message (bad input, storage full…) that the caller shows.
   */
  glossarySave(data: GlossaryInput): GlossaryEntry;
  /** Glossary page → background: change an entry's note, tags or English. */
  glossaryEdit(data: { id: string; edit: EntryEdit }): GlossaryEntry;
  /** Glossary page → background: delete entries; answers them, for undo (glossaryRestore). */
  glossaryDelete(data: { ids: string[] }): GlossaryEntry[];
  /** Glossary page → background: put deleted entries back exactly as they were (undo). */
  glossaryRestore(data: { entries: GlossaryEntry[] }): void;
  /** Glossary page → background: import a JSON backup (all or nothing), with its report. */
  glossaryImport(data: { text: string }): ImportReport;
  /** Glossary page or the toolbar's data section → background: delete every entry. */
  glossaryWipe(): { removed: number };
  /** Content script, toolbar popup → background: open the glossary page (optionally searching). */
  openGlossaryPage(data: { query?: string }): void;
  /**
   * Background → content script (context menu, keyboard shortcut): what the user selected on a
   * recognised statement, ready to save, or null when there is no Chinese selection there.
   */
  glossarySelection(): GlossaryInput | null;
  /** Background → content script: the outcome of a save from the context menu or shortcut. */
  glossaryNotice(data: { ok: boolean; message: string }): void;
  /**
   * Content script → background: find the official English version of the page's statement.
   * Answers from the cache or after searching; while searching, the background sends
   * `englishSearchProgress` to the asking tab. Never rejects for search failures: they are
   * `{ status: 'error' }` outcomes. (utils/match/service.ts, entrypoints/background/english-service.ts)
   */
  findEnglish(data: EnglishRequest): SearchOutcome;
  /** Content script → background: search again, ignoring the cached answer (the retry button). */
  retryEnglish(data: EnglishRequest): SearchOutcome;
  /** Background → content script of the asking tab: a search step (where, how many candidates). */
  englishSearchProgress(data: { zhUrl: string; progress: SearchProgress }): void;
  /**
   * Content script or popup → background: pair a statement with an English page by hand (a pasted
   * URL, or an open tab's URL and title). Remembered; later findEnglish answers with it.
   */
  pairManually(data: { zhUrl: string; enUrl: string; title?: string }): SearchOutcome;
  /** Content script → background: forget a manual pairing and the cached answer for a statement. */
  unpairEnglish(data: { zhUrl: string }): void;
  /** Toolbar popup → background: open web tabs to pair with (refused to content scripts: never in a page). */
  listOpenTabs(): OpenTab[];
  /** Content script → background: the extracted English article at `url` (cached, or fetched). */
  getEnglishArticle(data: { url: string }): Article | null;
  /**
   * Content script → background: align a Chinese statement with its English version sentence by
   * sentence (utils/align), in the worker, never on the page's main thread. Cached in memory per
   * (Chinese, English) pair. (entrypoints/background/align-service.ts)
   */
  alignEnglish(data: { zh: Article; en: Article }): AlignReply;
  /** Background → content script of the active tab: the side-by-side shortcut was pressed. */
  toggleSideBySide(): void;
  /**
   * Content script → background: "in this statement", the English words that render a word of
   * the statement in the aligned English sentence(s), once the statement has been aligned with
   * its English version (alignEnglish); null when unknown. (utils/align/term.ts termInAlignment)
   */
  termInStatement(data: { zhUrl: string } & WordInSentence): string | null;
  /**
   * Content script → background: align the statement with its English version ahead of need
   * (for "in this statement"); answers nothing, so no alignment crosses to the page's thread.
   */
  prepareAlignment(data: { zh: Article; en: Article }): void;
}

/** The answer of alignEnglish: the alignment, or why there is none (bad input, engine failure). */
export type AlignReply = { ok: true; alignment: Alignment } | { ok: false; message: string };

/** A findEnglish request: the statement, and the links on its page (some link their English version). */
export interface EnglishRequest {
  article: Article;
  pageLinks?: { url: string; text: string }[];
}

/** An open browser tab offered for manual pairing. */
export interface OpenTab {
  tabId: number;
  url: string;
  title: string;
  /** True when the tab is on one of the official sites (its page can be read for its title). */
  official: boolean;
}

/** A change to the known-word list (knownWordsChange). */
export interface KnownWordsChange {
  add?: string[];
  remove?: string[];
  /** Forget every known word (applied before add/remove). */
  clear?: boolean;
}

/** What Duizhao keeps, for the toolbar popup's Data section (dataSummary). */
export interface DataSummary {
  /** Remembered search answers, by statement. */
  outcomes: number;
  /** English pages kept for reading beside the statements. */
  articles: number;
  /** Pairings made by hand. */
  pairs: number;
  knownWords: number;
}

// The user's reading data, written only by the background (entrypoints/background/user-data-service.ts).
export interface ProtocolMap {
  /**
   * Content script or popup → background, the one writer of the known words: apply a change to
   * the stored list (merged, so tabs writing at once lose nothing); answers the resulting list,
   * and `stored: false` in a private window (kept in memory only). Rejects when it cannot be saved.
   */
  knownWordsChange(data: KnownWordsChange): { words: string[]; stored: boolean };
  /**
   * Popup → background, the one writer of the reading settings: merge `patch` (and drop the
   * per-site modes named) into the stored settings; answers them. Rejects when they cannot be saved.
   */
  readingSettingsChange(data: {
    patch: Partial<ReadingSettings>;
    removeSiteModes?: string[];
  }): ReadingSettings;
  /** Popup → background: how much of each kind of data is kept. */
  dataSummary(): DataSummary;
  /** Popup → background: forget the remembered searches, the pairings or the known words. */
  dataClear(data: { what: 'searches' | 'pairs' | 'known' }): void;
  /**
   * Content script → background (the panel's "Pair with an open tab…", a user click): open the
   * toolbar popup, which lists the open tabs (never the page). False when the browser cannot.
   */
  openPairingPopup(): boolean;
  /** Background → content script: the statement was paired from the toolbar popup. */
  englishPaired(data: { zhUrl: string; outcome: SearchOutcome }): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
