/**
 * A small browser-neutral driver for the end-to-end scenarios: one interface over playwright's
 * Page (Chromium) and puppeteer's Page (Firefox over WebDriver BiDi). Elements are addressed by a
 * Target: a CSS selector, or a path of selectors where each step after the first looks inside the
 * shadow root of the element the previous step found (our UI lives in shadow roots). Duizhao's
 * roots are closed, so the page cannot reach them; the driver reaches them through the browser's
 * debugging protocol (CDP in Chromium, WebDriver BiDi in Firefox), which sees closed roots, and
 * keeps them for its page-side functions in the page's `window[TEST_ROOTS]` (a WeakMap from host
 * to root). Only the tests put them there, and only when a step needs them.
 * Everything that reads the DOM runs as one self-contained function in the page (domOp), so both
 * browsers see exactly the same query.
 */

/** Where the driver keeps the closed shadow roots it reached, in the page's world (tests only). */
export const TEST_ROOTS = '__dzTestShadowRoots';

/**
 * Page-side test code reaches a root, after exposeShadowRoots, with
 * `(window as unknown as TestWindow).__dzTestShadow('#host')`.
 */
export type TestWindow = { __dzTestShadow(selector: string): ShadowRoot | null };

/** Defines window.__dzTestShadow over window[TEST_ROOTS] (plain source, run in the page). */
export const TEST_SHADOW_SOURCE = `window.__dzTestShadow ??= (selector) => {
  const host = document.querySelector(selector);
  return host ? (host.shadowRoot ?? window.${TEST_ROOTS}?.get(host) ?? null) : null;
};`;

/** The hosts of Duizhao's closed shadow roots. */
export const DUIZHAO_HOSTS =
  'duizhao-english, duizhao-side-by-side, #dz-popup-host, #dz-glossary-save-host';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

/** A CSS selector, or selectors through shadow roots: ['#host', '.inside']. */
export type Target = string | readonly string[];

/** Narrows a Target to the element whose text is `text` (trimmed), or whose label is `label`. */
export interface Filter {
  /** Exact text content (trimmed). */
  text?: string;
  /** Text content contains this. */
  hasText?: string;
  /** The form control labelled by a <label> with this text (trimmed), or with aria-label. */
  label?: string;
  /** Which match (default 0). */
  nth?: number;
  /** Leave the text of these descendants out of `text`/`hasText` (e.g. 'rt': the pinyin). */
  ignore?: string;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The primitives each browser implements. */
export interface TabPrimitives {
  readonly browser: BrowserName;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Run `fn` in every new document of this tab before the page's own scripts. */
  addInitScript<A>(fn: (arg: A) => void, arg: A): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  mouseClick(x: number, y: number): Promise<void>;
  /** Press the button at (x1, y1), move in `steps` to (x2, y2), release: a drag (a selection). */
  mouseDrag(x1: number, y1: number, x2: number, y2: number, steps: number): Promise<void>;
  /** Evaluate plain JavaScript source (an expression) in the page. */
  evaluateCode(code: string): Promise<unknown>;
  /** A key with modifiers, e.g. press('KeyN', ['Alt', 'Shift']), press('Escape'). */
  press(key: string, modifiers?: readonly ('Alt' | 'Shift' | 'Control')[]): Promise<void>;
  type(text: string): Promise<void>;
  /**
   * Makes the closed shadow roots of the elements matching `hosts` reachable by the driver's
   * page-side functions: `window[TEST_ROOTS].get(host)`.
   */
  exposeShadowRoots(hosts: string): Promise<void>;
  /** Errors the page raised and console errors/warnings, as text with their source URL. */
  readonly problems: { text: string; where: string }[];
  close(): Promise<void>;
}

type DomOp =
  | { op: 'count' }
  | { op: 'text' }
  | { op: 'attr'; name: string }
  | { op: 'prop'; name: 'value' | 'checked' | 'href' | 'open' }
  | { op: 'box' }
  | { op: 'hit'; x: number; y: number }
  | { op: 'select'; value: string }
  | { op: 'fill'; value: string }
  | { op: 'focus' }
  | { op: 'visible' }
  | { op: 'texts' }
  | { op: 'mark'; name: string; value: string };

/**
 * `fn(arg)` as code to evaluate in a page. A function handed to playwright or puppeteer is sent
 * as its source text, and under tsx (npm start, the benchmarks) that text calls esbuild's
 * `__name` helper for every named inner function, which the page does not have: the demo failed
 * with "__name is not defined". The helper is defined here, inside the expression, as a no-op;
 * `arg` must be plain JSON (it is, for every caller).
 */
export function pageCode<A>(fn: (arg: A) => unknown, arg: A): string {
  return `(() => { const __name = (target) => target; return (${fn.toString()})(${JSON.stringify(arg) ?? 'undefined'}); })()`;
}

/** Runs in the page: find the target, apply the operation. Must stay self-contained. */
function domOp(arg: { path: string[]; filter: Filter; action: DomOp; roots: string }): unknown {
  const { path, filter, action } = arg;
  const exposed = (window as unknown as Record<string, WeakMap<Element, ShadowRoot> | undefined>)[
    arg.roots
  ];
  const rootOf = (el: Element) => el.shadowRoot ?? exposed?.get(el) ?? null;
  let scopes: (Document | ShadowRoot)[] = [document];
  let found: Element[] = [];
  path.forEach((selector, i) => {
    found = scopes.flatMap((scope) => Array.from(scope.querySelectorAll(selector)));
    if (i < path.length - 1) {
      scopes = found.map(rootOf).filter((root): root is ShadowRoot => !!root);
    }
  });
  const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const textOf = (el: Element) => {
    if (!filter.ignore) return norm(el.textContent);
    const copy = el.cloneNode(true) as Element;
    copy.querySelectorAll(filter.ignore).forEach((child) => child.remove());
    return norm(copy.textContent);
  };
  if (filter.text !== undefined) found = found.filter((el) => textOf(el) === filter.text);
  if (filter.hasText !== undefined) {
    found = found.filter((el) => textOf(el).includes(filter.hasText!));
  }
  if (filter.label !== undefined) {
    found = found.flatMap((el) => {
      const root = el.getRootNode() as Document | ShadowRoot;
      if (el.getAttribute('aria-label') === filter.label) return [el];
      if (!(el instanceof HTMLLabelElement) || norm(el.textContent) !== filter.label) return [];
      const control = el.htmlFor ? root.getElementById(el.htmlFor) : el.control;
      return control ? [control] : [];
    });
  }
  if (action.op === 'count') return found.length;
  if (action.op === 'texts') return found.map((el) => el.textContent ?? '');
  const el = found[filter.nth ?? 0];
  if (!el) return null;
  switch (action.op) {
    case 'text':
      return el.textContent;
    case 'attr':
      return el.getAttribute(action.name);
    case 'prop':
      return (el as unknown as Record<string, unknown>)[action.name];
    case 'box': {
      el.scrollIntoView({ block: 'center', inline: 'nearest' });
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }
    case 'hit': {
      // Is the element (or a part of it) what the pointer would land on, through shadow roots?
      let scope: Document | ShadowRoot = document;
      let under: Element | null = null;
      for (;;) {
        const next: Element | null = scope.elementFromPoint(action.x, action.y);
        if (!next || next === under) break;
        under = next;
        const root = rootOf(next);
        if (!root) break;
        scope = root;
      }
      return !!under && (under === el || el.contains(under));
    }
    case 'select': {
      (el as HTMLSelectElement).value = action.value;
      el.dispatchEvent(new Event('change', { bubbles: true }));
      return true;
    }
    case 'fill': {
      const input = el as HTMLInputElement;
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      setter.call(input, action.value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      return true;
    }
    case 'focus':
      (el as HTMLElement).focus();
      return true;
    case 'mark':
      el.setAttribute(action.name, action.value);
      return true;
    case 'visible':
      return el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
  }
}

const toPath = (target: Target): string[] => (typeof target === 'string' ? [target] : [...target]);

/** One tab, driven the same way in both browsers. */
export class Tab {
  constructor(readonly raw: TabPrimitives) {}

  get browser(): BrowserName {
    return this.raw.browser;
  }
  get problems() {
    return this.raw.problems;
  }
  goto(url: string) {
    return this.raw.goto(url);
  }
  reload() {
    return this.raw.reload();
  }
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
    return this.raw.evaluate(fn, arg);
  }
  addInitScript<A>(fn: (arg: A) => void, arg: A) {
    return this.raw.addInitScript(fn, arg);
  }
  press(key: string, modifiers?: readonly ('Alt' | 'Shift' | 'Control')[]) {
    return this.raw.press(key, modifiers);
  }
  mouseMove(x: number, y: number) {
    return this.raw.mouseMove(x, y);
  }
  close() {
    return this.raw.close();
  }

  private async op<R>(target: Target, filter: Filter, action: DomOp): Promise<R> {
    const path = toPath(target);
    if (path.length > 1 || action.op === 'hit') await this.exposeShadowRoots();
    return this.raw.evaluate(domOp, { path, filter, action, roots: TEST_ROOTS }) as Promise<R>;
  }

  /** Duizhao's closed roots (or `hosts`'), for page-side code: window[TEST_ROOTS].get(host). */
  exposeShadowRoots(hosts: string = DUIZHAO_HOSTS): Promise<void> {
    return this.raw.exposeShadowRoots(hosts);
  }

  count(target: Target, filter: Filter = {}): Promise<number> {
    return this.op(target, filter, { op: 'count' });
  }
  text(target: Target, filter: Filter = {}): Promise<string | null> {
    return this.op(target, filter, { op: 'text' });
  }
  attr(target: Target, name: string, filter: Filter = {}): Promise<string | null> {
    return this.op(target, filter, { op: 'attr', name });
  }
  prop<R>(
    target: Target,
    name: 'value' | 'checked' | 'href' | 'open',
    filter: Filter = {},
  ): Promise<R> {
    return this.op(target, filter, { op: 'prop', name });
  }
  /** The element's box in the viewport, after scrolling it into view. */
  async box(target: Target, filter: Filter = {}): Promise<Box> {
    const box = await this.op<Box | null>(target, filter, { op: 'box' });
    if (!box) throw new Error(`No element ${JSON.stringify(target)} ${JSON.stringify(filter)}`);
    return box;
  }
  /**
   * A real mouse click in the middle of the element, once it has stopped moving and nothing
   * covers it (a page still being annotated moves what follows; a click there would be lost).
   */
  async click(target: Target, filter: Filter = {}, timeout = 10_000): Promise<void> {
    const end = Date.now() + timeout;
    let last: Box | null = null;
    for (;;) {
      const b = await this.box(target, filter);
      const x = b.x + b.width / 2;
      const y = b.y + b.height / 2;
      const still =
        !!last &&
        last.x === b.x &&
        last.y === b.y &&
        last.width === b.width &&
        last.height === b.height;
      if (still && (await this.op<boolean>(target, filter, { op: 'hit', x, y }))) {
        await this.raw.mouseClick(x, y);
        return;
      }
      if (Date.now() > end) {
        throw new Error(
          `${this.browser}: ${JSON.stringify(target)} never stood still to be clicked`,
        );
      }
      last = b;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  /** The real mouse onto the element, at (dx, dy) from its top left (default: its middle). */
  async hover(target: Target, filter: Filter = {}, at?: { dx: number; dy: number }): Promise<Box> {
    const b = await this.box(target, filter);
    await this.raw.mouseMove(b.x + (at?.dx ?? b.width / 2), b.y + (at?.dy ?? b.height / 2));
    return b;
  }
  /** The text of every match. */
  texts(target: Target, filter: Filter = {}): Promise<string[]> {
    return this.op(target, filter, { op: 'texts' });
  }
  /** Sets a (test-only) attribute on the element; false when there is none. */
  mark(target: Target, name: string, value: string, filter: Filter = {}): Promise<boolean> {
    return this.op(target, filter, { op: 'mark', name, value });
  }
  /** Whether the element exists and is rendered visible (not hidden, transparent or display:none). */
  async visible(target: Target, filter: Filter = {}): Promise<boolean> {
    return !!(await this.op<boolean | null>(target, filter, { op: 'visible' }));
  }
  /** Focuses the element (as a script would; for fields the test then types into). */
  async focus(target: Target, filter: Filter = {}): Promise<void> {
    if (!(await this.op(target, filter, { op: 'focus' }))) {
      throw new Error(`No element ${JSON.stringify(target)} ${JSON.stringify(filter)}`);
    }
  }
  async select(target: Target, value: string, filter: Filter = {}): Promise<void> {
    if (!(await this.op(target, filter, { op: 'select', value }))) {
      throw new Error(`No select ${JSON.stringify(target)} ${JSON.stringify(filter)}`);
    }
  }
  /** Types `value` into the field as the user would (click, then keys). */
  async fill(target: Target, value: string, filter: Filter = {}): Promise<void> {
    await this.op(target, filter, { op: 'fill', value: '' });
    await this.click(target, filter);
    await this.raw.type(value);
  }

  /** Polls `read` until it returns a value `accept` takes (default: truthy); returns it. */
  async waitFor<R>(
    read: () => Promise<R>,
    accept: (value: R) => boolean = (v) => !!v,
    { timeout = 10_000, what = 'condition' } = {},
  ): Promise<R> {
    const end = Date.now() + timeout;
    let last: R | undefined;
    for (;;) {
      try {
        last = await read();
        if (accept(last)) return last;
      } catch (error) {
        // A navigation in progress destroys the execution context: read again.
        if (Date.now() > end) throw error;
      }
      if (Date.now() > end) {
        throw new Error(
          `${this.browser}: timed out waiting for ${what}; last: ${JSON.stringify(last)}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Waits until `target` exists (count > 0). */
  waitForElement(target: Target, filter: Filter = {}, timeout = 10_000): Promise<number> {
    return this.waitFor(
      () => this.count(target, filter),
      (n) => n > 0,
      {
        timeout,
        what: JSON.stringify(target),
      },
    );
  }
}

/** A browser with the built extension and the local official sites. */
export interface ExtensionBrowser {
  readonly name: BrowserName;
  readonly sites: import('../server/official-sites').OfficialSites;
  newTab(): Promise<Tab>;
  /** The toolbar popup, opened as a page for the tab `tab` shows (popup.html?tab=ID). */
  openPopup(tab: Tab): Promise<Tab>;
  /** One of the extension's own pages (e.g. 'glossary.html') in a new tab. */
  openExtensionPage(page: string): Promise<Tab>;
  close(): Promise<void>;
}
