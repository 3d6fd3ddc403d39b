// @vitest-environment node
/**
 * Every committed fixture through the engine as the CLI and the background worker run it
 * (bytes → decodeHtml → linkedom): articles equal their .expected.json, other pages are rejected
 * for the listed reason, and the DOM nodes handed back match the text.
 */
import { describe, expect, it } from 'vitest';
import { toPlainArticle } from '../../../utils/article';
import { extractArticle, looksLikeStatementUrl, siteKeyFor } from '../../../utils/extract';
import { cleanText } from '../../../utils/extract/text';
import { decodeHtml, parseHtml } from '../../../utils/html';
import { contentType, expectedArticle, fixtureBytes, fixtureIndex } from './fixture-index';

const articles = fixtureIndex.filter((e) => e.expected === 'article');
const others = fixtureIndex.filter((e) => e.expected === 'not-statement');

describe('fixture index', () => {
  it('covers every site in both languages, listings, an error page and a photo page', () => {
    const sites = new Set(articles.map((e) => siteKeyFor(e.url) ?? 'generic'));
    expect([...sites].sort()).toEqual(['embassy', 'generic', 'govcn', 'mfa', 'people', 'xinhua']);
    const langs = new Set(articles.map((e) => `${siteKeyFor(e.url)}:${expectedArticle(e).lang}`));
    for (const site of ['mfa', 'xinhua', 'govcn', 'people', 'embassy']) {
      expect(langs.has(`${site}:zh`) && langs.has(`${site}:en`), site).toBe(true);
    }
    const reasons = new Set(others.map((e) => e.reason));
    for (const reason of ['error', 'listing', 'media'])
      expect(reasons.has(reason), reason).toBe(true);
  });
});

describe.each(articles.map((e) => [e.file, e] as const))('article %s', (_file, entry) => {
  const doc = parseHtml(decodeHtml(fixtureBytes(entry), contentType(entry)));
  const result = extractArticle(doc, entry.url, { generic: entry.generic === true });

  it('is recognised and extracted exactly as expected', () => {
    expect(result.ok, result.ok ? '' : `${result.reason}: ${result.detail}`).toBe(true);
    if (!result.ok) return;
    expect(toPlainArticle(result.article)).toEqual(expectedArticle(entry));
  });

  it('hands back the DOM nodes of the title and of every paragraph', () => {
    if (!result.ok) throw new Error('not recognised');
    const { nodes, paragraphs, title } = result.article;
    expect(nodes.paragraphs).toHaveLength(paragraphs.length);
    paragraphs.forEach((p, i) =>
      expect(cleanText(nodes.paragraphs[i]!.textContent)).toContain(p.text),
    );
    expect(nodes.body.length).toBeGreaterThan(0);
    for (const el of nodes.paragraphs)
      expect(nodes.body.some((b) => b === el || b.contains(el))).toBe(true);
    if (nodes.title) expect(cleanText(nodes.title.textContent)).toBe(title);
  });

  it('passes the URL pre-check exactly when it is on an official site', () => {
    expect(looksLikeStatementUrl(entry.url)).toBe(!entry.generic);
  });

  if (entry.generic) {
    it('is left alone unless the user asks', () => {
      const plain = extractArticle(doc, entry.url);
      expect(plain).toMatchObject({ ok: false, reason: 'unsupported-host' });
    });
  }
});

describe.each(others.map((e) => [e.file, e] as const))('not a statement: %s', (_file, entry) => {
  const doc = parseHtml(decodeHtml(fixtureBytes(entry), contentType(entry)));

  it(`is rejected as ${entry.reason}`, () => {
    expect(extractArticle(doc, entry.url)).toMatchObject({ ok: false, reason: entry.reason });
    expect(looksLikeStatementUrl(entry.url)).toBe(false);
  });

  if (entry.askToRead) {
    // A supported site's page outside its article templates: read only when the user asks.
    it('is read by the generic extractor when the user asks', () => {
      const result = extractArticle(doc, entry.url, { generic: true });
      expect(result.ok, result.ok ? '' : `${result.reason}: ${result.detail}`).toBe(true);
      if (result.ok) expect(toPlainArticle(result.article)).toEqual(expectedArticle(entry));
    });
    return;
  }

  it('is rejected from its content alone, even at an article-shaped URL', () => {
    const site = siteKeyFor(entry.url);
    const articleUrl =
      site === 'xinhua'
        ? 'https://www.news.cn/politics/20250312/0123456789abcdef0123456789abcdef/c.html'
        : entry.url.replace(/\/[^/]*$/, '/t20250620_11650999.shtml');
    const result = extractArticle(doc, articleUrl, { generic: true });
    expect(result.ok, result.ok ? result.article.title : '').toBe(false);
    if (!result.ok) expect(result.reason).toBe(entry.reason);
  });
});
