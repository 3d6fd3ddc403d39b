/**
 * Events as the user gives them, for unit tests: happy-dom's `click()` and `dispatchEvent` make
 * untrusted events, as a page script's would, and Duizhao's controls ignore those
 * (utils/trusted.ts). These mark the event trusted, as the browser does for real input.
 */
function asUser<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

/** A click the user made. */
export function userClick(el: Element): void {
  el.dispatchEvent(asUser(new MouseEvent('click', { bubbles: true, cancelable: true })));
}

/** A form submitted by the user (Enter in a field, or its submit button). */
export function userSubmit(form: Element): void {
  form.dispatchEvent(asUser(new Event('submit', { bubbles: true, cancelable: true })));
}

/** A key the user pressed. */
export function userKey(el: EventTarget, init: KeyboardEventInit): void {
  el.dispatchEvent(
    asUser(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init })),
  );
}
