/**
 * Foreign Ministry: the English column that matches the Chinese one, in both site layouts.
 * English articles carry no date element, so dates come from the titles ("… on June 20, 2025"),
 * the URLs (t20250620_…) and the listing order; the English id is usually a little higher than
 * the same-day Chinese id (median +65 in 2018–2020), which orders candidates of the same day.
 */
import type { Article } from '../../article';
import { articleId } from '../urls';
import { walkColumn, type PagedColumn } from './paged';
import type { DiscoveryContext, DiscoveryResult, DiscoveryStrategy } from './types';

const MFA_HOSTS = new Set(['www.mfa.gov.cn', 'www.fmprc.gov.cn', 'mfa.gov.cn', 'fmprc.gov.cn']);

/**
 * 2018–2020 layout, press conferences and spokesperson's remarks (one column):
 * https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/default.shtml, default_1.shtml, …
 * Items: `div.newsLst_mod ul li a` (no dates; the title has one).
 */
export function oldPressColumn(host: string): PagedColumn {
  const base = `https://${host}/mfa_eng/xwfw_665399/s2510_665401/2511_665403/`;
  return {
    label: "the ministry's English press conferences and remarks (2018–2020 site)",
    place: 'mfa-press-2018',
    pageUrl: (n) => `${base}default${n ? `_${n}` : ''}.shtml`,
    linkSelector: 'div.newsLst_mod ul li a',
    isArticle: (url) => url.startsWith(base) && /\/t\d+\.shtml$/.test(url),
  };
}

/**
 * Current layout, regular press conferences (spokesperson's remarks are filed here too):
 * https://www.mfa.gov.cn/eng/xw/fyrbt/lxjzh/index.html, index_1.html, …
 * Items: `.news_list a` with a date `span` (e.g. `<span class="time">June 20, 2025</span>`).
 */
export const CURRENT_PRESS_COLUMN: PagedColumn = {
  label: "the ministry's English press conferences",
  place: 'mfa-press',
  pageUrl: (n) => `https://www.mfa.gov.cn/eng/xw/fyrbt/lxjzh/index${n ? `_${n}` : ''}.html`,
  linkSelector: '.news_list a',
  dateSelector: 'span',
  // 2024 transcripts sit one level up (/eng/xw/fyrbt/202410/t20241017_11509439.html).
  isArticle: (url) => /\/eng\/xw\/fyrbt\/(?:[a-z]+\/)?\d{6}\/t\d{8}_\d+\.html$/.test(url),
};

/**
 * Current layout, readouts of leaders' calls, meetings and talks, statements:
 * https://www.mfa.gov.cn/eng/xw/zyxw/index.html, index_1.html, … (Chinese: /web/zyxw/)
 */
export const CURRENT_READOUT_COLUMN: PagedColumn = {
  label: "the ministry's English news on leaders' activities",
  place: 'mfa-activities',
  pageUrl: (n) => `https://www.mfa.gov.cn/eng/xw/zyxw/index${n ? `_${n}` : ''}.html`,
  linkSelector: '.news_list a',
  dateSelector: 'span',
  isArticle: (url) => /\/eng\/xw\/zyxw\/\d{6}\/t\d{8}_\d+\.html$/.test(url),
};

/** The English columns to read for a Chinese ministry page, most likely first. */
export function mfaColumns(zh: Article): PagedColumn[] {
  const url = new URL(zh.url);
  const id = articleId(zh.url);
  if (id?.scheme === 'old') {
    return [oldPressColumn(url.hostname.startsWith('www.') ? url.hostname : `www.${url.hostname}`)];
  }
  const path = url.pathname;
  const isPress = /fyrbt/.test(path) || zh.kind === 'press-conference' || zh.kind === 'remarks';
  const isReadout =
    /zyxw|gjldrhd|wjbxw/.test(path) ||
    ['readout', 'statement', 'speech', 'message'].includes(zh.kind);
  if (isPress && !isReadout) return [CURRENT_PRESS_COLUMN];
  if (isReadout && !isPress) return [CURRENT_READOUT_COLUMN];
  return [CURRENT_PRESS_COLUMN, CURRENT_READOUT_COLUMN];
}

export const mfaStrategy: DiscoveryStrategy = {
  id: 'mfa',
  label: 'Foreign Ministry English columns',
  appliesTo: (zh) => {
    try {
      return MFA_HOSTS.has(new URL(zh.url).hostname);
    } catch {
      return false;
    }
  },
  async discover(zh: Article, ctx: DiscoveryContext): Promise<DiscoveryResult> {
    const result: DiscoveryResult = { candidates: [], searched: [] };
    for (const column of mfaColumns(zh)) {
      const found = await walkColumn(column, zh.date, zh.url, ctx);
      result.candidates.push(...found.candidates);
      result.searched.push(...found.searched);
    }
    return result;
  },
};
