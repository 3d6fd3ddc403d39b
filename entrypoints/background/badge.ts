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

/** The toolbar button's API: `action` (MV3), `browserAction` (Firefox's MV2 build). */
function toolbarButton(): typeof browser.action {
  return (
    browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction
  );
}

export function registerBadge(): void {
  const button = toolbarButton();
  void button.setBadgeBackgroundColor({ color: '#b22222' }).catch(() => undefined);
  onMessage('pageStatusChanged', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    const { text, title } = badgeFor(data);
    await button.setBadgeText({ tabId, text }).catch(() => undefined);
    await button.setTitle({ tabId, title }).catch(() => undefined);
  });
}
