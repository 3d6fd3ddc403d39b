/**
 * The word popup: simplified and traditional forms, pinyin (tone-coloured when enabled), the
 * CC-CEDICT definitions, the official English rendering of a set phrase with where it is used,
 * and Copy / Save actions. It never takes focus (buttons keep the page's focus and selection).
 * Its actions answer only the user's own clicks, never a page script's (utils/trusted.ts).
 */
import { Fragment, type CSSProperties, type MouseEvent } from 'react';
import { formatSyllable, normaliseSyllable, type ToneStyle } from '../../utils/reading/syllable';
import type { WordInfo } from '../../utils/reading/reader';
import { writtenWordsOf, type WrittenWord } from '../../utils/reading/orthography';
import { rubyPieces, toneNumber } from '../../utils/reading/ruby';
import { renderingsOverTime } from '../../utils/reading/popup-logic';
import { userOnly } from '../../utils/trusted';
import { useT } from '../i18n/use-t';
import { notSavedText } from '../glossary/errors';
import { CHINESE_TEXT_LANG, DZ } from '../../utils/reading/dom-labels';

/**
 * The status line after an action, translated when drawn (so it follows a language change);
 * `notSaved` carries the error the save failed with.
 */
export type PopupStatus =
  | { kind: 'copied' | 'copyFailed' | 'saved' | 'knownNotSaved' | 'openFailed' }
  | { kind: 'notSaved'; error: unknown };

export interface WordPopupProps {
  info: WordInfo;
  tones: ToneStyle;
  toneColors: boolean;
  sandhi: boolean;
  style?: CSSProperties;
  status?: PopupStatus;
  /** "In this statement": how the statement's official English renders the word (aligned). */
  inStatement?: string;
  /** The language the word is declared in: the statement's script (default zh-Hans). */
  textLang?: string;
  /** Whether the user marked the word as known (its pinyin hides in "unknown words" mode). */
  known?: boolean;
  onToggleKnown?(): void;
  onCopy(): void;
  onSave(): void;
  /** Open the glossary page (shown once the word was saved). */
  onOpenGlossary?(): void;
  onPointerEnter?(): void;
  onPointerLeave?(): void;
}

const keepFocus = (event: MouseEvent) => event.preventDefault();

/**
 * The word's pinyin as the ruby writes it (utils/reading/ruby.ts rubyPieces): by words, with
 * capitals, apostrophes and an idiom's hyphen (yǐ Liánhéguó wéi héxīn de guójì tǐxì; Lín Jiàn).
 * Without its written words (a word cutting a reading unit), or with a character that has no
 * syllable, syllable by syllable.
 */
function Syllables({
  word,
  py,
  written,
  tones,
  colors,
}: {
  word: string;
  py: string[];
  written: readonly WrittenWord[] | undefined;
  tones: ToneStyle;
  colors: boolean;
}) {
  const tone = (s: string) => (colors && s ? `${DZ.tonePrefix}${toneNumber(s)}` : undefined);
  const words = writtenWordsOf(py, written);
  if (!words || Array.from(word).length !== py.length) {
    return (
      <>
        {py.map((s, i) => (
          <span key={i} className={tone(s)}>
            {i > 0 ? ' ' : ''}
            {s ? formatSyllable(s, tones) : '?'}
          </span>
        ))}
      </>
    );
  }
  return (
    <>
      {rubyPieces(word, py, words, { tones }).map((piece, p) => (
        <Fragment key={p}>
          {p > 0 ? ' ' : ''}
          {piece.texts.map((text, k) => (
            <span key={k} className={tone(piece.py[k]!)}>
              {text}
            </span>
          ))}
        </Fragment>
      ))}
    </>
  );
}

/** CC-CEDICT pinyin ("Zhong1 guo2") in the user's tone style. */
function entryPinyin(pinyin: string, tones: ToneStyle): string {
  return pinyin
    .split(' ')
    .map((raw) => {
      const s = normaliseSyllable(raw);
      if (!s) return raw;
      const out = formatSyllable(s, tones);
      return /^[A-Z]/.test(raw) ? out.charAt(0).toUpperCase() + out.slice(1) : out;
    })
    .join(' ');
}

const STATUS = {
  copied: 'wordPopup.status.copied',
  copyFailed: 'wordPopup.status.copyFailed',
  saved: 'wordPopup.status.saved',
  knownNotSaved: 'wordPopup.status.knownNotSaved',
  openFailed: 'wordPopup.status.openFailed',
} as const;

export function WordPopup(props: WordPopupProps) {
  const t = useT();
  const { info, tones, toneColors, sandhi, status } = props;
  const py = sandhi && info.sandhi ? info.sandhi : info.py;
  const traditional = info.traditional.filter((form) => form !== info.word);
  const official = info.term?.renderings ?? [];
  const summary = [
    t('wordPopup.summaryWord', [
      info.word,
      py.map((s) => (s ? formatSyllable(s, 'marks') : '')).join(' '),
    ]),
    official[0] ? t('wordPopup.summaryOfficial', [official[0].en]) : '',
    info.entries[0]?.definitions.slice(0, 3).join('; ') ?? '',
  ]
    .filter(Boolean)
    .join(' ');
  const statusText = !status
    ? ''
    : status.kind === 'notSaved'
      ? notSavedText(t, status.error, 'wordPopup.status.notSaved')
      : t(STATUS[status.kind]);
  return (
    <div
      className="dz-popup"
      role="dialog"
      lang={t.lang}
      aria-label={t('wordPopup.dialog', [info.word])}
      style={props.style}
      onPointerEnter={props.onPointerEnter}
      onPointerLeave={props.onPointerLeave}
    >
      <div className="dz-sr" aria-live="polite">
        {summary}
      </div>
      <div className="dz-head">
        <span className="dz-hanzi" lang={props.textLang ?? CHINESE_TEXT_LANG}>
          {info.word}
        </span>
        {traditional.length > 0 && (
          <span className="dz-trad" lang="zh-Hant" title={t('wordPopup.traditional')}>
            {traditional.join(' / ')}
          </span>
        )}
        <span className="dz-py">
          <Syllables
            word={info.word}
            py={py}
            written={info.written}
            tones={tones}
            colors={toneColors}
          />
        </span>
      </div>
      {official.length > 0 && (
        <div className="dz-official">
          <div className="dz-official-label">{t('wordPopup.officialRendering')}</div>
          {renderingsOverTime(official)
            .slice(0, 4)
            .map((r) => (
              <div key={r.en} className="dz-rendering">
                <div className="dz-official-en" lang="en">
                  {r.en}
                </div>
                {r.years.length > 0 ? (
                  <div className="dz-usage">
                    <span className="dz-years">
                      {r.years.map((y) => t('wordPopup.yearCount', [y.year, y.count])).join(' · ')}
                    </span>
                    {r.example && (
                      <>
                        {' · '}
                        <a href={r.example} target="_blank" rel="noopener noreferrer">
                          {t('wordPopup.example')}
                        </a>
                      </>
                    )}
                  </div>
                ) : (
                  <div className="dz-source">{r.source}</div>
                )}
              </div>
            ))}
        </div>
      )}
      {props.inStatement && (
        <div className="dz-in-statement">
          {t('wordPopup.inStatement')}
          {labelGap(t.locale)}
          <q lang="en">{props.inStatement}</q>
        </div>
      )}
      {info.name && (
        <div className="dz-name">
          {t('wordPopup.officialName')}
          {labelGap(t.locale)}
          <strong lang="en">{info.name.en[0]}</strong>
          {info.name.en.length > 1
            ? t('wordPopup.alsoNamed', [info.name.en.slice(1, 3).join(', ')])
            : ''}
        </div>
      )}
      {info.entries.length === 0 && !official.length && !info.name && (
        <div className="dz-empty">{t('wordPopup.notInDictionary')}</div>
      )}
      {info.entries.slice(0, 6).map((entry, i) => (
        <div className="dz-entry" key={i}>
          <div className="dz-entry-py">
            {entry.simplified}
            {entry.traditional !== entry.simplified ? ` ${entry.traditional}` : ''} [
            {entryPinyin(entry.pinyin, tones)}]
          </div>
          <ul className="dz-defs" lang="en">
            {entry.definitions.slice(0, 8).map((d, k) => (
              <li key={k}>{d}</li>
            ))}
          </ul>
        </div>
      ))}
      <div className="dz-actions">
        <button type="button" onMouseDown={keepFocus} onClick={userOnly(() => props.onCopy())}>
          {t('wordPopup.copy')}
        </button>
        <button type="button" onMouseDown={keepFocus} onClick={userOnly(() => props.onSave())}>
          {t('wordPopup.save')}
        </button>
        {props.onOpenGlossary && status?.kind === 'saved' && (
          <button
            type="button"
            onMouseDown={keepFocus}
            onClick={userOnly(() => props.onOpenGlossary!())}
          >
            {t('wordPopup.openGlossary')}
          </button>
        )}
        {props.onToggleKnown && (
          <button
            type="button"
            onMouseDown={keepFocus}
            onClick={userOnly(() => props.onToggleKnown!())}
            aria-pressed={!!props.known}
          >
            {props.known ? t('wordPopup.known') : t('wordPopup.markKnown')}
          </button>
        )}
        {statusText && (
          <span className="dz-status" role="status">
            {statusText}
          </span>
        )}
      </div>
    </div>
  );
}

/** The space after a label's colon: English has one; a Chinese full-width colon carries its own. */
function labelGap(locale: string): string {
  return locale === 'zh_CN' ? '' : ' ';
}
