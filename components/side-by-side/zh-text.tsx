/**
 * A Chinese sentence with word-level pinyin, rendered by React from the reading layer's tokens
 * (the `readingTokenize` message), with the reading layer's classes and tones
 * (utils/reading/dom-labels.ts) so both look and read the same.
 */
import { memo } from 'react';
import { DZ } from '../../utils/reading/dom-labels';
import type { ReadingToken } from '../../utils/reading/pinyin';
import { formatSyllable, toneOf, type ToneStyle } from '../../utils/reading/syllable';

export interface PinyinDisplay {
  /** Pinyin over the words, or plain text. */
  show: boolean;
  tones: ToneStyle;
  sandhi: boolean;
}

/** The syllables of a word as the ruby shows them (word-level orthography: ' before a/o/e). */
export function rubySyllables(
  token: ReadingToken,
  display: PinyinDisplay,
): { text: string; tone: number }[] {
  const py = display.sandhi && token.sandhi ? token.sandhi : token.py;
  return py.map((syllable, k) => {
    let text = syllable ? formatSyllable(syllable, display.tones) : '';
    if (k > 0 && /^[aoeāáǎàōóǒòēéěè]/.test(text)) text = `'${text}`;
    return { text, tone: syllable ? toneOf(syllable) : 5 };
  });
}

function Word({ token, display }: { token: ReadingToken; display: PinyinDisplay }) {
  let className: string = DZ.word;
  if (token.term) className += ` ${DZ.term}`;
  if (token.proper) className += ` ${DZ.name}`;
  return (
    <ruby className={className}>
      {token.text}
      <rt className={DZ.rt} aria-hidden="true">
        {rubySyllables(token, display).map((syllable, k) => (
          <span key={k} className={`${DZ.syllable} ${DZ.tonePrefix}${syllable.tone}`}>
            {syllable.text}
          </span>
        ))}
      </rt>
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
