/**
 * Duizhao's own shadow roots in a host page. They are all closed: `host.shadowRoot` is null for
 * the page's scripts (and for ours), so the page cannot read what the word popup, the English
 * panel, the side-by-side view or the save button show (whether a word is known or saved, what
 * the user typed). Our code keeps each root here, keyed by its host, and reaches it from there.
 */

/**
 * Kept on the isolated world's globalThis (which the page cannot see), not in this module: the
 * reading layer and the interface are two scripts, each with its own copy of this module, and the
 * reading layer must know the popup's root that the interface attached.
 */
const KEY = '__duizhaoShadowRoots';
const scope = globalThis as unknown as Record<string, WeakMap<Element, ShadowRoot> | undefined>;
const roots = (scope[KEY] ??= new WeakMap<Element, ShadowRoot>());

/** Attaches a closed shadow root to `host` and remembers it. */
export function attachClosedShadow(host: HTMLElement): ShadowRoot {
  const root = host.attachShadow({ mode: 'closed' });
  roots.set(host, root);
  return root;
}

/** Remembers a closed root made elsewhere (WXT's createShadowRootUi with mode 'closed'). */
export function rememberShadow(host: Element, root: ShadowRoot): void {
  roots.set(host, root);
}

/** The shadow root of one of our hosts, or null for any other element. */
export function ownShadowRoot(host: Element | null | undefined): ShadowRoot | null {
  return (host && roots.get(host)) ?? null;
}

/** The focused element, inside our closed roots and the page's open ones too. */
export function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  for (;;) {
    const root = ownShadowRoot(active) ?? active?.shadowRoot ?? null;
    if (!root?.activeElement) return active;
    active = root.activeElement;
  }
}

/**
 * The element an event really came from. `composedPath()[0]` reaches into open roots; an event
 * from inside one of our closed roots is retargeted to its host, and the focused element inside
 * that root is where the keys went (the English panel's URL field).
 */
export function realTarget(event: Event): Element | null {
  let el = (event.composedPath()[0] ?? event.target) as Element | null;
  for (let root = ownShadowRoot(el); root?.activeElement; root = ownShadowRoot(el)) {
    el = root.activeElement;
  }
  return el;
}
