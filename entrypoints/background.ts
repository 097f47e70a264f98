import { browser } from 'wxt/browser';
import { handleMessages, isOwnContentScript, isOwnExtensionPage } from '../messaging/rpc';
import { BackstoryDB } from '../notebook/db';
import { readerSettingsFor } from '../notebook/readerSettings';
import { runMentionCommand } from '../reader/keyboardCommands';
import { recordVisit, visitFromMessage } from '../notebook/sightingIntake';
import { customIndexSync } from '../notebook/customSync';
import { trackPageUrl } from '../notebook/trackRequest';
import { isIndexedId, sharedIndex, spotShared } from '../spotter/sharedIndex';

const TRACK_MENU_ID = 'backstory-track-name';

export default defineBackground(() => {
  const db = new BackstoryDB();
  // The reader's own names join the index before the first page is matched.
  const syncCustom = customIndexSync(db, sharedIndex);
  const ready = syncCustom().catch(() => false);
  handleMessages(
    {
      // The badge shows how many known entities the tab's page names.
      'page/annotated': async (params, sender) => {
        await ready;
        const visit = visitFromMessage(params, sender, isIndexedId, Date.now());
        if (!visit.ok) throw new Error(visit.error);
        // The badge counts the page itself; an embedded frame's names must not overwrite it.
        if (sender.frameId === 0) await browser.action.setBadgeText({ tabId: sender.tab!.id!, text: params.entities ? String(params.entities) : '' });
        // The URL is the sender's own; sightings stay in this browser (see notebook/sightingIntake.ts).
        if (visit.value) await recordVisit(db, visit.value);
        return null;
      },
      'spot/match': async ({ texts }) => { await ready; return spotShared(texts); },
      // The site is the sender's own frame URL, never one the page names.
      'reader/settings': (_params, sender) => readerSettingsFor(db, sender.url),
    },
    (sender) => isOwnContentScript(sender),
  );
  browser.commands.onCommand.addListener((command, tab) => void runMentionCommand(command, tab?.id));
  // Headless Chromium does not deliver command shortcuts: the end-to-end tests call this same function.
  Object.assign(globalThis, { backstoryRunCommand: runMentionCommand });

  handleMessages(
    { 'index/refresh': async () => { await syncCustom(); return null; } },
    (sender) => isOwnExtensionPage(sender),
  );

  // "Track this name" on selected text opens a small extension window to confirm it.
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: TRACK_MENU_ID, title: 'Track “%s” with Backstory', contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId !== TRACK_MENU_ID) return;
    void browser.windows.create({ url: trackPageUrl(browser.runtime.getURL('/track.html'), info), type: 'popup', width: 440, height: 620 });
  });
});
