/**
 * People's Daily — *.people.com.cn (Chinese, served as GBK; decode bytes by the declared
 * charset), en.people.cn (English). Chinese verified on ../shared/corpus/sites/people, English on
 * the fragment in ../shared/corpus/sites/people-en.
 */
import type { SiteAdapter } from './types';

export const people: SiteAdapter = {
  site: 'people',
  matchesHost: (host) =>
    /(?:^|\.)people\.com\.cn$/.test(host) || /^(?:en\.)?people\.cn$/.test(host),
  // politics.people.com.cn/n1/2024/0424/c1001-40223222.html, en.people.cn/n3/2022/1123/c90000-10176447.html
  isArticlePath: (path) => /\/c\d+-\d+\.html?$/i.test(path),
  defaultSource: { zh: '人民网', en: "People's Daily Online" },
  layouts: [
    {
      // https://en.people.cn/n3/2022/1123/c90000-10176447.html
      name: 'people-en',
      detect: '.d2txtCon',
      body: ['.w860.d2txtCon', '.d2txtCon'],
      title: ['.d2txtCon h1', 'h1'],
      date: ['.d2txtCon .origin span', '.origin'],
      skip: ['h1', '.route', '.origin', '.editor', '.relevant', '.wb_share', '.paging'],
      lang: 'en',
    },
    {
      // http://politics.people.com.cn/n1/2024/0424/c1001-40223222.html (2020– template)
      name: 'people-zh',
      detect: '.rm_txt_con, #rwb_zw, .show_text, .box_con, .artDet',
      body: ['.rm_txt_con', '#rwb_zw', '.show_text', '.box_con', '.artDet'],
      title: ['.rm_txt h1', '.text_title h1', '.title h1', '.articleCont .title h2', 'h1'],
      date: ['.channel .col-1-1', '.artOri', '.box01 .fl', '.sou'],
      dateMeta: ['publishdate'],
      source: ['.channel .col-1-1 a'],
      sourceMeta: ['source'],
      skip: ['.edit', '.paper_num', '.bza', '.zdfy', '.box_pic', '.rm_relevant', '.otitle'],
    },
  ],
};
