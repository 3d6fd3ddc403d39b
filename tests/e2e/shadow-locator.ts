/**
 * The part of playwright's Locator that the Chromium-only tests use, over the driver, for the
 * UI in Duizhao's closed shadow roots (playwright's own locators pierce open roots only). A
 * locator is a host, a selector inside its root and a filter; a locator under one that picks a
 * single element (first(), nth(), a name) is scoped by marking that element with a test-only
 * attribute.
 */
import type { Page } from 'playwright-core';
import { tabOf } from './browsers';
import type { Box, Filter, Tab } from './driver';

const PICK = 'data-dz-test-pick';
let picks = 0;

export class ShadowLocator {
  constructor(
    private readonly tab: Tab,
    private readonly host: string,
    private readonly selector: string,
    private readonly narrow: Filter = {},
    private readonly parent?: ShadowLocator,
  ) {}

  private get picksOne(): boolean {
    return Object.keys(this.narrow).length > 0;
  }

  /** The driver's target and filter, marking the parent's element when it picks one. */
  private async resolve(): Promise<{ target: string[]; filter: Filter }> {
    let scope = '';
    if (this.parent) {
      const parent = await this.parent.resolve();
      if (this.parent.picksOne) {
        const id = String(++picks);
        if (!(await this.tab.mark(parent.target, PICK, id, parent.filter))) {
          throw new Error(`No element ${JSON.stringify(parent)} to look inside`);
        }
        scope = `[${PICK}="${id}"] `;
      } else scope = `${parent.target[1]} `;
    }
    return { target: [this.host, `${scope}${this.selector}`], filter: this.narrow };
  }

  private child(selector: string, filter: Filter = {}): ShadowLocator {
    return new ShadowLocator(this.tab, this.host, selector, filter, this);
  }
  private with(filter: Filter): ShadowLocator {
    return new ShadowLocator(
      this.tab,
      this.host,
      this.selector,
      { ...this.narrow, ...filter },
      this.parent,
    );
  }

  locator(selector: string): ShadowLocator {
    return this.child(selector);
  }
  getByTestId(id: string): ShadowLocator {
    return this.child(`[data-testid="${id}"]`);
  }
  /** By role and name: the exact text (exact), a part of it, or a literal RegExp's source. */
  getByRole(role: string, { name, exact }: { name: string | RegExp; exact?: boolean }) {
    const selector = role === 'button' ? 'button, [role="button"]' : `[role="${role}"]`;
    if (typeof name !== 'string') return this.child(selector, { hasText: name.source });
    return this.child(selector, exact ? { text: name } : { hasText: name });
  }
  filter(filter: { hasText: string }): ShadowLocator {
    return this.with({ hasText: filter.hasText });
  }
  first(): ShadowLocator {
    return this.with({ nth: 0 });
  }
  nth(index: number): ShadowLocator {
    return this.with({ nth: index });
  }

  private async run<R>(action: (target: string[], filter: Filter) => Promise<R>): Promise<R> {
    const { target, filter } = await this.resolve();
    return action(target, filter);
  }
  count(): Promise<number> {
    return this.run((t, f) => this.tab.count(t, { ...f, nth: undefined }));
  }
  textContent(): Promise<string | null> {
    return this.run((t, f) => this.tab.text(t, f));
  }
  allTextContents(): Promise<string[]> {
    return this.run((t, f) => this.tab.texts(t, f));
  }
  getAttribute(name: string): Promise<string | null> {
    return this.run((t, f) => this.tab.attr(t, name, f));
  }
  isVisible(): Promise<boolean> {
    return this.run((t, f) => this.tab.visible(t, f));
  }
  boundingBox(): Promise<Box> {
    return this.run((t, f) => this.tab.box(t, f));
  }
  click(): Promise<void> {
    return this.run((t, f) => this.tab.click(t, f));
  }
  async hover(): Promise<void> {
    await this.run((t, f) => this.tab.hover(t, f));
  }
  async scrollIntoViewIfNeeded(): Promise<void> {
    await this.boundingBox();
  }
  focus(): Promise<void> {
    return this.run((t, f) => this.tab.focus(t, f));
  }
  fill(value: string): Promise<void> {
    return this.run((t, f) => this.tab.fill(t, value, f));
  }
  async press(key: string): Promise<void> {
    await this.focus();
    await this.tab.press(key);
  }
}

/** `selector` inside the closed shadow root of `host` on a playwright page. */
export function inShadow(page: Page, host: string, selector: string): ShadowLocator {
  return new ShadowLocator(tabOf(page), host, selector);
}
