// @vitest-environment node
/** The `extract` CLI, run as a user runs it: a child process over real files. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const root = path.resolve(__dirname, '../..');
const fixtures = path.join(root, 'tests/fixtures/pages');
const ZH_URL = 'https://www.fmprc.gov.cn/web/wjdt_674879/fyrbt_674889/t1674321.shtml';
const GBK_URL = 'http://politics.people.com.cn/n1/2025/0313/c1001-40438765.html';

const cli = (...args: string[]) => runCli(args);

describe('duizhao extract', () => {
  it('prints the article as JSON, without DOM nodes, and exits 0', () => {
    const { code, stdout } = cli(
      'extract',
      path.join(fixtures, 'mfa/zh-2019-press-conference.html'),
      '--url',
      ZH_URL,
    );
    expect(code).toBe(0);
    const article = JSON.parse(stdout);
    expect(article).toMatchObject({
      url: ZH_URL,
      lang: 'zh',
      site: 'mfa',
      kind: 'press-conference',
      title: '2019年6月20日外交部发言人耿爽主持例行记者会',
      date: '2019-06-20',
      speakers: ['耿爽'],
    });
    expect(article.paragraphs).toHaveLength(13);
    expect(article.paragraphs[1]).toEqual({
      text: expect.stringMatching(/^问：/),
      role: 'question',
    });
    expect(article).not.toHaveProperty('nodes');
  });

  it('decodes GBK files by their declared charset', () => {
    const { code, stdout } = cli(
      'extract',
      path.join(fixtures, 'people/zh-article-gbk.html'),
      '--url',
      GBK_URL,
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout).title).toBe('外交部：中方愿同各方共同维护南南合作势头');
  });

  it('prints a not-a-statement error and exits 2 for a listing', () => {
    const { code, stdout } = cli(
      'extract',
      path.join(fixtures, 'mfa/zh-listing.html'),
      '--url',
      'https://www.fmprc.gov.cn/web/wjdt_674879/fyrbt_674889/default_1.shtml',
    );
    expect(code).toBe(2);
    expect(JSON.parse(stdout)).toMatchObject({
      error: 'not-a-statement',
      reason: 'listing',
      detail: expect.any(String),
    });
  });

  it('reads with the generic extractor only when asked', () => {
    const file = path.join(fixtures, 'generic/reprint.html');
    const url = 'https://news.reprint.example/2025/0312/content_100000.html';
    expect(cli('extract', file, '--url', url).code).toBe(2);
    const asked = cli('extract', file, '--url', url, '--generic');
    expect(asked.code).toBe(0);
    expect(JSON.parse(asked.stdout)).toMatchObject({
      site: 'generic',
      date: '2025-03-12',
      source: '新华网',
    });
  });

  it('exits 1 with a usage message on bad arguments or a missing file', () => {
    expect(cli('extract').code).toBe(1);
    const missing = cli('extract', path.join(fixtures, 'no-such-file.html'), '--url', ZH_URL);
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stderr)).toMatchObject({ error: 'unreadable' });
  });

  it('--batch prints one JSON line per listed file, in order, resolving paths beside the list', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'duizhao-batch-'));
    const list = path.join(dir, 'list.tsv');
    const relative = path.relative(dir, path.join(fixtures, 'mfa/en-2019-press-conference.html'));
    writeFileSync(
      list,
      [
        `${path.join(fixtures, 'mfa/zh-2019-press-conference.html')}\t${ZH_URL}`,
        `${path.join(fixtures, 'mfa/error.html')}\thttps://www.fmprc.gov.cn/error.htm`,
        `${relative}\thttps://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1674389.shtml`,
        `tests/fixtures/pages/people/zh-article-gbk.html\t${GBK_URL}`,
        `${path.join(dir, 'missing.html')}\t${ZH_URL}`,
        '',
      ].join('\n'),
    );
    const { code, stdout } = cli('extract', '--batch', list);
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatchObject({ lang: 'zh', date: '2019-06-20' });
    expect(lines[1]).toMatchObject({ error: 'not-a-statement', reason: 'error' });
    expect(lines[2]).toMatchObject({ lang: 'en', date: '2019-06-20' });
    expect(lines[3]).toMatchObject({ site: 'people', lang: 'zh' }); // resolved against the cwd
    expect(lines[4]).toMatchObject({ error: 'unreadable' });
  });

  it('--batch exits 1 when the list cannot be read', () => {
    expect(cli('extract', '--batch', path.join(tmpdir(), 'duizhao-no-such-list.tsv')).code).toBe(1);
  });
});
