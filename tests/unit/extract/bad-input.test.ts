// @vitest-environment node
/**
 * Bad input never throws and never passes for a statement: malformed HTML, an empty body, a 5 MB
 * page, frames, traditional characters, a body filled in after load, non-pages on official hosts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extract';
import { parseHtml } from '../../../utils/html';
import { FIXTURES } from './fixture-index';

const MFA_URL = 'https://www.fmprc.gov.cn/web/wjdt_674879/fyrbt_674889/t1674321.shtml';
const XINHUA_URL =
  'https://www.news.cn/politics/leaders/20250312/7c1e2a9b4d5f4e3a8b6c0d1e2f3a4b5c/c.html';
const fixture = (file: string) => readFileSync(path.join(FIXTURES, file), 'utf8');

describe('bad input', () => {
  it('malformed HTML: unclosed tags, stray end tags, broken nesting', () => {
    const html = `<html><head><title>外交部发言人就有关问题答记者问</title><body><div id="News_Body_Title">外交部发言人就有关问题答记者问
      <span id="News_Body_Time">2019-06-20</div></span><div id="News_Body_Txt_A"><p>问：中方对此有何评论？<p><b>答：中方一贯主张通过对话协商解决分歧。</i></b>
      </td></tr><p>我们希望各方保持克制。<div><p>`;
    const result = extractArticle(parseHtml(html), MFA_URL);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.date).toBe('2019-06-20');
    expect(result.article.paragraphs.map((p) => p.text)).toEqual([
      '问：中方对此有何评论？',
      '答：中方一贯主张通过对话协商解决分歧。',
      '我们希望各方保持克制。',
    ]);
  });

  it('an empty document, an empty body, an empty article body', () => {
    for (const html of [
      '',
      '<html><body></body></html>',
      '<html><body><div id="News_Body_Txt_A"> &nbsp; <p>　</p></div></body></html>',
    ]) {
      const result = extractArticle(parseHtml(html), MFA_URL);
      expect(result, JSON.stringify(html)).toMatchObject({ ok: false, reason: 'no-body' });
    }
  });

  it('a 5 MB page is extracted completely and fast', () => {
    const base = fixture('xinhua/zh-readout.html');
    const paragraph =
      '<p>&emsp;&emsp;中方愿同各方一道，推动构建人类命运共同体，维护世界和平与发展。</p>\n';
    const copies = Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(paragraph));
    const filler = paragraph.repeat(copies);
    const html = base.replace('<span id="detailContent">', `<span id="detailContent">${filler}`);
    expect(Buffer.byteLength(html)).toBeGreaterThan(5 * 1024 * 1024);
    const started = performance.now();
    const result = extractArticle(parseHtml(html), XINHUA_URL);
    const ms = performance.now() - started;
    expect(result.ok).toBe(true);
    // Every filler paragraph plus the fixture's own ten.
    if (result.ok) expect(result.article.paragraphs.length).toBe(copies + 10);
    // Measured at ~0.5 s for parse + extract; the bound leaves room for a loaded CI machine.
    expect(ms).toBeLessThan(8000);
  });

  it('deep nesting does not overflow the stack', () => {
    const html = `<div id="News_Body_Txt_A">${'<span>'.repeat(5000)}外交部发言人表示，中方一贯主张和平解决争端。${'</span>'.repeat(5000)}<p>中方愿同各方保持沟通，共同维护地区和平稳定。</p></div>`;
    expect(() => extractArticle(parseHtml(html), MFA_URL)).not.toThrow();
  });

  it('a frameset page is not a statement (its frames are read on their own)', () => {
    const html =
      '<html><head><title>外交部</title></head><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>';
    expect(extractArticle(parseHtml(html), MFA_URL)).toMatchObject({ ok: false });
  });

  it('traditional and mixed characters are read as Chinese', () => {
    const html = fixture('xinhua/zh-readout.html')
      .replace('国家主席习近平同俄罗斯总统普京通电话', '國家主席習近平同俄羅斯總統普京通電話')
      .replace('两国元首还就', '兩國元首還就');
    const result = extractArticle(parseHtml(html), XINHUA_URL);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.lang).toBe('zh');
    expect(result.article.paragraphs[0]!.text).toContain('國家主席習近平同俄羅斯總統普京通電話');
    expect(result.article.paragraphs[6]!.text).toContain('兩國元首還就');
  });

  it('a page whose body is filled in after load is recognised on the second call', () => {
    const doc = parseHtml(
      '<html><head><title>习近平同俄罗斯总统普京通电话-新华网</title></head><body><div id="app"></div></body></html>',
    );
    expect(extractArticle(doc, XINHUA_URL).ok).toBe(false);
    const app = doc.querySelector('#app')!;
    const detail = doc.createElement('div');
    detail.id = 'detail';
    const content = doc.createElement('span');
    content.id = 'detailContent';
    for (const text of [
      '新华社北京3月12日电 国家主席习近平同俄罗斯总统普京通电话。',
      '两国元首同意保持密切交往。',
    ]) {
      const p = doc.createElement('p');
      p.textContent = text;
      content.appendChild(p);
    }
    detail.appendChild(content);
    app.appendChild(detail);
    const result = extractArticle(doc, XINHUA_URL);
    expect(result).toMatchObject({ ok: true, article: { kind: 'readout', date: '2025-03-12' } });
    if (result.ok) expect(result.article.paragraphs).toHaveLength(2);
  });

  it('pages on official hosts that are not articles', () => {
    const home =
      '<html><body><ul>' + '<li><a href="/a">新闻标题</a></li>'.repeat(40) + '</ul></body></html>';
    const cases: [string, string, string][] = [
      ['https://www.news.cn/', home, 'listing'],
      ['https://www.gov.cn/yaowen/index.htm', home, 'listing'],
      ['https://www.fmprc.gov.cn/robots.txt', 'User-agent: *\nDisallow: /', 'not-html'],
      [
        'https://www.news.cn/politics/20250312/0123456789abcdef0123456789abcdef/c.html',
        home,
        'listing',
      ],
      ['https://so.news.cn/getNews?keyword=外交部&curPage=1', home, 'search'],
      [
        'https://www.fmprc.gov.cn/web/wjdt_674879/fyrbt_674889/t1674321.shtml',
        fixture('mfa/error.html'),
        'error',
      ],
    ];
    for (const [url, html, reason] of cases) {
      expect(extractArticle(parseHtml(html), url), url).toMatchObject({ ok: false, reason });
    }
  });

  it('an unexpected failure inside becomes "not recognised", never an exception', () => {
    const hostile = new Proxy({} as Document, {
      get() {
        throw new Error('boom');
      },
    });
    const result = extractArticle(hostile, MFA_URL);
    expect(result).toMatchObject({ ok: false, reason: 'no-body' });
    if (!result.ok) expect(result.detail).toContain('boom');
  });

  it('text in neither Chinese nor English is refused by the generic extractor', () => {
    const html = `<html><body><h1>Le ministère des affaires étrangères</h1><div class="texte">${'<p>La Chine et la France ont souligné leur volonté commune de renforcer la coopération dans les domaines du commerce, de la culture et de la science, selon un communiqué publié mardi à Pékin.</p>'.repeat(3)}</div></body></html>`;
    expect(
      extractArticle(parseHtml(html), 'https://www.example.com/fr/article.html', { generic: true }),
    ).toMatchObject({
      ok: false,
      reason: 'not-chinese-or-english',
    });
  });

  it('a relative or malformed URL does not throw', () => {
    const html = fixture('mfa/zh-2019-press-conference.html');
    expect(() => extractArticle(parseHtml(html), 'not a url')).not.toThrow();
    expect(extractArticle(parseHtml(html), 'not a url')).toMatchObject({
      ok: false,
      reason: 'unsupported-host',
    });
    expect(extractArticle(parseHtml(html), 'not a url', { generic: true }).ok).toBe(true);
  });
});
