/**
 * Only the user acts through Duizhao's controls on a page. The page Duizhao runs on (any site,
 * with its own and third-party scripts) can reach the controls in its DOM and dispatch events to
 * them, but the browser marks such events `isTrusted: false` and a script cannot change that; so
 * every handler that changes the user's data, or reveals anything beyond the statement and its
 * English, checks the event where it arrives. Keyboard activation of a button (Enter, Space)
 * makes a trusted click, so the controls stay usable from the keyboard.
 */

/** True for input the user gave (a real click, key or tap), false for a script's dispatch. */
export function fromUser(event: Event | { nativeEvent: Event }): boolean {
  const native = 'nativeEvent' in event ? event.nativeEvent : event;
  return native.isTrusted === true;
}

/** `handler`, called only for events the user gave. */
export function userOnly<E extends Event | { nativeEvent: Event }>(
  handler: (event: E) => void,
): (event: E) => void {
  return (event) => {
    if (fromUser(event)) handler(event);
  };
}
