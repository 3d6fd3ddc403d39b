// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decodeHtml, parseHtml } from '../../../utils/html';
import {
  MAX_ELEMENTS,
  parseHtmlPrepared,
  parseHtmlSliced,
  prepareDocument,
} from '../../../utils/html/parse-sliced';
import { contentType, fixtureBytes, fixtureIndex } from '../extract/fixture-index';

/** A tag-dense page: the costliest markup to parse per byte (about 0.5 MB). */
const DENSE = `<!DOCTYPE html><html><head><title>t</title></head><body>${'<span class="w">词</span>'.repeat(20_000)}</body></html>`;

describe('parseHtmlSliced', () => {
  it('builds the same document as parseHtml on every fixture page', async () => {
    for (const entry of fixtureIndex) {
      const html = decodeHtml(fixtureBytes(entry), contentType(entry));
      const sliced = await parseHtmlSliced(html, { sliceMs: 1 });
      expect(sliced.toString(), entry.file).toBe(parseHtml(html).toString());
    }
  });

  it('builds the same document for odd markup: fragments, no body, svg, bad attributes', async () => {
    for (const html of [
      '',
      'plain text',
      '<p>a<p>b',
      '<html><head><title>x</title></head></html>',
      '<!-- c --><!doctype html><html><body><svg viewBox="0 0 1 1"><path d="M0"/></svg><p>t</p></body></html>',
      '<div "x"=1 data-a="&amp;&lt;">&copy; 2025</div>',
      '<table><tr><td>1<td>2</table><ul><li>a<li>b</ul>',
    ]) {
      expect((await parseHtmlSliced(html)).toString(), html).toBe(parseHtml(html).toString());
    }
  });

  it('lets timers run while a large page is parsed (a synchronous parse would not)', async () => {
    const order: string[] = [];
    setTimeout(() => order.push('timer'), 0);
    const slices: number[] = [];
    const parsing = parseHtmlSliced(DENSE, { sliceMs: 5, onSlice: (ms) => slices.push(ms) }).then(
      (doc) => {
        order.push('parsed');
        return doc;
      },
    );
    const doc = await parsing;
    expect(order).toEqual(['timer', 'parsed']);
    expect(slices.length).toBeGreaterThan(2);
    expect(doc.querySelectorAll('span.w')).toHaveLength(20_000);
  });

  it('pauses by its clock: with a clock that moves 1 ms per look, slices of 10 ms', async () => {
    let t = 0;
    let yields = 0;
    const slices: number[] = [];
    await parseHtmlSliced(DENSE, {
      sliceMs: 10,
      now: () => t++,
      yieldToLoop: async () => void yields++,
      onSlice: (ms) => slices.push(ms),
    });
    expect(yields).toBeGreaterThan(10);
    // The clock is read every 64 events: a slice ends at most one look past its budget.
    expect(Math.max(...slices)).toBeLessThanOrEqual(11);
  });

  it('stops between slices when aborted', async () => {
    const controller = new AbortController();
    let yields = 0;
    const parsing = parseHtmlSliced(DENSE, {
      sliceMs: 0,
      signal: controller.signal,
      yieldToLoop: async () => {
        if (++yields === 3) controller.abort(new Error('time limit'));
      },
    });
    await expect(parsing).rejects.toThrow('time limit');
    expect(yields).toBe(3);
  });

  it('reads a page of more elements than a statement can have as empty, without building it', async () => {
    const page = (n: number) => `<html><body>${'<span>词</span>'.repeat(n)}</body></html>`;
    const under = await parseHtmlSliced(page(999), { maxElements: 1_001 });
    expect(under.querySelectorAll('span')).toHaveLength(999);
    let slices = 0;
    const over = await parseHtmlSliced(page(200_000), { onSlice: () => void slices++ });
    expect(over.body.childNodes).toHaveLength(0);
    expect(over.querySelectorAll('*')).toHaveLength(3); // html, head, body
    // Stopped at MAX_ELEMENTS: a fraction of the slices the whole page would take.
    const whole = await parseHtmlSliced(page(200_000), {
      maxElements: Infinity,
      onSlice: () => void slices--,
    });
    expect(whole.querySelectorAll('span')).toHaveLength(200_000);
    expect(slices).toBeLessThan(0);
    expect(MAX_ELEMENTS).toBeGreaterThan(1_027 * 20); // the largest real page, with room
  });
});

describe('prepareDocument', () => {
  it('hands the document parsed ahead to the next parse of the same text, once', async () => {
    const html = '<html><body><p>prepared</p></body></html>';
    await prepareDocument(html);
    const first = parseHtmlPrepared(html);
    const second = parseHtmlPrepared(html);
    expect(first.querySelector('p')?.textContent).toBe('prepared');
    expect(second).not.toBe(first); // parsed again: a document is never shared by two readers
    expect(second.toString()).toBe(first.toString());
  });
});
