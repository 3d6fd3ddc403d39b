/**
 * The English-version search in the interface language: its errors, its progress, the places it
 * read. The engine (utils/match) says them in English for the CLI and gives codes beside them
 * (SearchProblem, SearchStep, the fetch failure after a place read); these turn the codes into
 * the interface's words. Without a code (an outcome from an older version) the English is shown.
 */
import type { Locale, Translate } from '../../utils/i18n';
import type { FetchFailure } from '../../utils/net/fetcher';
import type {
  SearchOutcome,
  SearchPlace,
  SearchProblem,
  SearchProgress,
  SearchStep,
} from '../../utils/match/outcome';

/** `t` with the language it speaks (useT's). */
export type LocalT = Translate & { locale: Locale };

type ErrorOutcome = Extract<SearchOutcome, { status: 'error' }>;

const FAILURES: Record<FetchFailure, Parameters<Translate>[0]> = {
  'not-official': 'search.failure.notOfficial',
  redirect: 'search.failure.redirect',
  'not-html': 'search.failure.notHtml',
  'too-large': 'search.failure.tooLarge',
  'not-found': 'search.failure.notFound',
  'http-error': 'search.failure.httpError',
  network: 'search.failure.network',
  timeout: 'search.failure.timeout',
  budget: 'search.failure.budget',
  aborted: 'search.failure.aborted',
};

/** Why a fetch failed, in a few words ("connection failed", "too slow to answer"). */
export function failureText(t: LocalT, reason: string): string | null {
  return Object.prototype.hasOwnProperty.call(FAILURES, reason)
    ? t(FAILURES[reason as FetchFailure])
    : null;
}

function problemText(t: LocalT, problem: SearchProblem): string {
  switch (problem.code) {
    case 'not-chinese':
      return t('search.problem.notChinese');
    case 'cancelled':
      return t('search.problem.cancelled');
    case 'offline':
      return t('search.problem.offline');
    case 'incomplete': {
      const hosts = problem.hosts
        .map(({ host, why }) => t('search.problem.host', [host, failureText(t, why) ?? why]))
        .join(t('search.problem.hostSeparator'));
      return t('search.problem.incomplete', [hosts]);
    }
    case 'too-slow':
      return t('search.problem.tooSlow', problem.seconds);
    case 'not-a-url':
      return t('search.problem.notAUrl', [problem.url]);
    case 'not-web':
      return t('search.problem.notWeb');
    case 'not-official':
      return t('search.problem.notOfficial', [problem.host]);
    case 'unreadable':
      // The fetcher's own words are English and say more (the size, where it redirects): they
      // are shown in English; another language says the reason.
      return t('search.problem.unreadable', [
        t.locale === 'en' ? problem.detail : (failureText(t, problem.reason) ?? problem.detail),
      ]);
    case 'not-saved':
      return t('search.problem.notSaved', [problem.detail]);
    case 'unexpected':
      return t('search.problem.unexpected', [problem.detail]);
  }
}

/** What went wrong with a search or a pairing, in the interface language. */
export function searchErrorText(t: LocalT, outcome: ErrorOutcome): string {
  return outcome.problem ? problemText(t, outcome.problem) : outcome.message;
}

const PLACES: Record<SearchPlace, Parameters<Translate>[0]> = {
  'mfa-press-2018': 'search.place.mfaPress2018',
  'mfa-press': 'search.place.mfaPress',
  'mfa-activities': 'search.place.mfaActivities',
  'xinhua-latest': 'search.place.xinhuaLatest',
  'xinhua-china': 'search.place.xinhuaChina',
  'xinhua-world': 'search.place.xinhuaWorld',
  'xinhua-home': 'search.place.xinhuaHome',
  'xinhua-search': 'search.place.xinhuaSearch',
  'govcn-feed': 'search.place.govcnFeed',
  'govcn-news': 'search.place.govcnNews',
  'govcn-policies': 'search.place.govcnPolicies',
  'people-home': 'search.place.peopleHome',
  'embassy-column': 'search.place.embassyColumn',
  'embassy-home': 'search.place.embassyHome',
};

/** The step a search is at: "Searching the ministry's English press conferences, page 2". */
function stepText(t: LocalT, step: SearchStep | undefined, where: string): string {
  switch (step?.kind) {
    case 'cache':
      return t('search.progress.cache');
    case 'reading':
      return t('search.progress.reading', step.pages);
    case 'comparing':
      return t('search.progress.comparing', step.pages);
    case 'place': {
      const key = Object.prototype.hasOwnProperty.call(PLACES, step.place)
        ? PLACES[step.place]
        : undefined;
      if (!key) break;
      const place = t(key, [step.query ?? '']);
      return t('search.progress.searching', [
        step.page === undefined ? place : t('search.progress.page', [place, step.page]),
      ]);
    }
  }
  return t('search.progress.searching', [where]);
}

/** "Searching …… 2 pages read, 4 candidates", in the interface language. */
export function progressText(t: LocalT, progress: SearchProgress): string {
  return t('search.progress.line', [
    stepText(t, progress.step, progress.where),
    t('search.progress.pagesRead', progress.fetched),
    t('search.progress.candidates', progress.candidates),
  ]);
}

/** A place the search read: its address, and why it failed when it did ("… (not-found)"). */
export function searchedText(t: LocalT, entry: string): string {
  const failed = /^(\S+) \(([a-z-]+)\)$/.exec(entry);
  const why = failed && failureText(t, failed[2]!);
  return failed && why ? t('search.problem.host', [failed[1]!, why]) : entry;
}
