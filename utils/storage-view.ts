/**
 * Storage items (utils/storage-specs.ts) for the content script, without the storage library:
 * read, written and watched as WXT's items do it (the value, or the fallback when there is none;
 * `null` removes; a watch called only when the value changed), on the same keys, so either side
 * sees what the other writes. The library was a fifth of the content script (56 KB unminified),
 * evaluated in each official page's first task in a new renderer, and each item it defined was
 * read from storage at once. A view does not migrate: the background's items do (utils/storage.ts),
 * and the content script treats a value it does not understand as missing.
 */
import { browser } from 'wxt/browser';
import { SPECS, type ItemSpec, type StorageArea } from './storage-specs';

export interface ItemView<T> {
  getValue(): Promise<T>;
  setValue(value: T | null): Promise<void>;
  /** `cb(value, old)` on each change; returns the function that stops watching. */
  watch(cb: (value: T, old: T) => void): () => void;
}

type Area = {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
};

type Namespace = { runtime?: { id?: string }; storage?: typeof browser.storage };
/**
 * The browser's own storage API, as @wxt-dev/storage takes it: Firefox's `browser`, Chrome's
 * `chrome` (whose storage methods return promises in Manifest V3); the polyfilled `browser`
 * elsewhere (the unit tests' fake browser).
 */
const storageApi = (): typeof browser.storage => {
  const scope = globalThis as { browser?: Namespace; chrome?: Namespace };
  if (scope.browser?.runtime?.id && scope.browser.storage) return scope.browser.storage;
  if (scope.chrome?.runtime?.id && scope.chrome.storage) return scope.chrome.storage;
  return browser.storage;
};

export function viewOf<T>(spec: ItemSpec<T>): ItemView<T> {
  const at = spec.key.indexOf(':');
  const areaName = spec.key.slice(0, at) as StorageArea;
  const name = spec.key.slice(at + 1);
  const area = () => {
    const found = (storageApi() as unknown as Record<string, Area | undefined>)[areaName];
    if (!found) throw new Error(`browser.storage.${areaName} is not available`);
    return found;
  };
  const orFallback = (value: unknown) => (value ?? spec.fallback) as T;
  return {
    getValue: async () => orFallback((await area().get(name))[name]),
    // Async, so that a missing area is a rejected promise (callers catch it), never a throw.
    setValue: async (value) =>
      value == null ? area().remove(name) : area().set({ [name]: value }),
    watch(cb) {
      const listener = (
        changes: Record<string, { newValue?: unknown; oldValue?: unknown }>,
        changedArea: string,
      ) => {
        const change = changes[name];
        if (changedArea !== areaName || !change) return;
        if (JSON.stringify(change.newValue) === JSON.stringify(change.oldValue)) return;
        cb(orFallback(change.newValue), orFallback(change.oldValue));
      };
      const api = storageApi();
      api.onChanged.addListener(listener);
      return () => api.onChanged.removeListener(listener);
    },
  };
}

/** The items the content script uses. */
export const readingSettingsView = viewOf(SPECS.readingSettings);
export const siteSwitchesView = viewOf(SPECS.siteSwitches);
export const knownWordsView = viewOf(SPECS.knownWords);
export const englishPanelOpenView = viewOf(SPECS.englishPanelOpen);
export const sideBySideSitesView = viewOf(SPECS.sideBySideSites);

/**
 * Follows an item: `show` gets its value, then every change. The watch starts before the read,
 * so a change made while the value is on its way is not missed, and a read that comes back after
 * a change does not undo it. `first` is a value read earlier (the content script reads the
 * settings while the reader loads): it is shown as soon as it is in, and the item is read again in
 * case it changed before the watch began (a failure of that second read keeps the first value).
 * `ready` resolves once a first value is shown, or `onError` was told the read failed.
 */
export function followItem<T>(
  item: Pick<ItemView<T>, 'getValue' | 'watch'>,
  show: (value: T | null) => void,
  options: { first?: Promise<T>; onError?: (error: unknown) => void } = {},
): { off: () => void; ready: Promise<void> } {
  let changed = false;
  let stopped = false;
  const unwatch = item.watch((value) => {
    if (stopped) return;
    changed = true;
    show(value);
  });
  const showRead = (value: T, unless?: T) => {
    if (stopped || changed) return;
    if (unless !== undefined && JSON.stringify(value) === JSON.stringify(unless)) return;
    show(value);
  };
  const fail = (error: unknown) => {
    if (!stopped && !changed) options.onError?.(error);
  };
  const ready = options.first
    ? options.first.then(
        (early) => {
          showRead(early);
          void item.getValue().then(
            (now) => showRead(now, early),
            () => undefined,
          );
        },
        () => item.getValue().then((now) => showRead(now), fail),
      )
    : item.getValue().then((now) => showRead(now), fail);
  return {
    off: () => {
      stopped = true;
      unwatch();
    },
    ready,
  };
}
