// @vitest-environment node
/**
 * Each site adapter: host matching, the URL pre-check, and the layouts the committed fixtures do
 * not cover (older and variant templates), on small made-up pages in the sites' structures.
 */
import { describe, expect, it } from 'vitest';
import {
  adapterFor,
  extractArticle,
  looksLikeStatementUrl,
  siteKeyFor,
} from '../../../utils/extract';
import { parseHtml } from '../../../utils/html';
import { OFFICIAL_HOST_PATTERNS, isOfficialHost } from '../../../utils/sites/hosts';
import { mfaCanonicalUrl } from '../../../utils/sites/mfa';

describe('siteKeyFor and adapterFor', () => {
  it.each([
    ['https://www.mfa.gov.cn/web/zyxw/202506/t20250620_11650001.shtml', 'mfa'],
    ['https://www.fmprc.gov.cn/eng/xw/fyrbt/lxjzh/202510/t20251017_11735636.html', 'mfa'],
    ['https://www.news.cn/politics/20250619/abc/c.html', 'xinhua'],
    ['http://www.xinhuanet.com/politics/2019-06/05/c_1124588552.htm', 'xinhua'],
    ['https://english.news.cn/20250619/abc/c.html', 'xinhua'],
    ['https://www.gov.cn/yaowen/liebiao/202506/content_7028150.htm', 'govcn'],
    ['https://english.www.gov.cn/news/202506/20/content_WS1.html', 'govcn'],
    ['http://politics.people.com.cn/n1/2024/0424/c1001-40223222.html', 'people'],
    ['http://en.people.cn/n3/2022/1123/c90000-10176447.html', 'people'],
    ['http://us.china-embassy.gov.cn/zmgx/zxxx/202506/t20250620_1.htm', 'embassy'],
    ['https://www.mfa.gov.cn.evil.example/web/t1.shtml', null],
    ['https://news.cn.example/c.html', null],
    ['not a url', null],
  ])('%s → %s', (url, key) => {
    expect(siteKeyFor(url)).toBe(key);
    expect(adapterFor(url)?.site ?? null).toBe(key);
  });

  it('serves every host the extension is granted, and no other', () => {
    for (const pattern of OFFICIAL_HOST_PATTERNS) {
      const host = pattern
        .slice('*://'.length, pattern.indexOf('/', '*://'.length))
        .replace('*.', 'sub.');
      expect(siteKeyFor(`https://${host}/`), pattern).not.toBeNull();
      expect(isOfficialHost(host)).toBe(true);
    }
  });
});

describe('mfaCanonicalUrl', () => {
  it('maps both host names and http to https://www.mfa.gov.cn', () => {
    expect(
      mfaCanonicalUrl('http://www.fmprc.gov.cn/eng/xw/fyrbt/lxjzh/202510/t20251017_11735636.html'),
    ).toBe('https://www.mfa.gov.cn/eng/xw/fyrbt/lxjzh/202510/t20251017_11735636.html');
    expect(mfaCanonicalUrl('https://www.news.cn/a/c.html')).toBe('https://www.news.cn/a/c.html');
    expect(mfaCanonicalUrl('nonsense')).toBe('nonsense');
  });
});

describe('looksLikeStatementUrl (the URL-only guess)', () => {
  it.each([
    ['https://www.fmprc.gov.cn/web/wjdt_674879/fyrbt_674889/t1680056.shtml', true],
    ['https://www.mfa.gov.cn/eng/xw/fyrbt/lxjzh/202510/t20251017_11735636.html', true],
    ['https://www.fmprc.gov.cn/web/wjdt_674879/fyrbt_674889/default_3.shtml', false],
    ['https://www.mfa.gov.cn/eng/xw/fyrbt/lxjzh/index_1.html', false],
    ['https://www.fmprc.gov.cn/web/', false],
    ['https://www.fmprc.gov.cn/error.htm', false],
    ['https://www.fmprc.gov.cn/robots.txt', false],
    ['https://www.news.cn/politics/leaders/20240509/3dd6e33cc6d749fbaae01fea337ff400/c.html', true],
    ['https://www.news.cn/politics/index.htm', false],
    ['https://www.news.cn/photo/20240509/3dd6e33cc6d749fbaae01fea337ff400/c.html', false],
    ['https://so.news.cn/#search/0/习近平/1/0', false],
    ['https://english.news.cn/list/latestnews.htm', false],
    ['https://www.gov.cn/zhengce/zhengceku/202609/content_7082302.htm', true],
    ['https://www.gov.cn/yaowen/index.htm', false],
    ['http://politics.people.com.cn/n1/2024/0424/c1001-40223222.html', true],
    ['http://politics.people.com.cn/GB/1024/index.html', false],
    ['https://www.example.com/news/t1680056.shtml', false],
  ])('%s → %s', (url, expected) => {
    expect(looksLikeStatementUrl(url)).toBe(expected);
  });
});

const page = (body: string, head = '') =>
  parseHtml(
    `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`,
  );

describe('layouts beyond the fixtures', () => {
  it('Xinhua 2016–2020 template (#p-detail, .h-title, .h-time)', () => {
    const doc = page(`<div class="h-title">王毅同法国外长举行会谈</div>
      <div class="h-info"><span class="h-time">2019-06-05 21:03:11</span><em id="source">来源：新华网</em></div>
      <div id="p-detail"><p>&#12288;&#12288;新华社北京6月5日电 国务委员兼外长王毅5日在北京同法国外长举行会谈。</p>
      <p>&#12288;&#12288;王毅表示，中法两国要加强战略沟通，深化务实合作。</p><div class="p-right"><a href="#">分享</a></div></div>`);
    const result = extractArticle(
      doc,
      'http://www.xinhuanet.com/politics/2019-06/05/c_1124588552.htm',
    );
    expect(result).toMatchObject({
      ok: true,
      article: {
        site: 'xinhua',
        kind: 'readout',
        title: '王毅同法国外长举行会谈',
        date: '2019-06-05',
        source: '新华网',
        lang: 'zh',
      },
    });
    if (result.ok) expect(result.article.paragraphs).toHaveLength(2);
  });

  it('Xinhua date from the header spans when the page has no publishdate meta', () => {
    const doc =
      page(`<div class="header-time left"><span class="year"><em>2024</em></span> <span class="day">05/09</span></div>
      <h1><span class="title">国务院召开常务会议</span></h1><div id="detail"><span id="detailContent"><p>新华社北京5月9日电 国务院总理主持召开国务院常务会议，研究有关工作。</p></span></div>`);
    const result = extractArticle(
      doc,
      'https://www.news.cn/politics/leaders/20240508/3dd6e33cc6d749fbaae01fea337ff400/c.html',
    );
    expect(result.ok && result.article.date).toBe('2024-05-09');
  });

  it('gov.cn policy page: title from the header table, mobile copy not duplicated', () => {
    const doc = page(
      `<div class="policyLibraryOverview_header"><table><tr><td>标题：</td><td>国务院关于推进服务业发展的意见</td></tr></table></div>
      <div class="pages_content mhide" id="UCAP-CONTENT"><div class="trs_editor_view"><p>各省、自治区、直辖市人民政府：</p><p>为促进服务业高质量发展，现提出如下意见。</p></div></div>
      <div class="pages_content pages_contentm pchide"><div class="trs_editor_view"><p>各省、自治区、直辖市人民政府：</p><p>为促进服务业高质量发展，现提出如下意见。</p></div></div>`,
      '<meta name="firstpublishedtime" content="2026-09-28-21:50:00">',
    );
    const result = extractArticle(
      doc,
      'https://www.gov.cn/zhengce/zhengceku/202609/content_7082302.htm',
    );
    expect(result).toMatchObject({
      ok: true,
      article: { title: '国务院关于推进服务业发展的意见', date: '2026-09-28' },
    });
    if (result.ok) expect(result.article.paragraphs).toHaveLength(2);
  });

  it("People's Daily older template (#rwb_zw) and the health channel (.artDet)", () => {
    for (const body of [
      '<div id="rwb_zw"><p>　　人民网北京6月1日电 外交部发言人表示，中方愿同各方加强合作。</p></div>',
      '<div class="artDet"><p>　　人民网北京6月1日电 外交部发言人表示，中方愿同各方加强合作。</p></div>',
    ]) {
      const doc = page(
        `<h1>外交部：中方愿同各方加强合作</h1>${body}`,
        '<meta name="publishdate" content="2020-06-01">',
      );
      const result = extractArticle(
        doc,
        'http://world.people.com.cn/n1/2020/0601/c1002-31730000.html',
      );
      expect(result).toMatchObject({
        ok: true,
        article: { site: 'people', date: '2020-06-01', lang: 'zh' },
      });
    }
  });

  it('ministry current Chinese page without the old body id (.news-main)', () => {
    const doc =
      page(`<div class="news-details"><div class="news-title"><h1>王毅会见新加坡外长</h1><p class="time"><span>2025-06-20 18:00</span></p></div>
      <div class="news-main"><p>6月20日，外长王毅在北京会见新加坡外长。</p><p>王毅表示，中新是全面高质量的前瞻性伙伴。</p></div></div>`);
    const result = extractArticle(
      doc,
      'https://www.mfa.gov.cn/web/zyxw/202506/t20250620_11650555.shtml',
    );
    expect(result).toMatchObject({
      ok: true,
      article: {
        kind: 'readout',
        title: '王毅会见新加坡外长',
        date: '2025-06-20',
        speakers: ['王毅'],
      },
    });
  });

  it('an unknown template on an official article URL falls back to the generic extractor', () => {
    const doc =
      page(`<div class="brand-new-wrapper"><h1>外交部发言人就有关问题答记者问</h1><div class="meta">发布时间：2026-01-05 10:00 | 来源：外交部</div>
      <div class="brand-new-text"><p>问：有报道称，有关国家将举行会议。中方对此有何评论？</p><p>答：中方注意到有关报道，一贯主张通过对话协商解决分歧，维护地区和平稳定。</p></div></div>`);
    const result = extractArticle(
      doc,
      'https://www.mfa.gov.cn/web/fyrbt_673021/202601/t20260105_11800000.shtml',
    );
    expect(result).toMatchObject({
      ok: true,
      article: { site: 'mfa', kind: 'remarks', date: '2026-01-05', source: '外交部' },
    });
  });
});
