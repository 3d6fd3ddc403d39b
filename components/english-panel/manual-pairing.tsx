import { useRef, useState, type FormEvent, type KeyboardEvent, type MouseEvent } from 'react';
import type { SearchOutcome } from '../../utils/match/outcome';
import { isOfficialHost } from '../../utils/sites/hosts';
import { fromUser } from '../../utils/trusted';
import type { EnglishApi } from './english-panel';

/**
 * Paste an English URL, or pair with an open tab. Always offered when nothing was found. The
 * open tabs are listed in the toolbar popup (an extension page), never here in the page, whose
 * scripts could read them; this button opens the popup, or says where to find it.
 */
export function ManualPairing({
  api,
  onPaired,
}: {
  api: EnglishApi;
  onPaired(outcome: SearchOutcome): void;
}) {
  const [url, setUrl] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pointed, setPointed] = useState(false);
  // A submit event does not tell who asked for it: the browser fires it as trusted even for a
  // script's button.click() or form.requestSubmit(). So the form submits only right after the
  // user's own Enter in the field or click on Pair.
  const armed = useRef(false);
  const arm = (event: KeyboardEvent | MouseEvent) => {
    if (!fromUser(event)) return;
    if (event.type === 'click' || (event as KeyboardEvent).key === 'Enter') armed.current = true;
  };

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
    if (!armed.current) return; // a page script submitting a pairing of its choice
    armed.current = false;
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
      <form onSubmit={submit} onKeyDownCapture={arm} onClickCapture={arm}>
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
      <button
        type="button"
        onClick={(event) => {
          if (!fromUser(event)) return;
          setPointed(true);
          void api.openPairing().catch(() => false);
        }}
      >
        Pair with an open tab…
      </button>
      {pointed && (
        <p className="muted" data-testid="pair-tabs-hint">
          Your open tabs are listed in Duizhao&apos;s toolbar popup (the 对照 button next to the
          address bar): pick the English page there.
        </p>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}
