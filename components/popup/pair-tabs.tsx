/**
 * "Pair with an open tab" in the toolbar popup, for a Chinese statement: the user's other tabs
 * are listed here, in an extension page, and never in the statement's page, whose scripts could
 * read them. Choosing one pairs the statement with it (the tab's panel shows it at once).
 */
import { useState } from 'react';
import { sendMessage, type OpenTab } from '../../utils/messaging';
import { searchErrorText } from '../english-panel/search-text';
import { useT } from '../i18n/use-t';

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

export function PairTabs({ zhUrl, tabId }: { zhUrl: string; tabId: number }) {
  const t = useT();
  const [tabs, setTabs] = useState<OpenTab[] | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  const list = () =>
    sendMessage('listOpenTabs', undefined).then(
      (all) => setTabs(all.filter((tab) => tab.tabId !== tabId)),
      (error: unknown) => setMessage({ error: true, text: String(error) }),
    );

  const pair = async (tab: OpenTab) => {
    setMessage(null);
    try {
      const outcome = await sendMessage('pairManually', {
        zhUrl,
        enUrl: tab.url,
        title: tab.title,
      });
      setMessage(
        outcome.status === 'error'
          ? { error: true, text: searchErrorText(t, outcome) }
          : { error: false, text: t('popup.pair.paired', [tab.title]) },
      );
    } catch (error) {
      setMessage({ error: true, text: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <section className="dz-pair-tabs" data-testid="pair-tabs">
      {tabs === null ? (
        <button type="button" onClick={() => void list()}>
          {t('popup.pair.button')}
        </button>
      ) : tabs.length === 0 ? (
        <p className="muted">{t('popup.pair.noTabs')}</p>
      ) : (
        <>
          <p className="muted">{t('popup.pair.openIn')}</p>
          <ul>
            {tabs.map((tab) => (
              <li key={tab.tabId}>
                <button type="button" disabled={!tab.official} onClick={() => void pair(tab)}>
                  {tab.title}
                </button>
                <span className="muted">
                  {' '}
                  {tab.official ? hostOf(tab.url) : t('popup.pair.notOfficial', [hostOf(tab.url)])}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'error' : 'muted'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
