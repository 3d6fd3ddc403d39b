import type { ArticleKind, NotStatementReason, SiteId } from '../../utils/article';

export const KIND_LABELS: Record<ArticleKind, { en: string; zh: string }> = {
  'press-conference': { en: 'Press conference', zh: '例行记者会' },
  remarks: { en: "Spokesperson's remarks", zh: '发言人答问' },
  readout: { en: 'Readout of a call or meeting', zh: '通话·会见·会谈' },
  statement: { en: 'Statement', zh: '声明' },
  speech: { en: 'Speech or address', zh: '讲话·致辞' },
  message: { en: 'Message of congratulation or condolence', zh: '贺电·唁电' },
  report: { en: 'White paper or report', zh: '白皮书·报告' },
  other: { en: 'Other statement', zh: '其他' },
};

export const SITE_LABELS: Record<SiteId, string> = {
  mfa: 'Ministry of Foreign Affairs 外交部',
  xinhua: 'Xinhua 新华社',
  govcn: 'Government portal 中国政府网',
  people: "People's Daily 人民日报",
  embassy: 'Embassy of China 中国驻外使馆',
  generic: 'Other site (read on request)',
};

export const REASON_LABELS: Record<NotStatementReason, string> = {
  'unsupported-host': 'This site is not one of the official sites Duizhao reads by itself.',
  listing: 'This is a listing or index page, not a statement.',
  media: 'This is a photo or video page, not a statement.',
  search: 'This is a search page, not a statement.',
  error: 'This is an error page.',
  'no-body': 'No statement text was found on this page.',
  'not-chinese-or-english': 'The page is neither in Chinese nor in English.',
  'not-html': 'This is not a web page.',
};
