/**
 * Names of the kinds of statement, the sites and the reasons a page is not a statement, in the
 * interface language (locales: popup.kind.*, popup.site.*, popup.reason.*).
 */
import type { ArticleKind, NotStatementReason, SiteId } from '../../utils/article';
import { t as current, translator, type Translate } from '../../utils/i18n';

type Key = Parameters<Translate>[0];

const KIND_KEYS: Record<ArticleKind, Key> = {
  'press-conference': 'popup.kind.pressConference',
  remarks: 'popup.kind.remarks',
  readout: 'popup.kind.readout',
  statement: 'popup.kind.statement',
  speech: 'popup.kind.speech',
  message: 'popup.kind.message',
  report: 'popup.kind.report',
  other: 'popup.kind.other',
};

const SITE_KEYS: Record<SiteId, Key> = {
  mfa: 'popup.site.mfa',
  xinhua: 'popup.site.xinhua',
  govcn: 'popup.site.govcn',
  people: 'popup.site.people',
  embassy: 'popup.site.embassy',
  generic: 'popup.site.generic',
};

const REASON_KEYS: Record<NotStatementReason, Key> = {
  'unsupported-host': 'popup.reason.unsupportedHost',
  listing: 'popup.reason.listing',
  media: 'popup.reason.media',
  search: 'popup.reason.search',
  error: 'popup.reason.error',
  'no-body': 'popup.reason.noBody',
  'not-chinese-or-english': 'popup.reason.notChineseOrEnglish',
  'not-html': 'popup.reason.notHtml',
};

const chinese = translator('zh_CN');

/** "Press conference" / "例行记者会" (the kind itself when unknown). */
export function kindLabel(kind: ArticleKind, t: Translate = current): string {
  const key = KIND_KEYS[kind];
  return key ? t(key) : kind;
}

/** The kind's Chinese name, whatever the interface language (例行记者会). */
export function kindChineseName(kind: ArticleKind): string {
  const key = KIND_KEYS[kind];
  return key ? chinese(key) : kind;
}

/** "Ministry of Foreign Affairs 外交部" / "外交部" (the key itself for a site not listed). */
export function siteLabel(site: string, t: Translate = current): string {
  const key = SITE_KEYS[site as SiteId];
  return key ? t(key) : site;
}

/** Why the page is not a statement, as a sentence. */
export function reasonLabel(reason: NotStatementReason, t: Translate = current): string {
  const key = REASON_KEYS[reason];
  return key ? t(key) : reason;
}
