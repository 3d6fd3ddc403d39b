/**
 * The same fixtures parsed by a browser-like DOM (happy-dom's DOMParser, as the content script
 * sees a page): the adapters must not depend on linkedom's quirks.
 */
import { describe, expect, it } from 'vitest';
import { toPlainArticle } from '../../../utils/article';
import { extractArticle } from '../../../utils/extract';
import { decodeHtml } from '../../../utils/html';
import { contentType, expectedArticle, fixtureBytes, fixtureIndex } from './fixture-index';

describe.each(fixtureIndex.map((e) => [e.file, e] as const))(
  '%s in a browser DOM',
  (_file, entry) => {
    it('gives the same result as in Node', () => {
      const html = decodeHtml(fixtureBytes(entry), contentType(entry));
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const result = extractArticle(doc, entry.url, { generic: entry.generic === true });
      if (entry.expected === 'article') {
        expect(result.ok, result.ok ? '' : `${result.reason}: ${result.detail}`).toBe(true);
        if (result.ok) expect(toPlainArticle(result.article)).toEqual(expectedArticle(entry));
      } else {
        expect(result).toMatchObject({ ok: false, reason: entry.reason });
      }
    });
  },
);
