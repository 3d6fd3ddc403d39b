/**
 * A Chinese statement page with Duizhao's reading layer: its words (ruby.dz-word), their pinyin,
 * and the page's DOM as the parser left it (recorded before any content script runs).
 */
import { DZ } from '../../../utils/reading/dom-labels';
import type { Box, Tab } from '../driver';
import { LOCATE_TEXT, SELECTED_TEXT } from '../glossary-helpers';

export const WORD = `ruby.${DZ.word}`;

/** What the page's article looked like: title, body and root element attributes. */
export interface Snapshot {
  body: string;
  title: string;
  rootClass: string | null;
  rootStyle: string | null;
}

export interface Texts {
  title: string;
  body: string;
  paragraphs: string[];
}

export interface WordInfo {
  word: string;
  /** Syllables the unit reads (its data attribute). */
  syllables: number;
  /** Syllable spans in its rts (drawn only with tone colours, one per syllable). */
  spans: number;
  /** Tone classes of those spans, in order ('dz-t4'…). */
  tones: string[];
  pinyin: string;
  /** The language the unit declares (null: it inherits the page's). */
  lang: string | null;
}

export class StatementPage {
  constructor(
    readonly tab: Tab,
    /** Selectors of the statement's title and body on this site. */
    readonly title: string,
    readonly body: string,
  ) {}

  /** Opens `url`, recording the DOM when the parser is done (before Duizhao touches it). */
  async open(url: string): Promise<void> {
    await this.tab.addInitScript(
      ([body, title]) => {
        document.addEventListener('DOMContentLoaded', () => {
          const bodyEl = document.querySelector(body!);
          const titleEl = document.querySelector(title!);
          const w = window as unknown as { __dzInitial: unknown; __dzTexts: unknown };
          w.__dzTexts = {
            title: titleEl?.textContent ?? '',
            body: bodyEl?.textContent ?? '',
            paragraphs: Array.from(bodyEl?.querySelectorAll('p') ?? [], (p) => p.textContent!),
          };
          w.__dzInitial = {
            body: bodyEl?.innerHTML ?? '',
            title: titleEl?.innerHTML ?? '',
            rootClass: document.documentElement.getAttribute('class'),
            rootStyle: document.documentElement.getAttribute('style'),
          };
        });
      },
      [this.body, this.title],
    );
    await this.tab.goto(url);
  }

  initial(): Promise<Snapshot> {
    return this.tab.evaluate(
      () => (window as unknown as { __dzInitial: Snapshot }).__dzInitial,
      null,
    );
  }

  initialTexts(): Promise<Texts> {
    return this.tab.evaluate(() => (window as unknown as { __dzTexts: Texts }).__dzTexts, null);
  }

  snapshot(): Promise<Snapshot> {
    return this.tab.evaluate(
      ([body, title]) => ({
        body: document.querySelector(body!)!.innerHTML,
        title: document.querySelector(title!)!.innerHTML,
        rootClass: document.documentElement.getAttribute('class'),
        rootStyle: document.documentElement.getAttribute('style'),
      }),
      [this.body, this.title],
    );
  }

  /** Number of words annotated in the body. */
  bodyWordCount(): Promise<number> {
    return this.tab.count(`${this.body} ${WORD}`);
  }

  /** Waits until the title and more than `min` body words carry pinyin. */
  async waitAnnotated(min = 150, timeout = 20_000): Promise<void> {
    await this.tab.waitFor(
      async () =>
        (await this.bodyWordCount()) > min && (await this.tab.count(`${this.title} ${WORD}`)) > 0,
      undefined,
      { timeout, what: `pinyin over ${min}+ words` },
    );
  }

  /** Waits until no word carries pinyin any more. */
  async waitRestored(timeout = 10_000): Promise<void> {
    await this.tab.waitFor(
      () => this.tab.count(WORD),
      (n) => n === 0,
      {
        timeout,
        what: 'pinyin removed',
      },
    );
  }

  /** Every annotated word in document order, with its pinyin (written words, space apart). */
  words(): Promise<WordInfo[]> {
    return this.tab.evaluate(
      (word) =>
        // A unit holds one base text + rt pair per written word (Xí | Jìnpíng).
        Array.from(document.querySelectorAll(word), (r) => ({
          word: Array.from(r.childNodes)
            .filter((n) => n.nodeType === 3)
            .map((n) => n.textContent)
            .join(''),
          syllables: (r.getAttribute('data-dz-py') ?? '').split(' ').filter(Boolean).length,
          spans: r.querySelectorAll('rt .dz-s').length,
          tones: Array.from(r.querySelectorAll('rt .dz-s'), (s) =>
            Array.from(s.classList)
              .filter((c) => /^dz-t\d$/.test(c))
              .join(''),
          ),
          pinyin: Array.from(r.querySelectorAll('rt'), (rt) => rt.textContent).join(' '),
          lang: r.getAttribute('lang'),
        })),
      WORD,
    );
  }

  /** Annotated words outside the statement's title and body (there should be none). */
  wordsOutsideStatement(): Promise<number> {
    return this.tab.evaluate(
      ([word, body, title]) =>
        Array.from(document.querySelectorAll(word!)).filter((r) => !r.closest(`${body}, ${title}`))
          .length,
      [WORD, this.body, this.title],
    );
  }

  /**
   * The narrowest space (px) between the written pinyin of two neighbouring rts on one line of
   * the body, measured on their text (an rt's own padding left out), and how many such pairs
   * there are: written words must never run into each other.
   */
  narrowestPinyinGap(): Promise<{ pairs: number; narrowest: number }> {
    return this.tab.evaluate((body) => {
      const boxes = Array.from(document.querySelectorAll(`${body} rt`)).map((rt) => {
        const range = document.createRange();
        range.selectNodeContents(rt);
        return range.getBoundingClientRect();
      });
      let pairs = 0;
      let narrowest = Infinity;
      for (let i = 1; i < boxes.length; i++) {
        const [a, b] = [boxes[i - 1]!, boxes[i]!];
        if (!a.width || !b.width || Math.abs(a.top - b.top) > 2 || b.left < a.left) continue;
        pairs++;
        narrowest = Math.min(narrowest, b.left - a.right);
      }
      return { pairs, narrowest };
    }, this.body);
  }

  /** Title and body text with the pinyin left out, joined by '|'. */
  chineseText(): Promise<string> {
    return this.tab.evaluate(
      ([body, title]) =>
        Array.from(document.querySelectorAll(`${body}, ${title}`))
          .map((el) => {
            const copy = el.cloneNode(true) as Element;
            copy.querySelectorAll('rt').forEach((rt) => rt.remove());
            return copy.textContent;
          })
          .join('|'),
      [this.body, this.title],
    );
  }

  /** The real mouse onto the Chinese of `word` (the bottom of its ruby, below the pinyin). */
  async hoverWord(word: string): Promise<Box> {
    // Annotation runs in time slices: the word may not be annotated yet.
    await this.tab.waitForElement(WORD, { hasText: word, ignore: 'rt' }, 20_000);
    const box = await this.tab.box(WORD, { hasText: word, ignore: 'rt' });
    await this.tab.mouseMove(box.x + box.width / 2, box.y + box.height - 4);
    return box;
  }

  /** The word under the keyboard cursor. */
  focusedWord(): Promise<string | null> {
    return this.tab.evaluate((sel) => {
      const ruby = document.querySelector(sel);
      return ruby
        ? Array.from(ruby.childNodes)
            .filter((n) => n.nodeType === 3)
            .map((n) => n.textContent)
            .join('')
        : null;
    }, `${WORD}.${DZ.focus}`);
  }

  /** How many of `word`'s rubies show their pinyin, and how many hide it (visibility). */
  pinyinShown(word: string): Promise<{ shown: number; hidden: number }> {
    return this.tab.evaluate(
      ([sel, w]) => {
        const counts = { shown: 0, hidden: 0 };
        for (const ruby of document.querySelectorAll(sel!)) {
          const own = Array.from(ruby.childNodes)
            .filter((n) => n.nodeType === 3)
            .map((n) => n.textContent)
            .join('');
          if (own !== w) continue;
          const rt = ruby.querySelector('rt');
          if (!rt) continue;
          if (getComputedStyle(rt).visibility === 'hidden') counts.hidden++;
          else counts.shown++;
        }
        return counts;
      },
      [WORD, word],
    );
  }

  /**
   * What the page's own scripts can read that would tell the user's known words: elements with
   * a class or an attribute named for "known", and the text of every stylesheet the page can list
   * (document.styleSheets, adoptedStyleSheets).
   */
  pageReadableStyles(): Promise<{ knownMarks: number; sheets: string }> {
    return this.tab.evaluate(() => {
      // <html> carries the mode ("unknown words only": dz-hide-known), a setting, not a word.
      const knownMarks = Array.from(document.body.querySelectorAll('*')).filter(
        (el) =>
          Array.from(el.classList).some((c) => /known/i.test(c)) ||
          Array.from(el.attributes).some((a) => /known/i.test(a.name)),
      ).length;
      const sheets = [...Array.from(document.styleSheets), ...document.adoptedStyleSheets]
        .map((sheet) => {
          try {
            return Array.from(sheet.cssRules, (r) => r.cssText).join('\n');
          } catch {
            return ''; // a cross-origin sheet: not readable by the page either
          }
        })
        .join('\n');
      return { knownMarks, sheets };
    }, null);
  }

  /** The pinyin shown over the first occurrence of `word`. */
  pinyinOf(word: string): Promise<string | null> {
    return this.tab.evaluate(
      ([sel, w]) => {
        const ruby = Array.from(document.querySelectorAll(sel!)).find(
          (r) =>
            Array.from(r.childNodes)
              .filter((n) => n.nodeType === 3)
              .map((n) => n.textContent)
              .join('') === w,
        );
        return ruby
          ? Array.from(ruby.querySelectorAll('rt'), (rt) => rt.textContent).join(' ')
          : null;
      },
      [WORD, word],
    );
  }

  /**
   * Selects `text` of the statement with a real mouse drag, once the text has stopped moving
   * (the page may still be getting its pinyin); dragged again if the selection came out
   * different (the pinyin excluded). Returns what is selected.
   */
  async select(text: string): Promise<string> {
    type Span = { x1: number; y1: number; x2: number; y2: number };
    const locate = async () =>
      (await this.tab.raw.evaluateCode(`(${LOCATE_TEXT})(${JSON.stringify(text)})`)) as Span | null;
    let selected = '';
    for (let attempt = 0; attempt < 5; attempt++) {
      let box = await locate();
      for (let i = 0; i < 50 && box; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        const again = await locate();
        if (JSON.stringify(again) === JSON.stringify(box)) break;
        box = again;
      }
      if (!box) throw new Error(`"${text}" is not on the page`);
      await this.tab.raw.mouseDrag(box.x1, box.y1, box.x2, box.y2, 8);
      selected = (await this.tab.raw.evaluateCode(SELECTED_TEXT)) as string;
      if (selected === text) return selected;
      await this.tab.raw.mouseClick(5, 5);
    }
    return selected;
  }
}
