import { useState, type FormEvent } from 'react';
import type { SearchOutcome } from '../../utils/match/outcome';
import type { OpenTab } from '../../utils/messaging';
import { isOfficialHost } from '../../utils/sites/hosts';
import type { EnglishApi } from './english-panel';

/** Paste an English URL, or pair with an open tab. Always offered when nothing was found. */
export function ManualPairing({
  api,
  onPaired,
}: {
  api: EnglishApi;
  onPaired(outcome: SearchOutcome): void;
}) {
  const [url, setUrl] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [tabs, setTabs] = useState<OpenTab[] | null>(null);

  const pair = async (enUrl: string, title?: string) => {
    setError(null);
    try {
      const outcome = await api.pair(enUrl, title);
      // Refused (not an official page, a PDF…): say why here, and keep the form.
      if (outcome.status === 'error') setError(outcome.message);
      else onPaired(outcome);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    let parsed: URL;
    try {
      parsed = new URL(url.trim());
    } catch {
      return setError('That is not a web address.');
    }
    if (!/^https?:$/.test(parsed.protocol) || !isOfficialHost(parsed.hostname)) {
      return setError('Duizhao pairs only with pages on the official sites it supports.');
    }
    void pair(parsed.href);
  };

  return (
    <div className="manual" data-testid="manual-pairing">
      <form onSubmit={submit}>
        <label>
          Paste the English page's address
          <input
            type="url"
            value={url}
            placeholder="https://www.fmprc.gov.cn/eng/…"
            onChange={(event) => setUrl(event.target.value)}
            data-testid="manual-url"
          />
        </label>
        <button type="submit">Pair</button>
      </form>
      {tabs === null ? (
        <button type="button" onClick={() => void api.listTabs().then(setTabs, () => setTabs([]))}>
          Pair with an open tab…
        </button>
      ) : tabs.length === 0 ? (
        <p className="muted">No other open tab to pair with.</p>
      ) : (
        <ul className="tabs">
          {tabs.map((tab) => (
            <li key={tab.tabId}>
              <button
                type="button"
                disabled={!tab.official}
                onClick={() => void pair(tab.url, tab.title)}
              >
                {tab.title}
              </button>
              <span className="muted">
                {' '}
                {hostOf(tab.url)}
                {tab.official ? '' : ' (not an official site)'}
              </span>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
