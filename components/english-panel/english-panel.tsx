/**
 * The official-English panel on a Chinese statement: the search's progress, the English version
 * found (or the ranked candidates, or what was searched), the manual ways to pair, and the English
 * text beside the Chinese. All text goes through React: nothing fetched is inserted as HTML.
 *
 * Every action (collapse, retry, pair, choose, undo) answers only the user's own input, never a
 * page script's events (utils/trusted.ts); the user's other tabs are never listed in the page
 * (pairing with an open tab is done from the toolbar popup).
 *
 * Keyboard: the header button collapses and expands the panel (Enter/Space), Escape anywhere in
 * the panel collapses it and puts the focus back on that button; "Wider" gives the English text
 * more room for reading it alongside the page.
 */
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Article } from '../../utils/article';
import type { EnglishMatch, SearchOutcome, SearchProgress } from '../../utils/match/outcome';
import { fromUser } from '../../utils/trusted';
import { useT } from '../i18n/use-t';
import { ManualPairing } from './manual-pairing';
import { OutcomeView, type EnglishText } from './outcome-view';
import { progressText, type LocalT } from './search-text';

/** What the panel needs from the background; injected so the panel is testable on its own. */
export interface EnglishApi {
  find(): Promise<SearchOutcome>;
  retry(): Promise<SearchOutcome>;
  pair(enUrl: string, title?: string): Promise<SearchOutcome>;
  unpair(): Promise<void>;
  /** Open the toolbar popup, where the user's open tabs are offered for pairing; false if it cannot. */
  openPairing(): Promise<boolean>;
  /** The extracted English article of a found match, for the side-by-side text. */
  article(url: string): Promise<Article | null>;
  /** Subscribe to pairings made from the toolbar popup; returns the unsubscribe function. */
  onPaired?(listener: (outcome: SearchOutcome) => void): () => void;
  /** Subscribe to search progress; returns the unsubscribe function. */
  onProgress(listener: (progress: SearchProgress) => void): () => void;
}

export interface EnglishPanelProps {
  api: EnglishApi;
  /** Open (default) or collapsed at first: the content script remembers the user's choice. */
  initialOpen?: boolean;
  onOpenChange?(open: boolean): void;
  /** Open or close the side-by-side view (components/side-by-side); no button without it. */
  onSideBySide?(): void;
}

type State =
  | { phase: 'searching'; progress: SearchProgress | null }
  | { phase: 'done'; outcome: SearchOutcome }
  /** The background did not answer (`detail`: the error's own words). */
  | { phase: 'failed'; detail: string };

export function EnglishPanel({
  api,
  initialOpen = true,
  onOpenChange,
  onSideBySide,
}: EnglishPanelProps) {
  const t = useT();
  const [open, setOpenState] = useState(initialOpen);
  const [wide, setWide] = useState(false);
  const [state, setState] = useState<State>({ phase: 'searching', progress: null });
  // The English text, with the URL it belongs to (another URL's text means: still reading).
  const [english, setEnglish] = useState<{ url: string; text: EnglishText } | null>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const bodyId = useId();
  // Only the latest request may set the answer (a retry overtakes a search still running).
  const latest = useRef(0);

  const setOpen = (next: boolean) => {
    setOpenState(next);
    onOpenChange?.(next);
  };

  const show = useCallback((outcome: SearchOutcome) => {
    latest.current++;
    setState({ phase: 'done', outcome });
  }, []);

  /** Wait for a request's answer; only the latest request may set it. */
  const settle = useCallback((request: Promise<SearchOutcome>) => {
    const id = ++latest.current;
    request.then(
      (outcome) => id === latest.current && setState({ phase: 'done', outcome }),
      (error: unknown) =>
        id === latest.current &&
        setState({
          phase: 'failed',
          detail: error instanceof Error ? error.message : String(error),
        }),
    );
  }, []);

  const run = (request: () => Promise<SearchOutcome>) => {
    setState({ phase: 'searching', progress: null });
    settle(request());
  };

  useEffect(() => {
    const off = api.onProgress((progress) =>
      setState((current) =>
        current.phase === 'searching' ? { phase: 'searching', progress } : current,
      ),
    );
    settle(api.find());
    const offPaired = api.onPaired?.(show);
    return () => {
      off();
      offPaired?.();
    };
  }, [api, settle, show]);

  const found =
    state.phase === 'done' && state.outcome.status === 'found' ? state.outcome.match : null;
  useEffect(() => {
    if (!found) return;
    let live = true;
    const { url } = found;
    api.article(url).then(
      (article) =>
        live &&
        setEnglish({ url, text: article ? { status: 'ready', article } : { status: 'missing' } }),
      () => live && setEnglish({ url, text: { status: 'missing' } }),
    );
    return () => {
      live = false;
    };
  }, [api, found]);

  const choose = (match: EnglishMatch) => run(() => api.pair(match.url, match.title));

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open || !event.nativeEvent.isTrusted) return;
    event.stopPropagation();
    setOpen(false);
    toggleRef.current?.focus();
  };

  return (
    <aside
      className={['panel', open && 'open', open && wide && 'wide'].filter(Boolean).join(' ')}
      aria-label={t('panel.label')}
      lang={t.lang}
      data-testid="english-panel"
      onKeyDown={onKeyDown}
    >
      <header>
        <button
          ref={toggleRef}
          type="button"
          className="toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          title={open ? t('panel.collapse') : t('panel.expand')}
          data-testid="english-toggle"
          onClick={(event) => fromUser(event) && setOpen(!open)}
        >
          <span className="chevron" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>{' '}
          {/* i18n-ignore: the brand mark, 对照 in every language */}
          <span lang="zh">对照</span> {t('panel.title')}
        </button>
        <span
          className="summary"
          data-testid="english-state"
          data-phase={state.phase === 'done' ? state.outcome.status : state.phase}
        >
          {summaryText(t, state)}
        </span>
        {open && (
          <button
            type="button"
            className="size"
            aria-pressed={wide}
            data-testid="english-wide"
            onClick={() => setWide(!wide)}
          >
            {t('panel.wider')}
          </button>
        )}
        {onSideBySide && (
          <button
            type="button"
            className="size"
            title={t('panel.sideBySideTitle')}
            data-testid="english-side-by-side"
            // The user's own click or key only: a page script cannot open the view.
            onClick={(event) => event.nativeEvent.isTrusted && onSideBySide()}
          >
            {t('panel.sideBySide')}
          </button>
        )}
      </header>
      <div className="body" id={bodyId} hidden={!open}>
        {state.phase === 'searching' && <SearchingView progress={state.progress} />}
        {state.phase === 'failed' && (
          <div role="alert" data-testid="english-error">
            <p>{t('search.workerSilent', [state.detail])}</p>
            <button type="button" onClick={(event) => fromUser(event) && run(() => api.retry())}>
              {t('common.retry')}
            </button>
          </div>
        )}
        {state.phase === 'done' && (
          <OutcomeView
            outcome={state.outcome}
            english={found && english?.url === found.url ? english.text : { status: 'loading' }}
            // OutcomeView's buttons call these only for the user's own clicks (userOnly there).
            onChoose={choose}
            onRetry={() => run(() => api.retry())}
            onUnpair={() => run(async () => (await api.unpair(), api.retry()))}
          />
        )}
        {state.phase === 'done' && state.outcome.status !== 'found' && (
          <ManualPairing api={api} onPaired={show} />
        )}
      </div>
    </aside>
  );
}

function summaryText(t: LocalT, state: State): string {
  if (state.phase === 'searching') return t('panel.state.searching');
  if (state.phase === 'failed') return t('panel.state.failed');
  switch (state.outcome.status) {
    case 'found':
      return state.outcome.manual
        ? t('panel.state.paired')
        : t('panel.state.found', [Math.round(state.outcome.match.confidence * 100)]);
    case 'several':
      return t('panel.state.several', state.outcome.options.length);
    case 'none':
      return t('panel.state.none');
    case 'error':
      return state.outcome.reason === 'offline'
        ? t('panel.state.offline')
        : state.outcome.reason === 'blocked'
          ? t('panel.state.blocked')
          : t('panel.state.error');
  }
}

function SearchingView({ progress }: { progress: SearchProgress | null }) {
  const t = useT();
  return (
    <p className="muted" aria-live="polite" data-testid="english-progress">
      {progress ? progressText(t, progress) : t('search.looking')}
    </p>
  );
}
