import { useRef, useState, type FormEvent, type KeyboardEvent, type MouseEvent } from 'react';
import type { SearchOutcome } from '../../utils/match/outcome';
import { isOfficialHost } from '../../utils/sites/hosts';
import { fromUser } from '../../utils/trusted';
import { useT } from '../i18n/use-t';
import type { EnglishApi } from './english-panel';
import { searchErrorText } from './search-text';

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
  const t = useT();
  const [url, setUrl] = useState('');
  // What went wrong, kept as what to say (so that it follows a change of language).
  const [error, setError] = useState<
    | { kind: 'not-a-url' }
    | { kind: 'not-official' }
    | { kind: 'refused'; outcome: Extract<SearchOutcome, { status: 'error' }> }
    | { kind: 'failed'; detail: string }
    | null
  >(null);
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
      if (outcome.status === 'error') setError({ kind: 'refused', outcome });
      else onPaired(outcome);
    } catch (e) {
      setError({ kind: 'failed', detail: e instanceof Error ? e.message : String(e) });
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
      return setError({ kind: 'not-a-url' });
    }
    if (!/^https?:$/.test(parsed.protocol) || !isOfficialHost(parsed.hostname)) {
      return setError({ kind: 'not-official' });
    }
    void pair(parsed.href);
  };

  return (
    <div className="manual" data-testid="manual-pairing">
      <form onSubmit={submit} onKeyDownCapture={arm} onClickCapture={arm}>
        <label>
          {t('panel.manual.label')}
          <input
            type="url"
            value={url}
            // i18n-ignore: an example address, the same in every language
            placeholder="https://www.fmprc.gov.cn/eng/…"
            onChange={(event) => setUrl(event.target.value)}
            data-testid="manual-url"
          />
        </label>
        <button type="submit">{t('panel.manual.pair')}</button>
      </form>
      <button
        type="button"
        onClick={(event) => {
          if (!fromUser(event)) return;
          setPointed(true);
          void api.openPairing().catch(() => false);
        }}
      >
        {t('panel.manual.pairWithTab')}
      </button>
      {pointed && (
        <p className="muted" data-testid="pair-tabs-hint">
          {t('panel.manual.tabsHint')}
        </p>
      )}
      {error && (
        <p role="alert" className="error">
          {error.kind === 'not-a-url'
            ? t('panel.manual.notAUrl')
            : error.kind === 'not-official'
              ? t('panel.manual.notOfficial')
              : error.kind === 'refused'
                ? searchErrorText(t, error.outcome)
                : t('search.workerSilent', [error.detail])}
        </p>
      )}
    </div>
  );
}
