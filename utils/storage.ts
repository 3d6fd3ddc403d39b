/**
 * Every storage item of the extension, defined in one place with a version from day one.
 * Values read back are validated; a malformed value falls back instead of breaking the UI.
 */
import { storage } from 'wxt/utils/storage';

/** Per-site switch, keyed by site key (see utils/sites/site-key.ts). Missing = enabled. */
export type SiteSwitches = Record<string, boolean>;

export const siteSwitchesItem = storage.defineItem<SiteSwitches>('local:siteSwitches', {
  fallback: {},
  version: 1,
});
