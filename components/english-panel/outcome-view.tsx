import type { Article } from '../../utils/article';
import { formatLongDate, type Locale } from '../../utils/i18n';
import type { EnglishMatch, SearchOutcome } from '../../utils/match/outcome';
import { userOnly } from '../../utils/trusted';
import { useT } from '../i18n/use-t';
import { searchedText, searchErrorText } from './search-text';

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
  const t = useT();
  switch (outcome.status) {
    case 'found':
      return (
        <div data-testid="english-found">
          <MatchLine match={outcome.match} manual={outcome.manual} />
          <p className="actions">
            {outcome.manual ? (
              <button type="button" onClick={userOnly(onUnpair)}>
                {t('panel.undoPairing')}
              </button>
            ) : (
              <button type="button" onClick={userOnly(onRetry)}>
                {t('search.searchAgain')}
              </button>
            )}
          </p>
          {english.status === 'ready' ? (
            <EnglishArticle article={english.article} />
          ) : (
            <p className="muted" aria-live="polite" data-testid="english-text-status">
              {english.status === 'loading' ? t('panel.readingText') : t('panel.textMissing')}
            </p>
          )}
        </div>
      );
    case 'several':
      return (
        <div data-testid="english-several">
          <p>{t('panel.several')}</p>
          <ol className="options">
            {outcome.options.map((option) => (
              <li key={option.url} data-testid="english-option">
                <MatchLine match={option} />
                <button
                  type="button"
                  aria-label={t('search.thisOne', [option.title || option.url])}
                  onClick={userOnly(() => onChoose(option))}
                >
                  {t('panel.thisOne')}
                </button>
              </li>
            ))}
          </ol>
        </div>
      );
    case 'none':
      return (
        <div data-testid="english-none">
          <p>{t('panel.none', outcome.candidatesChecked)}</p>
          <Searched places={outcome.searched} />
          <button type="button" onClick={userOnly(onRetry)}>
            {t('search.searchAgain')}
          </button>
        </div>
      );
    case 'error':
      return (
        <div data-testid="english-error" role="alert">
          <p>{outcome.reason === 'offline' ? t('panel.offline') : searchErrorText(t, outcome)}</p>
          <Searched places={outcome.searched} />
          <button type="button" onClick={userOnly(onRetry)}>
            {t('common.retry')}
          </button>
        </div>
      );
  }
}

/**
 * "20 June 2025" / "2025年6月20日" (unambiguous whatever the reader's habits), or the text as it
 * is for an odd date, null for none.
 */
export function formatDate(date: string | null, locale?: Locale): string | null {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  return formatLongDate(date, locale);
}

function MatchLine({ match, manual = false }: { match: EnglishMatch; manual?: boolean }) {
  const t = useT();
  const date = formatDate(match.date, t.locale);
  const percent = Math.round(match.confidence * 100);
  return (
    <div className="match">
      <a
        href={match.url}
        target="_blank"
        rel="noreferrer noopener"
        lang="en"
        data-testid="english-link"
      >
        {match.title || match.url}
      </a>
      <p className="facts muted">
        <span data-testid="match-date">{date ?? t('panel.noDate')}</span>
        {!manual && (
          <>
            {' · '}
            <span data-testid="match-confidence">{t('panel.confidence', [percent])}</span>{' '}
            <meter min={0} max={100} value={percent} aria-hidden="true" />
          </>
        )}
      </p>
    </div>
  );
}

function Searched({ places }: { places: string[] }) {
  const t = useT();
  if (places.length === 0) return null;
  return (
    <details className="searched">
      <summary>{t('panel.searched', [places.length])}</summary>
      <ul>
        {places.map((place) => (
          <li key={place}>{searchedText(t, place)}</li>
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
