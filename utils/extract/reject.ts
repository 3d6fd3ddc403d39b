/**
 * Why a page is not a statement: URL patterns first (cheap, and decisive for listings and error
 * pages), then what the document shows when no article body was found.
 */
import type { NotStatementReason } from '../article';
import { cleanText } from './text';

export interface Rejection {
  reason: NotStatementReason;
  detail: string;
  /** Decisive evidence (error text, a paged listing, a media page): no fallback should override it. */
  decisive?: boolean;
}

const NON_HTML =
  /\.(?:txt|xml|json|rss|atom|pdf|docx?|xlsx?|pptx?|wps|zip|rar|gz|jpe?g|png|gif|webp|svg|mp4|mp3|m3u8|flv|css|js|ico)$/i;
const ERROR_PATH = /\/(?:error|404|notfound|not_found)\.s?html?$|\/(?:404|error)\/?$/i;
/** `default.shtml`, `default_3.shtml`, `index.htm`, `index_1.html`, `list.htm`, `node_123.htm`. */
const LISTING_FILE = /\/(?:default|index|list|node|more|latestnews)(?:_\d+)?\.s?html?$/i;
const SEARCH = /(?:^|\.)(?:so|search|sou)\.|\/(?:search|so|sou|jsearch|searchResult)(?:\/|\.|$)/i;
const SEARCH_QUERY = /[?&](?:keyword|keywords|searchword|searchWord|q|query|kw|wd)=/;
const MEDIA_PATH =
  /\/(?:photo|photos|pic|pics|tp|tpxw|video|videos|sp|spxw|vr|live|zt\/tp|gallery|album|slide)(?:\/|\.|_|$)/i;

/** Reject from the URL alone, or null when the URL could be an article. */
export function rejectByUrl(url: string): Rejection | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null; // no usable URL: let the document decide
  }
  const path = parsed.pathname;
  if (NON_HTML.test(path)) return { reason: 'not-html', detail: `not an HTML page: ${path}` };
  if (ERROR_PATH.test(path)) return { reason: 'error', detail: `error page: ${path}` };
  if (SEARCH.test(parsed.hostname + path) || SEARCH_QUERY.test(parsed.search)) {
    return { reason: 'search', detail: 'search page' };
  }
  if (path === '/' || path === '' || path.endsWith('/') || LISTING_FILE.test(path)) {
    return { reason: 'listing', detail: `index or listing page: ${path}` };
  }
  if (MEDIA_PATH.test(path)) return { reason: 'media', detail: `photo or video page: ${path}` };
  return null;
}

const ERROR_TEXT =
  /没有找到您要的网页|您访问的页面不存在|页面不存在|页面没有找到|找不到(?:该|此)?页面|无法找到该页|404 Not Found|Page Not Found|cannot be found|could not be found|does not exist|has moved/i;

/** Describe a document in which no article body was found: error, listing, media or empty. */
export function classifyDocument(doc: Document): Rejection {
  const body = doc.querySelector('body');
  if (!body) return { reason: 'no-body', detail: 'the document has no body' };
  if (doc.querySelector('frameset, frame')) {
    return { reason: 'no-body', detail: 'a frameset: the text is in its frames', decisive: true };
  }
  const title = cleanText(doc.querySelector('title')?.textContent);
  const text = cleanText(body.textContent);
  if (
    /^(?:30[12] Found|404|Not Found|Moved)/i.test(title) ||
    ERROR_TEXT.test(text.slice(0, 20000))
  ) {
    return { reason: 'error', detail: 'the page says it was not found', decisive: true };
  }
  if (/var\s+countPage\s*=/.test(scriptText(doc))) {
    return { reason: 'listing', detail: 'a paged listing (countPage)', decisive: true };
  }
  const links = Array.from(body.querySelectorAll('a'));
  const linkChars = links.reduce((n, a) => n + cleanText(a.textContent).length, 0);
  const prose = text.length - linkChars;
  if (links.length >= 4 && linkChars > prose * 0.5) {
    return { reason: 'listing', detail: `${links.length} links and little prose` };
  }
  const media = body.querySelectorAll('video, img, embed, object').length;
  const videos = body.querySelectorAll('video, embed, object').length;
  if ((media >= 3 && prose < 800) || (videos > 0 && prose < 1500)) {
    return { reason: 'media', detail: `${media} images or videos and little text`, decisive: true };
  }
  return { reason: 'no-body', detail: 'no statement text found' };
}

function scriptText(doc: Document): string {
  let all = '';
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    all += script.textContent ?? '';
    if (all.length > 200_000) break;
  }
  return all;
}
