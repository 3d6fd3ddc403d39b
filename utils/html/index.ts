/** Decoding and parsing of HTML pages outside a browser tab (CLI, tests, background worker). */
export { decodeHtml, charsetFromContentType, sniffMetaCharset, normaliseCharset } from './decode';
export { parseHtml } from './parse';
export { parseHtmlSliced, prepareDocument, parseHtmlPrepared } from './parse-sliced';
