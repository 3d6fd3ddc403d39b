/**
 * The official-English panel on a Chinese statement: the search's progress, the English version
 * found (or the ranked candidates, or what was searched), the manual ways to pair, and the English
 * text beside the Chinese. All text goes through React: nothing fetched is inserted as HTML.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Article } from '../../utils/article';
import type { EnglishMatch, SearchOutcome, SearchProgress } from '../../utils/match/outcome';
import type { OpenTab } from '../../utils/messaging';
import { ManualPairing } from './manual-pairing';
import { OutcomeView } from './outcome-view';

/** What the panel needs from the background; injected so the panel is testable on its own. */
export interface EnglishApi {
  find(): Promise<SearchOutcome>;
  retry(): Promise<SearchOutcome>;
  pair(enUrl: string, title?: string): Promise<SearchOutcome>;
  unpair(): Promise<void>;
  listTabs(): Promise<OpenTab[]>;
  /** The extracted English article of a found match, for the side-by-side text. */
  article(url: string): Promise<Article | null>;
  /** Subscribe to search progress; returns the unsubscribe function. */
  onProgress(listener: (progress: SearchProgress) => void): () => void;
}

type State =
  | { phase: 'searching'; progress: SearchProgress | null }
  | { phase: 'done'; outcome: SearchOutcome }
  | { phase: 'failed'; message: string };

export function EnglishPanel({ api }: { api: EnglishApi }) {
  const [open, setOpen] = useState(true);
  const [state, setState] = useState<State>({ phase: 'searching', progress: null });
  const [english, setEnglish] = useState<Article | null>(null);

  const run = useCallback((request: () => Promise<SearchOutcome>) => {
    setState({ phase: 'searching', progress: null });
    setEnglish(null);
    request().then(
      (outcome) => setState({ phase: 'done', outcome }),
      (error: unknown) =>
        setState({
          phase: 'failed',
          message: `Duizhao's background worker did not answer (${error instanceof Error ? error.message : String(error)}).`,
        }),
    );
  }, []);

  useEffect(() => {
    const off = api.onProgress((progress) =>
      setState((current) =>
        current.phase === 'searching' ? { phase: 'searching', progress } : current,
      ),
    );
    run(() => api.find());
    return off;
  }, [api, run]);

  const found =
    state.phase === 'done' && state.outcome.status === 'found' ? state.outcome.match : null;
  useEffect(() => {
    if (!found) return;
    let live = true;
    api.article(found.url).then(
      (article) => live && setEnglish(article),
      () => live && setEnglish(null),
    );
    return () => {
      live = false;
    };
  }, [api, found]);

  const choose = (match: EnglishMatch) => run(() => api.pair(match.url, match.title));

  return (
    <aside
      className={open ? 'panel open' : 'panel'}
      aria-label="Official English version"
      data-testid="english-panel"
    >
      <header>
        <button
          type="button"
          className="toggle"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          <span lang="zh">对照</span> Official English
        </button>
        <span
          className="summary"
          data-testid="english-state"
          data-phase={state.phase === 'done' ? state.outcome.status : state.phase}
        >
          {summaryText(state)}
        </span>
      </header>
      {open && (
        <div className="body">
          {state.phase === 'searching' && <SearchingView progress={state.progress} />}
          {state.phase === 'failed' && (
            <p role="alert">
              {state.message}{' '}
              <button type="button" onClick={() => run(() => api.retry())}>
                Retry
              </button>
            </p>
          )}
          {state.phase === 'done' && (
            <OutcomeView
              outcome={state.outcome}
              english={english}
              onChoose={choose}
              onRetry={() => run(() => api.retry())}
              onUnpair={() => run(async () => (await api.unpair(), api.retry()))}
            />
          )}
          {state.phase === 'done' && state.outcome.status !== 'found' && (
            <ManualPairing api={api} onPaired={(outcome) => setState({ phase: 'done', outcome })} />
          )}
        </div>
      )}
    </aside>
  );
}

function summaryText(state: State): string {
  if (state.phase === 'searching') return 'searching…';
  if (state.phase === 'failed') return 'not available';
  switch (state.outcome.status) {
    case 'found':
      return state.outcome.manual
        ? 'paired by you'
        : `found · ${Math.round(state.outcome.match.confidence * 100)}%`;
    case 'several':
      return `${state.outcome.options.length} possible versions`;
    case 'none':
      return 'none found';
    case 'error':
      return state.outcome.reason === 'offline' ? 'offline' : 'search failed';
  }
}

function SearchingView({ progress }: { progress: SearchProgress | null }) {
  return (
    <p className="muted" aria-live="polite" data-testid="english-progress">
      {progress
        ? `Searching ${progress.where}… ${progress.fetched} page${progress.fetched === 1 ? '' : 's'} read, ${progress.candidates} candidate${progress.candidates === 1 ? '' : 's'}`
        : 'Looking for the official English version…'}
    </p>
  );
}
