/**
 * A Chinese sentence with word-level pinyin, rendered by React from the reading layer's tokens
 * (the `readingTokenize` message), with the reading layer's classes and tones
 * (utils/reading/dom-labels.ts) so both look and read the same.
 */
import { Fragment, memo } from 'react';
import { DZ } from '../../utils/reading/dom-labels';
import type { ReadingToken } from '../../utils/reading/pinyin';
import { checkedWritten } from '../../utils/reading/orthography';
import { rubyPieces, toneNumber } from '../../utils/reading/ruby';
import type { PinyinOver } from '../../utils/reading/settings';
import type { ToneStyle } from '../../utils/reading/syllable';

export interface PinyinDisplay {
  /** Pinyin over the words, or plain text. */
  show: boolean;
  tones: ToneStyle;
  sandhi: boolean;
  /** Pinyin over each written word (default) or over each character, as the reading settings say. */
  over?: PinyinOver;
  /** One span per syllable, classed by tone (tone colours on), as the reading layer writes it. */
  colors?: boolean;
}

function Word({ token, display }: { token: ReadingToken; display: PinyinDisplay }) {
  let className: string = DZ.word;
  if (token.term) className += ` ${DZ.term}`;
  if (token.proper) className += ` ${DZ.name}`;
  const py = display.sandhi && token.sandhi ? token.sandhi : token.py;
  const pieces = rubyPieces(token.text, py, checkedWritten(token.written, py.length), display);
  return (
    <ruby className={className}>
      {pieces.map((piece, k) => (
        <Fragment key={k}>
          {piece.base}
          <rt className={DZ.rt} aria-hidden="true">
            {display.colors
              ? piece.texts.map((text, j) => (
                  <span
                    key={j}
                    className={`${DZ.syllable} ${DZ.tonePrefix}${toneNumber(piece.py[j]!)}`}
                  >
                    {text}
                  </span>
                ))
              : piece.texts.join('')}
          </rt>
        </Fragment>
      ))}
    </ruby>
  );
}

/** `text` with pinyin from `tokens` when they cover it exactly; the plain text otherwise. */
export const ZhText = memo(function ZhText({
  text,
  tokens,
  display,
}: {
  text: string;
  tokens: ReadingToken[] | undefined;
  display: PinyinDisplay;
}) {
  if (!display.show || !tokens || tokens.map((t) => t.text).join('') !== text) return <>{text}</>;
  return (
    <>
      {tokens.map((token, k) =>
        token.py.length > 0 ? (
          <Word key={k} token={token} display={display} />
        ) : (
          <span key={k}>{token.text}</span>
        ),
      )}
    </>
  );
});
