import { startContentScript } from '@/src/extension/content/main';

/**
 * Not in the manifest: injected on demand with `scripting.executeScript` (popup, context menu,
 * shortcut) and registered with `scripting.registerContentScripts` for sites where inline warnings
 * are on. No `matches`, so no host permission is requested at install.
 */
export default defineContentScript({
  registration: 'runtime',
  main() {
    startContentScript();
  },
});
