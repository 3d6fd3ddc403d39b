import type { Article } from '../../utils/article';
import type { EnglishMatch, SearchOutcome } from '../../utils/match/outcome';
import { userOnly } from '../../utils/trusted';

/** The found English page's text: still being read, ready, or not readable here. */
export type EnglishText =
  { status: 'loading' } | { status: 'ready'; article: Article } | { status: 'missing' };

interface Props {
  outcome: SearchOutcome;
  english: EnglishText;
  onChoose(match: EnglishMatch): void;
  onRetry(): void;
  onUnpair(): void;
}

/** The answer of a search: found, several, none, or an error with a retry. */
export function OutcomeView({ outcome, english, onChoose, onRetry, onUnpair }: Props) {
  switch (outcome.status) {
    case 'found':
      return (
        <div data-testid="english-found">
          <MatchLine match={outcome.match} manual={outcome.manual} />
          <p className="actions">
            {outcome.manual ? (
              <button type="button" onClick={userOnly(onUnpair)}>
                Undo my pairing
              </button>
            ) : (
              <button type="button" onClick={userOnly(onRetry)}>
                Search again
              </button>
            )}
          </p>
          {english.status === 'ready' ? (
            <EnglishArticle article={english.article} />
          ) : (
            <p className="muted" aria-live="polite" data-testid="english-text-status">
              {english.status === 'loading'
                ? 'Reading the English text…'
                : 'The English text cannot be shown here; open it on the official site.'}
            </p>
          )}
        </div>
      );
    case 'several':
      return (
        <div data-testid="english-several">
          <p>Several English pages could be this statement's version. Pick the right one:</p>
          <ol className="options">
            {outcome.options.map((option) => (
              <li key={option.url} data-testid="english-option">
                <MatchLine match={option} />
                <button
                  type="button"
                  aria-label={`This one: ${option.title || option.url}`}
                  onClick={userOnly(() => onChoose(option))}
                >
                  This one
                </button>
              </li>
            ))}
          </ol>
        </div>
      );
    case 'none':
      return (
        <div data-testid="english-none">
          <p>
            No official English version was found among {outcome.candidatesChecked} candidate page
            {outcome.candidatesChecked === 1 ? '' : 's'}.
          </p>
          <Searched places={outcome.searched} />
          <button type="button" onClick={userOnly(onRetry)}>
            Search again
          </button>
        </div>
      );
    case 'error':
      return (
        <div data-testid="english-error" role="alert">
          <p>
            {outcome.reason === 'offline'
              ? 'The official site could not be reached. Check your connection, then retry.'
              : outcome.message}
          </p>
          <Searched places={outcome.searched} />
          <button type="button" onClick={userOnly(onRetry)}>
            Retry
          </button>
        </div>
      );
  }
}

const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "20 June 2025" (unambiguous whatever the reader's habits), or null for a missing/odd date. */
export function formatDate(date: string | null): string | null {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  const time = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(time) ? date : DATE_FORMAT.format(time);
}

function MatchLine({ match, manual = false }: { match: EnglishMatch; manual?: boolean }) {
  const date = formatDate(match.date);
  const percent = Math.round(match.confidence * 100);
  return (
    <div className="match">
      <a href={match.url} target="_blank" rel="noreferrer noopener" data-testid="english-link">
        {match.title || match.url}
      </a>
      <p className="facts muted">
        <span data-testid="match-date">{date ?? 'date not given'}</span>
        {!manual && (
          <>
            {' · '}
            <span data-testid="match-confidence">{percent}% match</span>{' '}
            <meter min={0} max={100} value={percent} aria-hidden="true" />
          </>
        )}
      </p>
    </div>
  );
}

function Searched({ places }: { places: string[] }) {
  if (places.length === 0) return null;
  return (
    <details className="searched">
      <summary>Where Duizhao looked ({places.length})</summary>
      <ul>
        {places.map((place) => (
          <li key={place}>{place}</li>
        ))}
      </ul>
    </details>
  );
}

function EnglishArticle({ article }: { article: Article }) {
  return (
    <section className="english-text" lang="en" data-testid="english-text">
      <h3>{article.title}</h3>
      {article.paragraphs.map((paragraph, index) => (
        <p key={index} className={paragraph.role ? `role-${paragraph.role}` : undefined}>
          {paragraph.text}
        </p>
      ))}
    </section>
  );
}
