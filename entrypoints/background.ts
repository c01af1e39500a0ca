import {
  backgroundMessageListener,
  createContextMenu,
  onCommand,
  onContextMenuClicked,
  onPermissionsAdded,
  reconcileInlineScripts,
} from '@/src/extension/background';
import { markPhase } from '@/src/extension/timing';

export default defineBackground(() => {
  markPhase('worker-ready');
  browser.runtime.onMessage.addListener(backgroundMessageListener);
  browser.runtime.onInstalled.addListener(() => {
    void createContextMenu();
    void reconcileInlineScripts();
  });
  browser.runtime.onStartup.addListener(() => void reconcileInlineScripts());
  browser.contextMenus.onClicked.addListener((info, tab) => void onContextMenuClicked(info, tab));
  browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));
  browser.permissions.onAdded.addListener((permissions) => void onPermissionsAdded(permissions));
  browser.permissions.onRemoved.addListener(() => void reconcileInlineScripts());
});
