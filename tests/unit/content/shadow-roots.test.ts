// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import {
  attachClosedShadow,
  deepActiveElement,
  ownShadowRoot,
  realTarget,
} from '../../../components/shadow-roots';
import { mountSaveButton, SAVE_BUTTON_HOST } from '../../../components/glossary/save-button';

afterEach(() => {
  document.body.innerHTML = '';
  document.querySelectorAll(`#${SAVE_BUTTON_HOST}`).forEach((el) => el.remove());
});

describe('our shadow roots', () => {
  it('are closed to the page and kept for our code', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = attachClosedShadow(host);
    expect(host.shadowRoot).toBeNull();
    expect(ownShadowRoot(host)).toBe(root);
    // Another element's root is not ours, open or closed.
    const other = document.createElement('div');
    other.attachShadow({ mode: 'open' });
    expect(ownShadowRoot(other)).toBeNull();
    expect(ownShadowRoot(null)).toBeNull();
  });

  it('the in-page save button is in one', () => {
    const button = mountSaveButton(document, () => {});
    const host = document.getElementById(SAVE_BUTTON_HOST)!;
    expect(host.shadowRoot).toBeNull();
    expect(ownShadowRoot(host)?.querySelector('button')).not.toBeNull();
    button.destroy();
  });

  it('find the focused element and the real target of a key inside a closed root', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = attachClosedShadow(host);
    const input = document.createElement('input');
    root.append(input);
    input.focus();
    expect(document.activeElement).toBe(host);
    expect(deepActiveElement(document)).toBe(input);
    let seen: Element | null = null;
    document.addEventListener('keydown', (e) => (seen = realTarget(e)), { once: true });
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', bubbles: true, composed: true }));
    expect(seen).toBe(input);
  });

  it('leave the page’s own elements as they are', () => {
    const input = document.createElement('input');
    document.body.append(input);
    input.focus();
    expect(deepActiveElement(document)).toBe(input);
    let seen: Element | null = null;
    document.addEventListener('keydown', (e) => (seen = realTarget(e)), { once: true });
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', bubbles: true }));
    expect(seen).toBe(input);
  });
});
