/**
 * The side-by-side view: the Chinese statement and its official English, aligned sentence by
 * sentence (the alignment is computed in the background worker), in a fixed panel over the page.
 * Says at the top how much of the Chinese the English leaves out; rows can be copied, cited and
 * saved to the glossary; the whole can be exported as TSV, TMX or Markdown. When the English
 * version is not known, says so and offers the English panel's manual pairing.
 *
 * Everything fetched is shown as React text. Actions that change the user's data (Save pair), and
 * closing (which is remembered for the site), act only on trusted user events.
 */
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
} from 'react';
import type { Article } from '../../utils/article';
import type { Alignment, Link } from '../../utils/align/types';
import type { EnglishMatch, SearchOutcome } from '../../utils/match/outcome';
import type { AlignReply } from '../../utils/messaging';
import type { ReadingToken } from '../../utils/reading/pinyin';
import type { EnglishApi } from '../english-panel/english-panel';
import { ManualPairing } from '../english-panel/manual-pairing';
import { formatDate } from '../english-panel/outcome-view';
import { errorText } from '../glossary/errors';
import { searchErrorText, type LocalT } from '../english-panel/search-text';
import { useT } from '../i18n/use-t';
import { AlignedView, type RowAction } from './aligned-view';
import { downloadText, EXPORT_FORMATS, ExportMenu, type ExportFormat } from './export-menu';
import { pieceEnds, summaryLine } from './rows';
import { linkTexts } from '../../utils/align/export';
import { citationText, exportFileName, pairText, speakerOf } from './texts';
import type { PinyinDisplay } from './zh-text';
import { fromUser } from '../../utils/trusted';
import { chineseTextLang } from '../../utils/reading/script';

/** A pair the user saves to the glossary. */
export interface PairToSave {
  zh: string;
  en: string;
  /**
   * Numbered syllables of the Chinese, a word's syllables together and words apart
   * ("zhan4lüe4 huo3ban4"); undefined while the tokens are not known.
   */
  pinyin: string | undefined;
  /** Who says the Chinese (its paragraph's speaker, else the statement's). */
  speaker: string;
  zhArticle: Article;
  enArticle: Article;
  /** The link's confidence: the English was aligned automatically. */
  confidence: number;
}

/** What the view needs from the extension; injected, so the view is testable on its own. */
export interface SideBySideApi {
  findEnglish(): Promise<SearchOutcome>;
  englishArticle(url: string): Promise<Article | null>;
  /** Align the statement with `en` (in the background worker). */
  align(en: Article): Promise<AlignReply>;
  tokenize(texts: string[]): Promise<ReadingToken[][]>;
  savePair(pair: PairToSave): Promise<void>;
  copy(text: string): Promise<void>;
  /** The English panel's manual pairing (paste an address, or pick an open tab). */
  pairing: EnglishApi;
}

/** The engine's exporters (utils/align/export.ts), bound to the statement's texts. */
export type Exporters = Record<
  ExportFormat,
  (alignment: Alignment, zh: Article, en: Article) => string
>;

export interface ViewDisplay extends PinyinDisplay {
  toneColors: boolean;
  rubySize: number;
  /** The reading settings ask for pinyin over unknown words only (shown here over all words). */
  unknownOnly: boolean;
}

export interface SideBySideProps {
  api: SideBySideApi;
  zh: Article;
  display: ViewDisplay;
  exporters: Exporters;
  /** Close the view (a trusted Esc or click on Close). */
  onClose(): void;
}

/** Chinese segments tokenised per message. */
const TOKEN_BATCH = 12;
/**
 * Characters of pinyin put on the page per frame. Laying out ruby is what costs (about 2,000
 * layout objects for a batch of 12 sentences, 30–90 ms in one frame), so a batch is written in
 * pieces, a frame each.
 */
export const RUBY_CHARS_PER_FRAME = 120;
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const NO_TOKENS: (ReadingToken[] | undefined)[] = [];

type State =
  | { phase: 'finding' }
  | { phase: 'unknown'; outcome: SearchOutcome }
  | { phase: 'reading'; match: EnglishMatch }
  | { phase: 'aligning'; en: Article }
  | { phase: 'ready'; en: Article; alignment: Alignment }
  | { phase: 'failed'; problem: Failure };

/** Why the view cannot show the texts (said in the interface language when shown). */
type Failure =
  | { kind: 'unreadable'; url: string }
  | { kind: 'unaligned'; detail: string }
  | { kind: 'worker'; detail: string };

/** A notice at the top: what was done, or what could not be done and why. */
type Notice =
  | { kind: 'copied-pair' | 'copied-citation' | 'saved' }
  | { kind: 'exported'; name: string }
  | { kind: 'copy-failed' | 'export-failed'; detail: string }
  // The glossary's own error: worded from its code in the interface language (errorText).
  | { kind: 'save-failed'; error: unknown };

function failureText(t: LocalT, failure: Failure): string {
  switch (failure.kind) {
    case 'unreadable':
      return t('sideBySide.readFailed', [failure.url]);
    case 'unaligned':
      return t('sideBySide.alignFailed', [failure.detail]);
    case 'worker':
      return t('search.workerSilent', [failure.detail]);
  }
}

function noticeText(t: LocalT, notice: Notice): string {
  switch (notice.kind) {
    case 'copied-pair':
      return t('sideBySide.copiedPair');
    case 'copied-citation':
      return t('sideBySide.copiedCitation');
    case 'saved':
      return t('sideBySide.saved');
    case 'exported':
      return t('sideBySide.exported', [notice.name]);
    case 'copy-failed':
      return t('sideBySide.copyFailed', [notice.detail]);
    case 'save-failed':
      return t('sideBySide.saveFailed', [errorText(t, notice.error)]);
    case 'export-failed':
      return t('sideBySide.exportFailed', [notice.detail]);
  }
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function SideBySide({ api, zh, display, exporters, onClose }: SideBySideProps) {
  // The statement's script, declared on its Chinese (Traditional statements: zh-Hant).
  const zhLang = useMemo(
    () => chineseTextLang([zh.title, ...zh.paragraphs.map((p) => p.text)]),
    [zh],
  );
  const t = useT();
  const [state, setState] = useState<State>({ phase: 'finding' });
  // Reading tokens of the Chinese segments of one alignment, by segment index.
  const [reading, setReading] = useState<{
    for: Alignment | null;
    tokens: (ReadingToken[] | undefined)[];
  }>({ for: null, tokens: [] });
  const [notice, setNotice] = useState<Notice | null>(null);
  const downloads = useRef<HTMLDivElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const latest = useRef(0);

  /** From a search outcome to the aligned view (or the "not known" state). */
  const proceed = useCallback(
    async (outcome: SearchOutcome, live: () => boolean) => {
      if (outcome.status !== 'found') return live() && setState({ phase: 'unknown', outcome });
      setState({ phase: 'reading', match: outcome.match });
      const en = await api.englishArticle(outcome.match.url);
      if (!live()) return;
      if (!en)
        return setState({
          phase: 'failed',
          problem: { kind: 'unreadable', url: outcome.match.url },
        });
      setState({ phase: 'aligning', en });
      const reply = await api.align(en);
      if (!live()) return;
      setState(
        reply.ok
          ? { phase: 'ready', en, alignment: reply.alignment }
          : { phase: 'failed', problem: { kind: 'unaligned', detail: reply.message } },
      );
    },
    [api],
  );

  /** Follow a search's answer; only the latest request (of a view still open) may set the state. */
  const follow = useCallback(
    (request: () => Promise<SearchOutcome>, open: () => boolean = () => true) => {
      const id = ++latest.current;
      const live = () => id === latest.current && open();
      request()
        .then((outcome) => proceed(outcome, live))
        .catch(
          (error: unknown) =>
            live() &&
            setState({
              phase: 'failed',
              problem: { kind: 'worker', detail: describe(error) },
            }),
        );
    },
    [proceed],
  );

  const start = (request: () => Promise<SearchOutcome>) => {
    setState({ phase: 'finding' });
    follow(request);
  };

  useEffect(() => {
    let open = true;
    follow(
      () => api.findEnglish(),
      () => open,
    );
    return () => {
      open = false;
    };
  }, [api, follow]);

  // Pinyin for the Chinese sentences, a batch per message, as the reading settings say.
  const alignment = state.phase === 'ready' ? state.alignment : null;
  useEffect(() => {
    if (!alignment || !display.show) return;
    let live = true;
    const texts = alignment.zh.map((segment) => segment.text);
    const ask = (from: number) =>
      from < texts.length
        ? api.tokenize(texts.slice(from, from + TOKEN_BATCH)).catch(() => null)
        : Promise.resolve(null);
    void (async () => {
      // The next batch is asked for while this one is written.
      let asked = ask(0);
      let first = true;
      for (let from = 0; from < texts.length && live; from += TOKEN_BATCH) {
        const batch = await asked;
        if (!live || !batch) return;
        asked = ask(from + TOKEN_BATCH);
        const lengths = batch.map((_, k) => texts[from + k]!.length);
        let start = 0;
        for (const end of pieceEnds(lengths, RUBY_CHARS_PER_FRAME)) {
          if (!first) await nextFrame();
          first = false;
          if (!live) return;
          const [at, piece] = [from + start, batch.slice(start, end)];
          setReading((current) => {
            const next = current.for === alignment ? current.tokens.slice() : [];
            piece.forEach((read, k) => (next[at + k] = read));
            return { for: alignment, tokens: next };
          });
          start = end;
        }
      }
    })();
    return () => {
      live = false;
    };
  }, [alignment, api, display.show]);
  const tokens = reading.for === alignment && alignment ? reading.tokens : NO_TOKENS;

  const say = useCallback((next: Notice) => setNotice(next), []);

  const onAction = useCallback(
    (action: RowAction, link: Link) => {
      if (state.phase !== 'ready') return;
      const { alignment, en } = state;
      if (action === 'copy-pair') {
        api.copy(pairText(alignment, link)).then(
          () => say({ kind: 'copied-pair' }),
          (error: unknown) => say({ kind: 'copy-failed', detail: describe(error) }),
        );
      } else if (action === 'copy-citation') {
        api.copy(citationText(alignment, link, zh, en)).then(
          () => say({ kind: 'copied-citation' }),
          (error: unknown) => say({ kind: 'copy-failed', detail: describe(error) }),
        );
      } else {
        const texts = linkTexts(alignment, link);
        const read = link.zh.map((i) => tokens[i]);
        const pinyin = read.every(Boolean)
          ? read
              .flatMap((words) => words!.filter((t) => t.py.length > 0).map((t) => t.py.join('')))
              .join(' ')
          : undefined;
        api
          .savePair({
            ...texts,
            pinyin,
            speaker: speakerOf(zh, alignment.zh[link.zh[0] ?? -1]?.paragraph),
            zhArticle: zh,
            enArticle: en,
            confidence: link.confidence,
          })
          .then(
            () => say({ kind: 'saved' }),
            (error: unknown) => say({ kind: 'save-failed', error }),
          );
      }
    },
    [api, say, state, tokens, zh],
  );

  const onExport = (format: ExportFormat) => {
    if (state.phase !== 'ready' || !downloads.current) return;
    const { type } = EXPORT_FORMATS.find((f) => f.format === format)!;
    try {
      const text = exporters[format](state.alignment, zh, state.en);
      const name = exportFileName(zh, state.en, format);
      downloadText(downloads.current, name, text, type);
      say({ kind: 'exported', name });
    } catch (error) {
      say({ kind: 'export-failed', detail: describe(error) });
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || !fromUser(event)) return;
    event.stopPropagation();
    onClose();
  };

  const style = useMemo(() => ({ '--dz-rt-size': `${display.rubySize}%` }), [display.rubySize]);
  const pinyin = useMemo<PinyinDisplay>(
    () => ({
      show: display.show,
      tones: display.tones,
      sandhi: display.sandhi,
      over: display.over,
      colors: display.toneColors,
    }),
    [display.show, display.tones, display.sandhi, display.over, display.toneColors],
  );

  useEffect(() => {
    closeRef.current?.focus();
  }, []);

  return (
    <section
      className={`view${display.toneColors ? ' dz-colors' : ''}`}
      role="dialog"
      aria-modal="false"
      aria-label={t('sideBySide.label')}
      lang={t.lang}
      data-testid="side-by-side"
      data-phase={state.phase}
      style={style as CSSProperties}
      onKeyDown={onKeyDown}
    >
      <header>
        <h2>
          {/* The brand mark; the Chinese title (中英对照) already says it. */}
          {t.locale !== 'zh_CN' && (
            <>
              {/* i18n-ignore: the brand mark */}
              <span lang="zh">对照</span>{' '}
            </>
          )}
          {t('sideBySide.title')}
        </h2>
        <p className="titles">
          <span lang={zhLang}>{zh.title}</span>
          {state.phase === 'ready' && (
            <>
              {' · '}
              <a href={state.en.url} target="_blank" rel="noreferrer noopener" lang="en">
                {state.en.title || state.en.url}
              </a>
            </>
          )}
          {zh.date && <span className="muted"> · {formatDate(zh.date, t.locale)}</span>}
        </p>
        <div className="tools">
          {state.phase === 'ready' && <ExportMenu onExport={onExport} />}
          <button
            ref={closeRef}
            type="button"
            className="close"
            aria-label={t('sideBySide.close')}
            data-testid="sbs-close"
            onClick={(event) => fromUser(event) && onClose()}
          >
            ✕
          </button>
        </div>
      </header>
      {state.phase === 'ready' && (
        <p className="summary" data-testid="sbs-summary">
          {summaryLine(state.alignment, t)}
          {display.unknownOnly && (
            <span className="muted">
              {t.locale === 'zh_CN' ? '' : ' '}
              {t('sideBySide.unknownOnly')}
            </span>
          )}
        </p>
      )}
      <p className="notice" role="status" aria-live="polite" data-testid="sbs-notice">
        {notice && (
          <span className={notice.kind.endsWith('-failed') ? 'error' : undefined}>
            {noticeText(t, notice)}
          </span>
        )}
      </p>
      <div className="body">
        {(state.phase === 'finding' || state.phase === 'reading' || state.phase === 'aligning') && (
          <p className="muted" aria-live="polite" data-testid="sbs-progress">
            {state.phase === 'finding'
              ? t('search.looking')
              : state.phase === 'reading'
                ? t('sideBySide.reading')
                : t('sideBySide.aligning')}
          </p>
        )}
        {state.phase === 'failed' && (
          <div role="alert" data-testid="sbs-error">
            <p>{failureText(t, state.problem)}</p>
            <button type="button" onClick={() => start(() => api.findEnglish())}>
              {t('sideBySide.tryAgain')}
            </button>
          </div>
        )}
        {state.phase === 'unknown' && (
          <div className="unknown" data-testid="sbs-unknown">
            <p>
              <strong>{t('sideBySide.notKnown')}</strong>
              {t.locale === 'zh_CN' ? '' : ' '}
              {unknownReason(t, state.outcome)}
            </p>
            {state.outcome.status === 'several' && (
              <ul className="options">
                {state.outcome.options.map((option) => (
                  <li key={option.url}>
                    <button
                      type="button"
                      onClick={() =>
                        start(() => api.pairing.pair(option.url, option.title || undefined))
                      }
                    >
                      {t('sideBySide.thisOne', [option.title || option.url])}
                    </button>
                  </li>
                ))}
              </ul>
            )}
            <ManualPairing api={api.pairing} onPaired={(outcome) => start(async () => outcome)} />
            <button type="button" onClick={() => start(() => api.pairing.retry())}>
              {t('search.searchAgain')}
            </button>
          </div>
        )}
        {state.phase === 'ready' && (
          <div className="columns">
            <div className="heads" aria-hidden="true">
              <span lang="zh">{t('sideBySide.headZh')}</span>
              <span>{t('sideBySide.headEn')}</span>
            </div>
            <AlignedView
              alignment={state.alignment}
              tokens={tokens}
              display={pinyin}
              zhLang={zhLang}
              onAction={onAction}
            />
          </div>
        )}
      </div>
      <div ref={downloads} hidden />
    </section>
  );
}

function unknownReason(t: LocalT, outcome: SearchOutcome): string {
  switch (outcome.status) {
    case 'several':
      return t('sideBySide.unknown.several');
    case 'none':
      return t('sideBySide.unknown.none', outcome.candidatesChecked);
    case 'error':
      return outcome.reason === 'offline'
        ? t('sideBySide.unknown.offline')
        : t('sideBySide.unknown.error', [searchErrorText(t, outcome)]);
    case 'found':
      return '';
  }
}
