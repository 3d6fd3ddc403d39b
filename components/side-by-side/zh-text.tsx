/**
 * A Chinese sentence with word-level pinyin, rendered by React from the reading layer's tokens
 * (the `readingTokenize` message), with the reading layer's classes and tones
 * (utils/reading/dom-labels.ts) so both look and read the same.
 */
import { Fragment, memo } from 'react';
import { DZ } from '../../utils/reading/dom-labels';
import type { ReadingToken } from '../../utils/reading/pinyin';
import { checkedWritten, writtenSyllables } from '../../utils/reading/orthography';
import type { PinyinOver } from '../../utils/reading/settings';
import { toneOf, type ToneStyle } from '../../utils/reading/syllable';

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

/** One base text and the syllables written over it. */
export interface RubyPiece {
  base: string;
  syllables: { text: string; tone: number }[];
}

const toneClass = (syllable: string) => (syllable ? toneOf(syllable) : 5);

/**
 * How the reading layer writes a unit's pinyin (utils/reading/ruby.ts renderRuby): one piece per
 * written word (words joined by a hyphen share one), or per character; capitals and apostrophes
 * from utils/reading/orthography.ts.
 */
export function rubyPieces(token: ReadingToken, display: PinyinDisplay): RubyPiece[] {
  const py = display.sandhi && token.sandhi ? token.sandhi : token.py;
  const chars = Array.from(token.text);
  if (py.length !== chars.length)
    return [{ base: token.text, syllables: py.map((s) => ({ text: s, tone: toneClass(s) })) }];
  const words = checkedWritten(token.written, py.length);
  if (display.over === 'characters') {
    const texts = writtenSyllables(py, words, display.tones, { apostrophe: false }).flat();
    return chars.map((base, k) => ({
      base,
      syllables: [{ text: texts[k] ?? '', tone: toneClass(py[k]!) }],
    }));
  }
  const texts = writtenSyllables(py, words, display.tones);
  const pieces: RubyPiece[] = [];
  let at = 0;
  for (let w = 0; w < words.length;) {
    const written: string[] = [];
    let n = 0;
    // An idiom's hyphen-joined words share one rt: yīrú-jìwǎng.
    do {
      const part = [...texts[w]!];
      if (words[w]!.hyphen && w < words.length - 1) part[part.length - 1] += '-';
      written.push(...part);
      n += words[w]!.n;
    } while (words[w++]!.hyphen && w < words.length);
    pieces.push({
      base: chars.slice(at, at + n).join(''),
      syllables: py
        .slice(at, at + n)
        .map((s, k) => ({ text: written[k] ?? '', tone: toneClass(s) })),
    });
    at += n;
  }
  return pieces;
}

function Word({ token, display }: { token: ReadingToken; display: PinyinDisplay }) {
  let className: string = DZ.word;
  if (token.term) className += ` ${DZ.term}`;
  if (token.proper) className += ` ${DZ.name}`;
  return (
    <ruby className={className}>
      {rubyPieces(token, display).map((piece, k) => (
        <Fragment key={k}>
          {piece.base}
          <rt className={DZ.rt} aria-hidden="true">
            {display.colors
              ? piece.syllables.map((syllable, j) => (
                  <span key={j} className={`${DZ.syllable} ${DZ.tonePrefix}${syllable.tone}`}>
                    {syllable.text}
                  </span>
                ))
              : piece.syllables.map((syllable) => syllable.text).join('')}
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
