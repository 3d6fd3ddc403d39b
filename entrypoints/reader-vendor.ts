/**
 * React and React DOM for the reader's interface, injected by the background just before
 * reader-ui.js so that each is evaluated in a task of its own (utils/build/shared-react.ts).
 */
import * as React from 'react';
import * as ReactDom from 'react-dom';
import * as ReactDomClient from 'react-dom/client';
import * as JsxRuntime from 'react/jsx-runtime';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { SHARED_REACT_GLOBAL } from '../utils/build/shared-react/global';

export default defineUnlistedScript(() => {
  const world = globalThis as unknown as Record<string, unknown>;
  world[SHARED_REACT_GLOBAL] ??= {
    react: React,
    reactDom: ReactDom,
    reactDomClient: ReactDomClient,
    jsxRuntime: JsxRuntime,
  };
});
