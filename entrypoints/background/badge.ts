/** The toolbar badge tells at a glance whether the tab shows a recognised statement. */
import { browser } from 'wxt/browser';
import { onMessage, type PageStatus } from '../../utils/messaging';

const KIND_BADGE = '文';

export function badgeFor(status: PageStatus): { text: string; title: string } {
  switch (status.state) {
    case 'recognised':
      return { text: KIND_BADGE, title: `Duizhao 对照 — ${status.article.title}` };
    case 'disabled':
      return { text: '', title: 'Duizhao 对照 — off on this site' };
    default:
      return { text: '', title: 'Duizhao 对照' };
  }
}

export function registerBadge(): void {
  void browser.action.setBadgeBackgroundColor({ color: '#b22222' }).catch(() => undefined);
  onMessage('pageStatusChanged', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    const { text, title } = badgeFor(data);
    await browser.action.setBadgeText({ tabId, text }).catch(() => undefined);
    await browser.action.setTitle({ tabId, title }).catch(() => undefined);
  });
}
