/**
 * The Article: what Duizhao knows about an official statement. Shared by the extension, the CLI
 * and the tests. Plain data (JSON-serialisable) except `ExtractedArticle.nodes`.
 */

export type Lang = 'zh' | 'en';

/** Which official site (adapter) produced the article. */
export type SiteId = 'mfa' | 'xinhua' | 'govcn' | 'people' | 'embassy' | 'generic';

export type ArticleKind =
  | 'press-conference' // 例行记者会
  | 'remarks' // 发言人答记者问 / 表示
  | 'readout' // 通电话, 会见, 会谈
  | 'statement' // 声明, 联合声明
  | 'speech' // 讲话, 致辞, 贺词
  | 'message' // 贺电, 唁电
  | 'report' // 白皮书, 政府工作报告
  | 'other';

export const ARTICLE_KINDS: readonly ArticleKind[] = [
  'press-conference',
  'remarks',
  'readout',
  'statement',
  'speech',
  'message',
  'report',
  'other',
];

/** Role of a paragraph in a press conference transcript. */
export type ParagraphRole = 'question' | 'answer' | 'statement';

export interface Paragraph {
  text: string;
  /** Set for press conferences: the spokesperson's announcements, questions, answers. */
  role?: ParagraphRole;
  /** Who speaks, where the page says so (e.g. the outlet asking, or the spokesperson). */
  speaker?: string;
}

export interface Article {
  url: string;
  lang: Lang;
  site: SiteId;
  kind: ArticleKind;
  title: string;
  /** Publication date as YYYY-MM-DD, or null when the page does not give one. */
  date: string | null;
  /** People who speak in the statement, where stated (spokesperson, leader). */
  speakers: string[];
  /** The publisher or outlet named as source (新华社, 外交部, 人民网…), or null. */
  source: string | null;
  paragraphs: Paragraph[];
  /**
   * The page's own link to its version in the other language, where it has one (current ministry
   * English pages link to the Chinese original). Optional: absent when the page has no such link.
   */
  counterpartUrl?: string | null;
}

/** An article extracted from a live document, with the nodes of its body for annotation. */
export interface ExtractedArticle extends Article {
  nodes: {
    title: Element | null;
    /** One element per paragraph, in order (a `<p>`, or the container of a `<br>`-split run). */
    paragraphs: Element[];
    /** The container(s) holding the body. */
    body: Element[];
  };
}

export type ExtractResult =
  | { ok: true; article: ExtractedArticle }
  | { ok: false; reason: NotStatementReason; detail: string };

export type NotStatementReason =
  | 'unsupported-host' // not an official site and the user did not ask
  | 'listing' // index / listing / column page
  | 'media' // photo or video page
  | 'search' // search page
  | 'error' // error or not-found page
  | 'no-body' // a page on a supported host with no statement text
  | 'not-chinese-or-english'
  | 'not-html';

/** Strip the DOM nodes, for JSON output and messaging. */
export function toPlainArticle(article: Article | ExtractedArticle): Article {
  const { url, lang, site, kind, title, date, speakers, source, paragraphs, counterpartUrl } =
    article;
  const plain: Article = { url, lang, site, kind, title, date, speakers, source, paragraphs };
  if (counterpartUrl) plain.counterpartUrl = counterpartUrl;
  return plain;
}
