/**
 * The one typed message protocol between the content script, the background worker and the
 * extension pages. Nothing else calls runtime.sendMessage / tabs.sendMessage directly.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Article, ArticleKind, NotStatementReason } from './article';

/** What the content script reports about its tab. */
export type PageStatus =
  | { state: 'recognised'; article: ArticleSummary; siteEnabled: boolean }
  | { state: 'not-statement'; reason: NotStatementReason; detail: string; siteEnabled: boolean }
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
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
