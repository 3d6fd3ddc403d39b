import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { sendMessage, type PageStatus } from '../../utils/messaging';
import { siteSwitchesItem } from '../../utils/storage';
import { formatLongDate, translator } from '../../utils/i18n';
import { useT } from '../i18n/use-t';
import { kindChineseName, kindLabel, reasonLabel, siteLabel } from './labels';
import { About } from './about';
import { DataSection } from './data-section';
import { PairTabs } from './pair-tabs';
import { GlossaryLink } from '../glossary/open-link';
import { InterfaceLanguageSelect } from '../reading-settings/interface-language';
import { ReadingSettings } from '../reading-settings/reading-settings';
import { SideBySideSwitch } from '../side-by-side/popup-switch';
import { chineseTextLang } from '../../utils/reading/script';

/** The content script file WXT builds from entrypoints/content/. */
const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

type View =
  | { kind: 'loading' }
  | { kind: 'status'; tabId: number; status: PageStatus }
  /** No content script answers: not an official site (or a browser page). */
  | { kind: 'absent'; tabId: number | null; error?: string };

async function targetTabId(): Promise<number | null> {
  // ?tab=ID: the popup opened as a page for a given tab (end-to-end tests, the demo).
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Ask the tab's content script, waiting a little while recognition is still pending. */
async function askStatus(tabId: number): Promise<PageStatus> {
  for (let attempt = 0; ; attempt++) {
    const status = await sendMessage('getPageStatus', undefined, tabId);
    if (status.state !== 'pending' || attempt >= 20) return status;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** What the popup shows when it opens: the tab's status, or that no content script answers. */
async function loadView(): Promise<View> {
  const tabId = await targetTabId();
  if (tabId === null) return { kind: 'absent', tabId: null };
  try {
    return { kind: 'status', tabId, status: await askStatus(tabId) };
  } catch {
    return { kind: 'absent', tabId };
  }
}

export function PopupApp() {
  const t = useT();
  const [view, setView] = useState<View>({ kind: 'loading' });

  useEffect(() => {
    void loadView().then(setView);
  }, []);

  const readAnyway = async (tabId: number, inject: boolean) => {
    try {
      if (inject) {
        await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
      }
      const status = await sendMessage('refreshPage', { generic: true }, tabId);
      setView({ kind: 'status', tabId, status });
    } catch (error) {
      setView({
        kind: 'absent',
        tabId,
        error: t('popup.cannotRead', [error instanceof Error ? error.message : String(error)]),
      });
    }
  };

  const setSiteEnabled = async (tabId: number, siteKey: string, enabled: boolean) => {
    const switches = await siteSwitchesItem.getValue();
    await siteSwitchesItem.setValue({ ...switches, [siteKey]: enabled });
    const status = await sendMessage('refreshPage', { generic: false }, tabId);
    setView({ kind: 'status', tabId, status });
  };

  return (
    <main className="dz-popup" aria-live="polite" lang={t.lang}>
      <header>
        <h1>
          {/* The brand: 对照 beside Duizhao in English, 对照 alone in Chinese. */}
          {t.locale === 'zh_CN' ? (
            t('popup.title')
          ) : (
            <>
              <span lang="zh-CN">{translator('zh_CN')('popup.title')}</span> {t('popup.title')}
            </>
          )}
        </h1>
        <GlossaryLink />
      </header>
      {view.kind === 'loading' && <p className="muted">{t('popup.looking')}</p>}
      {view.kind === 'absent' && (
        <section data-testid="status" data-state="absent">
          <p>{view.error ?? t('popup.notOfficialSite')}</p>
          {view.tabId !== null && !view.error && (
            <button type="button" onClick={() => void readAnyway(view.tabId!, true)}>
              {t('popup.readAsStatement')}
            </button>
          )}
        </section>
      )}
      {view.kind === 'status' && (
        <StatusView
          status={view.status}
          onReadAnyway={() => void readAnyway(view.tabId, false)}
          onToggleSite={(siteKey, enabled) => void setSiteEnabled(view.tabId, siteKey, enabled)}
        />
      )}
      {view.kind === 'status' &&
        view.status.state === 'recognised' &&
        view.status.article.lang === 'zh' && (
          <PairTabs zhUrl={view.status.article.url} tabId={view.tabId} />
        )}
      {view.kind !== 'loading' && <InterfaceLanguageSelect />}
      <DataSection />
      <About />
    </main>
  );
}

function StatusView(props: {
  status: PageStatus;
  onReadAnyway: () => void;
  onToggleSite: (siteKey: string, enabled: boolean) => void;
}) {
  const t = useT();
  const { status } = props;
  const siteKey = status.state === 'pending' ? null : status.siteKey;
  const reported =
    status.state === 'disabled' ? false : status.state === 'pending' || status.siteEnabled;
  // The switch answers the click at once; the page's new status follows when it has re-read.
  const [choice, setChoice] = useState<{ for: PageStatus; enabled: boolean } | null>(null);
  const enabled = choice?.for === status ? choice.enabled : reported;
  return (
    <>
      <section
        data-testid="status"
        data-state={status.state}
        // What recognition cost on the page, for the browser benchmark (tests/bench/browser-bench.ts).
        data-cost-ms={'costMs' in status ? status.costMs.toFixed(2) : undefined}
      >
        {status.state === 'pending' && <p className="muted">{t('popup.stillReading')}</p>}
        {status.state === 'recognised' && (
          <>
            <p className="badge" data-testid="kind">
              {kindLabel(status.article.kind, t)}
              {/* In English, the kind's Chinese name too (as the publisher calls it). */}
              {t.locale !== 'zh_CN' && (
                <>
                  {' '}
                  <span lang="zh-CN">{kindChineseName(status.article.kind)}</span>
                </>
              )}
            </p>
            <h2
              data-testid="title"
              lang={status.article.lang === 'zh' ? chineseTextLang([status.article.title]) : 'en'}
            >
              {status.article.title}
            </h2>
            <dl>
              <dt>{t('popup.date')}</dt>
              <dd data-testid="date">
                {status.article.date ? (
                  <time dateTime={status.article.date}>
                    {formatLongDate(status.article.date, t.locale)}
                  </time>
                ) : (
                  t('popup.dateNotGiven')
                )}
              </dd>
              <dt>{t('popup.source')}</dt>
              <dd>{siteLabel(status.article.site, t)}</dd>
              <dt>{t('popup.text')}</dt>
              <dd>
                {t('popup.textSize', status.article.paragraphCount, [
                  status.article.paragraphCount,
                  status.article.characterCount.toLocaleString(t.lang),
                ])}
              </dd>
            </dl>
          </>
        )}
        {status.state === 'not-statement' && (
          <>
            <p data-testid="reason">{reasonLabel(status.reason, t)}</p>
            <button type="button" onClick={props.onReadAnyway}>
              {t('popup.readAnyway')}
            </button>
          </>
        )}
        {status.state === 'disabled' && <p>{t('popup.switchedOff')}</p>}
      </section>
      {siteKey !== null && (
        <label className="switch">
          <input
            type="checkbox"
            data-testid="site-switch"
            checked={enabled}
            onChange={(event) => {
              setChoice({ for: status, enabled: event.target.checked });
              props.onToggleSite(siteKey, event.target.checked);
            }}
          />
          {t('popup.onFor', [siteLabel(siteKey, t)])}
        </label>
      )}
      {status.state === 'recognised' && status.article.lang === 'zh' && (
        <SideBySideSwitch url={status.article.url} />
      )}
      <ReadingSection status={status} />
    </>
  );
}

/**
 * Pinyin and word-popup settings, folded: on the supported sites and on statements read on
 * request (keyed by host there, as the reading layer does: entrypoints/content/reading.ts).
 */
function ReadingSection({ status }: { status: PageStatus }) {
  const t = useT();
  if (status.state === 'pending' || status.state === 'disabled') return null;
  let key = status.siteKey;
  if (key === null && status.state === 'recognised') {
    try {
      key = new URL(status.article.url).hostname;
    } catch {
      key = null;
    }
  }
  if (key === null) return null;
  return (
    <details className="reading" data-testid="reading-settings">
      <summary>{t('popup.readingSummary')}</summary>
      {/* The site is named just above (the switch); a short label keeps the grid narrow. */}
      <ReadingSettings siteKey={key} siteName={t('popup.thisSite')} />
    </details>
  );
}
