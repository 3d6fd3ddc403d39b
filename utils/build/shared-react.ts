/**
 * React, shared by two scripts injected one after the other into a statement's page (isolated
 * world): reader-vendor.js evaluates React and React DOM and leaves them on `SHARED_REACT_GLOBAL` (shared-react/global.ts);
 * reader-ui.js (the interface) is built with `react`, `react-dom`, `react-dom/client` and
 * `react/jsx-runtime` resolved to the small modules of shared-react/, which read them from there.
 * Evaluating both at once was one task of 65–105 ms on a 2-core machine, most of it React DOM's
 * module body (a 43 ms run by itself; Chromium traces, 2026-12-02); each now has a task of its own.
 * The page's own scripts run in another world and cannot reach this global.
 */
import { fileURLToPath } from 'node:url';

/** The unlisted scripts (entrypoints/<name>.ts) that share React this way. */
export const SHARED_REACT_VENDOR = 'reader-vendor';
export const SHARED_REACT_USERS = ['reader-ui'];

const shim = (name: string) =>
  fileURLToPath(new URL(`./shared-react/${name}.cjs`, import.meta.url));

/** Vite aliases for a script that takes React from reader-vendor.js. */
export function sharedReactAliases(): { find: RegExp; replacement: string }[] {
  return [
    { find: /^react$/, replacement: shim('react') },
    { find: /^react\/jsx-runtime$/, replacement: shim('jsx-runtime') },
    { find: /^react-dom$/, replacement: shim('react-dom') },
    { find: /^react-dom\/client$/, replacement: shim('react-dom-client') },
  ];
}
