import type { Article } from '../../utils/article';
import type { EnglishMatch, SearchOutcome } from '../../utils/match/outcome';

interface Props {
  outcome: SearchOutcome;
  english: Article | null;
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
          <MatchLine match={outcome.match} />
          <p className="actions">
            {outcome.manual ? (
              <button type="button" onClick={onUnpair}>
                Undo my pairing
              </button>
            ) : (
              <button type="button" onClick={onRetry}>
                Search again
              </button>
            )}
          </p>
          {english ? (
            <EnglishText article={english} />
          ) : (
            <p className="muted">
              The English text is not available offline; open it on the official site.
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
              <li key={option.url}>
                <MatchLine match={option} />
                <button type="button" onClick={() => onChoose(option)}>
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
          <button type="button" onClick={onRetry}>
            Search again
          </button>
        </div>
      );
    case 'error':
      return (
        <div data-testid="english-error" role="alert">
          <p>
            {outcome.reason === 'offline'
              ? 'The official site could not be reached. Check your connection.'
              : outcome.message}
          </p>
          <Searched places={outcome.searched} />
          <button type="button" onClick={onRetry}>
            Retry
          </button>
        </div>
      );
  }
}

function MatchLine({ match }: { match: EnglishMatch }) {
  return (
    <p className="match">
      <a href={match.url} target="_blank" rel="noreferrer noopener" data-testid="english-link">
        {match.title || match.url}
      </a>
      <span className="muted">
        {match.date ? ` · ${match.date}` : ''} · {Math.round(match.confidence * 100)}% match
      </span>
    </p>
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

function EnglishText({ article }: { article: Article }) {
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
