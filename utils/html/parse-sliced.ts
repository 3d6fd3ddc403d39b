/**
 * HTML text → Document without blocking the thread for long: the same document as parseHtml
 * (linkedom), built in time slices. The background worker parses fetched pages with this, so a
 * large or tag-dense page never holds the worker past a slice (default 20 ms) and the search's
 * time limit, progress messages and other tabs' requests get their turn in between.
 *
 * linkedom parses in one synchronous call; here the same tokenizer (htmlparser2, which linkedom
 * parses with) is driven directly, paused when the slice is used up and resumed after a yield to
 * the event loop, and the nodes are built with linkedom's DOM methods.
 */
import { Parser } from 'htmlparser2';
import { DOMParser } from 'linkedom';
import { emptyDocument, ensureBody, parseHtml, prepareHtml } from './parse';

const SVG = 'http://www.w3.org/2000/svg';

export interface SlicedParseOptions {
  /** Longest stretch of synchronous work, in ms (default 20). */
  sliceMs?: number;
  /** Gives the event loop a turn between slices (default: a macrotask). */
  yieldToLoop?: () => Promise<void>;
  now?: () => number;
  /** Stops the parse between slices (the document so far is discarded). */
  signal?: AbortSignal;
  /** Called after each slice with its duration (measurements, tests). */
  onSlice?: (ms: number) => void;
  /**
   * Most elements a page may have (default MAX_ELEMENTS); past it the parse stops and the page
   * reads as empty.
   */
  maxElements?: number;
}

/**
 * The largest real pages of the corpus have about 1,000 elements (1,027 over 1,591 pages); a
 * page fifty times that is no statement. Stopping there keeps the heap small, so the collector's
 * pauses, which slicing cannot split, stay short on a hostile or broken page (a 4 MiB page of
 * nothing but tags has some 280,000).
 */
export const MAX_ELEMENTS = 50_000;

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Parse `html` in slices. Resolves to a document with a root and a body; rejects only on abort. */
export async function parseHtmlSliced(
  html: string,
  options: SlicedParseOptions = {},
): Promise<Document> {
  const { sliceMs = 20, yieldToLoop = macrotask, now = () => performance.now(), signal } = options;
  const maxElements = options.maxElements ?? MAX_ELEMENTS;
  let elements = 0;
  let tooMany = false;
  // A document with no doctype and no root: the parse adds both, as linkedom's own would.
  const doc = new DOMParser().parseFromString('<html></html>', 'text/html') as unknown as Document;
  doc.documentElement.remove();
  let node: Node = doc;
  let svgRoot: Element | null = null;
  let finished = false;
  let sliceStart = now();
  let events = 0;

  const parser: Parser = new Parser(
    {
      onprocessinginstruction(name, data) {
        // linkedom keeps the doctype as written (its document has a settable doctype).
        if (name.toLowerCase() === '!doctype')
          (doc as unknown as { doctype: string }).doctype = data.slice(name.length).trim();
      },
      onopentag(name, attributes) {
        if (++elements > maxElements) {
          tooMany = true;
          parser.pause();
          return;
        }
        let element: Element;
        if (svgRoot || name === 'svg') {
          element = doc.createElementNS(SVG, name);
          if (!svgRoot) svgRoot = element;
        } else element = doc.createElement(name);
        // linkedom puts each new attribute first: set them last to first to keep their order.
        for (const [key, value] of Object.entries(attributes).reverse()) {
          try {
            element.setAttribute(key, value);
          } catch {
            // an attribute name the DOM refuses (e.g. `"x`): dropped, as a browser would
          }
        }
        node.appendChild(element);
        node = element;
        tick();
      },
      ontext(text) {
        node.appendChild(doc.createTextNode(text));
        tick();
      },
      oncomment(data) {
        node.appendChild(doc.createComment(data));
        tick();
      },
      onclosetag() {
        if (node === svgRoot) svgRoot = null;
        node = node.parentNode ?? doc;
        tick();
      },
      onend() {
        finished = true;
      },
    },
    { lowerCaseAttributeNames: false, decodeEntities: true },
  );

  function tick() {
    // Checking the clock every few events keeps its cost out of the parse.
    if (++events % 64 === 0 && now() - sliceStart >= sliceMs) parser.pause();
  }

  try {
    parser.write(prepareHtml(html));
    parser.end();
    while (!finished && !tooMany) {
      options.onSlice?.(now() - sliceStart);
      await yieldToLoop();
      if (signal?.aborted) throw signal.reason ?? new Error('aborted');
      sliceStart = now();
      parser.resume();
    }
    options.onSlice?.(now() - sliceStart);
    if (tooMany) return emptyDocument();
  } catch (error) {
    if (signal?.aborted) throw error;
    return emptyDocument();
  }
  if (!doc.documentElement || !ensureBody(doc)) return emptyDocument();
  return doc;
}

/** Documents parsed ahead (by prepareDocument), waiting for the code that reads their page. */
const prepared = new Map<string, Document>();
/** Pages fetched but never parsed (e.g. a feed read by its text) do not pile up past this. */
const MAX_PREPARED = 16;

/**
 * Parse a fetched page now, in slices, so that the synchronous code that reads it next
 * (`parseHtmlPrepared` of the same text: listings, the extractor) gets the document without
 * parsing it in one go. The background's search does this for every page it fetches.
 */
export async function prepareDocument(
  html: string,
  options: SlicedParseOptions = {},
): Promise<void> {
  if (prepared.has(html)) return;
  const doc = await parseHtmlSliced(html, options);
  prepared.set(html, doc);
  while (prepared.size > MAX_PREPARED) prepared.delete(prepared.keys().next().value!);
}

/** The document prepared for this exact text (handed out once), else parseHtml's. */
export function parseHtmlPrepared(html: string): Document {
  const doc = prepared.get(html);
  if (!doc) return parseHtml(html);
  prepared.delete(html);
  return doc;
}
