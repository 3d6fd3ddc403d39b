/** The toolbar badge tells at a glance whether the tab shows a recognised statement. */
import { browser } from 'wxt/browser';
import { onLocaleChange, t } from '../../utils/i18n';
import { onMessage, type PageStatus } from '../../utils/messaging';

// i18n-ignore: the badge's mark, the same in every language
const KIND_BADGE = '文';

/** The badge and the button's title (in the interface language) for a tab's status. */
export function badgeFor(status: PageStatus): { text: string; title: string } {
  switch (status.state) {
    case 'recognised':
      return {
        text: KIND_BADGE,
        title: t('background.buttonTitleStatement', [status.article.title]),
      };
    case 'disabled':
      return { text: '', title: t('background.buttonTitleOff') };
    default:
      return { text: '', title: t('background.buttonTitle') };
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
  // Each tab's last status, to title the button again when the interface language changes.
  const statuses = new Map<number, PageStatus>();
  browser.tabs?.onRemoved.addListener((tabId) => statuses.delete(tabId));
  // A new page in the tab: its content script reports again (the browser resets the title).
  browser.tabs?.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') statuses.delete(tabId);
  });
  onLocaleChange(() => {
    for (const [tabId, status] of statuses) {
      void button.setTitle({ tabId, title: badgeFor(status).title }).catch(() => undefined);
    }
  });
  onMessage('pageStatusChanged', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    statuses.set(tabId, data);
    const { text, title } = badgeFor(data);
    await button.setBadgeText({ tabId, text }).catch(() => undefined);
    await button.setTitle({ tabId, title }).catch(() => undefined);
  });
}
