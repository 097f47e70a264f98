import { browser } from 'wxt/browser';
import { handleMessages, isOwnContentScript } from '../messaging/rpc';
import { BackstoryDB } from '../notebook/db';
import { readerSettingsFor } from '../notebook/readerSettings';
import { runMentionCommand } from '../reader/keyboardCommands';
import { spotShared } from '../spotter/sharedIndex';

export default defineBackground(() => {
  const db = new BackstoryDB();
  handleMessages(
    {
      // The badge shows how many known entities the tab's page names.
      'page/annotated': async ({ entities }, sender) => {
        await browser.action.setBadgeText({ tabId: sender.tab!.id!, text: entities ? String(entities) : '' });
        return null;
      },
      'spot/match': ({ texts }) => spotShared(texts),
      // The site is the sender's own frame URL, never one the page names.
      'reader/settings': (_params, sender) => readerSettingsFor(db, sender.url),
    },
    (sender) => isOwnContentScript(sender),
  );
  browser.commands.onCommand.addListener((command, tab) => void runMentionCommand(command, tab?.id));
  // Headless Chromium does not deliver command shortcuts: the end-to-end tests call this same function.
  Object.assign(globalThis, { backstoryRunCommand: runMentionCommand });
});
