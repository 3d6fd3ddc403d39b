/**
 * The aligned statement: one row per link, Chinese on the left and English on the right (stacked
 * on narrow windows), so the eye moves across. Hovering or focusing a sentence highlights its
 * counterpart(s); content the English moved carries a numbered marker on both halves that jumps
 * to the other; sentences without a counterpart say so.
 *
 * Keyboard: Tab goes from row to row (and into the focused row's actions), ArrowDown / ArrowUp
 * move between rows, Enter on a moved half jumps to the other half.
 * Rows are rendered in chunks, one per frame, and their pinyin a few sentences a frame
 * (side-by-side.tsx): no frame has to lay out a long statement at once.
 * A new alignment (after a new pairing) comes with a new AlignedView: the view goes through its
 * search states in between.
 */
import {
  memo,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';
import type { Alignment, Link } from '../../utils/align/types';
import type { ReadingToken } from '../../utils/reading/pinyin';
import { buildRows, counterpartRow, type Row } from './rows';
import { ZhText, type PinyinDisplay } from './zh-text';
import { fromUser } from '../../utils/trusted';
import type { Translate } from '../../utils/i18n';
import { useT } from '../i18n/use-t';

/** Rows rendered per frame. */
export const ROW_CHUNK = 12;

export type RowAction = 'copy-pair' | 'copy-citation' | 'save-pair';

export interface AlignedViewProps {
  alignment: Alignment;
  /** Reading tokens of the Chinese segments, by segment index (filled in as they arrive). */
  tokens: (ReadingToken[] | undefined)[];
  display: PinyinDisplay;
  /** The Chinese statement's script (utils/reading/script.ts), declared on its cells. */
  zhLang: string;
  /** A row action, from a trusted user event (checked where the event arrives). */
  onAction(action: RowAction, link: Link): void;
}

export function AlignedView({ alignment, tokens, display, zhLang, onAction }: AlignedViewProps) {
  const t = useT();
  const rows = useMemo(() => buildRows(alignment), [alignment]);
  const [shown, setShown] = useState(Math.min(ROW_CHUNK, rows.length));
  const [active, setActive] = useState<number | null>(null);
  const [current, setCurrent] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (shown >= rows.length) return;
    const frame = requestAnimationFrame(() =>
      setShown((n) => Math.min(n + ROW_CHUNK, rows.length)),
    );
    return () => cancelAnimationFrame(frame);
  }, [shown, rows.length]);

  const rowElement = useCallback(
    (key: string) => listRef.current?.querySelector<HTMLElement>(`[data-row="${key}"]`) ?? null,
    [],
  );

  /** Go to the other half of a moved row (rendering the rows up to it first if needed). */
  const reveal = useCallback(
    (row: Row) => {
      const other = counterpartRow(rows, row);
      if (!other) return;
      if (rows.indexOf(other) >= shown) setShown(rows.length);
      requestAnimationFrame(() => {
        const element = rowElement(other.key);
        element?.scrollIntoView({ block: 'center' });
        element?.focus();
      });
    },
    [rows, shown, rowElement],
  );

  const onRowKeyDown = (event: KeyboardEvent<HTMLElement>, row: Row, index: number) => {
    if (event.target !== event.currentTarget) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const next = rows[index + (event.key === 'ArrowDown' ? 1 : -1)];
      if (!next) return;
      event.preventDefault();
      rowElement(next.key)?.focus();
    } else if ((event.key === 'Enter' || event.key === ' ') && counterpartRow(rows, row)) {
      event.preventDefault();
      reveal(row);
    }
  };

  return (
    <ol className="rows" ref={listRef} aria-label={t('sideBySide.rows')}>
      {rows.slice(0, shown).map((row, index) => (
        <RowView
          key={row.key}
          row={row}
          alignment={alignment}
          tokens={tokens}
          display={display}
          zhLang={zhLang}
          active={active === row.link}
          current={current === row.key}
          onEnter={setActive}
          onCurrent={setCurrent}
          onKeyDown={(event) => onRowKeyDown(event, row, index)}
          onJump={() => reveal(row)}
          onAction={onAction}
        />
      ))}
    </ol>
  );
}

interface RowViewProps {
  row: Row;
  alignment: Alignment;
  tokens: (ReadingToken[] | undefined)[];
  display: PinyinDisplay;
  zhLang: string;
  active: boolean;
  /** The row holding the focus: its actions are in the Tab order. */
  current: boolean;
  onEnter(link: number | null): void;
  onCurrent(key: string | null): void;
  onKeyDown(event: KeyboardEvent<HTMLElement>): void;
  onJump(): void;
  onAction(action: RowAction, link: Link): void;
}

function sameRow(a: RowViewProps, b: RowViewProps): boolean {
  return (
    a.row === b.row &&
    a.alignment === b.alignment &&
    a.display === b.display &&
    a.active === b.active &&
    a.current === b.current &&
    a.row.zh.every((i) => a.tokens[i] === b.tokens[i])
  );
}

const RowView = memo(function RowView(props: RowViewProps) {
  // The rows follow the interface language themselves (they are memoised on their props).
  const t = useT();
  const { row, alignment, active, current } = props;
  const link = alignment.links[row.link]!;
  const both = link.zh.length > 0 && link.en.length > 0;
  const enParagraph = (alignment.en[link.en[0] ?? -1]?.paragraph ?? 0) + 1;
  const zhParagraph = (alignment.zh[link.zh[0] ?? -1]?.paragraph ?? 0) + 1;
  const tab = current ? 0 : -1;

  const action = (name: RowAction) => (event: MouseEvent<HTMLButtonElement>) => {
    // Only the user's own click or key acts: a page script's synthetic click does nothing.
    if (!fromUser(event)) return;
    props.onAction(name, link);
  };
  const jump = (event: MouseEvent<HTMLButtonElement>) => {
    if (!fromUser(event)) return;
    props.onJump();
  };
  const onFocus = () => {
    props.onEnter(row.link);
    props.onCurrent(row.key);
  };
  const onBlur = (event: FocusEvent<HTMLElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) props.onCurrent(null);
  };

  const marker = row.moved !== undefined && (
    <span
      className="badge"
      aria-label={t('sideBySide.movedBadge', [row.moved])}
      data-testid="moved-badge"
    >
      {row.moved}
    </span>
  );

  return (
    <li
      className={`row ${row.kind}${active ? ' active' : ''}`}
      data-row={row.key}
      data-kind={row.kind}
      data-testid="sbs-row"
      tabIndex={0}
      aria-label={rowLabel(t, row, alignment)}
      onMouseEnter={() => props.onEnter(row.link)}
      onMouseLeave={() => props.onEnter(null)}
      onFocus={onFocus}
      onBlur={onBlur}
      onKeyDown={props.onKeyDown}
    >
      <div className="cell zh" lang={props.zhLang}>
        {row.zh.map((i) => (
          <span key={i} className={`seg${active ? ' hl' : ''}`} data-zh={i}>
            <ZhText text={alignment.zh[i]!.text} tokens={props.tokens[i]} display={props.display} />
          </span>
        ))}
        {row.kind === 'en-only' && (
          <span className="gap" lang={t.lang}>
            {t('sideBySide.onlyInEnglish')}
          </span>
        )}
        {row.kind === 'moved-en' && (
          <MovedLink
            tab={tab}
            onClick={jump}
            counterpart={link.zh.map((i) => alignment.zh[i]!.text).join('')}
          >
            {marker} {t('sideBySide.inChinese', [zhParagraph])}
          </MovedLink>
        )}
      </div>
      <div className="cell en" lang="en">
        {row.en.map((i) => (
          <span key={i} className={`seg${active ? ' hl' : ''}`} data-en={i}>
            {alignment.en[i]!.text}{' '}
          </span>
        ))}
        {row.kind === 'zh-only' && (
          <span className="gap" lang={t.lang}>
            {t('sideBySide.notInEnglish')}
          </span>
        )}
        {row.kind === 'moved-zh' && (
          <MovedLink
            tab={tab}
            onClick={jump}
            counterpart={link.en.map((i) => alignment.en[i]!.text).join(' ')}
          >
            {marker} {t('sideBySide.movedToEnglish', [enParagraph])}
          </MovedLink>
        )}
      </div>
      <div className="actions">
        {row.kind === 'moved-en' && marker}
        <button type="button" tabIndex={tab} onClick={action('copy-pair')}>
          {t('sideBySide.copyPair')}
        </button>
        <button type="button" tabIndex={tab} onClick={action('copy-citation')}>
          {t('sideBySide.copyCitation')}
        </button>
        {both && (
          <button type="button" tabIndex={tab} onClick={action('save-pair')}>
            {t('sideBySide.savePair')}
          </button>
        )}
      </div>
    </li>
  );
}, sameRow);

/**
 * The marker of a moved half: jumps to the other half, whose text it shows as a tooltip. It
 * speaks the interface language inside the other language's cell.
 */
function MovedLink(props: {
  tab: number;
  counterpart: string;
  onClick(event: MouseEvent<HTMLButtonElement>): void;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <button
      type="button"
      className="moved"
      lang={t.lang}
      tabIndex={props.tab}
      onClick={props.onClick}
      title={props.counterpart}
      data-testid="moved-link"
    >
      {props.children}
    </button>
  );
}

/** What a screen reader announces for a row (its texts and whether they have counterparts). */
function rowLabel(t: Translate, row: Row, alignment: Alignment): string {
  const zh = row.zh.map((i) => alignment.zh[i]!.text).join('');
  const en = row.en.map((i) => alignment.en[i]!.text).join(' ');
  switch (row.kind) {
    case 'zh-only':
      return t('sideBySide.row.zhOnly', [zh]);
    case 'en-only':
      return t('sideBySide.row.enOnly', [en]);
    case 'moved-zh':
      return t('sideBySide.row.movedZh', [zh, row.moved ?? '']);
    case 'moved-en':
      return t('sideBySide.row.movedEn', [en, row.moved ?? '']);
    case 'pair':
      return t('sideBySide.row.pair', [zh, en]);
  }
}
