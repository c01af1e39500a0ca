import { defineConfig } from 'wxt';

/** Toolbar/store icon sizes rendered from src/icons/*.svg by src/tools/render-icons.mjs. */
const iconPaths = (folder: string) =>
  Object.fromEntries([16, 32, 48, 96, 128].map((size) => [size, `${folder}/${size}.png`]));

export default defineConfig({
  // Manifest V3 everywhere: Firefox 140+ runs MV3 fully, and one manifest version means the same
  // `action`, `scripting` and background APIs in both browsers.
  manifestVersion: 3,
  // The version is not set here: WXT copies package.json's `version` into the manifest.
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    icons: iconPaths('icon'),
    // The background switches to icon-on/ (action.setIcon) on tabs where inline warnings are on.
    action: { default_icon: iconPaths('icon') },
    // Inline warnings ask for one site at a time when switched on there; nothing is granted at install.
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    commands: {
      'check-selection': {
        suggested_key: { default: 'Alt+Shift+M' },
        description: '__MSG_commandCheckSelection__',
      },
    },
    // 111: the bundles are built for Vite's default target (chrome111/firefox114) and are not
    // transpiled further down; the CSS Custom Highlight API itself needs 105.
    ...(browser === 'chrome' && { minimum_chrome_version: '111' }),
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'middelmaat@middelmaat.app',
          // 140: CSS Custom Highlight API (CSS.highlights, ::highlight) and
          // data_collection_permissions both arrive in Firefox 140 (also the current ESR).
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android reads data_collection_permissions only from 142 on.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  // Vite's modulepreload polyfill puts a `fetch(link.href)` into the popup chunk. Extension pages
  // in Chrome and Firefox 140+ support <link rel=modulepreload> natively, and the privacy test
  // (tests/e2e/static-privacy.e2e.ts) forbids any fetch in the built code: leave it out.
  vite: () => ({ build: { modulePreload: { polyfill: false } } }),
  zip: {
    // The Firefox sources archive is for AMO reviewers rebuilding the package: keep what the build
    // reads (package*.json, configs, entrypoints/, src/, public/) and drop tests and local output.
    excludeSources: ['tests/**', 'vitest*.config.ts', 'coverage/**', '*.log', 'src/store/screenshots/**'],
  },
});
