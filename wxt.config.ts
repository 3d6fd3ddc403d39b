import { defineConfig } from 'wxt';
import { OFFICIAL_HOST_PATTERNS } from './utils/sites/hosts';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: {
    name: 'Duizhao 对照',
    description:
      "Read China's official statements in the original: word-level pinyin, dictionary, and the publisher's own English version side by side.",
    permissions: ['storage', 'activeTab', 'scripting', 'tabs'],
    host_permissions: [...OFFICIAL_HOST_PATTERNS],
    action: { default_title: 'Duizhao 对照' },
    browser_specific_settings: {
      gecko: { id: 'duizhao@duizhao.invalid', strict_min_version: '115.0' },
    },
  },
});
