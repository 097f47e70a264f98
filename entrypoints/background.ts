import { browser } from 'wxt/browser';
import { handleMessages, isOwnContentScript } from '../messaging/rpc';
import { BackstoryDB } from '../notebook/db';
import { readerSettingsFor } from '../notebook/readerSettings';
import { recordVisit, visitFromMessage } from '../notebook/sightingIntake';
import { isIndexedId, spotShared } from '../spotter/sharedIndex';

export default defineBackground(() => {
  const db = new BackstoryDB();
  handleMessages(
    {
      // The badge shows how many known entities the tab's page names.
      'page/annotated': async (params, sender) => {
        const visit = visitFromMessage(params, sender, isIndexedId, Date.now());
        if (!visit.ok) throw new Error(visit.error);
        await browser.action.setBadgeText({ tabId: sender.tab!.id!, text: params.entities ? String(params.entities) : '' });
        // The URL is the sender's own; sightings stay in this browser (see notebook/sightingIntake.ts).
        if (visit.value) await recordVisit(db, visit.value);
        return null;
      },
      'spot/match': ({ texts }) => spotShared(texts),
      // The site is the sender's own frame URL, never one the page names.
      'reader/settings': (_params, sender) => readerSettingsFor(db, sender.url),
    },
    (sender) => isOwnContentScript(sender),
  );
});
