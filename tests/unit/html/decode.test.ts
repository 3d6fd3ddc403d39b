// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  charsetFromContentType,
  decodeHtml,
  normaliseCharset,
  parseHtml,
  sniffMetaCharset,
} from '../../../utils/html';

const gbkFixture = path.resolve(__dirname, '../../fixtures/pages/people/zh-article-gbk.html');
const enc = (text: string) => new TextEncoder().encode(text);

describe('decodeHtml', () => {
  it('decodes a GBK page by its <meta charset=GB2312> declaration', () => {
    const bytes = new Uint8Array(readFileSync(gbkFixture));
    // The fixture really is GBK: as UTF-8 its Chinese would be garbage.
    expect(new TextDecoder('utf-8').decode(bytes)).not.toContain('南南合作');
    const html = decodeHtml(bytes);
    expect(html).toContain('外交部：中方愿同各方共同维护南南合作势头');
    expect(html).not.toContain('\ufffd');
  });

  it('lets the Content-Type header win over the <meta> declaration', () => {
    const bytes = new Uint8Array(readFileSync(gbkFixture));
    expect(decodeHtml(bytes, 'text/html; charset=gbk')).toContain('南南合作');
    // A wrong header is followed, as browsers do: the text is then mojibake, not an exception.
    expect(decodeHtml(bytes, 'text/html; charset=utf-8')).not.toContain('南南合作');
  });

  it('reads a saved copy re-encoded to UTF-8 (still declaring GB2312) as UTF-8', () => {
    const html =
      '<meta http-equiv="content-type" content="text/html;charset=GB2312"/><h1>外交部发言人表示</h1>';
    expect(decodeHtml(enc(html))).toContain('外交部发言人表示');
    // …but a Content-Type header is always obeyed.
    expect(decodeHtml(enc(html), 'text/html; charset=gbk')).not.toContain('外交部发言人表示');
  });

  it('maps gb2312 and its aliases to gbk', () => {
    expect(normaliseCharset('GB2312')).toBe('gbk');
    expect(normaliseCharset('"gb2312"')).toBe('gbk');
    expect(normaliseCharset('x-gbk')).toBe('gbk');
    expect(normaliseCharset('no-such-charset')).toBeNull();
    expect(charsetFromContentType('text/html;charset=GB2312')).toBe('gbk');
    expect(charsetFromContentType('text/html')).toBeNull();
  });

  it('sniffs http-equiv and html5 meta declarations from the first bytes only', () => {
    expect(
      sniffMetaCharset(enc('<meta http-equiv="Content-Type" content="text/html; charset=gbk">')),
    ).toBe('gbk');
    expect(sniffMetaCharset(enc('<meta charset=utf-8>'))).toBe('utf-8');
    const late = enc(' '.repeat(5000) + '<meta charset="gbk">');
    expect(sniffMetaCharset(late)).toBeNull();
  });

  it('defaults to UTF-8, honours a BOM, and never throws', () => {
    expect(decodeHtml(enc('<p>外交部</p>'))).toBe('<p>外交部</p>');
    expect(
      decodeHtml(
        new Uint8Array([0xef, 0xbb, 0xbf, ...enc('<p>新华</p>')]),
        'text/html; charset=gbk',
      ),
    ).toBe('<p>新华</p>');
    expect(decodeHtml(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).toBe('A');
    expect(decodeHtml(new Uint8Array([0xc3, 0x28, 0xa0]))).toContain('\ufffd');
    expect(decodeHtml(new Uint8Array(0))).toBe('');
    expect(() =>
      decodeHtml(enc('<meta charset="bogus">x'), 'text/html; charset=also-bogus'),
    ).not.toThrow();
  });
});

describe('parseHtml', () => {
  it('parses a page with linkedom and keeps its structure', () => {
    const doc = parseHtml(
      '<!DOCTYPE html><html><head><title>t</title></head><body><P>一</P><p>二</p></body></html>',
    );
    expect(doc.querySelectorAll('p')).toHaveLength(2);
    expect(doc.querySelector('title')?.textContent).toBe('t');
  });

  it('always gives a documentElement and a body', () => {
    for (const html of [
      '',
      'User-agent: *\nDisallow: /',
      '<p>片段</p>',
      '<!DOCTYPE html><title>t</title><p>x',
      '<html><head></head></html>',
      '<frameset><frame src="a.html"></frameset>',
    ]) {
      const doc = parseHtml(html);
      expect(doc.documentElement, JSON.stringify(html)).not.toBeNull();
      expect(doc.querySelector('body'), JSON.stringify(html)).not.toBeNull();
    }
    expect(parseHtml('<p>片段</p>').querySelector('body p')?.textContent).toBe('片段');
  });
});
